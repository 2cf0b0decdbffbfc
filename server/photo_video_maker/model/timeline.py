"""Keeping a timeline consistent: ``relayout`` recomputes every start from the durations and
transitions after any edit, and moves the music and the texts anchored to the start, the end or
a photo (pure functions)."""

from __future__ import annotations

import random

from .catalog import TRANSITIONS, resolve_transition
from .draft import Draft, TextSegment, VideoSegment, VideoTrack, transition_ms
from .meta import NoTransition, Transition

MUSIC_TAIL_MS = 1000  # music that comes in late still plays this long before the video ends


def relayout(draft: Draft) -> Draft:
    """Recompute every start from durations and transitions; returns a new draft.

    A transition never takes more than half of either neighbour; "random" is resolved here,
    once, with a seed taken from the segment id so the same draft always gives the same result.
    A closing text gets an end card of its own after the photos and clips (end_card_ms).
    """
    out = draft.model_copy(deep=True)
    video = out.video_track()
    end = 0
    if video is not None:
        previous: VideoSegment | None = None
        for seg in video.sg:
            seg.m.transition = _normal_transition(seg, previous)
            overlap = transition_ms(seg.m.transition)
            seg.s = 0 if previous is None else previous.end - overlap
            previous = seg
        end = previous.end if previous is not None else 0
    card = end_card_ms(out) if end else 0
    _place_texts(out, video, end, card)
    _place_music(out, end + card)
    out.d = out.compute_duration() if end == 0 else end + card
    return out


def end_card_ms(draft: Draft) -> int:
    """The time the end card holds after the last photo or clip: the closing text's own.

    The closing text is shown on the last picture blurred and darkened (render/end_card.py).
    Laid over the last photo's own time it left that photo never seen sharp (a 3 s closing
    text on a 3 s photo), so the card comes after it, the way phone apps end their memories.
    """
    track = draft.text_track()
    for seg in track.sg if track is not None else []:
        if seg.m.anchor == "end":
            return max(1, seg.m.len if seg.m.len is not None else seg.d)
    return 0


def _normal_transition(
    seg: VideoSegment, previous: VideoSegment | None
) -> Transition | NoTransition:
    value = seg.m.transition
    if previous is None or value == "none":
        return "none"
    name = resolve_transition(value.type)
    if name == "none":
        return "none"
    if name == "random":
        name = random.Random(seg.id).choice(TRANSITIONS)
    limit = min(previous.d, seg.d) // 2
    ms = max(0, min(value.d, limit))
    # a copy: the same transition may be shared by several segments (edit_common.after_reorder)
    return value.model_copy(update={"type": name, "d": ms}) if ms > 0 else "none"


def _place_texts(draft: Draft, video: VideoTrack | None, end: int, card: int) -> None:
    track = draft.text_track()
    if track is None or end <= 0:
        return
    by_id = {seg.id: seg for seg in video.sg} if video is not None else {}
    after = {seg.id: nxt for seg, nxt in zip(video.sg, video.sg[1:], strict=False)} if video else {}
    kept: list[TextSegment] = []
    for seg in track.sg:
        anchor = seg.m.anchor
        wanted = seg.m.len if seg.m.len is not None else seg.d
        if anchor == "start":
            seg.d = min(wanted, end)
            seg.s = 0
        elif anchor == "end":
            seg.s, seg.d = end, card
        elif anchor in by_id:
            # from the middle of the photo's incoming transition to the middle of its outgoing
            # one: two captions never show at once while their photos cross (date captions
            # are on every photo)
            photo = by_id[anchor]
            half_in = transition_ms(photo.m.transition) // 2
            nxt = after.get(anchor)
            half_out = transition_ms(nxt.m.transition) // 2 if nxt is not None else 0
            seg.s, seg.d = photo.s + half_in, max(1, photo.d - half_in - half_out)
        else:
            continue  # its photo was removed: the caption goes with it
        kept.append(seg)
    track.sg = sorted(kept, key=lambda seg: seg.s)


def _place_music(draft: Draft, end: int) -> None:
    track = draft.bgm_track()
    if track is None:
        return
    del track.sg[1:]
    for seg in track.sg:
        # a later start the person chose stays, while a second of music still fits after it
        seg.s = max(0, min(seg.s, end - MUSIC_TAIL_MS))
        seg.d = max(1, end - seg.s)

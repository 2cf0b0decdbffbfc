"""Edit handlers of the smart slideshow that look at the photos: culling near-duplicates and
blurred shots (with reasons), and date and place captions. They read the photos through
``ctx.facts`` and change only the draft.

The draft's ``m.spared`` lists, by media id and file name, the photos a later cull must keep:
ones a cull left out that came back (put back or uploaded again), and ones the person moved.
"""

from __future__ import annotations

from ..errors import InputError
from .caption_words import caption_text
from .draft import Draft
from .edit_common import EditContext, count_words, label, position, set_meta, video_segments
from .edit_text import caption
from .edit_types import Cull, DateCaptions, Move, SetCaption
from .lang import count, say
from .media_facts import MediaFacts
from .photo_cull import cull_plan

# how culled photos come back in a conversation (the CLI says its own way instead)
UNDO_EN = "; say 'undo' to bring them back"
UNDO_ZH = "；说“撤销”可恢复"


def needs_facts(ctx: EditContext) -> MediaFacts:
    if ctx.facts is None:  # a caller that cannot read its media: a bug, said plainly
        raise InputError(
            "this edit needs to read the media files, which this service cannot do",
            "Run it with the local backend or the CLI",
        )
    return ctx.facts


def cull(draft: Draft, edit: Cull, ctx: EditContext) -> str:
    """Leave out near-duplicates and blurred photos, and say which and why."""
    segments = video_segments(draft)
    facts: MediaFacts = needs_facts(ctx)
    # by media id and file name: what an earlier cull left out (on the timeline again, the
    # person put it back or uploaded it again) and what the person moved since: theirs to keep
    kept_back = set(getattr(draft.m, "spared", None) or [])
    photos = {seg.id: facts.photo(seg.m.src) for seg in segments if seg.m.kind == "image"}
    spared = frozenset(seg.id for seg in segments if {seg.m.src, f"name:{seg.m.name}"} & kept_back)
    plan = cull_plan([seg.id for seg in segments], photos, edit.duplicates, edit.blurry, spared)
    if not plan:
        return say(
            ctx.lang,
            "No near-duplicates or blurred photos found: nothing was left out",
            "没有发现重复或模糊的照片，没有删减",
        )
    position = {seg.id: i for i, seg in enumerate(segments)}
    reasons = []
    for seg_id, why in plan.items():
        name = label(segments, position[seg_id], ctx.lang)
        if why.duplicate_of is not None:
            other = label(segments, position[why.duplicate_of], ctx.lang)
            reasons.append(
                say(
                    ctx.lang, f"{name}, a near-duplicate of {other}", f"{name}（与{other}几乎相同）"
                )
            )
        else:
            reasons.append(say(ctx.lang, f"{name}, blurred", f"{name}（模糊）"))
    gone = {key for seg in segments if seg.id in plan for key in (seg.m.src, f"name:{seg.m.name}")}
    track = draft.video_track()
    assert track is not None
    track.sg = [seg for seg in segments if seg.id not in plan]
    if track.sg:
        track.sg[0].m.transition = "none"
    set_meta(draft, spared=sorted(kept_back | gone))
    left = count_words(track.sg, ctx.lang)
    return say(
        ctx.lang,
        f"Left out {count(len(plan), 'photo')}: {'; '.join(reasons)}. {left} remain{UNDO_EN}",
        f"删减了 {count(len(plan), 'photo', 'zh')}：{'；'.join(reasons)}。还剩 {left}{UNDO_ZH}",
    )


def date_captions(draft: Draft, edit: DateCaptions, ctx: EditContext) -> str:
    """A caption with the date (and place) on each photo that has one."""
    segments = video_segments(draft)
    facts: MediaFacts = needs_facts(ctx)
    dated: list[str] = []
    placed = 0
    for pos, seg in enumerate(segments):
        if seg.m.kind != "image":
            continue
        found = facts.photo(seg.m.src)
        text = caption_text(found, edit.place, ctx.lang)
        if text is None:
            continue
        caption(draft, SetCaption(index=pos + 1, text=text), ctx)
        dated.append(text)
        placed += edit.place and found.place is not None and found.taken is not None
    if not dated:
        return say(
            ctx.lang,
            "None of the photos records when it was taken, so no captions were added",
            "照片里都没有拍摄日期，所以没有加字幕",
        )
    photos = sum(1 for seg in segments if seg.m.kind == "image")
    told = say(
        ctx.lang,
        f"Added the date to {count(len(dated), 'photo')}",
        f"给 {count(len(dated), 'photo', 'zh')}加上了日期",
    )
    if edit.place and placed:
        told += say(ctx.lang, f" (and the place to {placed})", f"（其中 {placed} 张有地点）")
    elif edit.place:  # said, so the person does not wait for places that cannot come
        told += say(ctx.lang, " (none records where it was taken)", "（都没有记录拍摄地点）")
    if len(dated) < photos:
        missing = photos - len(dated)
        told += say(
            ctx.lang,
            f"; {count(missing, 'photo')} record no date and got none",
            f"；{missing} 张没有拍摄日期，未加",
        )
    return told + say(ctx.lang, f', e.g. "{dated[0]}"', f"，例如“{dated[0]}”")


def spare_moved(draft: Draft, edit: Move) -> None:
    """A photo the person moves after a cull is one they placed: later culls keep it."""
    segments = video_segments(draft)
    if edit.to == "start":
        at = 0
    elif edit.to == "end":
        at = len(segments) - 1
    else:
        at = position(segments, edit.to, "position")
    moved = segments[at].m
    spared = set(getattr(draft.m, "spared", None) or []) | {moved.src, f"name:{moved.name}"}
    set_meta(draft, spared=sorted(spared))

"""Requests that take themselves back: "put the dog photo first and also last", "第三张变长又
变短", "make it pop but also not". Changing anything would be a guess, so the interpreter asks
(two options) or says it did not understand (nothing to choose between)."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from ..model.edit_types import (
    Edit,
    Move,
    MuteClips,
    Remove,
    SetMusicVolume,
    SetSecondsPerPhoto,
    Speed,
)
from .context import Ctx
from .entities import Tok
from .intents import Out, said
from .match import Match
from .reading import Option
from .tidy import direction, relative, step

# kinds that name what a change is about; a match without one is about what came before
SUBJECTS = ("pic", "each", "photo", "ord", "video", "clip", "it", "music", "title", "caption")
LINKS = ("then", "and", "or", "sep")


def taken_back(toks: list[Tok]) -> bool:
    """ "... but also not", "..., or not": the last word takes the request back."""
    kinds = [t.kind for t in toks if t.kind != "sep" or t is not toks[-1]]
    return len(kinds) >= 3 and kinds[-1] == "not" and kinds[-2] in LINKS


def moved_twice(outs: list[tuple[Match, Out]], ctx: Ctx) -> list[Option]:
    """One photo moved to two places in one sentence ("first and also last"): the second
    move names only a place, no photo of its own ("first photo last" names one)."""
    count = len(ctx.segments())
    moves = [(m, e) for m, out in outs for e in out.edits if isinstance(e, Move)]
    for (before, first), (match, second) in pairwise(moves):
        carried = {t.start for t in before.toks}  # the photo the first move named, carried on
        kinds = ("photo", "pic", "ord", "clip")
        named = [t for t in match.toks if t.kind in kinds and t.start not in carried]
        if len(named) > 1 or any(t.kind != "ord" for t in named):
            continue
        to = {"start": 1, "end": count}.get(str(first.to), first.to)
        if isinstance(to, int) and second.index in (to, to - count - 1):
            return [
                Option(said(ctx, f"Move it to {first.to}", f"移到 {first.to}"), [first]),
                Option(said(ctx, f"Move it to {second.to}", f"移到 {second.to}"), [first, second]),
            ]
    return []


def both_ways(outs: list[tuple[Match, Out]], ctx: Ctx) -> list[Option]:
    """ "第三张变长又变短": the second change names no subject, so it is about the first's, and
    it goes the other way."""
    previous: Edit | None = None
    for match, out in outs:
        for edit in out.edits:
            subject = any(t.kind in SUBJECTS for t in match.toks)
            if (
                previous is not None
                and not subject
                and relative(edit)
                and relative(previous)
                and edit.kind == previous.kind
                and direction(edit) * direction(previous) < 0
            ):
                up, down = (previous, edit) if direction(previous) > 0 else (edit, previous)
                return [
                    Option(said(ctx, "More", "多一点"), [up]),
                    Option(said(ctx, "Less", "少一点"), [down]),
                ]
            previous = edit
    return []


SOUND_SUBJECTS = ("music", "volume", "mood", "song", "builtin")


def explained(outs: list[tuple[Match, Out]], ctx: Ctx) -> list[tuple[Match, Out]]:
    """A complaint said next to the request it explains asks for nothing more: "the pace is a
    bit slow, tighten it up" (one step faster, not two); "drop the video clip, it's too loud" and
    "派对视频里太吵了，我只想听背景音乐" (the clip's sound goes, the music stays as loud)."""
    edits = [e for _, out in outs for e in out.edits]
    clip_gone = any(
        (isinstance(e, MuteClips) and e.on) or (isinstance(e, Remove) and _is_clip(e, ctx))
        for e in edits
    )
    timing = [
        e
        for e in edits
        if isinstance(e, Speed | SetSecondsPerPhoto)
        and relative(e)
        and getattr(e, "index", None) is None
    ]
    # the same step said twice ("dragging on forever, speed it up a lot"): the last one says it,
    # unless the first went further ("播放速度减半，太赶了": halved, and that is why)
    twice = [
        later if step(e) > step(later) else e
        for e, later in pairwise(timing)
        if direction(e) == direction(later)
    ]
    kept: list[tuple[Match, Out]] = []
    for match, out in outs:
        drop = [e for e in out.edits if any(e is t for t in twice)]
        sound = any(t.kind in SOUND_SUBJECTS for t in match.toks)
        for edit in out.edits:
            quieter = isinstance(edit, SetMusicVolume) and direction(edit) < 0
            if clip_gone and quieter and not sound:
                drop.append(edit)  # "too loud" was the clip, which is muted or gone
        if drop:
            out = replace(out, edits=[e for e in out.edits if not any(e is d for d in drop)])
        kept.append((match, out))
    return kept


def _is_clip(edit: Remove, ctx: Ctx) -> bool:
    if edit.index is None:
        return False
    segments = ctx.segments()
    if not 1 <= abs(edit.index) <= len(segments):
        return False
    seg = segments[edit.index - 1 if edit.index > 0 else edit.index]
    return seg.m.kind == "video"

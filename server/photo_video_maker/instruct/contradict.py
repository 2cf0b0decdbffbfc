"""Requests that take themselves back: "put the dog photo first and also last", "第三张变长又
变短", "make it pop but also not". Changing anything would be a guess, so the interpreter asks
(two options) or says it did not understand (nothing to choose between)."""

from __future__ import annotations

from itertools import pairwise

from ..model.edit_types import Edit, Move
from .context import Ctx
from .entities import Tok
from .intents import Out, said
from .match import Match
from .reading import Option
from .tidy import direction, relative

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

"""A photo named by a word no photo is called: "move the cat pic to the end", "删掉那张日落的照片"
when no photo is of a cat or a sunset. Which photo is meant is not known, so nothing changes:
the person is asked which one, with each photo as an option (the sentence read again with that
photo's number in place of the unknown name)."""

from __future__ import annotations

from collections.abc import Callable

from ..errors import PVMError
from ..model.edit_types import Edit
from ..model.edits import apply_edits
from ..model.lang import item_name
from .context import Ctx
from .entities import Tok
from .lenient import ONE_PHOTO_AFTER, ONE_PHOTO_BEFORE, UNKNOWN
from .reading import Option

MAX_WORDS = 3  # "the big fluffy cat pic": a few unknown words may name it, not a sentence


def which_photo(
    text: str, toks: list[Tok], ctx: Ctx, reread: Callable[[str], list[Edit]]
) -> list[Option]:
    """Each photo as an option, when an unknown word names the one photo the sentence acts on
    and the sentence, read with any photo's number there, does the same kind of change."""
    # a word of no lexicon, or people no photo is named after ("the kids photo"); Chinese
    # unknown words come one character a token: "飞机" is one run of two
    runs: list[list[Tok]] = []
    for tok in toks:
        if tok.kind not in (UNKNOWN, "reason"):
            continue
        if runs and runs[-1][-1].end == tok.start:
            runs[-1].append(tok)
        else:
            runs.append([tok])
    if not runs or len(runs) > MAX_WORDS:
        return []
    span = next((s for run in runs if (s := _named_span(text, run[0], run[-1])) is not None), None)
    if span is None:
        return []
    begin, end = span
    options: list[Option] = []
    for number, seg in enumerate(ctx.segments(), 1):
        if seg.m.kind == "video":
            continue  # a photo is named ("the cat pic"): the clips are not asked about
        said = f"第{number}张" if ctx.lang == "zh" else f"photo {number}"
        edits = reread(text[:begin] + said + text[end:])
        if not edits:
            return []  # the rest of the sentence is not understood either: not only the photo
        if changes_nothing(ctx, edits):
            continue  # "move the kids photo after the beach": not the beach photo itself
        label = item_name(seg.m.kind, number, seg.m.name, ctx.lang)
        options.append(Option(label, edits))
    kinds = {tuple(edit.kind for edit in option.edits) for option in options}
    if len(options) < 2 or len(kinds) != 1:
        return []  # a different change for some photo: not one change asked of "which photo"
    changes = {tuple(edit.model_dump_json() for edit in option.edits) for option in options}
    if len(changes) < len(options):
        return []  # "add calm music, the cat pic is cute": the change is not of the photo
    return options


def names_unknown_photo(text: str, toks: list[Tok]) -> bool:
    """Whether a word no photo is called names a photo ("the bird one is my fav, make it
    longer"): the request that follows acts on it, even when the rest was all read."""
    return any(
        tok.kind == UNKNOWN and tok.surface.isascii() and ONE_PHOTO_AFTER.match(text, tok.end)
        for tok in toks
    )


def changes_nothing(ctx: Ctx, edits: list[Edit]) -> bool:
    """Whether the edits leave the draft as it is (or cannot be done at all)."""
    try:
        before, _ = apply_edits(ctx.draft, [], ctx.media)
        after, _ = apply_edits(ctx.draft, edits, ctx.media)
    except (PVMError, ValueError):
        return True  # it cannot be done to that photo: no option
    return after == before


def _named_span(text: str, first: Tok, last: Tok) -> tuple[int, int] | None:
    """Where the words that name one photo are ("cat pic", "pic of the cat", "猫的那张",
    "那张汽车的照片")."""
    after = ONE_PHOTO_AFTER.match(text, last.end)
    if after is not None:
        begin = first.start
        if text[begin - 2 : begin] == "那张":
            begin -= 2  # "删掉那张汽车的照片": "那张" points at the same photo
        if text[first.start : last.end].isascii():
            # "the cat pic": "the" goes too, so that "photo 3" reads as said
            lead = text[:begin].rstrip()
            for word in ("the", "that", "this", "my"):
                if lead.lower().endswith(" " + word) or lead.lower() == word:
                    begin = len(lead) - len(word)
                    break
        return begin, after.end()
    before = ONE_PHOTO_BEFORE.search(text[: first.start])
    if before is not None:
        return before.start(), last.end
    return None

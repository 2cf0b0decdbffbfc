""" "no, the other way round" right after a move or a sort turns that change around: the photo
just moved to the start goes to the end instead, a sort by date goes newest first. Read as the
whole order reversed (and the "no" as "leave out the photo just moved") it reversed every photo
and removed one. Right after a swap, "swap them back" swaps the same two again and "and 3 and 4"
swaps the next two named (both were asked about as lengths or as which photos). Right after a
shuffle, "again" / "once more" / "another one" shuffles once more (not understood)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model.edit_types import Edit, Move, Shuffle, Sort, Swap, Undo
from .entities import Tok
from .fillers import SOFT

TURNED = ("other way", "opposite", "wrong way")  # not "reverse the order": that is asked anew
ALONE = ("reverse", "no", "instead", "sep", "then", *SOFT)
OTHER_END = {"start": "end", "end": "start"}


def other_way(toks: list[Tok], last: Sequence[Edit]) -> list[Edit] | None:
    """The previous turn's move or sort turned around; ``[]`` when the previous turn reordered
    in a way with no one opposite (a swap, a move to a number): not understood, nothing
    changes; ``None`` when the sentence is not "the other way round" after a reordering."""
    said = any(t.kind == "reverse" and any(w in t.surface.lower() for w in TURNED) for t in toks)
    if not said or any(t.kind not in ALONE for t in toks):
        return None
    reordered = [e for e in last if isinstance(e, Move | Sort | Swap)]
    if not reordered:
        return None
    if len(reordered) == 1 and isinstance(reordered[0], Sort):
        sort = reordered[0]
        return [Sort(by=sort.by, reverse=not sort.reverse)]
    if len(reordered) == 1 and isinstance(reordered[0], Move) and reordered[0].to in OTHER_END:
        moved = reordered[0]
        now = 1 if moved.to == "start" else -1  # where the photo is after that move
        return [Move(index=now, to=OTHER_END[str(moved.to)])]
    return []


BACK = re.compile(r"\bback\b")
SWAP_WORDS = ("swap", "change", "put", "it", "sep", "then", "and", "num", "instead", *SOFT)


def swapped_again(text: str, toks: list[Tok], last: Sequence[Edit]) -> list[Edit] | None:
    """Right after one swap: "swap them back" (the same two again), "and 3 and 4" (two more)."""
    if len(last) != 1 or not isinstance(last[0], Swap) or not toks:
        return None
    if any(t.kind not in SWAP_WORDS for t in toks):
        return None
    nums = [t.value for t in toks if t.kind == "num"]
    verbs = [t for t in toks if t.kind in ("swap", "change", "put")]
    if not nums and verbs and any(t.kind == "it" for t in toks) and BACK.search(text.lower()):
        return [last[0].model_copy()]
    whole = all(isinstance(n, int | float) and float(n).is_integer() and n > 0 for n in nums)
    if len(nums) == 2 and whole and toks[0].kind in ("and", "then", "swap", "num", "instead"):
        swap = Swap(i=int(nums[0]), j=int(nums[1]))
        corrected = any(t.kind == "instead" for t in toks)  # "no, 1 and 3": not 1 and 2
        return [Undo(), swap] if corrected else [swap]
    return None


ONCE_MORE = re.compile(
    r"^(?:(?:ok|okay|hmm|pls|please|do it|try|one more time|once more|again)\W*)+$"
)


def shuffled_again(text: str, toks: list[Tok], last: Sequence[Edit]) -> list[Edit] | None:
    """ "again", "once more", "another one" right after a shuffle: a new shuffle."""
    if len(last) != 1 or not isinstance(last[0], Shuffle):
        return None
    said = text.lower().strip()
    another = [t.kind for t in toks] == ["another"] and said.startswith(("another", "a different"))
    return [Shuffle()] if ONCE_MORE.match(said) or another else None

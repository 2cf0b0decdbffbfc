"""A transition between two photos named side by side: "no transition between the first two",
"crossfade between 3 and 4", "a slide after the dog pic", "a zoom transition into the last
photo", "第二张和第三张之间用滑动转场". The two photos become one "pair" token
whose value is the number of the later one (the transition into it), read by the
``trans_pair`` templates; photos that are not neighbours are left as said. A transition
counted ("the first transition", "make the last transition slower") is the one into the item
after that many (before, "first transition" was read as not supported, and "last" was dropped:
every transition changed).

A clause that only restates the cut ("no transitions between the first two, just cut") is about
the same two photos, never every transition of the video."""

from __future__ import annotations

import re
from typing import Any

from ..model.edit_types import SetTransition
from .context import Ctx
from .entities import Tok
from .numbers import EN_ORDINALS

TRANSITION = ("transition", "trans")
PLACE = ("photo", "ord")
# a transition word this many tokens away from the photos still names their transition
NEAR = 3
BREAK = ("sep", "then", "and", "move", "put", "swap", "remove", "add")
# "中间", "当中" after two photos is where between them (之间 is no word of its own)
MIDDLE = ("中间", "当中", "的中间", "正中间")
# "move photo 3 after photo 4 and use slides": after a moving verb, "after X" is where it goes
MOVING = ("move", "put", "swap")
LAST = ("last",)  # "the last transition": the one into the last item


def _number(value: Any, ctx: Ctx) -> int | None:
    """A photo's 1-based place from what was said: a number (negative from the end) or a name."""
    segments = ctx.segments()
    if isinstance(value, str):
        names = [seg.m.name for seg in segments]
        return names.index(value) + 1 if value in names else None
    if isinstance(value, int | float) and float(value).is_integer() and value:
        n = int(value)
        n = n if n > 0 else len(segments) + 1 + n
        return n if 1 <= n <= len(segments) else None
    return None


def _later(a: Any, b: Any, ctx: Ctx) -> int | None:
    """The later of two neighbouring photos; None when they are not neighbours."""
    first, second = _number(a, ctx), _number(b, ctx)
    if first is None or second is None or abs(first - second) != 1:
        return None
    return max(first, second)


# "4和5之间": two bare numbers are two photos only with the between said after them
BETWEEN_SAID = ("之间", "中间", "的中间", "当中", "的之间")


def _pair_at(toks: list[Tok], k: int, ctx: Ctx, orig: str = "") -> tuple[int, int] | None:
    """(the later photo's number, tokens used) when two neighbouring photos are named at k."""
    tok = toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    counted = tok.kind in PLACE and tok.surface.endswith("个") and isinstance(tok.value, int)
    if counted and nxt is not None and nxt.kind == "transition" and nxt.start == tok.end:
        # "第一个转场", "最后一个过渡": transitions counted, never a photo (the first one is
        # into photo 2; the last one into the last item)
        later = -1 if tok.value == -1 else tok.value + 1
        return (later, 1) if later == -1 or later >= 2 else None
    if tok.kind in PLACE and nxt is not None and nxt.kind in ("after", "before") and orig:
        number = _number(tok.value, ctx)  # "第三张后面的转场", "狗狗那张之前用黑场"
        if number is None or _moved(toks, k) or nxt.surface.isascii():
            return None
        later = number + 1 if nxt.kind == "after" else number
        return (later, 2) if 2 <= later <= len(ctx.segments()) else None
    if tok.kind in PLACE and nxt is not None and nxt.kind == "come_in" and orig:
        number = _number(tok.value, ctx)  # "第五张进来的时候用白闪": the one into photo 5
        return (number, 2) if number is not None and number >= 2 else None
    if tok.kind == "photos" and isinstance(tok.value, list) and len(tok.value) == 2:
        later = _later(tok.value[0], tok.value[1], ctx)
        return (later, 1) if later else None
    if tok.kind in ("after", "before") and nxt is not None and nxt.kind in PLACE:
        if _moved(toks, k):
            return None
        number = _number(nxt.value, ctx)  # "after the dog pic": into the one after it
        if number is None:
            return None
        later = number + 1 if tok.kind == "after" else number
        return (later, 2) if 2 <= later <= len(ctx.segments()) else None
    if into_said(toks, k) and nxt is not None and nxt.kind in PLACE:
        number = _number(nxt.value, ctx)  # "a zoom transition into the last photo"
        return (number, 2) if number is not None and number >= 2 else None
    nth = _counted(tok) if nxt is not None and _between(nxt) else None
    if nth is not None:
        # "the first transition", "the 2nd crossfade": the n-th transition leads into item
        # n + 1 (one past the end is left unread by transition_pairs)
        return (len(ctx.segments()) if nth == -1 else nth + 1), 1
    third = toks[k + 2] if k + 2 < len(toks) else None
    joined = nxt is not None and nxt.kind in ("and", "to")
    if tok.kind in PLACE and joined and third is not None and third.kind in (*PLACE, "num"):
        later = _later(tok.value, third.value, ctx)
        return (later, 3) if later else None
    clip = ctx.only_clip()
    with_clip = tok.kind in (*PLACE, "pic") and joined and clip is not None
    if with_clip and third is not None and third.kind in ("video", "clip"):
        if not orig[third.end :].lstrip().startswith(BETWEEN_SAID):
            return None
        # "照片和视频之间的转场": the one place a photo meets the only clip (first or last)
        count = len(ctx.segments())
        place = clip + 1 if clip == 1 else clip if clip == count else None
        number = _number(tok.value, ctx) if tok.kind in PLACE else None
        near = number is None or abs(number - (clip or 0)) == 1
        return (place, 3) if place is not None and place >= 2 and near else None
    bare = tok.kind == "num" and joined and third is not None and third.kind == "num"
    if bare and third is not None and orig[third.end :].lstrip().startswith(BETWEEN_SAID):
        later = _later(tok.value, third.value, ctx)  # "4和5之间换成叠化"
        return (later, 3) if later else None
    return None


def _between(tok: Tok) -> bool:
    """A word for the transitions between photos; "the last fade", "the first fade" may be the
    video's own fade out or in, so a plain fade is not counted; "the last transitions" are
    several (how many is not said)."""
    said = tok.surface.lower()
    one = not said.endswith("s")
    return tok.kind in TRANSITION and one and ("fade" not in said or "cross" in said)


def _counted(tok: Tok) -> int | None:
    """The ordinal said of a transition ("first", "2nd", "last": -1), never a photo's number
    ("transition 2")."""
    said = tok.surface.lower()
    if said in LAST:
        return -1
    if said in EN_ORDINALS:
        return EN_ORDINALS[said]
    digits = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", said)
    return int(digits.group(1)) if digits else None


def into_said(toks: list[Tok], k: int) -> bool:
    """ "into" right after a transition word: "the fade into the garden pic"."""
    said = toks[k].kind == "to" and toks[k].surface.lower() in ("into", "in to")
    return said and k > 0 and toks[k - 1].kind in TRANSITION


def _moved(toks: list[Tok], k: int) -> bool:
    """A moving verb earlier in the clause of toks[k]."""
    for tok in reversed(toks[:k]):
        if tok.kind in ("sep", "then", *TRANSITION):
            return False  # "put a fade to black after the forest photo": a transition is put
        if tok.kind in MOVING and tok.surface not in ("make", "made", "making"):
            return True  # "make" is a "put" too ("make the transition ... longer")
    return False


def _near(toks: list[Tok], start: int, end: int, again: bool = False) -> bool:
    """A transition word within NEAR tokens of toks[start:end], in the same clause (or, right
    after the transition into one photo was changed, "the same": ``again``)."""
    for step in (-1, 1):
        k = start - 1 if step < 0 else end
        for _ in range(NEAR):
            if not 0 <= k < len(toks):
                break
            added = toks[k].kind == "add" and k + 1 < len(toks) and toks[k + 1].kind == "trans"
            if added and step > 0:
                return True  # "第三张和第四张之间加个黑场": the one added there
            if toks[k].kind in BREAK:
                break
            if toks[k].kind in TRANSITION or (again and toks[k].kind == "same"):
                return True
            k += step
    return False


def _one_changed(ctx: Ctx) -> bool:
    """The previous turn changed the transition into one photo ("第二张和第三张之间用黑场"), so
    "第四和第五之间也一样" names the next two by the same kind of place."""
    return any(isinstance(e, SetTransition) and e.index is not None for e in ctx.last)


def transition_pairs(toks: list[Tok], ctx: Ctx, orig: str = "") -> list[Tok]:
    """Two neighbouring photos named beside a transition word -> one "pair" token (``orig``,
    the sentence typed, says whether two bare numbers were said with 之间 after them)."""
    again = _one_changed(ctx) and any(tok.kind == "same" for tok in toks)
    if not any(tok.kind in TRANSITION for tok in toks) and not again:
        return toks
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        found = _pair_at(toks, k, ctx, orig)
        if found is not None and _near(toks, k, k + found[1], again):
            later, used = found
            # "the 7th transition" of six items: no such transition, so the words stay unread
            # (never every transition); "?" "between" is never let go (lenient)
            kind, value = ("pair", later) if later <= len(ctx.segments()) else ("?", "between")
            out.append(Tok(kind, value, toks[k].start, toks[k + used - 1].end, kind))
            k += used
            if k < len(toks) and toks[k].kind == "pos" and toks[k].surface in MIDDLE:
                k += 1  # "第二张和第三张中间的转场": between them, as 之间 is
            continue
        out.append(toks[k])
        k += 1
    return _restated(out)


def _restated(toks: list[Tok]) -> list[Tok]:
    """ "no transitions between the first two, just cut": the cut said again after a clause
    about two photos is about them too (a pair, unseen, joins it)."""
    out: list[Tok] = []
    pair: Tok | None = None
    for k, tok in enumerate(toks):
        out.append(tok)
        if tok.kind == "pair":
            pair = tok
        elif tok.kind == "sep" and pair is not None:
            clause = []
            for nxt in toks[k + 1 :]:
                if nxt.kind == "sep":
                    break
                clause.append(nxt)
            said = [t for t in clause if t.kind not in ("just", "_")]
            if said and all(t.kind in TRANSITION for t in said):
                out.append(Tok("pair", pair.value, -1, -1, ""))
            pair = None
    return out

"""Between two photos, said in Chinese after them: "第三张和第四张之间用黑场" is the transition
into photo 4 (``pair_said`` reads it); "第三张和第五张之间用黑场", "第一张和第四张中间加个叠化"
name two photos that are not neighbours, so there is no one transition between them. Those
words stay unread together, as English "between 3 and 5" does (``en_refs.between``): before,
the second photo alone took the transition after it, or the two were swapped ("和…用" read as
"swap with")."""

from __future__ import annotations

from .en_refs import _named, _neighbours, _place
from .entities import Tok

PLACES = ("photo", "ord")
# "之间", "中间", "当中", said right after the second photo
BETWEEN = ("之间", "中间", "的中间", "当中", "的当中", "间")


def apart_between(toks: list[Tok], orig: str) -> list[Tok]:
    """Two photos apart, then 之间: one unread token over both (nothing to place there)."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        said = toks[k : k + 3]
        kinds = [t.kind for t in said]
        two = len(said) == 3 and kinds[0] in PLACES and kinds[1] == "and" and kinds[2] in PLACES
        # "2和4之间用叠化": two bare numbers said before 之间 are two photos as well
        # (with a transition named: "音量50和60之间" is no place)
        bare = len(said) == 3 and kinds == ["num", "and", "num"] and _whole(said)
        two = two or (bare and any(t.kind in ("transition", "trans") for t in toks))
        between = two and orig[said[2].end :].lstrip().startswith(BETWEEN)
        # photos said by name are told apart later, where their places are known (pair_said)
        if between and not _named(said[0], said[2]) and not _neighbours(said[0], said[2]):
            out.append(Tok("apart", None, said[0].start, said[2].end, "between"))
            k += 3
            continue
        out.append(toks[k])
        k += 1
    return out


def _whole(said: list[Tok]) -> bool:
    """Both numbers whole and of a photo's size (not "1.5和2之间")."""
    return all(float(t.value).is_integer() and 1 <= t.value <= 99 for t in (said[0], said[2]))


MOVES = ("put", "move")


def put_between(toks: list[Tok], orig: str) -> list[Tok]:
    """ "第1张放到3和4中间", "狗那张放到1和2之间": put right after the first of two neighbours,
    as English "between 3 and 4" is (before, the bare numbers were read as 3 then 4 seconds)."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        out.append(toks[k])
        said = toks[k + 1 : k + 4]
        kinds = [t.kind for t in said]
        two = len(said) == 3 and kinds[1] == "and" and {kinds[0], kinds[2]} <= {*PLACES, "num"}
        if toks[k].kind not in MOVES or not two or _named(said[0], said[2]):
            k += 1
            continue
        rest = orig[said[2].end :].lstrip()
        said_pos = k + 4 < len(toks) and toks[k + 4].kind == "pos" and rest.startswith(BETWEEN)
        if not rest.startswith(BETWEEN):
            k += 1
            continue
        if _neighbours(said[0], said[2]):
            out += [Tok("after", None, said[0].start, said[0].end, "between"), _place(said[0])]
        else:  # "放到2和4中间": no one place between photos apart, so nothing is moved
            out.append(Tok("?", "between", said[0].start, said[2].end, "between"))
        k += 5 if said_pos else 4
    return out

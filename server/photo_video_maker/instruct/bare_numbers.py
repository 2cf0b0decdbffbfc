"""A bare number moved is a photo's number: "move 2 to the start", "put 5 first", "move 3
after 4", "5 to the front pls" (as "remove 4" and "swap 2 and 4" already read)."""

from __future__ import annotations

from .entities import Tok

MOVING = ("move", "put")
WHERE = ("to", "start", "end", "after", "before", "slot")
ENDS = {"first": "start", "last": "end"}
OPENS = ("sep", "then", "and")  # what a clause opens after


def moved_numbers(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        prev = toks[k - 1] if k else None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        whole = tok.kind == "num" and isinstance(tok.value, (int, float)) and tok.value >= 1
        placed = nxt is not None and (nxt.kind in WHERE or nxt.surface.lower() in ENDS)
        moved = prev is not None and prev.kind in MOVING and placed
        beside = prev is not None and prev.kind in ("after", "before") and _moving(out)
        stepped = prev is not None and prev.surface.lower() == "make" and _stepped(toks[k + 1 :])
        # "5 to the front pls", "2 to the end": a clause that opens with a number sent to an end
        sent = (prev is None or prev.kind in OPENS) and _to_an_end(toks[k + 1 :])
        if whole and float(tok.value).is_integer() and (moved or beside or stepped or sent):
            tok = Tok("photo", int(tok.value), tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


def _stepped(after: list[Tok]) -> bool:
    """ "make 3 longer", "make 2 a bit shorter": a number made longer or shorter, with
    nothing after, is a photo (a length would say its unit: "make it 3 seconds longer")."""
    said = [tok.kind for tok in after if tok.kind not in ("degree", "sep")]
    return said in (["longer"], ["shorter"])


def _to_an_end(after: list[Tok]) -> bool:
    """ "to the front", "to the end" and nothing more in the clause (a "pls" aside)."""
    said = [tok.kind for tok in after[:3]]
    return said[:2] in (["to", "start"], ["to", "end"]) and said[2:] in ([], *([o] for o in OPENS))


def _moving(before: list[Tok]) -> bool:
    """A photo is being moved in this clause ("move 3 after 4": 4 is a photo too)."""
    for tok in reversed(before[:-1]):
        if tok.kind in ("sep", "then"):
            return False
        if tok.kind == "photo":
            return True
    return False


def held_for(toks: list[Tok], orig: str) -> list[Tok]:
    """ "hold each photo for 3", "every pic for 4 please": a bare number "for" every photo is
    its seconds (photo 3 is "photo 3", not "each photo for 3")."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        pic = toks[k - 1] if k else None
        each = toks[k - 2] if k > 1 else None
        between = orig[pic.end : tok.start].strip().lower() if pic is not None else ""
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        unitless = nxt is None or nxt.kind not in ("unit", "pct", "times", "and_half", "and", "num")
        whole = tok.kind == "num" and isinstance(tok.value, (int, float)) and 0 < tok.value <= 60
        if (
            whole
            and unitless
            and pic
            and pic.kind == "pic"
            and each
            and each.kind == "each"
            and between == "for"
        ):
            tok = Tok("dur", float(tok.value) * 1000, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


def decimal_to(toks: list[Tok]) -> list[Tok]:
    """ "set pic 2 to 1.5", "change photo 3 to 2.5": a number with a fraction can be no place,
    so after a photo and "to" it is that photo's seconds (it was read as a move to the start)."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        number = tok.kind == "num" and isinstance(tok.value, (int, float))
        fraction = number and not float(tok.value).is_integer() and 0 < float(tok.value) <= 60
        said = k >= 2 and toks[k - 1].kind == "to" and toks[k - 2].kind == "photo"
        if fraction and said:
            tok = Tok("dur", float(tok.value) * 1000, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out

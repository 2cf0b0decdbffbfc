"""Several photos named in one breath: "remove the 1st, 3rd and 5th", "photos 1, 3 and 5".
The commas of such a list join like its "and", so the list is one reference, not three
clauses."""

from __future__ import annotations

from .entities import Tok

REFS = ("ord", "photo")


def comma_lists(toks: list[Tok]) -> list[Tok]:
    """ "A, B and C" of photo references: the commas become "and"."""
    out = list(toks)
    k = 0
    while k < len(out):
        if not _ref(out, k):
            k += 1
            continue
        j = k
        commas = []
        while j + 2 < len(out) and out[j + 1].kind == "sep" and out[j + 1].surface == ",":
            if not _ref(out, j + 2, out[k].kind):
                break
            commas.append(j + 1)
            j += 2
        closes = j + 2 < len(out) and out[j + 1].kind == "and" and _ref(out, j + 2, out[k].kind)
        if commas and closes:
            for c in commas:
                out[c] = Tok("and", None, out[c].start, out[c].end, "and")
            k = j + 2
        k += 1
    return out


def _ref(toks: list[Tok], k: int, kind: str | None = None) -> bool:
    """A photo reference, or a number after "photos" ("photos 1, 3 and 5")."""
    tok = toks[k]
    if kind is not None and tok.kind != kind:
        return False
    if tok.kind in REFS:
        return True
    pics = any(t.kind == "pic" for t in toks[max(0, k - 6) : k])
    return tok.kind == "num" and tok.value == int(tok.value) and pics


def that_photo(toks: list[Tok]) -> list[Tok]:
    """ "put that photo first", "remove this picture": the photo just named, as "it"."""
    out: list[Tok] = []
    for tok in toks:
        prev = out[-1] if out else None
        pointed = prev is not None and prev.kind == "it" and prev.surface in ("that", "this")
        if prev is not None and pointed and tok.kind == "pic" and not tok.surface.endswith("s"):
            out[-1] = Tok("it", None, prev.start, tok.end, prev.surface)
            continue
        out.append(tok)
    return out

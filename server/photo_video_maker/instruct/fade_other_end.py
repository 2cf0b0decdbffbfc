"""The other fade said with only its direction: "fade in at the start for 2 seconds and out at
the end for 3", "fade out over 2s and in over 1". The bare "out" (or "in") after "and" is the
other fade of the same thing, and a bare number there is in the unit the first fade's length
was said in."""

from __future__ import annotations

from .entities import Tok

OTHER = {"fade_in": ("out", "fade_out"), "fade_out": ("in", "fade_in")}
# what may sit between the bare direction and its number ("out at the end for 3")
BESIDE = ("to", "for", "end", "start", "from_black", "video")


def fade_other_end(toks: list[Tok]) -> list[Tok]:
    """ "fade in ... and out ...": the "out" becomes a fade-out (with its length)."""
    first = next((k for k, t in enumerate(toks) if t.kind in OTHER), None)
    if first is None:
        return toks
    bare, kind = OTHER[toks[first].kind]
    unit = _unit(toks[first + 1 :])
    out = list(toks)
    for k in range(first + 1, len(out) - 1):
        if out[k].kind != "and" or out[k + 1].kind != bare:
            continue
        j = k + 1
        said = out[j]
        out[j] = Tok(kind, None, said.start, said.end, said.surface)
        for n in range(j + 1, len(out)):
            tok = out[n]
            if tok.kind == "num" and unit is not None:  # "... and out at the end for 3"
                out[n] = Tok("dur", float(tok.value) * unit, tok.start, tok.end, tok.surface)
            if tok.kind not in BESIDE:
                break
        break
    return out


def _unit(toks: list[Tok]) -> float | None:
    """Seconds (in milliseconds) when the first fade's length was said in seconds."""
    for tok in toks:
        if tok.kind == "and":
            return None
        if tok.kind == "dur" and isinstance(tok.value, int | float):
            return 1000.0 if 100 <= tok.value < 60000 else None
    return None

"""Chinese "减半秒" ("每张都减半秒"): 减 and a half-second taken off, not 减半 (halved) and a
stray 秒. "减半" said alone, or before anything but a unit of time, still halves.
"""

from __future__ import annotations

from .entities import Tok


def half_a_unit_off(toks: list[Tok]) -> list[Tok]:
    """ "减半" straight before "秒" / "分钟": "less" and a length of half that unit."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        unit = toks[k + 1] if k + 1 < len(toks) else None
        if (
            tok.kind == "degree"
            and tok.value == "half"
            and tok.surface == "减半"
            and unit is not None
            and unit.kind == "unit"
            and unit.start == tok.end
            and isinstance(unit.value, int | float)
        ):
            middle = tok.start + 1
            out.append(Tok("less", None, tok.start, middle, "减"))
            out.append(Tok("dur", unit.value / 2, middle, unit.end, "半" + unit.surface))
            k += 2
            continue
        out.append(tok)
        k += 1
    return out

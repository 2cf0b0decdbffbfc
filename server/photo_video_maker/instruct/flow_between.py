"""Photos that should "flow better between pics" or "blend smoother from one to the next": the
transitions (the place words after it are fillers, so the flow alone would say nothing)."""

from __future__ import annotations

from .entities import Tok

FLOWS = ("flow", "blend")
PLACES = ("between", "from one", "from pic", "from photo", "from slide")


def flow_between(toks: list[Tok], orig: str) -> list[Tok]:
    out: list[Tok] = []
    for tok in toks:
        out.append(tok)
        said = str(tok.surface).lower()
        if tok.kind != "softer" or not said.startswith(FLOWS) or tok.end < 0:
            continue
        rest = orig[tok.end :].lower().lstrip()
        if rest.startswith(PLACES) and not any(t.kind == "transition" for t in toks):
            out.append(Tok("transition", None, tok.end, tok.end, ""))
    return out

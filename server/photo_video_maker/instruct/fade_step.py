""" "结尾音乐淡出 长一点", "音乐淡出 再长一点": a bare step said right after a fade (no length of
its own) is that fade's step, as "音乐淡出长一点" typed without the space is. Before, the space
cut it off and the step went to every photo (photos longer: a silent wrong edit). So is "好突然"
after "音乐一下子就停了": the same complaint, not also a quieter song."""

from __future__ import annotations

from .entities import Tok

FADES = ("fade_out", "fade_in")
STEPS = ("longer", "shorter")
BARE = ("degree", "more", "again", "it")  # "再长一点", "长一点点"


def fade_step(toks: list[Tok]) -> list[Tok]:
    """The space between a fade and a bare step after it taken out."""
    out = list(toks)
    for k, tok in enumerate(toks):
        if tok.kind != "sep" or tok.surface.strip() or k == 0:
            continue  # only a space: a comma or a full stop keeps them apart
        before = _clause(toks, k - 1, -1)
        after = _clause(toks, k + 1, 1)
        faded = bool(before) and before[-1].kind in FADES
        step = [t for t in after if t.kind in STEPS]
        bare = len(step) == 1 and all(t.kind in (*STEPS, *BARE) for t in after)
        # "音乐一下子就停了 好突然": the same complaint said twice, one fade (no quieter song)
        sudden = bool(before) and before[-1].kind == "abrupt_end"
        again = sudden and bool(after) and all(t.kind in ("softer", *BARE) for t in after)
        if again or (faded and bare and not any(t.kind == "dur" for t in before)):
            out[k] = Tok("_joined", None, tok.start, tok.end, tok.surface)
    return [t for t in out if t.kind != "_joined"]


def _clause(toks: list[Tok], k: int, way: int) -> list[Tok]:
    said: list[Tok] = []
    while 0 <= k < len(toks) and toks[k].kind not in ("sep", "then"):
        said.append(toks[k])
        k += way
    return said[::-1] if way < 0 else said

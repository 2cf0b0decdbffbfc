"""A correction of what is meant, said with "not" ("not the title, the caption. make that
bigger", "not photo 2 but photo 3, remove it", "the caption, not the title, make it yellow",
"not the music, the clip sound. turn it down"): the thing said after "not" is only named to be
ruled out, so its words go, and "it" / "that" then point to the other one (never a second edit
of the one ruled out). Only a plain "not" between two things of the same family (two texts, two
sounds, two photos): "no music, just the clip sound" asks for no music, and stays."""

from __future__ import annotations

from .entities import Tok

FAMILIES = (
    frozenset({"title", "caption", "closing", "textnoun"}),
    frozenset({"music", "clip_sound"}),
    frozenset({"photo", "photos"}),
)
BETWEEN = ("sep", "then")  # "," or "but"


def _family(tok: Tok | None) -> frozenset[str] | None:
    if tok is None:
        return None
    return next((f for f in FAMILIES if tok.kind in f), None)


def _other(a: Tok, b: Tok | None) -> bool:
    """Two different things of one family."""
    fam = _family(a)
    return (
        fam is not None
        and b is not None
        and _family(b) is fam
        and (a.kind != b.kind or a.value != b.value)
    )


def not_but(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        if tok.kind != "not" or tok.surface != "not" or k + 1 >= len(toks):
            out.append(tok)
            k += 1
            continue
        ruled = toks[k + 1]
        after = toks[k + 2] if k + 2 < len(toks) else None
        start = not out or out[-1].kind in BETWEEN
        # "not the title, the caption ...", "not photo 2 but photo 3"
        between = after is not None and after.kind in BETWEEN and k + 3 < len(toks)
        if start and between and _other(ruled, toks[k + 3]):
            k += 3
            continue
        if start and _other(ruled, after):  # "not the dog one the city one"
            k += 2
            continue
        # "the caption not the title, ...", "the caption, not the title"
        meant = out[-1] if out and out[-1].kind not in BETWEEN else None
        meant = meant or (out[-2] if len(out) > 1 else None)
        if meant is not None and _other(ruled, meant) and (after is None or after.kind in BETWEEN):
            k += 2
            continue
        out.append(tok)
        k += 1
    return out

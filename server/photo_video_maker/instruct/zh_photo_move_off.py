"""Chinese "第三张的缩放去掉", "狗那张的推拉去掉", "第三张去掉缩放": one photo's camera move taken
off, never the photo removed as well (before, photo 3 was deleted and every photo stilled).
"""

from __future__ import annotations

from .entities import Tok

PHOTO = ("photo", "ord")
TAKEN = ("remove", "cut")


def photo_move_off(toks: list[Tok]) -> list[Tok]:
    """A photo, its move and a word of taking off, side by side: the taking off is "off"."""
    out = list(toks)
    for k, tok in enumerate(toks):
        if tok.kind not in PHOTO:
            continue
        said = toks[k + 1 : k + 3]
        if len(said) < 2 or {t.kind for t in said} - {"motion", *TAKEN}:
            continue
        if said[0].kind == said[1].kind:
            continue  # one move and one taking off, in either order
        at = k + 1 if said[0].kind in TAKEN else k + 2
        taken = toks[at]
        out[at] = Tok("off", None, taken.start, taken.end, taken.surface)
    return out

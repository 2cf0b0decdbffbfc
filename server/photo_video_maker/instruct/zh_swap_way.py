""" "第三张往前跟第二张换", "第五张往前挪跟第二张换一下": the way a photo goes (往前, 往后, 往前挪),
said before the photo it trades places with, only tells which way the swap moves it; the
sentence is one swap (before, it was a move and a swap of the wrong photos, or a question
offering to swap photo 3 with itself)."""

from __future__ import annotations

from .entities import Tok

WAYS = ("earlier", "later")
PARTNER = ("and", "with")
PHOTOS = ("photo", "ord", "pic")
SWAPPING = ("swap", "change")
BREAKS = ("sep", "then")


def swap_way(toks: list[Tok]) -> list[Tok]:
    """The way (and a Chinese move verb after it) dropped when "跟 <photo> 换" follows."""
    drop: set[int] = set()
    for k, tok in enumerate(toks):
        if tok.kind not in WAYS or tok.surface.isascii() or k == 0:
            continue
        if toks[k - 1].kind not in PHOTOS:
            continue  # "往前挪两位": no photo said before the way
        nxt = k + 1
        if nxt < len(toks) and toks[nxt].kind == "move" and not toks[nxt].surface.isascii():
            nxt += 1  # "往前挪跟…"
        if nxt + 1 >= len(toks) or toks[nxt].kind not in PARTNER:
            continue
        if toks[nxt + 1].kind not in PHOTOS:
            continue
        rest = []
        for later in toks[nxt + 2 :]:
            if later.kind in BREAKS:
                break
            rest.append(later.kind)
        if any(kind in SWAPPING for kind in rest):
            drop.update(range(k, nxt))
    return [tok for k, tok in enumerate(toks) if k not in drop]

"""A text placed by the photo it comes after or before: "after the last photo show 'thanks for
watching'" is the closing text, "before the first pic put 'Hello'" the title. Only when the
sentence writes words and moves nothing ("move the clip after the last photo" is a move)."""

from __future__ import annotations

from .context import Ctx
from .entities import Tok

MOVING = ("move", "swap", "remove", "order", "sort", "reverse", "shuffle")


def text_placed_by_photo(toks: list[Tok], ctx: Ctx) -> list[Tok]:
    """ "after" + the last photo (or the last item) becomes "end", "before" + the first "start"."""
    if not any(t.kind == "text" for t in toks) or any(t.kind in MOVING for t in toks):
        return toks
    segs = ctx.segments()
    photos = [n for n, seg in enumerate(segs, 1) if seg.m.kind != "video"]
    last = {len(segs), -1, photos[-1] if photos else len(segs)}
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and nxt.kind == "photo" and isinstance(nxt.value, int):
            if tok.kind == "after" and nxt.value in last:
                out.append(Tok("end", None, tok.start, nxt.end, "at the end"))
                k += 2
                continue
            if tok.kind == "before" and nxt.value == 1:
                out.append(Tok("start", None, tok.start, nxt.end, "at the start"))
                k += 2
                continue
        out.append(tok)
        k += 1
    return out

"""One photo said twice, by its place and by what it shows: "第三张狗狗的放最前面", "第二张城市
的挪到最后", "photo 3, the dog one, to the start". When the number and the name are the same
photo, it is one photo (before, the two were read as two photos and nothing was understood);
when they are two different photos, both stay (and the request is asked about or refused)."""

from __future__ import annotations

from .context import Ctx
from .entities import Tok

BETWEEN = ("it", "sep")  # "第三张 狗狗那张", "photo 3, the dog one"


def named_twice(toks: list[Tok], ctx: Ctx) -> list[Tok]:
    """Tokens with the name of a photo dropped where its number was said right before it."""
    out: list[Tok] = []
    for tok in toks:
        if tok.kind == "photo" and isinstance(tok.value, str):
            k = len(out) - 1
            while k >= 0 and out[k].kind in BETWEEN and k >= len(out) - 2:
                k -= 1
            said = out[k] if k >= 0 else None
            if (
                said is not None
                and said.kind == "photo"
                and isinstance(said.value, int)
                and said.value > 0
                and ctx.index_of(tok.value) == said.value
            ):
                del out[k + 1 :]  # the "那张" or comma between goes with the name
                continue
        out.append(tok)
    return out

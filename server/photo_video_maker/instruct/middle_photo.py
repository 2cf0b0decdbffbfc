"""The photo in the middle: "remove the middle photo", "中间那张去掉". With an odd number of items
it is the one in the middle; with an even number there are two, so none is named (the sentence
is then asked about, never a text moved to the middle)."""

from __future__ import annotations

from collections.abc import Callable

from ..model.edit_types import Edit
from .context import Ctx
from .entities import Tok
from .intents import said
from .reading import Option

MIDDLE = ("middle", "the middle", "中间", "中间的")
ONE = ("pic", "it", "photo")


def middle_photo(toks: list[Tok], count: int) -> list[Tok]:
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        middle = tok.kind == "pos" and tok.value == "center" and tok.surface.lower() in MIDDLE
        if middle and nxt is not None and nxt.kind in ONE and not isinstance(nxt.value, int):
            end = nxt.end
            if count % 2:
                out.append(Tok("photo", (count + 1) // 2, tok.start, end, tok.surface))
            else:
                out.append(Tok("?", "middle", tok.start, end, tok.surface))
            k += 2
            continue
        out.append(tok)
        k += 1
    return out


def middle_options(
    text: str, toks: list[Tok], reread: Callable[[str], list[Edit]], ctx: Ctx
) -> list[Option]:
    """ "中间那张去掉" with six items: the third or the fourth? The sentence read with each of the
    two middle photos named instead, asked (never one of them guessed)."""
    tok = next((t for t in toks if t.kind == "?" and t.value == "middle"), None)
    count = len(ctx.names_in_order())
    if tok is None or count < 2 or count % 2:
        return []
    options = []
    for n in (count // 2, count // 2 + 1):
        named = f"第{n}张" if ctx.lang == "zh" else f"photo {n}"
        edits = reread(text[: tok.start] + named + text[tok.end :])
        if not edits:
            return []
        name = ctx.names_in_order()[n - 1]
        options.append(Option(said(ctx, f"Photo {n} ({name})", f"第 {n} 张（{name}）"), edits))
    return options

"""A photo said where words of a text could stand: "放错了 应该是狗那张" right after a caption is
read as the text "狗那张" by the text pass; said as a correction it is the photo the caption
belongs on (``again.other_photo`` moves it there), never the caption's new words."""

from __future__ import annotations

from .context import Ctx
from .entities import Tok
from .parse import tokens
from .rewrite import PHOTO_SAID


def photo_texts(toks: list[Tok], ctx: Ctx) -> list[Tok]:
    """Text tokens that only name one photo ("狗那张", "第三张"), as that photo."""
    out: list[Tok] = []
    for tok in toks:
        if tok.kind == "text" and PHOTO_SAID.match(str(tok.value)):
            named = [t for t in tokens(str(tok.value), ctx) if t.kind != "pic"]
            if len(named) == 1 and named[0].kind == "photo":
                tok = Tok("photo", named[0].value, tok.start, tok.end, str(tok.value))
        out.append(tok)
    return out

""" "保持" before a value says the value ("保持竖屏", "转场就保持淡入淡出", "每张保持3秒"):
it carries nothing of its own there. Said last, of what was named ("bgm保持", "音乐保持"), it
keeps that as it is (lexicon: "keep")."""

from __future__ import annotations

from .entities import Tok

KEEPING = ("保持", "维持")
ENDS = ("sep", "then", "and")


def kept_as_said(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if tok.kind == "keep" and tok.surface.startswith(KEEPING) and nxt and nxt.kind not in ENDS:
            continue
        out.append(tok)
    return out

"""A setting, then that it is nicer: "我觉得方的更好看", "黑白的更漂亮". The setting is what is
asked; "更好看" says why, as "square looks nicer" does (before, the praise word, a request to
make the video nicer that cannot be done, left the whole message unread)."""

from __future__ import annotations

from .entities import Tok

VALUES = ("aspect", "look", "trans", "mood", "fit", "res", "fps", "platform")


def value_preferred(toks: list[Tok]) -> list[Tok]:
    out = list(toks)
    for k in range(1, len(toks)):
        tok = toks[k]
        judged = tok.kind == "unsupported" and tok.value == "general"
        # (in Chinese only: "fades are boring" judges the fades, it prefers nothing)
        if judged and not tok.surface.isascii() and toks[k - 1].kind in VALUES:
            out[k] = Tok("reason", None, tok.start, tok.end, tok.surface)
    return out

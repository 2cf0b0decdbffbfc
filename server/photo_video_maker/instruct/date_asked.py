""" "这张是哪天拍的", "这是什么时候拍的": asked when a photo was taken, with nothing asked to be
done, is a question the editor does not answer, never the dates written on every photo (as it
was). With a verb ("每张是哪天拍的 标出来", "标一下每张是什么时候拍的") the dates are put on."""

from __future__ import annotations

from .entities import Tok

ASKING = ("哪", "什么时候", "啥时候", "几号", "何时")
DOING = ("add", "put", "show", "change", "says", "on", "each")


def date_asked(toks: list[Tok]) -> list[Tok]:
    if any(t.kind in DOING for t in toks):
        return toks
    return [
        Tok("?", "date", t.start, t.end, t.surface)
        if t.kind == "date_only" and any(w in t.surface for w in ASKING)
        else t
        for t in toks
    ]

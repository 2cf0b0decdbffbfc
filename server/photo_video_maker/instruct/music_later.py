""" "later" said of anything but the music: "move the dog photo later" is a move asked without
a place (asked which), "I'll add my own later" a remark; only the music comes in later."""

from __future__ import annotations

from .entities import Tok


def later_only_of_music(toks: list[Tok]) -> list[Tok]:
    """The words of "later" dropped when the sentence names no music."""
    if any(tok.kind == "music" for tok in toks):
        return toks
    return [tok for tok in toks if tok.kind != "delay"]

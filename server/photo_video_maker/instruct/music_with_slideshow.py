"""Music asked for in a later clause of a message that asks for a slideshow ("帮我做个幻灯片 每张
两秒 加点音乐"): the slideshow is made with music. Read alone, "加点音乐" with music already on
asked which music, and the whole message was asked back."""

from __future__ import annotations

from .entities import Tok
from .fillers import SOFT

MADE = ("make_video", "slideshow")
ENDS = ("sep", "then")


def music_with_slideshow(toks: list[Tok]) -> list[Tok]:
    made = next((k for k, t in enumerate(toks) if t.kind in MADE), None)
    if made is None:
        return toks
    start = made
    while start < len(toks) and toks[start].kind not in ENDS:
        start += 1
    for k in range(start, len(toks)):
        if toks[k].kind not in ENDS:
            continue
        end = k + 1
        while end < len(toks) and toks[end].kind not in ENDS:
            end += 1
        clause = toks[k + 1 : end]
        said = [t for t in clause if t.kind not in SOFT]
        if [t.kind for t in said] == ["add", "music"] and said[1].value is None:
            music = said[1]
            return [*toks[: made + 1], music, *toks[made + 1 : k], *toks[end:]]
    return toks


NO = ("no", "not")


def slideshow_without_music(toks: list[Tok]) -> list[Tok]:
    """ "做一个没有音乐的幻灯片": the slideshow, and no music (before, the music word was read
    with the slideshow too: made with music, right after the music was removed)."""
    for k in range(len(toks) - 2):
        no, music, made = toks[k : k + 3]
        if no.kind in NO and music.kind == "music" and made.kind in MADE:
            at = Tok("sep", None, made.end, made.end, "")
            return [*toks[:k], made, at, no, music, *toks[k + 3 :]]
    return toks

""" "结尾淡出 音乐也是", "开头淡入 音乐也一样": the music as well, after a fade of the video.
The music fades the same way (before, "音乐也是" was dropped without a word)."""

from __future__ import annotations

from .entities import Tok

FADES = ("fade_out", "fade_in")


def faded_too(toks: list[Tok]) -> list[Tok]:
    for k in range(1, len(toks)):
        same, music = toks[k], toks[k - 1]
        if same.kind != "same" or music.kind != "music" or same.surface.isascii():
            continue
        fade = next((t for t in toks[: k - 1] if t.kind in FADES), None)
        if fade is None or any(t.kind == "music" for t in toks[: k - 1]):
            continue
        said = Tok(fade.kind, fade.value, same.start, same.end, same.surface)
        return [*toks[:k], said, *toks[k + 1 :]]
    return toks

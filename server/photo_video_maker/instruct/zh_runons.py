"""Chinese as typed in a chat, composed (rules run by ``compose`` after the durations and
frame rates are read):

- "不要转场每张一秒半", "去掉音乐照片快一点": a removal said with no comma ends before the next
  request (the "no" is of the transitions only);
- "跟BGM一致", "和歌曲一样", "按照音乐的长度来", "音乐放完视频就结束": as long as the song,
  whatever the song is called;
- "调成黑白的吧，有年代感一点": a look named outright wins over the feeling said with it (old
  times are how black and white feels, not a sepia on top);
- "一秒60帧", "弄成24帧电影感": a frame rate said per second or with the feel it gives is the
  frame rate alone.
"""

from __future__ import annotations

import re

from .entities import Tok
from .normalize import normalize

# what "不要/去掉" may take away, and what starts a next request right after it
REMOVED = ("transition", "music", "motion", "title", "closing")
NEXT: tuple[str, ...] = ("each", "pic", "photo", "photos", "ord", "music", "transition", "motion")
NEXT += ("title", "closing", "volume", "aspect", "fps_word", "video_fade")
NO = ("no", "remove", "off", "not")


def no_then_more(toks: list[Tok], orig: str = "") -> list[Tok]:
    """ "不要转场每张一秒半": "no transitions" is a request of its own; what follows with no
    comma is the next one ("声音关掉 音乐音量不用动": a space before the music ends the removal's
    clause, so the music is not what is removed)."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        out.append(tok)
        prev = toks[k - 1] if k > 0 else None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if (
            prev is not None
            and nxt is not None
            and prev.kind in NO
            and not prev.surface.isascii()
            and tok.kind in REMOVED
            and nxt.kind in NEXT
            and nxt.kind != tok.kind
            and tok.end <= nxt.start
            and " " not in orig[prev.end : tok.start]
        ):
            out.append(Tok("sep", None, tok.end, tok.end, ""))
    return out


SONGS = ("music",)
SAME_LENGTH = ("same",)
# "音乐放完视频就结束", "歌播完就结束": the video ends when the song does
SONG_ENDS = re.compile(
    r"(音乐|歌曲|歌|bgm|配乐|背景音乐)(放|播)?(完|结束)了?(视频)?(就|也)?(跟着)?(结束|停|完)"
)


def as_long_as_the_song(toks: list[Tok], orig: str) -> list[Tok]:
    """ "视频时长跟BGM一致", "和歌曲一样", "按照bgm的长度来", "让视频长度等于音乐长度",
    "音乐放完视频就结束": one "as long as the song" token."""
    toks = _song_said_ending(toks, orig)
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        span = _same_as_song(toks, k)
        if span:
            end = k + span
            out.append(Tok("song_len", None, toks[k].start, toks[end - 1].end, "跟音乐一样"))
            k = end
            continue
        out.append(toks[k])
        k += 1
    return out


def _same_as_song(toks: list[Tok], k: int) -> int:
    """How many tokens from ``k`` say "the same (length) as the song", else 0."""
    kinds = [t.kind for t in toks[k : k + 4]]
    first = toks[k]
    if first.surface.isascii() and first.kind != "music":
        return 0
    if kinds[:3] == ["and", "music", "same"] or kinds[:3] == ["music", "and", "video"]:
        if kinds[:3] == ["music", "and", "video"] and kinds[3:4] != ["same"]:
            return 0
        size = 3 if kinds[2] == "same" else 4
        return size + _length_after(toks, k + size)
    if kinds[:2] == ["same", "music"] and first.surface == "等于":  # "等于音乐长度"
        return 2 + _length_after(toks, k + 2)
    if kinds[:3] == ["sort", "music", "length"]:  # "按照bgm的长度(来)"
        return 3
    return 0


def _length_after(toks: list[Tok], k: int) -> int:
    """ "一样长", "一致的长度": the length word after "the same" belongs to it."""
    return int(k < len(toks) and toks[k].kind in ("length", "longer") and toks[k].surface in LONG)


LONG = ("长", "长度", "时长")


def _song_said_ending(toks: list[Tok], orig: str) -> list[Tok]:
    for found in SONG_ENDS.finditer(normalize(orig)):
        inside = [t for t in toks if found.start() <= t.start and t.end <= found.end()]
        if not inside or inside[0].kind != "music":
            continue
        first = toks.index(inside[0])
        said = Tok("song_len", None, found.start(), found.end(), found.group(0))
        toks = [*toks[:first], said, *toks[first + len(inside) :]]
    return toks


# feelings that a look gives: said beside black and white, they say why, not another look
FEELINGS = ("sepia",)


def named_look_wins(toks: list[Tok]) -> list[Tok]:
    """ "调成黑白的吧，有年代感一点", "黑白 复古一点": black and white, feeling old (the
    sepia of "年代感" is dropped); English sentences keep their own readings."""
    looks = {t.value for t in toks if t.kind == "look"}
    if "bw" not in looks or not any(t.kind == "look" and t.value in FEELINGS for t in toks):
        return toks
    chinese = [t for t in toks if t.kind == "look" and not t.surface.isascii()]
    if not chinese or any(t.kind in ("or", "not", "no") for t in toks):
        return toks  # "黑白还是复古": which one? "不要黑白，复古": the other one
    out: list[Tok] = []
    for tok in toks:
        if tok.kind == "look" and tok.value in FEELINGS and not tok.surface.isascii():
            if out and out[-1].kind == "add":  # "加点复古感": the "加点" goes with it
                out.pop()
            continue
        out.append(tok)
    return out


def frame_rate_alone(toks: list[Tok]) -> list[Tok]:
    """ "一秒60帧": per second; "24帧电影感": the feel of 24 frames, no cinematic music."""
    rates = [t for t in toks if t.kind == "fps"]
    if not rates:
        return toks
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        after = toks[k + 1 :]
        if tok.kind == "dur" and tok.value == 1000.0 and nxt is not None and nxt.kind == "fps":
            continue  # "一秒60帧", "1秒30帧"
        feel = tok.kind == "mood" and tok.value == "cinematic" and tok.surface.endswith("感")
        if feel and not any(t.kind == "music" for t in after[:2]) and rates[0].value == 24:
            continue
        out.append(tok)
    return out


# "调大" of the music is louder; of the zoom ("缩放幅度调大") it is more of it
TURNED = {"louder": "more", "quieter": "less"}


def motion_turned_up(toks: list[Tok]) -> list[Tok]:
    """ "缩放幅度调大", "运镜调小一点": more or less motion, not a louder song."""
    out: list[Tok] = []
    for tok in toks:
        if tok.kind in TURNED and tok.surface.startswith("调") and out and out[-1].kind == "motion":
            tok = Tok(TURNED[tok.kind], None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


# the frame's size or its rate, at the most or the least there is
MOST = {"full": {"size_word": ("res", "2160p"), "fps_word": ("fps", 60)}}
MOST["lowest"] = {"size_word": ("res", "480p"), "fps_word": ("fps", 24)}
BETWEEN = ("change", "to", "put", "up", "down")


def at_the_most(toks: list[Tok]) -> list[Tok]:
    """ "清晰度开到最大", "分辨率改到最高", "帧率直接拉满", "画质弄到最低": the highest or the
    lowest resolution or frame rate (never the music's volume)."""
    out: list[Tok] = []
    for tok in toks:
        said = MOST.get(tok.kind)
        k = len(out)
        while k > 0 and out[k - 1].kind in BETWEEN:
            k -= 1
        subject = out[k - 1] if k > 0 else None
        if said and subject is not None and subject.kind in said and not tok.surface.isascii():
            kind, value = said[subject.kind]
            out[k - 1 :] = [Tok(kind, value, subject.start, tok.end, subject.surface)]
            continue
        out.append(tok)
    return out


def steadier(toks: list[Tok]) -> list[Tok]:
    """ "画面稳一点", "不要那么晃": the camera's move, less of it; "再推近一点": more of it."""
    out: list[Tok] = []
    for tok in toks:
        if tok.kind in ("steady", "closer"):
            out.append(Tok("motion", None, tok.start, tok.start, tok.surface))
            step = "less" if tok.kind == "steady" else "more"
            tok = Tok(step, None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


def run_ons(toks: list[Tok], orig: str) -> list[Tok]:
    """Every rule of this module, in order."""
    toks = frame_rate_alone(
        named_look_wins(no_then_more(motion_turned_up(at_the_most(steadier(toks))), orig))
    )
    return as_long_as_the_song(toks, orig)

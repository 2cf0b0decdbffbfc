""" "换成轻音乐", "来点纯音乐": a mood word that names music itself (轻音乐 is a kind of music,
not a calmer video) is the mood and the music: the music changes, the pace does not."""

from __future__ import annotations

from .entities import Tok

NAMES_MUSIC = ("音乐", "歌", "曲", "歌曲", "曲子")  # never 乐 alone: 快乐
# "换成钢琴", "这个钢琴太沉闷": an instrument or a genre is music by itself, never a pace
PLAYED = ("钢琴", "吉他", "爵士", "民谣", "摇滚", "电音", "古典", "交响")


def mood_music(toks: list[Tok]) -> list[Tok]:
    """A Chinese mood word ending in 音乐/歌/曲, with no music word beside it: music too."""
    toks = _used_before(toks)
    if any(t.kind == "music" for t in toks):
        return toks
    out: list[Tok] = []
    for tok in toks:
        out.append(tok)
        named = not tok.surface.isascii() and tok.surface.endswith((*NAMES_MUSIC, *PLAYED))
        if tok.kind == "mood" and named:
            out.append(Tok("music", None, tok.end, tok.end, ""))
    return out


SONGS = ("mood", "builtin", "song", "music")
# "把钢琴那首放回去": a song named, then put back, is that song (no undo of the last change)
PUT_BACK = ("放回去", "放回来", "加回去", "加回来", "拿回来", "弄回来", "用回来")


def _used_before(toks: list[Tok]) -> list[Tok]:
    """ "换回之前安静的钢琴曲": 之前 before the song named says it was on before (no place in
    the order); "用回": 用 and 回 said together are 换回; "钢琴那首放回去": that song added."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        back = bool(out) and out[-1].kind == "change"
        if tok.kind == "before" and back and nxt is not None and nxt.kind in SONGS:
            continue
        named = bool(out) and out[-1].kind in ("builtin", "song", "mood")
        if tok.kind == "undo" and named and tok.surface in PUT_BACK:
            out.append(Tok("add", None, tok.start, tok.end, tok.surface))  # "把钢琴那首放回去"
            continue
        if tok.kind == "?" and tok.surface == "回" and back and out[-1].surface == "用":
            out[-1] = Tok("change", None, out[-1].start, tok.end, "用回")
            continue
        out.append(tok)
    return out

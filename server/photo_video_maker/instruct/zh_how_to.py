"""Chinese asked loosely, about one thing, with no request in it:

- "动效怎么弄比较好看啊", "转场怎么弄": how to do something the sentence names is a question
  about it, answered with what can be said of it (its suggestions), not the list of everything;
- "随便来点" with nothing named: "随便来" is a mix of transitions only where transitions are
  spoken of ("转场随便来"); alone it names nothing, and nothing is changed.
"""

from __future__ import annotations

from .entities import Tok

HOW_TO: tuple[str, ...] = ("怎么弄", "怎么操作", "咋弄", "怎么搞", "咋搞")
# "这个效果是怎么做的": how something was done (zh_picture)
HOW_TO += ("怎么做的", "是怎么做的", "怎么做出来的", "咋做的", "怎么弄的", "是怎么弄的")
HOW_TO += ("怎么实现的", "是怎么实现的", "怎么做到的", "用什么做的")


def how_to(toks: list[Tok]) -> list[Tok]:
    from .suggest import TOPIC_OF, VERBS  # suggest reads tokens: imported when first used

    named = any(t.kind in TOPIC_OF and t.kind not in VERBS for t in toks)
    spoken = any(t.kind == "transition" for t in toks)
    out: list[Tok] = []
    for tok in toks:
        asked = tok.kind == "help" and tok.surface in HOW_TO
        loose = tok.kind == "trans" and tok.surface.startswith("随便") and not spoken
        if (asked and named) or loose:
            tok = Tok("?", tok.surface, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


MOVED = ("move", "put")
PLACES = ("start", "end", "photo", "ord")


def video_moved(toks: list[Tok]) -> list[Tok]:
    """ "把视频挪到第一个位置": a video moved among the photos is the clip, not the whole video."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1 : k + 3]
        alone = all(t.kind in ("it", "sep") for t in toks[:k])
        moved = len(nxt) == 2 and nxt[0].kind in MOVED and nxt[1].kind in PLACES
        if tok.kind == "video" and tok.surface == "视频" and alone and moved:
            tok = Tok("clip", None, tok.start, tok.end, "视频片段")
        out.append(tok)
    return out

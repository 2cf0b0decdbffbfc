"""Videos made and files sent, said in Chinese: the tokens ``zh_made_sent`` describes."""

from __future__ import annotations

import re

from .entities import Tok

# what may stand between "剪一个" and the video: "剪一个毕业的小视频"
_KINDS = ("reason", "mood", "degree", "pic", "?")
_MADE_HERE = (
    "做成",
    "弄成",
    "变成",
    "剪成",
    "整成",
    "搞成",
    "合成",
    "做个",
    "做一个",
    "弄个",
    "弄一个",
)
_PHOTOS = ("it", "pic", "each", "reason")
_SIZE = ("fits_in", "compress", "smaller", "size_word", "size_limit_word", "mb_unit", "cut")


def made_and_sent(toks: list[Tok], orig: str) -> list[Tok]:
    if orig.isascii():
        return toks
    toks = _cut_one(toks, orig)
    toks = _photos_generated(toks)
    toks = _kind_of_video(_text_made_into(toks, orig))
    toks = _date_shown(toks, orig)
    if len(toks) == 1 and toks[0].kind == "upload" and len(toks[0].surface) == 1:
        return [Tok("?", toks[0].surface, toks[0].start, toks[0].end, toks[0].surface)]  # "传"
    return toks


def joined_clauses(toks: list[Tok], orig: str) -> list[Tok]:
    """Once the clauses are spaced: what the next clause adds to a video made or a size."""
    if orig.isascii():
        return toks
    return _count_alone(_sent_after_size(_music_after(toks)))


def _count_alone(toks: list[Tok]) -> list[Tok]:
    """ "几张？", "多少张了现在": how many, said with nothing else to do, asks the count."""
    kinds = {t.kind for t in toks} - {"video", "pic", "it", "sep", "q", "now"}
    if kinds != {"how_many"}:
        return toks
    return [
        Tok("count_q", None, t.start, t.end, t.surface) if t.kind == "how_many" else t for t in toks
    ]


_TEXTS = ("title", "caption", "closing", "textnoun")
_WANTED = ("要", "就要", "用", "就用", "要用", "就写", "写")
_INTO = ("弄成", "搞成", "整成", "变成", "做成", "写成", "换成")


def _text_made_into(toks: list[Tok], orig: str) -> list[Tok]:
    """ "标题弄成 一家人": a text made into words is changed to them; "大标题用 成都三日游":
    成 starting the spaced words is theirs, not "into"."""
    out = list(toks)
    for k in range(len(out) - 1, 0, -1):  # "标题要 小王子的一岁": the words wanted, spaced
        lead = orig[out[k - 1].end : out[k].start]
        if out[k - 1].kind in _TEXTS and lead.rstrip(" ：:") in _WANTED and lead != lead.rstrip():
            start = out[k - 1].end
            out.insert(k, Tok("change", None, start, start + len(lead.rstrip()), lead.strip()))
    for k, tok in enumerate(out):
        after_text = k > 0 and out[k - 1].kind in _TEXTS
        if tok.kind == "put" and tok.surface in _INTO and after_text:
            out[k] = Tok("change", None, tok.start, tok.end, tok.surface)
        spaced = tok.start > 0 and orig[tok.start - 1] == " " and tok.end < len(orig)
        if tok.kind == "to" and tok.surface == "成" and spaced and orig[tok.end] != " ":
            out[k] = Tok("?", tok.surface, tok.start, tok.end, tok.surface)
    return out


_SHOWN = ("显示", "显示一下", "显示下", "标注", "标注一下", "标注下", "标一下", "标下")
_ORDERING = ("sort", "reverse", "shuffle", "move", "swap", "remove", "add", "put")
# "显示照片拍摄日期", "标一下每张图的拍摄时间": shown, with the photos named between
_SHOWN_OF = re.compile(r"(?:显示|标注|标)(?:一下|下)?\s*(?:每张|每一张)?(?:照片|图片|相片|图)?的?$")


def _date_shown(toks: list[Tok], orig: str) -> list[Tok]:
    """ "显示拍摄时间": the date taken, shown, is a caption ("按拍摄时间" is the order)."""
    if any(t.kind in _ORDERING for t in toks):
        return toks
    out: list[Tok] = []
    for tok in toks:
        before = orig[: tok.start].rstrip()
        shown = before.endswith(_SHOWN) or bool(_SHOWN_OF.search(before))  # "显示照片拍摄日期"
        if tok.kind == "sort_key" and tok.value == "date" and shown and tok.surface[:1] != "按":
            out.append(Tok("add", None, tok.start, tok.start, ""))
        out.append(tok)
    return out


def _said(tok: Tok, orig: str) -> str:
    return orig[tok.start : tok.end]


def _cut_one(toks: list[Tok], orig: str) -> list[Tok]:
    """ "帮我剪一个毕业的小视频": 剪 with a measure word and a video after makes one."""
    out = list(toks)
    for k, tok in enumerate(out):
        if tok.kind != "cut" or tok.surface != "剪":
            continue
        if not orig[tok.end :].lstrip().startswith(("一个", "个", "一条", "条", "一段", "段")):
            continue
        j = k + 1
        while j < len(out) and out[j].kind in _KINDS:
            j += 1
        if j < len(out) and out[j].kind == "slideshow":  # "帮我剪个旅行vlog"
            out[k] = Tok("put", None, tok.start, tok.end, "做个")
        elif j < len(out) and ("视频" in _said(out[j], orig) or "短片" in _said(out[j], orig)):
            out[k] = Tok("make_video", None, tok.start, tok.end, tok.surface)
            out[j] = Tok("video", None, out[j].start, out[j].end, "视频")
    return out


# what a slideshow is said to have, before the word for it: "带bgm的", "有转场的"
_DESCRIBED = ("with", "music", "transition", "trans", "and", "motion")


def _photos_generated(toks: list[Tok]) -> list[Tok]:
    """ "把照片生成视频": the photos (and only they) made into a video, not an export."""
    out = list(toks)
    for k, tok in enumerate(out):
        if tok.kind != "export" or not tok.surface.startswith("生成"):
            continue
        before = [t.kind for t in out[:k]]
        after = [t.kind for t in out[k + 1 :] if t.kind not in ("reason", "mood", "degree")]
        if "pic" in before and set(before) <= set(_PHOTOS):
            out[k] = Tok("make_video", None, tok.start, tok.end, tok.surface)
        # "生成一个旅行vlog", "生成个带bgm的相册": what the slideshow has said before it
        described = [kind for kind in after if kind not in _DESCRIBED]
        if set(before) <= set(_PHOTOS) and described[:1] == ["slideshow"]:
            out[k] = Tok("put", None, tok.start, tok.end, "做个")
    return out


def _made(toks: list[Tok]) -> bool:
    return any(
        t.kind in ("make_video", "slideshow") or (t.kind == "put" and t.surface in _MADE_HERE)
        for t in toks
    )


def _kind_of_video(toks: list[Tok]) -> list[Tok]:
    """ "把这些旅行照片做成视频": 旅行 says what the photos and the video are of."""
    if not _made(toks):
        return toks
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        of = nxt is not None and nxt.kind in (
            "pic",
            "video",
            "make_video",
            "clip",
            "photo",
            "slideshow",
        )
        if tok.kind == "reason" and not tok.surface.isascii() and of:
            continue
        out.append(tok)
    return out


def _music_after(toks: list[Tok]) -> list[Tok]:
    """ "给我合成个视频 加上音乐", "…，欢快一点的": the music of the video made."""
    for k, tok in enumerate(toks):
        if tok.kind != "make_video" or k + 1 >= len(toks) or toks[k + 1].kind != "sep":
            continue
        tail = toks[k + 2 :]
        if tail and tail[0].kind in ("add", "with", "put"):
            tail = tail[1:]
        # "照片做成幻灯片 带转场的": the transitions of the video made, too
        if not tail or any(t.kind not in ("mood", "music", "degree", "transition") for t in tail):
            continue
        if not any(t.kind in ("mood", "music", "transition") for t in tail):
            continue
        kept = [t for t in tail if t.kind != "degree"]
        return [*toks[: k + 1], *kept]
    return toks


def _sent_after_size(toks: list[Tok]) -> list[Tok]:
    """ "文件太大了 邮件发不出去", "压缩到10兆以下 要发邮箱": one limit."""
    kinds = [t.kind for t in toks]
    if "share" not in kinds or not any(kind in _SIZE for kind in kinds):
        return toks
    if not set(kinds) & {"textnoun", "title", "caption", "closing", "pic", "photo", "music"}:
        toks = _made_smaller(toks)  # "视频做小一点 我要发邮件": the file
        kinds = [t.kind for t in toks]
    if "mb_unit" in kinds and "num" in kinds:  # the number said is the limit
        return [t for t in toks if t.kind != "share" and not _under_after_mb(toks, t)]
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1].kind if k + 1 < len(toks) else ""
        if tok.kind == "sep" and nxt == "share" and k > 0 and toks[k - 1].kind in _SIZE:
            continue
        # "whatsapp发不了 太大了": where it is sent (and why), then the size: one limit
        if tok.kind == "sep" and nxt in _SIZE and out and out[-1].kind in ("share", "reason"):
            if out[-1].kind == "reason" and len(out) > 1 and out[-2].kind == "share":
                out.pop()
            if out[-1].kind == "share":
                continue
        out.append(tok)
    return out


def _made_smaller(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    for tok in toks:
        if out and out[-1].kind == "fits_in" and tok.kind == "degree":
            continue
        if tok.kind == "smaller":
            tok = Tok("fits_in", None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


def _under_after_mb(toks: list[Tok], tok: Tok) -> bool:
    k = toks.index(tok)
    return tok.kind == "under" and k > 0 and toks[k - 1].kind == "mb_unit"

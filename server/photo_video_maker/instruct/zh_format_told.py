"""Complaints beside the format asked for, in Chinese (run by ``compose``; of English only the
slideshow made with music said in a clause of its own): "换成30帧吧
60太大了" and "60帧太大了 30吧" - the rate complained of is the old one, only the reason (a
bare rate said apart from it is the one wanted); "视频有点糊 分辨率弄成1440p" - the picture
called blurred says why the resolution changes; "做一个幻灯片 放点音乐 要有转场" - the music
and transitions said in clauses after a slideshow are the slideshow's; "换到1080p" - 换到 before
a value (not a place) changes to it; "我家电视是4k" - what the person's own device is, with its
value, only says why; "微信发不了 太大了" - too big, said of nothing but where it is sent, is
the file; "用最高的分辨率", "最低的画质" - the most said before the size is the size at its most
(never the music's volume); "竖屏看着别扭", "我朋友说4k看着清楚" - a shape or size judged is
no request for it."""

from __future__ import annotations

from .entities import Tok
from .zh_not_very import NOT_VERY

# a complaint said of a value or of the picture ("60太大了", "视频有点糊")
_TOO_BIG: tuple[str, ...] = ("太大", "太大了", "有点大", "好大", "很大", "太高", "太高了", "太卡")
_TOO_BIG += ("太卡了", "没必要", "没有必要")
_BLURRED = ("糊",)
RATES = (24, 25, 30, 60)
# what a clause of a complaint may also hold
_SUBJECT = ("video", "it", "size_word", "pic")
_FORMAT_VALUES = ("res", "fps")


def format_told(toks: list[Tok], orig: str) -> list[Tok]:
    """A complaint of the old value or of the picture, beside the format asked for, says why."""
    if orig.isascii():  # "make a slideshow, vertical, with music": the slideshow's music
        return _made_with(toks)
    toks = _old_size(_old_rate(_changed_to(_device_said(_most_before(_disliked(toks, orig))))))
    toks = _judged_alone(toks)
    toks = _made_with(_music_album(_blurred_beside(_too_big_to_send(toks))))
    return _asked_along(_most_of_a_size(toks))


def _clauses(toks: list[Tok]) -> list[list[int]]:
    clauses: list[list[int]] = [[]]
    for k, tok in enumerate(toks):
        if tok.kind in ("sep", "then"):
            clauses.append([])
        else:
            clauses[-1].append(k)
    return [c for c in clauses if c]


def _too_big(tok: Tok) -> bool:
    """ "太大了", "太卡", "没必要", "不太流畅": what is said of a value not wanted."""
    if tok.kind in ("reason", "dislike") and NOT_VERY.match(tok.surface):
        return True  # "60帧不太流畅" (zh_not_very)
    if tok.kind == "fits_in" and "太大" in tok.surface:
        return True  # "改成30帧 60帧文件太大": the old rate's file
    return tok.kind in ("smaller", "bigger", "reason", "dislike") and tok.surface in _TOO_BIG


def _old_rate(toks: list[Tok]) -> list[Tok]:
    """ "换成30帧吧 60太大了", "60帧太大了 30吧": the rate complained of is the reason; a bare
    rate said apart from it is the rate wanted."""
    out = list(toks)
    for k in range(len(toks) - 1):
        old, said = toks[k], toks[k + 1]
        ends = k + 2 == len(toks) or toks[k + 2].kind in ("sep", "then")
        starts = k == 0 or toks[k - 1].kind in ("sep", "then", "fps", "res", "change", "to", "num")
        rate = old.kind == "fps" or (old.kind == "num" and old.value in RATES)
        if not (rate and _too_big(said) and ends and starts):
            continue
        others = [j for j in range(len(toks)) if j not in (k, k + 1)]
        wanted = [j for j in others if toks[j].kind == "fps" and toks[j].value != old.value]
        bare = [j for j in others if toks[j].kind == "num" and toks[j].value in RATES]
        if not wanted and (len(bare) != 1 or toks[bare[0]].value == old.value):
            continue
        if not wanted and any(toks[j].kind in ("dur", "pct", "mb_unit", "num") for j in others
                              if j != bare[0]):  # fmt: skip
            continue
        out[k] = Tok("reason", None, old.start, old.end, old.surface)
        out[k + 1] = Tok("reason", None, said.start, said.end, said.surface)
        if not wanted:
            num = toks[bare[0]]
            out[bare[0]] = Tok("fps", int(num.value), num.start, num.end, num.surface)
        return out
    return out


def _old_size(toks: list[Tok]) -> list[Tok]:
    """ "分辨率换回1080p 4k传不动", "4k太大了 1080就行": the resolution complained of, beside
    another one asked for, is the old one: only the reason."""
    sizes = [k for k, tok in enumerate(toks) if tok.kind == "res"]
    if len(sizes) != 2 or toks[sizes[0]].value == toks[sizes[1]].value:
        return toks
    out = list(toks)
    for k in sizes:
        if k > 0 and toks[k - 1].kind in ("not", "no"):  # "2k就够 别4k": not that one
            out[k - 1 : k + 1] = [
                Tok("reason", None, t.start, t.end, t.surface) for t in toks[k - 1 : k + 1]
            ]
            return out
        said = toks[k + 1] if k + 1 < len(toks) else None
        ends = k + 2 >= len(toks) or toks[k + 2].kind in ("sep", "then")
        if said is not None and ends and (_too_big(said) or said.kind == "reason"):
            old = toks[k]
            out[k] = Tok("reason", None, old.start, old.end, old.surface)
            out[k + 1] = Tok("reason", None, said.start, said.end, said.surface)
            return out
    return toks


def _judged_alone(toks: list[Tok]) -> list[Tok]:
    """ "4k文件太大", "60帧太卡了": the only size or rate said, complained of, is the one there
    is, never the one asked for (which one is wanted is not said)."""
    values = [k for k, tok in enumerate(toks) if tok.kind in _FORMAT_VALUES]
    if len(values) != 1 or any(tok.kind == "num" for tok in toks):
        return toks
    k = values[0]
    if k + 1 >= len(toks) or not _too_big(toks[k + 1]) or toks[k + 1].start != toks[k].end:
        return toks  # "分辨率调成1080p 别太大": said apart, of the file asked for
    why = [Tok("reason", None, t.start, t.end, t.surface) for t in toks[k : k + 2]]
    return [*toks[:k], *why, *toks[k + 2 :]]


def _blurred_beside(toks: list[Tok]) -> list[Tok]:
    """ "视频有点糊 分辨率弄成1440p": the picture called blurred is why the resolution goes up."""
    clauses = _clauses(toks)
    if len(clauses) < 2:
        return toks
    out = list(toks)
    for said in clauses:
        kinds = {toks[k].kind for k in said}
        blurred = any(toks[k].kind == "dislike" and "糊" in toks[k].surface for k in said)
        if not blurred or not kinds <= {"dislike", *_SUBJECT}:
            continue
        others = [toks[k].kind for c in clauses if c is not said for k in c]
        if "res" not in others:
            continue
        for k in said:
            out[k] = Tok("reason", None, toks[k].start, toks[k].end, toks[k].surface)
    return out


_MADE = ("make_video", "slideshow")
_WITH_PARTS = ("music", "mood", "transition")
_WITH_WORDS = ("add", "put", "with", "degree", "and", *_WITH_PARTS)  # "要有音乐和转场"


def _made_with(toks: list[Tok]) -> list[Tok]:
    """Clauses of only music or transitions after the clause that makes the slideshow join it
    ("…幻灯片 放点音乐 要有转场"), their verbs dropped: the slideshow's music and transitions."""
    clauses = _clauses(toks)
    made = next((n for n, c in enumerate(clauses) if any(toks[k].kind in _MADE for k in c)), None)
    if made is None or made + 1 >= len(clauses):
        return toks
    tail = [c for c in clauses[made + 1 :] if not _plain(toks, c)]
    if len(tail) < len(clauses) - made - 1 and not tail:  # "幻灯片的形式就好 不用太花哨"
        return [toks[k] for k in range(len(toks)) if k <= clauses[made][-1]]
    # "帮我做个视频 要竖的 有音乐 每张两秒": a clause of only music or transitions joins the
    # slideshow wherever it is said; the other requests stay as said
    joins = [c for c in tail if _with_only(toks, c)]
    if not joins:
        return toks
    # what is said plainly of the video made ("用这些照片", "不用太花哨") goes with it
    plain = {k for c in clauses[made + 1 :] if _plain(toks, c) for k in c}
    joined = {k for c in joins for k in c} | plain
    parts = [toks[k] for k in joined if toks[k].kind in _WITH_PARTS]
    end = clauses[made][-1]
    kept = [toks[k] for k in range(end + 1)]
    rest = [t for k, t in enumerate(toks) if k > end and k not in joined]
    return [*kept, *parts, *rest]


def _with_only(toks: list[Tok], clause: list[int]) -> bool:
    kinds = {toks[k].kind for k in clause}
    return kinds <= set(_WITH_WORDS) and bool(kinds & set(_WITH_PARTS))


_TO_VALUE = ("fps", "res", "aspect", "look", "trans", "fit", "platform")


def _changed_to(toks: list[Tok]) -> list[Tok]:
    """ "换到30帧", "换到竖屏": 换到 moves a photo to a place, but before a value it changes."""
    out = list(toks)
    for k, tok in enumerate(toks[:-1]):
        if tok.kind == "move" and tok.surface == "换到" and toks[k + 1].kind in _TO_VALUE:
            out[k] = Tok("change", None, tok.start, tok.end, tok.surface)
    return out


def _music_album(toks: list[Tok]) -> list[Tok]:
    """ "做个音乐相册": a slideshow named with its music is made with music."""
    out: list[Tok] = []
    for tok in toks:
        if tok.kind == "slideshow" and any(w in tok.surface for w in ("音乐", "配乐", "bgm")):
            out.append(Tok("music", None, tok.start, tok.start, ""))
        out.append(tok)
    return out


_DEVICE_ENDS = ("是", "支持")


def _device_said(toks: list[Tok]) -> list[Tok]:
    """ "我家电视是4k 导出4k的": the value of the person's own device is part of the reason."""
    out: list[Tok] = []
    told = False
    for k, tok in enumerate(toks):
        prev = toks[k - 1] if k else None
        device = prev is not None and prev.kind == "reason" and prev.surface.endswith(_DEVICE_ENDS)
        if device and tok.kind in ("res", "fps", "aspect"):
            tok, told = Tok("reason", None, tok.start, tok.end, tok.surface), True
        elif told and prev is not None and tok.start > prev.end and tok.kind != "sep":
            out.append(Tok("sep", None, prev.end, tok.start, " "))  # "我家电视是4k 导出…"
            told = False
        else:
            told = False
        out.append(tok)
    return out


# what names a text or a photo that may be too big ("标题太大了", "第二张太大了")
_SHAPED = ("title", "caption", "closing", "textnoun", "photo", "ord", "pic", "font", "motion")
_SENT = ("发", "传", "微信", "朋友圈", "群", "qq", "钉钉")


def _too_big_to_send(toks: list[Tok]) -> list[Tok]:
    """ "微信发不了 太大了", "视频号发不了 太大了": too big, where only the sending is said, is the
    file's size (not the text's or the photos')."""
    if any(tok.kind in _SHAPED for tok in toks):
        return toks
    sent = any(t.kind == "reason" and any(w in t.surface for w in _SENT) for t in toks)
    if not sent:
        return toks
    return [
        Tok("fits_in", None, t.start, t.end, t.surface)
        if _too_big(t) and t.kind == "smaller"
        else t
        for t in toks
    ]


def _plain(toks: list[Tok], clause: list[int]) -> bool:
    """ "不用太花哨", "别太花哨": how the slideshow made should be (plain) is only its manner;
    "用这些照片": what it is made of."""
    kinds = [toks[k].kind for k in clause]
    fancy = any(toks[k].kind == "dislike" and "花哨" in toks[k].surface for k in clause)
    # "剪个视频 用这些照片 配首歌": what it is made of, the photos there already
    used = any(toks[k].kind == "change" and toks[k].surface == "用" for k in clause)
    if used and "pic" in kinds and set(kinds) <= {"change", "it", "pic"}:
        return True
    return fancy and set(kinds) <= {"not", "no", "dislike", "degree", "too"}


# the frame's size or its rate at the most or the least (as zh_runons.at_the_most, said before)
_MOST = {"full": {"size_word": ("res", "2160p"), "fps_word": ("fps", 60)}}
_MOST["lowest"] = {"size_word": ("res", "480p"), "fps_word": ("fps", 24)}


def _most_before(toks: list[Tok]) -> list[Tok]:
    """ "用最高的分辨率", "最低的画质就行": the highest or lowest resolution or frame rate."""
    out: list[Tok] = []
    for tok in toks:
        prev = out[-1] if out else None
        most = _MOST.get(prev.kind) if prev is not None else None
        if prev is not None and most and tok.kind in most and not prev.surface.isascii():
            kind, value = most[tok.kind]
            out[-1] = Tok(kind, value, prev.start, tok.end, tok.surface)
            continue
        out.append(tok)
    return out


_NOW = ("现在", "目前", "原来", "本来", "之前")


def _disliked(toks: list[Tok], orig: str) -> list[Tok]:
    """ "我爸说竖屏看着别扭 改成横屏": the shape, size or rate disliked only says why;
    "分辨率调成1080p 现在太糊了": a complaint of how it is now says why the value is asked."""
    out = list(toks)
    for k, tok in enumerate(toks[:-1]):
        nxt = toks[k + 1]
        ends = k + 2 == len(toks) or toks[k + 2].kind in ("sep", "then")
        asked = k > 0 and toks[k - 1].kind in ("change", "to", "put", "add", "up", "lower")
        judged = _complaint(nxt) or (not asked and _seen(nxt))  # "我朋友说4k看着清楚"
        if asked and judged and any(now in orig[tok.end : nxt.start] for now in _NOW):
            out[k + 1] = Tok("reason", None, nxt.start, nxt.end, nxt.surface)
            continue
        if tok.kind in ("aspect", "res", "fps") and judged and ends:
            out[k] = Tok("reason", None, tok.start, tok.end, tok.surface)
            out[k + 1] = Tok("reason", None, nxt.start, nxt.end, nxt.surface)
    return out


_BAD = ("不", "难受", "别扭", "累", "晕")


def _seen(tok: Tok) -> bool:
    """ "看着清楚", "看起来舒服": how something looks, said of it."""
    return tok.kind == "reason" and tok.surface.startswith(("看着", "看起来"))


def _complaint(tok: Tok) -> bool:
    """ "看着别扭", "看着不舒服", "看着难受": what the person dislikes seeing."""
    seen = tok.kind == "reason" and tok.surface.startswith(("看着", "看起来"))
    return tok.kind == "dislike" or (seen and any(w in tok.surface for w in _BAD))


def _most_of_a_size(toks: list[Tok]) -> list[Tok]:
    """ "最大不超过25MB": the most said of a file size is that limit (not the music at full)."""
    toks = [  # "不限大小", "多大都行": no limit, of the size itself
        Tok("any_size", None, t.start, t.end, t.surface)
        if t.kind == "no_limit" and ("大小" in t.surface or "多大" in t.surface)
        else t
        for t in toks
    ]
    if not any(t.kind == "mb_unit" for t in toks):
        return toks
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1].kind if k + 1 < len(toks) else ""
        if (
            tok.kind == "full"
            and tok.surface in ("最大", "最多")
            and nxt in ("fits_in", "under", "num")
        ):
            continue
        out.append(tok)
    return out


def _asked_along(toks: list[Tok]) -> list[Tok]:
    """ "我要上传照片 在哪里啊": where, beside the upload, is where to upload;
    "做成幻灯片 我不会弄": not knowing how, beside a slideshow asked for, is only why;
    "除了做视频还能干嘛": what can be done beyond the video made is help asked."""
    kinds = {t.kind for t in toks}
    if "upload" in kinds:
        return [t for t in toks if t.kind != "where"]
    made = [k for k, t in enumerate(toks) if t.kind in ("make_video", "slideshow")]
    if made and "help" in kinds and any(t.kind == "except" for t in toks[: made[0]]):
        # "你除了做视频还能干嘛": the video made is what the help is asked beyond
        return [t for t in toks if t.kind not in ("make_video", "slideshow", "except")]
    if kinds & {"make_video", "slideshow"}:
        return [
            Tok("reason", None, t.start, t.end, t.surface) if t.kind == "help" else t for t in toks
        ]
    return toks

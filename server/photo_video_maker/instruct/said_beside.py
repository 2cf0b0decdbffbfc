"""What is said beside a Chinese request and asks nothing of its own: a phone named after a
resolution ("720就够了 手机上看": where it is watched), the "不" of "能快点不" (a question),
"你看着办" after two choices ("按时间排还是按名字排你看着办": still a choice to ask), and the
"嗨" that greets before a request ("嗨 转场换成黑场": hello, never a livelier video)."""

from __future__ import annotations

import re

from .entities import Tok

# "嗨，…", "嗨~ …", "嗨嗨 …": a greeting, set apart from what follows it
_HELLO = re.compile(r"\s*(?:嗨+|hi|hey)[\s,，!！~～。.]+(?=\S)", re.IGNORECASE)


def hello_first(toks: list[Tok], orig: str) -> list[Tok]:
    """A "嗨" that opens the message and is set apart from the request after it greets: it is
    dropped ("嗨一点", "音乐嗨一点" still ask for a livelier video)."""
    said = _HELLO.match(orig)
    if said is None or not toks or toks[0].kind != "mood" or toks[0].surface != "嗨":
        return toks
    rest = [tok for tok in toks[1:] if tok.start >= said.end() or tok.start < 0]
    return rest if rest else toks


# the resolution said, then the phone it is watched on: why, not a shape
_SIZES = ("res", "fps", "mb")
_WATCHED = ("看", "上看", "里看", "上播", "上放", "上刷")


def phone_watched(toks: list[Tok], orig: str) -> list[Tok]:
    """ "清晰度调成720就够了 手机上看": a phone named after a resolution said outright, with no
    shape named, is where it is watched (why that resolution is enough), not a 9:16 frame."""
    kinds = [t.kind for t in toks]
    if "aspect" in kinds or "phones" not in [t.value for t in toks if t.kind == "platform"]:
        return toks
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        phone = tok.kind == "platform" and tok.value == "phones" and not tok.surface.isascii()
        phone = phone and orig[tok.end :].startswith(_WATCHED)  # "4k的我手机打不开": no
        if phone and any(kind in _SIZES for kind in kinds[:k]):
            tok = Tok("reason", None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


# "能快点不", "可以换首歌不": a request asked with "can ... not?" (不 is the question's)
_CAN = ("能", "可以", "可不可以")
_ENDS = ("sep", "q")


def can_or_not(toks: list[Tok], orig: str) -> list[Tok]:
    """A Chinese "不" that ends a clause with "能"/"可以" in it asks, as "吗" does; it does not
    negate the request before it."""
    out = list(toks)
    start = 0
    for k, tok in enumerate(out):
        if tok.kind == "sep":
            start = tok.end
            continue
        last = k + 1 == len(out) or out[k + 1].kind in _ENDS
        if tok.kind != "not" or tok.surface != "不" or not last or k == 0:
            continue
        clause = orig[start : tok.start].strip().lstrip("你那就请")
        # "转场能短一点不", "镜头可以再动感一点不": the "能" may follow what it is about
        if clause.startswith(_CAN) or any(can in clause for can in _CAN):
            out[k] = Tok("q", None, tok.start, tok.end, tok.surface)
    return _how_about(out, orig)


# "要不快一点吧": "how about" (不 asks nothing back); "要不了那么久", "要不要": not this
_NOT_ABOUT = "了要用会能行够是得"


def _how_about(toks: list[Tok], orig: str) -> list[Tok]:
    """ "要不快一点吧", "那要不按时间排": a "不" right after a clause's opening "要" suggests
    what follows; it negates nothing."""
    out: list[Tok] = []
    start = 0
    for k, tok in enumerate(toks):
        if tok.kind == "sep":
            start = tok.end
        opening = orig[start : tok.start].strip().lstrip("那嗯呃就") == "要"
        nxt = orig[tok.end : tok.end + 1]
        about = opening and bool(nxt) and nxt not in _NOT_ABOUT
        request = k + 1 < len(toks) and toks[k + 1].kind != "sep"
        if tok.kind == "not" and tok.surface == "不" and about and request:
            continue
        out.append(tok)
    return out


# "按时间排还是按名字排你看着办": the choice between two left to us, still a choice to ask
_LEFT_TO_US = ("你看着办", "看着办")


def left_to_us(toks: list[Tok]) -> list[Tok]:
    """ "A还是B 你看着办": the two said are what to ask between; "你看着办" adds nothing."""
    if not any(t.kind == "or" for t in toks):
        return toks
    return [t for t in toks if not (t.kind == "unsupported" and t.surface in _LEFT_TO_US)]


# values a choice is made between ("按时间排还是按名字排", "竖屏还是横屏")
_CHOSEN = ("sort_key", "aspect", "look", "res", "fps", "mood", "trans", "color", "pos")


def two_choices(toks: list[Tok]) -> list[Tok]:
    """ "按时间排还是按名字排": "还是" between two values of one kind parts two requests (one
    request never reads across it, taking the first value and dropping the second)."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        if tok.kind == "or" and tok.surface == "还是" and _between(toks, k):
            out.append(Tok("sep", None, tok.start, tok.start, ""))
        out.append(tok)
    return out


def _between(toks: list[Tok], k: int) -> bool:
    left, right = _clause(toks, k, -1), _clause(toks, k, 1)
    if any(t.kind == "whether" for t in left):
        return False  # "黑白的话会不会太压抑 还是暖色吧": a worry, then rather (zh_moves_typed)
    for kind in _CHOSEN:
        before = {t.value for t in left if t.kind == kind}
        after = {t.value for t in right if t.kind == kind}
        if before and after and before != after:
            return True
    return False


def _clause(toks: list[Tok], k: int, step: int) -> list[Tok]:
    """The words from ``k`` to the clause's end, one way."""
    out: list[Tok] = []
    n = k + step
    while 0 <= n < len(toks) and toks[n].kind != "sep":
        out.append(toks[n])
        n += step
    return out


# "把照片做成一个有音乐的小视频": made into a video, not put into the clip
_MADE_INTO: tuple[str, ...] = (
    "做成",
    "弄成",
    "整成",
    "合成",
    "搞成",
    "剪成",
    "做个",
    "做一个",
    "弄个",
)
_MADE_INTO += ("弄一个",)
_MADE_INTO += ("拼成", "串成")
_BESIDE = ("music", "mood", "with", "reason", "degree", "transition", "num")


def made_into_video(toks: list[Tok], orig: str) -> list[Tok]:
    """ "做成一个有音乐的小视频": "小视频" after a verb that makes is the video made (the
    photos' video), never the clip that is one of its items."""
    out = list(toks)
    for k, tok in enumerate(out):
        made = tok.kind == "make_video"  # "拼成一个小视频": made, and "小视频" is what
        if not made and (tok.kind not in ("put", "change") or tok.surface not in _MADE_INTO):
            continue  # "整成" is read as a change ("整成一个带背景音乐的小视频")
        j = k + 1
        while j < len(out) and out[j].kind in _BESIDE:
            j += 1
        said = orig[out[j].start : out[j].end] if j < len(out) else ""
        if out[j:] and (out[j].kind not in ("photo", "video") or "视频" not in said):
            continue  # "合成一个短视频": the short video is the video too
        if j == len(out):
            continue
        if any(t.kind == "pic" for t in out[:k]) or k == 0:
            out[k] = Tok("make_video", None, tok.start, tok.end, tok.surface)
            out[j] = Tok("video", None, out[j].start, out[j].end, "视频")
    return out


_MOVES = ("move", "put")
_LINKS = ("sep", "and", "then")


def moved_into_each_other(toks: list[Tok]) -> list[Tok]:
    """ "把海边的挪到花园那儿 花园的挪到海边那儿": each photo put where the other was is one
    swap (read as two moves, the second went where the first photo had just been put)."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        end = _crossed(toks, k)
        if end is None:
            out.append(toks[k])
            k += 1
            continue
        a, b = toks[k], toks[k + 2]
        out += [a, Tok("and", None, a.end, a.end, ""), b, Tok("swap", None, b.end, b.end, "")]
        k = end
    return out


def _crossed(toks: list[Tok], k: int) -> int | None:
    """The end of "A to B, B to A" starting at ``k``, or None."""
    first = _one_move(toks, k)
    if first is None:
        return None
    n = first
    while n < len(toks) and toks[n].kind in _LINKS:
        n += 1
    if n == first:
        return None
    second = _one_move(toks, n)
    if second is None:
        return None
    a, b, c, d = toks[k].value, toks[k + 2].value, toks[n].value, toks[n + 2].value
    return second if a == d and b == c and a != b else None


def _one_move(toks: list[Tok], k: int) -> int | None:
    """ "A 挪到 B (的位置)": the end of it, or None."""
    if k + 2 >= len(toks) or toks[k].kind != "photo" or toks[k + 1].kind not in _MOVES:
        return None
    if toks[k + 2].kind != "photo":
        return None
    return k + 4 if k + 3 < len(toks) and toks[k + 3].kind == "position" else k + 3


_HOW = ("怎么", "咋", "怎样", "如何")


def how_to_add(toks: list[Tok], orig: str) -> list[Tok]:
    """ "照片咋加", "图片要怎么加": how to add photos, with nothing else named, is the upload
    ("照片怎么加转场" names what is added: not this)."""
    kinds = [t.kind for t in toks if t.kind not in ("?", "q", "sep", "it")]
    if kinds != ["pic", "add"]:
        return toks
    pic = next(t for t in toks if t.kind == "pic")
    add = next(t for t in toks if t.kind == "add")
    if pic.start > add.start or not any(how in orig[pic.end : add.start] for how in _HOW):
        return toks
    return [Tok("upload", None, pic.start, add.end, orig[pic.start : add.end])]

"""Chinese ways of asking for less of something by saying "not so much of it".

- "别那么快", "转场不要这么快", "不用那么慢": "不要/别 + 那么/这么 + X" asks for the opposite of
  X (slower, faster), exactly as "有点快" does; it never removes anything;
- "别太快", "字幕不要太小", "音乐别太大声", "转场不能太长": "太X" already says what is
  wrong ("太小" reads bigger), so the "不要" in front only agrees with it;
- "换个欢快点的 不要太欢快": "不要太" before a mood only says how much of it (never no music).
"""

from __future__ import annotations

import re

from .entities import Tok

# the "don't" of "别那么快": Chinese only ("not so loud" is an English phrase of the lexicon)
DONT = ("别", "不要", "不用", "没必要", "用不着", "千万别", "可别", "不能", "不可以", "不能够")
SO = ("么",)
# words that already name the fault, so that "别那么突然" asks for softer, as "突然" does
FAULTS = (
    "突然",
    "突兀",
    "生硬",
    "硬",
    "吵",
    "夸张",
    "卡",
    "卡顿",
    "拖",
    "拖沓",
    "磨叽",
    "墨迹",
)  # what is left of "那么" / "这么" once "那"/"这" are read as fillers


def not_so(toks: list[Tok]) -> list[Tok]:
    """ "别那么快" -> slower, "别太快" -> slower, "不要太小" -> bigger: one comparative token."""
    from .compose import COMPLAINTS, FLIP  # compose runs this rule: imported when it runs

    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        moderate = _not_too_much_of_a_mood(toks, k)
        if moderate:  # "换个欢快点的 不要太欢快": how much of the mood, no music taken off
            out.append(Tok("reason", None, tok.start, toks[k + 2].end, tok.surface))
            k += 3
            continue
        if tok.kind in ("not", "no") and tok.surface in DONT:
            j = k + 1
            so = j < len(toks) and (
                (toks[j].kind == "q" and toks[j].surface in SO) or toks[j].kind == "too"
            )
            if so:
                j += 1
            if j < len(toks) and toks[j].kind in FLIP:
                said = toks[j]
                named = said.surface in (*COMPLAINTS, *FAULTS)
                fixed = named or said.surface.startswith(("太", "拖"))  # "别拖那么长"
                if so or fixed:
                    kind = said.kind if fixed else FLIP[said.kind]
                    out.append(Tok(kind, said.value, tok.start, said.end, said.surface))
                    k = j + 1
                    continue
        out.append(tok)
        k += 1
    return out


def _not_too_much_of_a_mood(toks: list[Tok], k: int) -> bool:
    """ "不要太欢快", "别太伤感": a "don't", then 太 and a mood (in either order as read)."""
    if toks[k].kind not in ("not", "no") or toks[k].surface not in DONT or k + 2 >= len(toks):
        return False
    pair = {toks[k + 1].kind, toks[k + 2].kind}
    too = any(t.surface == "太" for t in toks[k + 1 : k + 3])
    return too and "mood" in pair and bool(pair & {"too", "dislike"})


BOTH_ENDS = ("淡入淡出", "淡进淡出", "渐入渐出", "渐进渐出")
MUSIC = ("music", "volume")


def music_in_and_out(toks: list[Tok]) -> list[Tok]:
    """ "音乐淡入淡出", "背景音乐加上淡入淡出": the song fades in and fades out (both ends),
    as "淡入淡出各一秒" does; between photos "淡入淡出" stays a transition."""
    out = list(toks)
    start = 0
    for end in [*(k for k, t in enumerate(toks) if t.kind == "sep"), len(toks)]:
        clause = range(start, end)
        kinds = {toks[k].kind for k in clause}
        if kinds & set(MUSIC) and not kinds & {"transition", "pic", "photo"}:
            for k in clause:
                tok = toks[k]
                if tok.kind == "trans" and tok.surface in BOTH_ENDS:
                    out[k] = Tok("fade_inout", None, tok.start, tok.end, tok.surface)
        start = end + 1
    return out


# how long each photo shows, said in one word: "间隔3秒", "每张时长3秒" are never the video's length
PER_PHOTO: tuple[str, ...] = (
    "每张时长",
    "间隔",
    "间隔时间",
    "展示时间",
    "停留时间",
    "显示时间",
    "每张时间",
)
PER_PHOTO += ("切换时间", "切换间隔", "切换的时间", "切换的间隔")


def per_photo_length(toks: list[Tok]) -> list[Tok]:
    """ "间隔3秒", "展示时间3秒": a length word of one photo reads as "each" + the length."""
    out: list[Tok] = []
    for tok in toks:
        if (
            tok.kind == "length"
            and tok.surface in PER_PHOTO
            and not (out and out[-1].kind == "each")
        ):
            out.append(Tok("each", None, tok.start, tok.end, tok.surface))
        out.append(tok)
    return out


# what a space may follow without ending a clause: "加字幕 海边", "标题改成 夏天" (the text follows)
LEADS = ("title", "caption", "closing", "textnoun", "says", "colon", "call", "sign", "change")
REFS = ("photo", "ord", "num", "photos", "pic", "each", "it", "and")  # the photos spoken of


def spaced_clauses(toks: list[Tok], orig: str) -> list[Tok]:
    """ "不要转场 直接切", "太短了 改三秒半": people who type no commas put a space between two
    requests, so a space between Chinese words ends a clause as "，" does (never inside a text,
    after a word that leads to one, or between two photos of a list)."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        prev = out[-1] if out else None
        if (
            prev is not None
            and "sep" not in (prev.kind, tok.kind)
            and not _verb_last(prev, tok, k == len(toks) - 1)
            and "text" not in (prev.kind, tok.kind)
            and prev.kind not in LEADS
            and not _only_refs(out)
            and (
                _space_between_chinese(orig, prev.end, tok.start, prev.kind in JUDGED)
                or _measured_then_chinese(prev, tok, orig)
                or _done_then_english(out, tok, orig)
            )
        ):
            at = prev.end + orig[prev.end : tok.start].index(" ")
            out.append(Tok("sep", None, at, at + 1, " "))
        elif prev is not None and _ends_with_le(prev, tok, orig):
            at = prev.end if orig[prev.end - 1] == "了" else orig.index("了", prev.end) + 1
            out.append(Tok("sep", None, at - 1, at, "了"))
        out.append(tok)
    return out


# a thing named, then a space and only the verb of adding or removing it ("日期 加一下")
NAMED_THINGS = (
    "date_only", "date_place", "music", "title", "caption", "closing", "clip_sound", "transition",
    "motion",
)  # fmt: skip
LAST_VERBS = ("add", "remove", "off", "mute")


def _verb_last(prev: Tok, tok: Tok, last: bool) -> bool:
    """ "日期 加一下", "每张是哪天拍的 标出来": the verb said last, after a space, is of the thing
    named before it (before, the clause was closed and the verb left over)."""
    return last and prev.kind in NAMED_THINGS and tok.kind in LAST_VERBS


def _only_refs(out: list[Tok]) -> bool:
    """Whether the clause so far only names photos ("第二张 第三张 删掉", "第一张 加字幕 出发"):
    what follows the space is said of them."""
    k = len(out)
    while k > 0 and out[k - 1].kind != "sep":
        k -= 1
    return all(tok.kind in REFS for tok in out[k:])


# what "了" may follow and still go on: "删了第三张", "加了字幕" (a verb and its object)
VERBS: tuple[str, ...] = (
    "remove",
    "add",
    "change",
    "put",
    "move",
    "swap",
    "mute",
    "cut",
    "export",
    "undo",
    "on",
)
VERBS += ("off", "no", "not", "says", "call", "sign", "upload", "shuffle", "reverse", "sort")
VERBS += ("except",)  # "除了第一张": 了 is part of the word
# "小了一点", "糊了不要" (the photo just blamed), "漏了几张照片" (a count, not a question)
GOES_ON: tuple[str, ...] = (
    "sep",
    "then",
    "degree",
    "q",
    "text",
    "too",
    "more",
    "less",
    "it",
    "how_many",
)
GOES_ON += ("count_q",)
BLAMED = ("no", "not", "remove", "off", "cut")


def _ends_with_le(prev: Tok, tok: Tok, orig: str) -> bool:
    """ "太短了改三秒半", "不要转场了每张1秒": a "了" that closes a complaint or a request, with
    more words after it, ends the clause (people who type no commas end them so)."""
    if prev.kind in (*VERBS, "text") or tok.kind in GOES_ON or prev.end <= prev.start:
        return False
    if prev.kind == "dislike" and tok.kind in BLAMED:
        return False  # "第一张糊了不要": the photo just blamed goes
    gap = orig[prev.end : tok.start]
    return gap.strip() == "了" or (orig[prev.end - 1] == "了" and not gap.strip())


# a judgement closes its clause as a particle does: "60fps不太流畅 30吧"
JUDGED = ("reason", "dislike", "fits_in")  # "4k文件太大 1080就行" too


def _space_between_chinese(orig: str, start: int, end: int, judged: bool = False) -> bool:
    gap = orig[start:end]
    if " " not in gap or start == 0 or end >= len(orig):
        return False
    # "视频短一点 20秒左右", "要流畅点 60帧": after a clause closed by "一点" or a particle, a
    # number starts the next clause too ("缩短 5秒" is by how much: it goes on)
    closed = (orig[start - 1] in CLOSERS or judged) and orig[end].isdigit()
    return _cjk(orig[start - 1]) and (_cjk(orig[end]) or closed)


CLOSERS = "点些吧呀啊呢嘛啦哦"
# a Chinese request said object first and its verb last is complete ("视频原声去掉")
DONE_VERBS = ("remove", "off", "mute")
OBJECTS = ("clip_sound", "music", "title", "caption", "closing", "photo", "ord", "transition")


def _done_then_english(out: list[Tok], tok: Tok, orig: str) -> bool:
    """ "视频原声去掉 bgm保持": a request said object first, its verb last, is complete; a space
    after it ends the clause before an English word too (before, "去掉" was read again with
    "bgm": the music removed, a silent wrong edit)."""
    if len(out) < 2 or not tok.surface[:1].isascii():
        return False
    verb, thing = out[-1], out[-2]
    gap = orig[verb.end : tok.start]
    return (
        verb.kind in DONE_VERBS
        and thing.kind in OBJECTS
        and not verb.surface.isascii()
        and gap.strip() == ""
        and " " in gap
    )


# a value typed with an English unit ("2s", "50%", "60fps", "720p"), then a space and Chinese
MEASURED = ("dur", "pct", "fps", "res")


def _measured_then_chinese(prev: Tok, tok: Tok, orig: str) -> bool:
    """ "每张2s 转场1s": a value with its English unit closes its clause before a space and
    Chinese words, as a Chinese unit does ("每张2秒 转场1秒"); before, the 2 s went to the
    transition."""
    gap = orig[prev.end : tok.start]
    chinese = any(_cjk(ch) for ch in orig[: prev.start])
    return (
        prev.kind in MEASURED
        and chinese
        and gap.strip() == ""
        and " " in gap
        and tok.start < len(orig)
        and _cjk(orig[tok.start])
    )


def _cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


# "写上“旺财”两个字", "打上森林两个字": how many characters the text has, not a text of its own
COUNT = re.compile(r"\s*[一二两三四五六七八九十\d]+个$")


def counted_characters(toks: list[Tok]) -> list[Tok]:
    """A text followed by "两个字" (its count of characters): the count goes."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        after = toks[k + 2] if k + 2 < len(toks) else None
        if tok.kind == "text" and nxt is not None and _is_zi(nxt):
            trimmed = COUNT.sub("", str(tok.value))
            if trimmed != tok.value and trimmed:  # "森林两个" + "字"
                out.append(
                    Tok(
                        "text",
                        trimmed,
                        tok.start,
                        tok.end - (len(str(tok.value)) - len(trimmed)),
                        tok.surface,
                    )
                )
                k += 2
                continue
        if (
            tok.kind == "text"
            and nxt is not None
            and nxt.kind == "num"
            and after is not None
            and _is_zi(after)
        ):
            out.append(tok)  # "“旺财”两个字"
            k += 3
            continue
        out.append(tok)
        k += 1
    return out


def _is_zi(tok: Tok) -> bool:
    return tok.kind == "textnoun" and tok.surface == "字"


_TOO = ("longer", "shorter", "faster", "slower")


def too_then_length(toks: list[Tok]) -> list[Tok]:
    """ "转场别太长 0.5秒", "照片太长 2秒": a length said right after a complaint is the length
    wanted (as after "太长了"), never a step by that much ("短0.5秒" still is one)."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        out.append(tok)
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        complained = tok.kind in _TOO and tok.surface.startswith("太")
        # only a space or 了 between: "太长了 缩短0.5秒" still shortens by 0.5 s (its step word
        # between them was read with the complaint)
        if complained and nxt is not None and nxt.kind == "dur" and nxt.start - tok.end <= 2:
            out.append(Tok("sep", None, tok.end, tok.end, ""))
    return out

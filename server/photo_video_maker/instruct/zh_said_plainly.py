"""Chinese said plainly in a chat, beside the request (pure data and two token rules):

- a remark after a request says why, it asks for nothing: "加个暖色滤镜 这样好看点",
  "音乐换成轻快的 我妈喜欢这种", "音乐小一点 不然听不清视频里说话", "这个名字好听点";
- "我不喜欢照片动来动去的": a dislike of the photos swaying is the photos kept still (the
  swaying word already says so; "不喜欢" only softens it);
- "视频的原声和音乐都要", "原声和背景音乐两个都要": both sounds kept, so the clips' own sound
  stays on (never "两" read as the music at 2 %);
- "最后那个视频被我拍歪了": a shot that came out badly is disliked (said why it goes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .entities import Tok
    from .reading import Question

# "这样好看点", "这样的话清楚一些": what the change is for, told after it
_SO = ("这样", "这样的话", "这样子", "这么弄", "这样弄", "这么改", "这样改", "改完", "那样")
_BETTER = [
    "好看",
    "好看点",
    "好看些",
    "好看一点",
    "更好看",
    "比较好看",
    "会好看点",
    "会好看一点",
    "会更好看",
    "就好看了",
    "看着舒服",
    "看着舒服点",
    "舒服点",
    "舒服些",
    "更舒服",
    "清楚",
    "清楚点",
    "清楚些",
    "更清楚",
    "清楚一点",
    "看得清",
    "看得清楚",
    "看得清一点",
    "好一点",
    "好点",
    "好些",
    "更好",
    "比较好",
    "会好点",
    "会好一点",
    "有感觉",
    "更有感觉",
    "有感觉点",
    "听着舒服",
    "听着舒服点",
    "听着舒服些",
    "听起来舒服",
    "听起来舒服点",
    "好听点",
    "好听一点",
    "更好听",
    "听着更舒服",
    "大气",
    "更大气",
    "大气点",
    "高级",
    "更高级",
    "高级点",
    "自然",
    "更自然",
    "自然点",
    "顺眼",
    "更顺眼",
    "顺眼点",
    "协调",
    "更协调",
    "好看多了",
    "舒服多了",
    "清爽",
    "更清爽",
    "干净",
    "更干净",
    "干净点",
    "简洁",
    "更简洁",
    "精致",
    "更精致",
    "有氛围",
    "更有氛围",
    "不会乱",
    "不乱",
    "不会晕",
    "不晕",
    "显眼",
    "更显眼",
    "显眼点",
    "醒目",
    "更醒目",
    "醒目点",
    "明显",
    "更明显",
    "明显点",
    "突出",
    "更突出",
    "看得见",
    "看得到",
    "看得更清楚",
]
_WHO = [
    "我妈",
    "我爸",
    "我妈妈",
    "我爸爸",
    "老妈",
    "老爸",
    "妈妈",
    "爸爸",
    "奶奶",
    "爷爷",
    "外婆",
    "外公",
    "姥姥",
    "姥爷",
    "老婆",
    "老公",
    "女朋友",
    "男朋友",
    "对象",
    "孩子",
    "孩子们",
    "小朋友",
    "宝宝",
    "她",
    "他",
    "他们",
    "她们",
    "大家",
    "我女儿",
    "我儿子",
    "女儿",
    "儿子",
    "闺蜜",
    "客户",
    "老板",
    "领导",
    "长辈",
    "老人家",
    "我老婆",
    "我老公",
]
_LIKES = ("喜欢", "比较喜欢", "最喜欢", "就喜欢", "爱看", "喜欢看", "爱听", "喜欢听")
_REMARKS = [f"{so}{better}" for so in _SO for better in _BETTER]
_REMARKS += [f"{who}{likes}" for who in _WHO for likes in _LIKES]
# "不然听不清", "免得看不清": what would happen otherwise
# (bare "要不然" is a suggestion's filler: "要不然换个音乐")
_REMARKS += ["不然", "不然的话", "要不然的话", "否则", "否则的话", "免得", "省得", "以免"]
# "这个名字好听点": the words just written, praised
_REMARKS += [
    "名字好听",
    "名字好听点",
    "名字更好听",
    "这个名字好听",
    "这名字好听",
    "名字好记",
    "好记一点",
    "更好记",
]
# "跟音乐搭一点", "等音乐放完": matched to the music, said as why (not a music request)
_REMARKS += [
    f"{w}{m}{fit}"
    for w in ("跟", "和", "与")
    for m in ("音乐", "歌", "bgm", "BGM", "背景音乐")
    for fit in ("搭", "搭一点", "更搭", "搭点", "配", "更配", "配一点")
]
_REMARKS += [
    f"等{m}{end}"
    for m in ("音乐", "歌", "bgm", "BGM")
    for end in ("放完", "结束", "完", "唱完", "播完", "停")
]
# "这样刚好配音乐", "这样能卡上节奏": what it is for, after "这样" (never a music request)
_REMARKS += [
    f"{so}{just}{fit}{m}"
    for so in _SO
    for just in ("刚好", "正好", "能", "")
    for fit in ("配", "配上", "卡上", "对上", "跟上")
    for m in ("音乐", "节奏", "节拍", "歌")
]
_REMARKS += ["看着头晕", "看得头晕", "看着眼晕", "看得眼晕", "头晕", "眼晕", "看着晕", "好晕"]

SAID_PLAINLY_WORDS: dict[str, str] = {
    "reason": ", ".join(_REMARKS),
    # "被我拍歪了", "拍糊了": a shot that came out badly
    "dislike": "拍歪, 拍歪了, 拍斜了, 拍得歪, 拍糊, 拍糊了, 拍虚了, 拍花了, 拍得不好, 拍丑了, "
    "拍得丑, 拍得很丑, 拍得太丑, 没拍好, 拍得不清楚, 拍得有点糊, "
    # "照片被裁掉了一块": cropped, said as what happened to them (never "裁掉" asked for)
    + ", ".join(
        f"被{cut}{gone}"
        for cut in ("裁", "切", "截", "剪")
        for gone in (
            "掉了",
            "掉",
            "了",
            "没了",
            "掉一块",
            "掉了一块",
            "了一块",
            "掉一半",
            "掉了一半",
        )
    ),
    # "原声和音乐两个都要": both of two kept
    # "照片顺序没问题": fine as it is (the request comes after it)
    "as_is": "没问题, 没毛病, 没啥问题, 没什么问题, 是对的, 没错",
    # "音乐小声点 吵死了": too loud, said as "太吵" is (before, "吵" + "死" left the request lost)
    "quieter": "吵死了, 吵死, 吵死人, 吵得头疼, 吵得头痛, 吵得慌, 吵得要命, 太闹了, 好闹",
    # "日期不用显示了", "别显示日期": not shown (显示 alone is a filler word)
    "no": "不用显示, 不需要显示, 不要显示, 别显示, 不显示, 不用再显示, 不必显示, 没必要显示",
    "keep": "两个都要, 两个都留着, 两个都保留, 两个都留, 俩都要, 俩都留着, 两样都要, 两个都想要",
}

SAID_PLAINLY_TEMPLATES = """
# "照片上那个字去掉吧": one text pointed at (which_text asks which when there are several)
remove_that_text: ~ remove|no|off it textnoun pic?
# "视频的原声和音乐都要", "音乐和视频原声都留着": both sounds kept, the clips' sound on
unmute_clips: ~ video? clip? clip_sound and music keep not? off?
# "不要显示日期", "别显示日期了": the dates taken off (none shown: nothing, and told so)
remove_text: ~ no date_only|date_place each? pic?
# "日期不用动", "标题别动": left as it is (before, "日期" alone added the dates, and "别动"
# stopped the photos moving: silent edits)
noop: ~ date_only|date_place|title|caption|closing|textnoun|music|trans as_is
# "照片顺序没问题 就是第三张删掉": the order is fine as it is
noop: ~ pic order as_is
"""

# "动来动去", "晃来晃去": the photos swaying, said as a complaint
_SWAYING = (
    "动来动去",
    "晃来晃去",
    "推来推去",
    "晃晃悠悠",
    "乱晃",
    "乱动",
    "在动",
    "在晃",
    "放大缩小",
)
# words that may stand between the dislike and the swaying: "照片", "那种", "一直"
_BETWEEN = ("pic", "photo", "each", "it", "degree", "too", "video", "motion")
# "原声和音乐都要": both wanted (都 alone is a filler, so the wanting is read from the text)
_BOTH = (
    "都要",
    "都想要",
    "都得要",
    "都得有",
    "都要有",
    "都需要",
    "都留",
    "都开着",
    "都得留",
    "都保",
)
_SOUNDS = ("clip_sound", "music")
_ENDS = " ，,。.!！~～吧啊哈呀的呢嘛"
_KEPT = ("保留", "留着", "留", "有", "听", "别关", "不要关", "开着")


def said_plainly(toks: list[Tok], orig: str) -> list[Tok]:
    toks = _left_alone(_too_said(_dupe_said(_text_on_photo(toks, orig), orig)))
    return _both_sounds(_disliked_swaying(toks), orig)


# "日期别动", "音乐别动": that thing left alone, not the photos kept still
_NOT_MOVING: tuple[str, ...] = ("date_only", "date_place", "title", "caption", "closing")
_NOT_MOVING += ("textnoun", "music", "trans")
_DONT_MOVE = ("别动", "不要动", "不用动", "别乱动", "不要改", "别改")


def _left_alone(toks: list[Tok]) -> list[Tok]:
    from .entities import Tok  # imported when compose runs the rule (entities imports the words)

    out = list(toks)
    for k, tok in enumerate(toks):
        if (
            tok.kind == "still"
            and tok.surface in _DONT_MOVE
            and k
            and out[k - 1].kind in _NOT_MOVING
        ):
            out[k] = Tok("as_is", None, tok.start, tok.end, tok.surface)
    return out


# "每张停久一点 太快了": the complaint after the request says why (before, the two together
# were read as the whole video slowed down, clips included: a different edit)
_TOO = {"slower": ("longer", "slower"), "faster": ("shorter", "faster")}


def _too_said(toks: list[Tok]) -> list[Tok]:
    from .entities import Tok  # imported when compose runs the rule (entities imports the words)

    for k, tok in enumerate(toks):
        if tok.kind not in _TOO or not tok.surface.startswith("太") or k < 2:
            continue
        if toks[k - 1].kind == "sep" and any(t.kind in _TOO[tok.kind] for t in toks[: k - 1]):
            why = Tok("reason", None, tok.start, tok.end, tok.surface)
            return [*toks[:k], why, *toks[k + 1 :]]
    return toks


def _dupe_said(toks: list[Tok], orig: str) -> list[Tok]:
    """ "第一张删了 那张是重复的": why that photo goes (before, every duplicate was also culled:
    a silent extra edit). A photo named, removed, then "那张/它 (是)重复的" after a pause."""
    from .entities import Tok  # imported when compose runs the rule (entities imports the words)

    kinds = [tok.kind for tok in toks]
    if "remove" not in kinds or "photo" not in kinds:
        return toks
    for k, tok in enumerate(toks):
        if tok.kind != "dupes" or k < 2 or toks[k - 1].kind != "it":
            continue
        it = toks[k - 1]
        if toks[k - 2].kind != "sep" or orig[it.end : tok.start].strip() not in ("", "是", "也是"):
            continue
        if "photo" not in kinds[: k - 2] or "remove" not in kinds[: k - 2]:
            continue
        why = Tok("reason", None, it.start, tok.end, orig[it.start : tok.end])
        return [*toks[: k - 1], why, *toks[k + 1 :]]
    return toks


# "第二张上面的字幕去掉", "照片上面的字": the text ON a photo, not a text moved to the top
# (before, the captions were also moved up: a silent extra edit)
_PHOTOS = ("photo", "pic", "it", "photos")
_TEXTS = ("caption", "title", "textnoun", "it_text", "text")


def _text_on_photo(toks: list[Tok], orig: str) -> list[Tok]:
    for k, tok in enumerate(toks):
        if tok.kind != "pos" or not tok.surface.startswith("上") or not 0 < k < len(toks) - 1:
            continue
        before, after = toks[k - 1], toks[k + 1]
        between = orig[tok.end : after.start].strip()
        if (
            before.kind in _PHOTOS
            and not orig[before.end : tok.start].strip()
            and between in ("的", "")
            and after.kind in _TEXTS
        ):
            return [*toks[:k], *toks[k + 1 :]]
    return toks


def _disliked_swaying(toks: list[Tok]) -> list[Tok]:
    """ "我不喜欢照片动来动去的": the dislike goes, the swaying ("still") says it all."""
    for k, tok in enumerate(toks):
        if tok.kind != "still" or not any(word in tok.surface for word in _SWAYING):
            continue
        j = k - 1
        while j >= 0 and toks[j].kind in _BETWEEN:
            j -= 1
        if j >= 0 and toks[j].kind == "dislike":
            return [*toks[:j], *toks[j + 1 :]]
    return toks


def _both_sounds(toks: list[Tok], orig: str) -> list[Tok]:
    """ "视频的原声和音乐都要": the wanting said after both sounds."""
    from .entities import Tok  # imported when compose runs the rule (entities imports the words)

    kinds = {tok.kind for tok in toks}
    if not set(_SOUNDS) <= kinds or "keep" in kinds:
        return toks
    for k, tok in enumerate(toks):
        if tok.kind not in _SOUNDS or k == 0 or toks[k - 1].kind != "and":
            continue
        after = orig[tok.end :].lstrip()
        said = next((word for word in _BOTH if after.startswith(word)), None)
        rest = after[len(said) :].lstrip() if said is not None else ""
        if said is None or not (not rest or rest[0] in _ENDS or rest.startswith(_KEPT)):
            continue  # "原声和音乐都要关掉": both off, not kept
        start = orig.index(said, tok.end)
        keep = Tok("keep", None, start, start + len(said), said)
        return [*toks[: k + 1], keep, *[t for t in toks[k + 1 :] if t.start >= keep.end]]
    return toks


# "音乐换成欢快的了吗", "第三张删掉了没": whether a change is done, asked (before, the change
# was made again: a silent edit when it had not been asked for)
_DONE_ASKED = ("了吗", "了么", "了嘛", "了没", "了没有", "了没得", "了不")
# asking for it nicely is a request: "能把音乐换了吗", "帮我删了吗"
_POLITE = ("能", "可以", "麻烦", "请", "帮", "能否", "要不要", "是不是要")


def asked_done(text: str, toks: list[Tok], first: bool = False) -> Question | None:
    """The question a change said in the perfect and ended in 吗/没 asks. ``first``: only a
    subject named ("竖屏改好了吗" is about the shape, not whether the video is done)."""
    from .ask_back import ASKED  # imported late: ask_back reads the lexicon

    stripped = text.strip().rstrip("?？!！.。~～… ").rstrip("啊呀呢哈啦嘞捏 ")  # "了没有啊"
    if not stripped.endswith(_DONE_ASKED) or any(word in stripped for word in _POLITE):
        return None
    # "音乐换了吗 换成欢快的": asked, then the request
    if any(tok.kind in ("sep", "then") and tok.start < len(stripped) for tok in toks):
        return None
    kinds = {tok.kind for tok in toks} - _DONE
    found = next((question for signs, question in ASKED if kinds & set(signs)), None)
    if first:
        return found if found not in (None, "output") else None
    return found or "last_change"


_DONE = {"done", "done_bare"}

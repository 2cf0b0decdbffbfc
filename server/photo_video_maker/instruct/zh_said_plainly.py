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

# "这样好看点", "这样的话清楚一些": what the change is for, told after it
_SO = ("这样", "这样的话", "这样子", "这么弄", "这样弄", "这么改", "这样改", "改完", "那样")
_BETTER = (
    "好看, 好看点, 好看些, 好看一点, 更好看, 比较好看, 会好看点, 会好看一点, 会更好看, 就好看了, "
    "看着舒服, 看着舒服点, 舒服点, 舒服些, 更舒服, 清楚, 清楚点, 清楚些, 更清楚, 清楚一点, "
    "看得清, 看得清楚, 看得清一点, 好一点, 好点, 好些, 更好, 比较好, 会好点, 会好一点, 有感觉, "
    "更有感觉, 有感觉点, 大气, 更大气, 大气点, 高级, 更高级, 高级点, 自然, 更自然, 自然点, "
    "顺眼, 更顺眼, 顺眼点, 协调, 更协调, 好看多了, 舒服多了, 清爽, 更清爽, 干净, 更干净, 干净点, "
    "简洁, 更简洁, 精致, 更精致, 有氛围, 更有氛围, 不会乱, 不乱, 不会晕, 不晕"
).split(", ")
_WHO = (
    "我妈, 我爸, 我妈妈, 我爸爸, 老妈, 老爸, 妈妈, 爸爸, 奶奶, 爷爷, 外婆, 外公, 姥姥, 姥爷, 老婆, "
    "老公, 女朋友, 男朋友, 对象, 孩子, 孩子们, 小朋友, 宝宝, 她, 他, 他们, 她们, 大家, 我女儿, "
    "我儿子, 女儿, 儿子, 闺蜜, 客户, 老板, 领导, 长辈, 老人家, 我老婆, 我老公"
).split(", ")
_LIKES = ("喜欢", "比较喜欢", "最喜欢", "就喜欢", "爱看", "喜欢看", "爱听", "喜欢听")
_REMARKS = [f"{so}{better}" for so in _SO for better in _BETTER]
_REMARKS += [f"{who}{likes}" for who in _WHO for likes in _LIKES]
# "不然听不清", "免得看不清": what would happen otherwise
_REMARKS += ["不然", "要不然", "不然的话", "要不然的话", "否则", "否则的话", "免得", "省得", "以免"]
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
_REMARKS += ["看着头晕", "看得头晕", "看着眼晕", "看得眼晕", "头晕", "眼晕", "看着晕", "好晕"]

SAID_PLAINLY_WORDS: dict[str, str] = {
    "reason": ", ".join(_REMARKS),
    # "被我拍歪了", "拍糊了": a shot that came out badly
    "dislike": "拍歪, 拍歪了, 拍斜了, 拍得歪, 拍糊, 拍糊了, 拍虚了, 拍花了, 拍得不好, 拍丑了, "
    "拍得丑, 拍得很丑, 拍得太丑, 没拍好, 拍得不清楚, 拍得有点糊",
    # "原声和音乐两个都要": both of two kept
    "keep": "两个都要, 两个都留着, 两个都保留, 两个都留, 俩都要, 俩都留着, 两样都要, 两个都想要",
}

SAID_PLAINLY_TEMPLATES = """
# "照片上那个字去掉吧": one text pointed at (which_text asks which when there are several)
remove_that_text: ~ remove|no|off it textnoun pic?
# "视频的原声和音乐都要", "音乐和视频原声都留着": both sounds kept, the clips' sound on
unmute_clips: ~ video? clip? clip_sound and music keep
"""

# "动来动去", "晃来晃去": the photos swaying, said as a complaint
_SWAYING = ("动来动去", "晃来晃去", "推来推去", "晃晃悠悠", "乱晃", "乱动", "在动", "在晃", "放大缩小")
# words that may stand between the dislike and the swaying: "照片", "那种", "一直"
_BETWEEN = ("pic", "photo", "each", "it", "degree", "too", "video", "motion")
# "原声和音乐都要": both wanted (都 alone is a filler, so the wanting is read from the text)
_BOTH = ("都要", "都想要", "都得要", "都得有", "都要有", "都需要", "都留", "都开着", "都得留", "都保")
_SOUNDS = ("clip_sound", "music")


def said_plainly(toks: list[Tok], orig: str) -> list[Tok]:
    return _both_sounds(_disliked_swaying(toks), orig)


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
        if said is None:
            continue
        start = orig.index(said, tok.end)
        keep = Tok("keep", None, start, start + len(said), said)
        return [*toks[: k + 1], keep, *[t for t in toks[k + 1 :] if t.start >= keep.end]]
    return toks

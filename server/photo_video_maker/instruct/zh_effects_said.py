"""The camera's move, transitions, the music's fades and the clip's sound, as Chinese speakers
type them in a chat: "快切" / "硬切" (a plain cut, no transition), "转场太花哨了 换成简单的叠化"
(a dislike, then the plain crossfade asked for: 简单的 only describes it), the song's end that
"收得太急" (too abrupt: a longer fade), "两张照片之间加黑场" (between the photos: the transition,
never two more photos). A step word that says its subject ("节奏慢一点", "慢慢过渡") names that
subject too (``subject_in_step``): "换成黑场过渡 节奏慢一点" slows the pace, not the transition.

Pure data: ``SAID_WORDS`` / ``SAID_ENTITIES`` join ``zh_words``, ``SAID_FILLER`` its fillers,
``SAID_TEMPLATES`` the Chinese templates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # zh_words reads the words before the entity pass exists
    from .entities import Tok

# people who tell the person what the video should be ("女儿说…", "老板说…")
_SAYERS = (
    "女儿", "儿子", "老婆", "老公", "妈妈", "爸爸", "老妈", "老爸", "朋友", "老板",
    "同事", "外甥女", "外甥", "孩子", "闺蜜", "奶奶", "爷爷", "外婆", "外公", "老师", "客户",
)  # fmt: skip

SAID_WORDS: dict[str, str] = {
    "dislike": "花哨, 太花哨, 太花哨了, 花里胡哨, 太花里胡哨",
    "abrupt_end": "收得太急, 收得太快, 收得太突然, 收太急, 收太快, 收得急, 结束得太急, 停得太急, "
    "结束得太快, 停得太快, "
    # "音乐别一下子就没了": gone all at once
    "一下子就没了, 一下就没了, 一下子没了, 突然就没了, 突然没了, 戛然而止, 一下子就停了, "
    "一下就停了",
    "fade_out": "淡下去, 慢慢淡下去, 渐渐淡下去, "
    # "音乐结尾声音慢慢降下去", "音乐也慢慢没": the song going away slowly
    "慢慢降下去, 渐渐降下去, 慢慢降下来, 慢慢降低, 逐渐降低, 慢慢没, 慢慢没了, 渐渐没了, 慢慢停",
    # "音乐开头慢慢大起来": the song coming in (a fade-in)
    "fade_in": "慢慢大起来, 渐渐大起来, 慢慢响起来, 渐渐响起来, 慢慢大声起来, 声音慢慢起来",
    "end": "最后那几秒, 最后几秒, 结尾那几秒, 结尾几秒, 最后那几秒钟, 最后几秒钟",
    # "画面正常结束": how the picture ends stays as it is
    # "我要听到大家说话": why the clip's sound stays
    "reason": "正常结束, 正常结尾, 正常收尾, 听到大家说话, 听见大家说话, 听到他们说话, 听到说话声, "
    "要听到大家说话, 想听到大家说话, "
    # "派对那段大家在尖叫 太吵": what is heard in the clip, told as why (叫 is no "called")
    "尖叫, 大叫, 乱叫, 大喊大叫, 喊叫, 在喊, 吵闹, 闹哄哄, 吵吵闹闹, "
    # "女儿说发抖音得是竖的": who said so, told as why the request is made
    + "".join(f"{who}说, " for who in _SAYERS)
    # "想让大家知道每张是什么时候拍的，标个日期": what the request is for
    + "让大家知道, 让别人知道, 让人知道, 想让大家知道, 让大家看到, 让大家看出, 方便大家知道, "
    "好让大家知道, 让大家一看就知道, "
    "这样知道, 这样就知道, 这样能知道, 这样大家知道, 这样大家就知道, 这样一看就知道, 好知道, "
    # "想做个时间线 照片上加日期": the video made as a timeline (no look at the timeline view)
    "做个时间线, 做成时间线, 做一个时间线, 像时间线一样, 做个时间轴, 做成时间轴, 时间轴那种, "
    # "一张接一张": how a plain cut looks, said beside it
     + "一张接一张, 一张接着一张, 一张一张地, 一张一张的, "
    "自动加的, 自动加上的, 自动生成的, 是自动的, "
    # "缩放感弱一点 看着舒服些": why, never a calmer video
    "看着舒服, 看着舒服些, 看着舒服点, 看着舒服一点, 看起来舒服些, 看起来舒服点, 看着更舒服",
    # "转场要不要换", "镜头动不动都行", "日期要不要加呢": asked or left open, never a request
    # (the verb asked about goes with them)
    "either_way": "要不要换, 要不要改, 要不要加, 要不要关, 要不要动, 要不要用, 要不要去掉, "
    "要不要删, 换不换, 动不动, 加不加, 改不改, 关不关",
    "transition": "两张照片之间, 两张之间, 照片之间, 照片和照片之间, 每两张之间, 每张之间, "
    # "照片跟照片之间的过渡": between one photo and the next, said with any "and"
    "照片跟照片之间, 照片与照片之间, 照片同照片之间, 图片和图片之间, 图片跟图片之间, "
    "图片与图片之间, 照片和照片中间, 照片跟照片中间, 图和图之间, 张和张之间, 张与张之间, "
    "图片之间, 相片之间, 每张照片之间, 每张图之间, 每两张照片之间, "
    # "两张照片中间过渡慢一点": 中间 said for 之间
    "两张照片中间, 两张中间, 每两张中间, 每两张照片中间, 每张中间, "
    # "两张照片切换的时候慢一点": where one photo changes to the next (never two photos)
    "两张照片切换的时候, 两张照片切换时, 两张照片切换, 照片切换的时候, 照片切换时, "
    "切换照片的时候, 换照片的那一下, 切换的那一下",
    # "转场不要那么硬": less hard, as "太硬" (never no transitions)
    "softer": "不要那么硬, 别那么硬, 不要这么硬, 别这么硬, 没那么硬, 不用那么硬, 别太硬, 不要太硬",
    # "把那个一直放大的效果弄没": taken away
    "remove": "弄没, 搞没, 整没, 弄掉, 搞掉, 整掉, "
    # "第三张pass掉", "这张pass": skipped, an English word typed in a Chinese request
    "pass掉, pass了吧, pass吧, 给pass了, 给pass掉, skip掉",
    # "别拖泥带水": it drags (as "拖拖拉拉"): quicker
    "faster": "拖泥带水, 磨磨唧唧, 磨磨蹭蹭",
    # "转场换个花样": another one (which one is asked, or said after it: "随机吧")
    "one_more": "换个花样, 换换花样, 换个样式, 换个款",
}

SAID_ENTITIES: dict[str, dict[str, str]] = {
    "trans": {
        "none": "快切, 硬切, 直接快切, 直接硬切, 快切就行, 硬切就行",
        # "每次转场不一样": a different one each time
        "random": "每次转场不一样, 每个转场不一样, 转场每次不一样, 每个转场都不一样, 转场各不相同, "
        "每次都换一个",
    },
    # "音乐也换个快节奏的": the music's mood (the video's pace is "节奏快一点")
    "mood": {"upbeat": "快节奏的, 节奏快的, 快节奏的歌, 快节奏的音乐"},
}

# "换成简单的叠化": a plain one, said of the transition asked for
SAID_FILLER = "简单的, 简单点的, 简简单单的, 朴素的, 普通的"

SAID_TEMPLATES = """
# "转场用叠化吧，别的太花哨": why that one, the others disliked (nothing more to do)
noop: ~ another dislike
# "跟着音乐慢慢过渡": the transition in time with the music, how it looks (never the music softer)
noop: and music transition softer
# "转场要不要换啊", "日期要不要加呢": a choice left open, nothing changes
noop: ~ either_way
noop: ~ transition|motion|music|volume|clip_sound either_way
noop: ~ title|caption|closing|textnoun|date_only either_way
# "推拉效果开大一点", "动效开小点": more or less of the move (开大 is not the music louder)
motion_rel: ~ motion on bigger|smaller degree?
motion_rel: ~ motion louder|quieter degree?
# "原声别关": the clip's own sound stays on
unmute_clips: ~ clip_sound not off
"""


# a step word that says its own subject: "节奏慢一点" (the pace), "慢慢过渡" (the transition)
_STEPS = ("slower", "faster", "softer", "sharper", "longer", "shorter")
_SAID_SUBJECT = {"节奏": "video", "速度": "video", "过渡": "transition", "转场": "transition"}


def subject_in_step(toks: list[Tok]) -> list[Tok]:
    """ "换成黑场过渡 节奏慢一点": the step's own word names its subject (the pace), so the
    clause has a subject and never borrows the one before (the transition)."""
    from .entities import Tok  # imported when compose runs the rule

    out: list[Tok] = []
    for tok in toks:
        said = next((k for w, k in _SAID_SUBJECT.items() if w in tok.surface), None)
        before = next((t for t in reversed(out) if t.kind != "sep"), None)
        named = before is not None and before.kind == said and out[-1].kind != "sep"
        if tok.kind in _STEPS and said is not None and not named:
            out.append(Tok(said, None, tok.start, tok.start, ""))
        out.append(tok)
    return out

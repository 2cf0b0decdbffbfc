"""Praise in Chinese asks for nothing: "这个幻灯片做得真好", "画质不错啊 👍", "上次做的幻灯片我妈很
喜欢". The words of praise are fillers elsewhere ("不错", "喜欢": "不错 再快一点"), so a message
of praise alone was read by what it names: a slideshow mentioned became a new slideshow (a
silent edit). A message that praises and asks for nothing is acknowledged as a thanks; any
word of a request ("改", "加", "把", "再", "一点", a number, a question) leaves it to be read as
usual. So does a video someone else wants to make ("我朋友也想做个幻灯片"): their plan, told,
is no request to make one here. Nor does what was done before, or by the person
("上次那个60帧的挺流畅", "4k的太大了 我删了", "你做的幻灯片我发朋友圈了"): told, not asked."""

from __future__ import annotations

import re

from .reading import Lang, Reading
from .suggest import examples

# what the person thinks of the video or of a part of it ("晃得厉害" is no praise)
_PRAISE = re.compile(
    r"(做|弄|剪|拍)得(真|很|太|挺|超|蛮|非常)?(好|棒|赞|不错|漂亮|好看|可以)"
    r"|(?<![得的])(真|很|太|挺|好|超|蛮|特别|非常|相当)(棒|赞|漂亮|好看|好听|厉害|满意|喜欢|美|有感觉)"
    r"|真好|不错|喜欢|满意|漂亮|完美|绝了|👍|❤|😍|🥰"
    r"|还行|还可以|挺好|凑合"  # "动效还行": fine as it is, nothing asked
    r"|(觉得|认为)\S{0,8}(好看|挺好|舒服)"  # "我妈觉得竖屏好看": an opinion told
)
# words of a request, a complaint, a question or a value: then it is no praise alone
_ASKS = re.compile(
    r"改|换|加|删|去掉|拿掉|调|弄成|做成|做个|做一个|弄个|整成|来个|来点|帮|给我|把|要|想|能不能"
    r"|可以吗|可不可以|请|麻烦|再|一点|点儿|一些|试试|别|不用|多|少|快|慢|长|短|大|小|高|低"
    r"|吗|么|呢|\?|？|哪|什么|啥|怎么|(?<![这那])几|多少|还是|就行|就好|就可以|就够|如果|但是|不过|可惜"
    r"|就是|有点|不够|不(?!错)|太(?!棒|好|美|赞|漂亮|好看|厉害|喜欢|满意)|按|排|顺序|晃|吵|赶|卡|糊"
    r"|导出|保存|下载|发|分享|生成|存|输出|[0-9a-z]"
    r"|更(?:喜欢|好看|漂亮|舒服|好)(?![了看])",  # "我觉得方的更好看": a preference: a request
    re.IGNORECASE,
)


# "你做幻灯片挺快的嘛": how quick the assistant is, praised
_QUICK = re.compile(
    r"^你(做|弄|剪|搞)\S{0,6}(挺|真|好|很|太|蛮|超)快(的|了)?(嘛|啊|呀|哈|耶)?[!！~。 ]*$"
)


def praised(text: str, lang: Lang) -> Reading | None:
    """A thanks for a message of praise that asks for nothing, else None."""
    if lang != "zh":
        return None
    said = text.strip()
    if _QUICK.match(said):
        return Reading(lang, question="thanks")
    if not said or not _PRAISE.search(said) or _ASKS.search(said):
        return None
    return Reading(lang, question="thanks")


# someone else, then their wish to make a video of their own ("我同事也打算做个相册")
_WHO = (
    "朋友|同事|同学|室友|闺蜜|兄弟|妈妈|妈|爸爸|爸|老婆|老公|女朋友|男朋友|姐姐|姐|哥哥|哥|弟弟|妹妹"
    "|表弟|表妹|表哥|表姐|堂弟|堂妹|堂哥|堂姐|舅舅|姑姑|阿姨|叔叔|奶奶|爷爷|外婆|外公|亲戚"
    "|他们|她们|他|她|别人|家人|孩子|儿子|女儿|老板|领导"
)
_OTHERS_MAKE = re.compile(
    rf"^(我|我的|我们)?({_WHO})(也|还|都|就)?(很|一直|说)?(想|要|打算|准备|想要)(自己)?"
    r"(做|弄|剪|整|搞|拍|生成)"
)


def others_wish(text: str, lang: Lang) -> Reading | None:
    """Nothing to do, when the sentence tells of a video someone else wants to make."""
    if lang != "zh":
        return None
    said = text.strip()
    if not _OTHERS_MAKE.match(said) or re.search(r"帮|给我|你|吧|一下", said):
        return None
    return _told(said, lang)


# what the person did, or a version before, told ("我发朋友圈了", "上次那个60帧的")
_DONE = re.compile(
    r"我(已经|都|早就|刚)?(存|保存|下载|导出|发|删|传|分享|转发)[^，,。 ]{0,6}(了|啦|过|完)"
    r"|^(上次|上回|以前|之前|原来)(那个|那版|的|做的)"
)
# words of a request: then what was done is only the reason
_ASKED = re.compile(
    r"帮|给我(?![妈爸们])|把|要|想|能不能|能否|可以|请|麻烦|再|改|换|调|加|吧|恢复|撤销|还原|回|别"
    r"|不要|用|弄|还是"
    r"|\?|？|吗|几|多少|啥|什么|怎么"
)


# photos said to be sent ("我上传好了", "照片都传上去了"): answered with what the video has
_UPLOADED = re.compile(
    r"^(?:好了|好|ok|嗯)?[,，\s]*(?:照片|图片|相片|素材|图)?(?:我|我们)?(?:已经|都|刚|刚刚|全|全部)?"
    r"(?:上传|传)(?:好|完|上去|上来|进去)?(?:了|啦)(?:几张|一些|[0-9一二三四五六七八九十两]+张)?"
    r"(?:照片|图片|相片|图)?[~。！!]*$",
    re.IGNORECASE,
)


def told_done(text: str, lang: Lang) -> Reading | None:
    """Nothing to do, when the sentence only tells what was done or what a version before was."""
    if lang != "zh":
        return None
    said = text.strip()
    if _UPLOADED.match(said):
        return Reading(lang, question="received")
    if not _DONE.search(said) or _ASKED.search(said):
        return None
    return _told(said, lang)


def _told(said: str, lang: Lang) -> Reading:
    """Told, not asked: nothing changes, and the general suggestions say what can be asked."""
    hints = examples("general", lang)
    return Reading(lang, leftover=[said[:200]], topic="general", suggestions=hints)

"""Going back to what one thing was before the last turn changed it: "还是刚才那个长度吧" after
the photos got shorter, "还是刚才那个颜色吧" after the captions turned pink, "还是原来的音乐吧",
"还是换回原来那首吧", "还是原来那首好听", "go back to the previous color", "use the old length",
"the old font was better". When the last turn changed that very thing, it is taken back (an
undo); otherwise nothing is read here (which earlier value is meant is not known). Before,
these were not understood."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model.edit_types import Edit, Undo

TIME = ("seconds_per_photo", "speed", "total_length", "length_to_song", "cut_to_beat")
COLOR = ("look", "text_style")
MUSIC = ("music", "remove_music", "music_volume", "music_fade")
ORDER = ("move", "swap", "sort", "shuffle", "reverse")
TEXT = ("title", "caption", "closing", "remove_text", "text_style")
# what the thing is called, and the kinds of change that change it
NOUNS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("长度", "时长", "时间", "秒数", "节奏", "速度", "快慢", "长短"), TIME),
    **dict.fromkeys(("length", "lengths", "duration", "timing", "speed", "pace", "time"), TIME),
    **dict.fromkeys(("颜色", "色调", "滤镜", "调色", "色彩", "风格"), COLOR),
    **dict.fromkeys(("color", "colour", "colors", "colours", "filter", "look", "style"), COLOR),
    **dict.fromkeys(("音乐", "歌", "曲子", "配乐", "背景音乐", "那首歌", "那首", "旋律"), MUSIC),
    **dict.fromkeys(("music", "song", "tune", "track", "soundtrack"), MUSIC),
    **dict.fromkeys(("转场", "过渡", "切换"), ("transition",)),
    **dict.fromkeys(("transition", "transitions"), ("transition",)),
    **dict.fromkeys(("顺序", "排序", "order"), ORDER),
    **dict.fromkeys(
        ("字体", "字号", "字的大小", "font", "font size", "text size"), ("text_style",)
    ),
    **dict.fromkeys(("标题", "title"), ("title", "text_style")),
    **dict.fromkeys(("字幕", "caption", "captions"), ("caption", "text_style")),
    **dict.fromkeys(("结尾", "片尾", "ending", "closing"), ("closing", "video_fade")),
    **dict.fromkeys(("音量", "声音", "volume"), ("music_volume", "mute_clips")),
    **dict.fromkeys(("比例", "尺寸", "画幅", "shape", "size", "format"), ("aspect", "fit")),
    **dict.fromkeys(("效果", "动效", "动画", "effect", "zoom", "motion"), ("motion", "look")),
}
_NOUN = "|".join(sorted((re.escape(n) for n in NOUNS), key=len, reverse=True))
_EARLIER_ZH = r"(?:刚才|刚刚|原来|之前|以前|原先|上一个|上一版|最开始|一开始|开始)"
ZH = re.compile(
    r"^(?:算了|嗯|那|哎|唉|要不|不好看|不行)?[\s,，]*(?:我觉得)?(?:还是|换回|改回|回到|用回|恢复|还原成?|要)*"
    r"(?:用|换成|改成|回到)?" + _EARLIER_ZH + r"(?:的|那个|那种|那首|那款|那样的|一样的)*"
    r"(?P<noun>" + _NOUN + r")(?:吧|好了|好听|好看|好|比较好|更好|就行|就好)*[\s。!！~～.]*$"
)
_EARLIER_EN = r"(?:previous|old|older|earlier|prior)"  # "original colours": no filter
EN = re.compile(
    r"^(?:(?:no|nah|hmm+|ugh|ok|okay|actually|wait|um+|uh+|meh)[\s,]+)*"
    r"(?:(?:can you |could you |pls |please |let'?s |i want to |i'd like to )?"
    r"(?:go back to|back to|switch back to|change back to|revert to|return to|use|keep|"
    r"bring back|i prefer|i liked|i want|put back) )?"
    r"(?:the |that |my )?" + _EARLIER_EN + r" (?P<noun>" + _NOUN + r")"
    r"(?: (?:back|again|please|pls|instead))*"
    r"(?: (?:was|looked|sounded|felt) (?:better|nicer|fine|good))?[\s.!]*$",
    re.IGNORECASE,
)


def back_to_before(text: str, last: Sequence[Edit]) -> list[Edit] | None:
    """An undo, when the sentence only asks for one thing as it was before the last turn and
    the last turn changed that thing."""
    said = text.strip().lower()
    found = ZH.match(said) or EN.match(said)
    if found is None or not last:
        return None
    kinds = NOUNS[found.group("noun")]
    if not any(edit.kind in kinds for edit in last):
        return None
    return [Undo()]

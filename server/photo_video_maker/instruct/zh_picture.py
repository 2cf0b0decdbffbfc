"""画面, the picture itself, and what is said of it in passing (pure data, read like ``words``).

- "结尾音乐和画面一起淡出" fades the music and the picture (the video's own fade); "画面别晃"
  keeps the photos still; "画面太暗" is about the look (brightness: not a look we make);
- "别一直晃来晃去", "不要老是动来动去": the photos held still, however often it is said;
- "画面晃来晃去的效果是怎么做的啊": how something is done is a question, never a change;
- "转场那里的音乐挺好听", "淡出那一下好有感觉": praise of what is there asks for nothing;
- "一起", "同时" between two subjects and one request carry nothing; "标题写得不错",
  "字写得大一点": how it is written, never the words it says.
"""

from __future__ import annotations

_DONT = ("别", "不要", "别再", "不要再", "别老", "不要老")
_OFTEN = ("", "一直", "老是", "总", "总是", "总在", "一直在", "老在")
_SWAYING = ("晃来晃去", "动来动去", "推来推去", "晃晃悠悠", "乱晃", "乱动", "放大缩小")
_STILL = ", ".join(
    f"{dont}{often}{move}"
    for dont in _DONT
    for often in _OFTEN
    for move in _SWAYING
    if not (dont.endswith("老") and often.startswith("老"))
)
# praise said with how much: "挺好听", "好有感觉", "真美" (never "换首好听的": the bare word)
_PRAISE = ", ".join(
    f"{degree}{word}"
    for degree in ("挺", "真", "很", "好", "超", "蛮", "特别", "非常", "超级")
    for word in ("好听", "有感觉", "美", "好看", "棒", "有氛围", "有味道", "舒服", "可爱", "温柔")
    if f"{degree}{word}" not in ("好美", "很美", "好看", "好好看")
)
_PRAISE += ", 好美, 很美, 好好看, 写得真好, 写得好, 写得挺好, 写得很好, 太好听了, 太美了, "
_PRAISE += "好有感觉啊, 有感觉, 很有意境, 有意境"

PICTURE_WORDS: dict[str, str] = {
    "video": "画面, 整个画面",
    "motion": "zoom in zoom out, zoom in and zoom out, zoom in/out, zoom in and out的效果, "
    "zoom in zoom out的效果, 放大缩小的效果, 拉近拉远, 推近拉远的效果",
    "still": _STILL,
    # "是怎么做的": how it was done, asked (zh_how_to reads it as a question about it)
    "help": "怎么做的, 是怎么做的, 怎么做出来的, 咋做的, 怎么弄的, 是怎么弄的, 怎么实现的, "
    "是怎么实现的, 怎么做到的, 用什么做的",
    "praised": _PRAISE,
    # "转场那里的音乐": the music at that place, not the transitions (said_there)
    # "原声留着 别静音": the clips' sound kept (the music is never muted, only the clips are)
    "unmute": "别静音, 不要静音, 不用静音, 别静音了, 不要静音了, 不用静音了, 别给静音, "
    "不要给静音, 别把声音关了, 不要把声音关了, 声音别关, 声音不要关, 原声别关, 原声不要关",
    # "别那么夸张": less of the effect named, as "太夸张" ("夸张一点" alone asks for more)
    "less": "别那么夸张, 不要那么夸张, 别这么夸张, 不要这么夸张, 不用那么夸张, 没必要那么夸张, "
    "别这么猛",
    # "第二张和最后一张哪张好看": which one, asked of photos (never "where is my video")
    "which": "哪张, 哪一张, 哪幅, 哪一幅",
    # "转场太快了 跟音乐对不上": why, not a request about the music
    "reason": "跟音乐对不上, 和音乐对不上, 与音乐对不上, 对不上音乐, 跟节奏对不上, 和节奏对不上, "
    "对不上节奏, 对不上拍子, 跟音乐不合拍, 和音乐不合拍, 不合拍, 跟音乐不搭, 和音乐不搭, "
    "跟音乐合不上, 和音乐合不上, 踩不上点, 卡不上点",
    # "视频里说话的声音保留": the voices in the clip are its own sound
    "clip_sound": "视频里说话的声音, 视频里的说话声, 说话的声音, 讲话的声音, 片段里的声音",
    # "把视频的声音也加进来": put in
    "add": "加进来, 也加进来, 放进来, 也放进来",
    # "音乐快结束的时候": near the end (快 is not faster here)
    "end": "快结束的时候, 快结束时, 快要结束的时候, 快要结束时, 快完的时候, 要结束的时候",
    # "标一下是几月几号拍的": the date each was taken
    "date_only": "几月几号拍的, 几月几号, 几号拍的, 哪年哪月, 年月日",
    # "顺序是按日期排的吗": how it is now, asked (wondered: nothing changes)
    "whether": "排的吗, 排的么, 排序的吗, 排列的吗, 来排的吗, 算的吗, 算的么, 顺序的吗, 拍的吗, "
    "定的吗, 选的吗",
    "there": "那里的, 那儿的, 那边的, 那块的, 这里的, 这儿的, 那一下的, 那段里的",
}
PICTURE_ENTITIES: dict[str, dict[str, str]] = {
    # "转场不要每次都一样": a different transition each time
    "trans": {
        "random": "不要每次都一样, 别每次都一样, 每次都一样, 不要都一样, 别都一样, 不要全都一样, "
        "别全都一样, 每个都不一样, 每个都换一种, 每次换一种, 换着来, 轮着来"
    },
    "unsupported": {
        "look": "画面太暗, 画面有点暗, 画面偏暗, 画面暗, 画面很暗, 画面发暗, 画面暗暗的, "
        "画面太亮, 画面有点亮, 画面太亮了, 画面过曝, 画面太白, 画面太黑, 画面黑黑的, "
        "画面调亮, 画面亮一点, 画面亮一些, 画面暗一点, 画面调暗"
    },
}
PICTURE_FILLER = "一起, 一块, 一块儿, 一同, 写得, 切得, 切换得"

PICTURE_TEMPLATES = """
# "照片下面写上日期", "每张底下写个日期": the date written on each photo
date_captions: ~ says date_only|date_place pic|each pos?
# "照片下面写上拍摄日期和在哪拍的": the date taken written (never a sort), with the place
date_captions: ~ says sort_key=date|date_only and place_word pic|each pos?
date_captions: ~ says sort_key=date pic|each pos?
# "照片的动效调成1.3": the photos' zoom set
motion_zoom: ~ pic motion more? num|mult
"""

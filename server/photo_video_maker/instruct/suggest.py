"""Example phrases to offer when a request was not (fully) understood, close to what was asked."""

from __future__ import annotations

import re

# topic -> (words that point to it, English examples, Chinese examples)
TOPICS: dict[str, tuple[str, list[str], list[str]]] = {
    "music": (
        r"music|song|sound|audio|bgm|volume|loud|quiet|mute|tune|track|音乐|歌|配乐|音量|声音|静音",
        [
            "add calm music",
            "some upbeat music",
            "use the song I uploaded",
            "music at 30%",
            "fade the music out over 3 seconds",
        ],
        ["加一段欢快的音乐", "用我上传的音乐", "音量50%", "音乐小声一点", "去掉音乐"],
    ),
    "text": (
        r"title|caption|text|word|font|subtitle|writ|标题|字幕|文字|字",
        [
            "add the title 'Summer 2026'",
            "caption the second photo 'Me and Anna'",
            "end with 'Thanks for watching'",
            "make the title yellow",
            "remove the title",
        ],
        [
            "加标题“夏天 2026”",
            "第二张照片加字幕“我和安娜”",
            "结尾文字“谢谢观看”",
            "标题改成黄色",
            "删除标题",
        ],
    ),
    "transitions": (
        r"transition|fade|dissolve|cut|wipe|slide|转场|过渡|淡",
        [
            "use crossfade transitions",
            "slide transitions of 1 second",
            "fade to black transitions",
            "random transitions",
            "no transitions",
        ],
        ["转场用淡入淡出", "转场1秒", "随机转场", "不要转场"],
    ),
    "timing": (
        r"second|minute|long|short|fast|slow|speed|time|duration|秒|分钟|时长|快|慢",
        [
            "3 seconds per photo",
            "photo 3 for 5 seconds",
            "make it 30 seconds long",
            "make it faster",
            "slow it down",
        ],
        ["每张照片三秒", "第三张照片5秒", "总时长一分钟", "快一点", "慢一点"],
    ),
    "format": (
        r"vertical|horizontal|portrait|landscape|square|size|ratio|aspect|tiktok|instagram|youtube"
        r"|reels|shorts|4k|hd|resolution|fps|竖|横|方形|尺寸|比例|抖音|快手|高清|分辨率",
        ["make it vertical", "9:16 for TikTok", "square for Instagram", "4k", "60 fps"],
        ["竖屏", "横屏", "正方形", "抖音格式", "高清"],
    ),
    "order": (
        r"order|move|swap|sort|shuffle|reverse|first|last|remove|delete|顺序|移|交换|排序|打乱|倒序|删除",
        [
            "move the third photo to the beginning",
            "swap photos 2 and 4",
            "remove the last photo",
            "sort by date",
            "reverse the order",
        ],
        ["把第二张移到最后", "交换第一张和第三张", "删除第三张", "按时间排序", "倒序"],
    ),
    "look": (
        r"colou?r|look|filter|tone|black|white|vintage|warm|cool|vivid|grade|颜色|滤镜|色调|黑白|复古|暖|冷|鲜艳",
        ["black and white", "sepia", "warm tones", "cool tones", "more colorful"],
        ["黑白", "复古", "暖色", "冷色", "鲜艳一点"],
    ),
    "motion": (
        r"zoom|motion|move|pan|ken|burns|static|still|animat|动效|缩放|动",
        ["no zoom", "turn off Ken Burns", "add motion", "static photos"],
        ["不要动效", "加动效"],
    ),
    "fit": (
        r"crop|fill|whole|blur|bars|border|fit|裁剪|铺满|完整|模糊|黑边",
        ["fill the frame", "show the whole photo", "blurred background"],
        ["铺满", "完整显示", "模糊背景"],
    ),
}
GENERAL_EN = [
    "turn my photos into a slideshow with music and transitions",
    "make it vertical, 2 seconds per photo and add calm music",
    "add the title 'Summer 2026'",
    "move the third photo to the beginning",
    "black and white",
]
GENERAL_ZH = [
    "做成带音乐和转场的幻灯片",
    "竖屏，每张照片两秒，加一段欢快的音乐",
    "加标题“夏天 2026”",
    "把第二张移到最后",
    "黑白",
]
CJK = re.compile(r"[\u4e00-\u9fff]")


def suggestions(text: str, topics: list[str] | None = None, limit: int = 5) -> list[str]:
    """3 to ``limit`` example phrases: first for the topics the text touches, then general ones."""
    chinese = bool(CJK.search(text))
    wanted = list(topics or [])
    lowered = text.lower()
    for topic, (words, _, _) in TOPICS.items():
        if topic not in wanted and re.search(words, lowered):
            wanted.append(topic)
    lists = [TOPICS[t][2] if chinese else TOPICS[t][1] for t in wanted if t in TOPICS]
    out: list[str] = []
    # round robin, so a request touching music and text gets examples of both
    for row in range(max((len(examples) for examples in lists), default=0)):
        out += [examples[row] for examples in lists if row < len(examples)]
    for example in GENERAL_ZH if chinese else GENERAL_EN:
        if len(out) >= 3:
            break
        if example not in out:
            out.append(example)
    return out[:limit]

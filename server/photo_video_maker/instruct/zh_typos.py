"""Sound-alike words that a pinyin keyboard offers before the one meant ("专场" for 转场, "视屏"
for 视频, "字慕" for 字幕), read as the word meant: each wrong word has the same length as the
right one, so every place in the sentence stays the place typed (texts keep what was typed).

Only words of what people ask a video editor are listed, and only where the wrong word means
nothing else a person would say to it ("时常" for 时长 is read so; "倒出" is left alone).
"""

from __future__ import annotations

import re
from functools import cache

from .zh_format_said import FORMAT_TYPOS

# wrong, right: the same number of characters
TYPOS: dict[str, str] = {
    "专场": "转场", "转厂": "转场", "转常": "转场", "砖场": "转场",
    "字慕": "字幕", "字目": "字幕", "子幕": "字幕", "字募": "字幕",
    "所放": "缩放", "缩防": "缩放", "缩方": "缩放",
    "音月": "音乐", "音悦": "音乐", "因乐": "音乐", "配月": "配乐",
    "竖平": "竖屏", "横平": "横屏", "竖评": "竖屏", "横评": "横屏", "黑平": "黑屏",
    "分辩率": "分辨率", "分辫率": "分辨率", "清晰读": "清晰度", "画只": "画质", "话质": "画质",
    "标提": "标题", "标体": "标题", "幻灯篇": "幻灯片", "换灯片": "幻灯片",
    "背景音了换": "背景音乐换", "背景音了改": "背景音乐改", "背景音了用": "背景音乐用",
    "视屏": "视频", "是频": "视频", "时常": "时长",
    "谈入": "淡入", "谈出": "淡出", "但入": "淡入", "但出": "淡出",
    "滤境": "滤镜", "虑镜": "滤镜", "绿镜": "滤镜", "特校": "特效",
    "节凑": "节奏", "节揍": "节奏",
    "珊掉": "删掉", "删调": "删掉", "山掉": "删掉", "山除": "删除", "删出": "删除",
    "到出": "导出",
    "祯率": "帧率", "桢率": "帧率", "真率": "帧率", "帧律": "帧率", "分辨律": "分辨率",
    "撤消": "撤销", "彻回": "撤回", "彻销": "撤销", "音亮": "音量", "淡如": "淡入",
    "树屏": "竖屏", "数屏": "竖屏",
    "按时见": "按时间", "时见顺序": "时间顺序", "排续": "排序", "拍设": "拍摄",
    "对掉": "对调", "掉换": "调换", "复故": "复古", "黑百": "黑白",
    "暖色掉": "暖色调", "冷色掉": "冷色调", "暖色条": "暖色调", "冷色条": "冷色调",
    "片位": "片尾", "元声": "原声", "日其": "日期", "按时间拍": "按时间排", "按日期拍": "按日期排",
    # 笑 for 小 before a degree: "音乐笑一点" (never "笑声", the laughter in a clip)
    "笑一点": "小一点", "笑一些": "小一些", "笑点声": "小点声", "笑声点": "小声点",
    "笑一丢丢": "小一丢丢", "调笑": "调小", "再笑点": "再小点",
    # 的 for 得 before a degree: "放大的太多了" is how much the photos zoom
    "放大的太": "放大得太", "缩放的太": "缩放得太", "动的太": "动得太",
    # and before how fast: "照片动的慢一点" is how fast they move (never the pace of the video)
    "动的慢": "动得慢", "动的快": "动得快", "晃的慢": "晃得慢", "晃的快": "晃得快",
    "推的慢": "推得慢", "推的快": "推得快", "缩放的慢": "缩放得慢", "缩放的快": "缩放得快",
}  # fmt: skip
# "第三涨" for 第三张: the measure word of a photo after its number
TYPOS |= {f"第{n}涨": f"第{n}张" for n in "一二三四五六七八九十123456789"}
TYPOS |= {"最后一涨": "最后一张", "那涨": "那张", "这涨": "这张"}
# "过度" (too much) for 过渡 before what a transition has: "过度快一点", "过度时间" ("缩放过度了",
# overdone, stays itself)
TYPOS |= {
    f"过度{said}": f"过渡{said}"
    for said in ("快", "慢", "时间", "时长", "长", "短", "用", "改", "换", "去掉", "删掉", "关",
                 "太", "再", "方式", "动画", "特效", "都", "全")
}  # fmt: skip
TYPOS |= FORMAT_TYPOS  # the format, the photos and the upload (zh_format_said)


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile("|".join(sorted(map(re.escape, TYPOS), key=len, reverse=True)))


def righted(text: str) -> str:
    """The text with the sound-alikes of the list put right (same length)."""
    return _pattern().sub(lambda m: TYPOS[m.group(0)], text)

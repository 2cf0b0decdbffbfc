"""What a Chinese chat says around a request and asks nothing of its own (pure data, joined to
``zh_words``): how the person is addressed or greeted (宝子, 您好), politeness and thanks
(辛苦啦, 有劳了, 比心), laughter typed (hhh, xd), urgency (急用, 明天要用), and remarks on how
the result will look or feel now (显得高级, 更有氛围感, 看着别扭, 看着累). Before, a request
with one of these was refused for the word left over ("1080p 辛苦啦"), or a remark said after
the music made it louder ("音乐淡出长一点 更有氛围": 更 read as "more" of the music).

A remark that names what it wants ("自然一点" of the transitions: softer) is no remark here.
"""

from __future__ import annotations

REMARK_FILLER = (
    # how the person is addressed, greeted, or how politely they ask
    "唔, 宝子, 宝子们, 家人们, 姐妹们, 集美, 您好, 您, 麻烦您, 请您, 劳烦, 劳烦您, 能否, 是否可以, "
    "是否能, 可否, 求, 求求, 求求你, 求求你了, 有个小要求, 小要求, 一个小要求, 个人觉得, "
    "我个人觉得, 我想说, 想说, 看完了, 看完, 刚看完, 大体可以, 大体上可以, 整体可以, "
    # thanks and warmth said after it
    "辛苦啦, 辛苦你了, 辛苦你啦, 辛苦辛苦, 辛苦, 有劳, 有劳了, 感恩, 感恩感恩, 比心, "
    "等你哦, 等你消息, 等你好消息, 没别的了, 没有别的了, 就这一个问题, "
    "就这些, 就这些了, 就这一点, "
    # how often: "别一直zoom in zoom out" (never the number one of "一直")
    "一直, 一直都, 老是, 总是, "
    # laughter typed
    "hhh, hhhh, hhhhh, hhhhhh, xd, xswl"
)

REMARK_WORDS: dict[str, str] = {
    # why it is asked now, or how soon: never a pace ("尽快", "越快越好" are no "快")
    "reason": "急用, 着急用, 急着用, 等着用, 赶时间, 在赶时间, 尽快, 尽快哈, 着急, 很着急, "
    "比较着急, 有点着急, 挺着急的, 比较急, 挺急的, 很急, 急死了, 越快越好, "
    "明天要用, 今天要用, 今晚要用, 周末要用, 马上要用, 明天就要用, "
    # how it will look, or looks now: why
    "显得高级, 显得更高级, 更高级, 高级一点, 高级点, 有高级感, 更有高级感, 显得专业, "
    "效果更好, 效果会更好, 效果好一点, 效果会好一点, 更有氛围, 更有氛围感, "
    "有氛围感, 氛围感, 更有感觉, 有感觉一点, 更有味道, 会更自然, "
    "看不习惯, 看不惯, 有点别扭, 看着累, 眼睛累, 看得累, 眼花, 看得眼花, 看着晕, "
    "想吐, 看得想吐, 要吐了, 晕车, 有点晕车, 现在有点怪, 现在怪怪的, 现在不好看, 现在太难看了, "
    "不喜欢现在这样, 我不喜欢现在这样, 不太对劲, 年轻人喜欢, 小朋友喜欢, 几乎看不出来, "
    "几乎看不出, 基本看不出来, 完全看不出来, "
    # "一张一张直接切": how the photos follow each other, said beside the request
    "一张一张, 一张张, 一个一个, 一张一张来, "
    # "照片不会动": told (a complaint, or how it should be?), never read as either
    "不会动, 不会动的",
    # "把照片合成一个短视频": put together into a video (said_beside.made_into_video)
    "put": "合成, 拼成, 串成",
    # "照片是不是会动的", "照片会动吗": the photos' movement, asked about
    "motion": "会动, 是不是会动, 是不是在动, "
    # "照片放大的速度慢一点", "镜头缓缓拉远": the move itself, and how fast it goes
    "放大的速度, 放大速度, 缩放的速度, 缩放速度, 推拉的速度, 推拉速度, 推近的速度, 拉远, "
    "缓缓拉远, 慢慢拉远",
    # "照片就静静地放着就行": still photos
    "still": "晃得我眼睛疼, 晃得眼睛疼, 晃得我眼疼, 晃得眼疼, 晃得我难受, 晃得难受, 晃得我眼花, "
    "静静地放着, 静静的放着, 静静放着, 静静地待着, 安安静静地放着, 安安静静的",
}

"""Chinese as it is typed in a chat (pure data, read like ``zh_words``): the same families as
``zh_more`` and ``zh_plain`` said with a particle, a "我", a "给你" inside ("晃得我眼花",
"再给你发几张"), a verb people use for making a video ("帮我剪一个视频"), and words that keep a
number from being read inside them ("跟BGM一致": 一致 is "the same", never the number one).
Each entry joins the phrases of its kind.
"""

from __future__ import annotations

COLLOQUIAL_WORDS: dict[str, str] = {
    # "跟音乐一致", "和歌相同": the same (zh_runons.as_long_as_the_song reads the song's length)
    "same": "一致, 相同, 等于, 一般长, 同样长, 等长",
    # a zoom that makes one dizzy, said with who it makes dizzy
    "still": "别放大了, 不要放大了, 别再放大了, 别放大, 晃得我眼花, 晃得我头疼, 晃得头疼, "
    "晃得我眼晕, 晃得我好晕, 晃得我头晕, 晃得人头晕, "
    "晃得眼都花, 晃得眼都花了, 晃得眼睛都花了, 晃得我眼都花了, 晃得眼睛疼, 晃得眼睛难受, "
    "看得我头晕, 看得我眼花, 看着眼花, 晃来晃去的, 动来动去的, 老是在动, 老在动, 总在动, 一直在晃, "
    "老是晃, 镜头老晃, 一直放大缩小, 别一直放大缩小, 不要一直放大缩小, "
    "别放大缩小, 不要放大缩小, 一会放大一会缩小, 别动来动去, 不要动来动去, "
    "一直在放大缩小, 老是放大缩小, 放大又缩小, 忽大忽小, 一会大一会小",
    # "晃得厉害": too much of it (太厉害 is already so)
    "less": "得厉害, 得很厉害, 得太厉害, 得好厉害, 太猛了, 得太猛",
    # "快过头了 慢回去一点": back the other way after a step too far is that step's opposite
    "slower": "慢回去, 慢回来, 调慢回去, 放慢回去",
    # "能干点啥", "你会做什么", "举几个例子": what can be asked
    "help": "会做什么, 会干什么, 会些啥, 会些什么, 都会些啥, 都会些什么, 能干点啥, 能做点啥, "
    "能改些啥, 能改什么, 都能改些啥, 都能改什么, 可以改什么, 可以改些什么, 举几个例子, 举个例子, "
    "给个例子, 给几个例子, 有什么例子, 怎么用啊, 咋用, 咋弄, 怎么玩, "
    "有啥可以说的, 有什么可以说的, 可以说些什么, 说啥, 能说啥, 我能说啥, 可以说啥, 该说啥, "
    "说些啥, 能说什么, 可以说什么, "
    # "你都会干啥": 都 (all) inside what one can do
    "会干啥, 都会干啥, 都会干什么, 都会干嘛, 都会做啥, 都会做什么, 都能做啥, 都能做什么, "
    "都可以干啥, 都可以做什么, 都可以做啥, "
    # "你有啥本事", "我能让你帮我做点什么": what it can do, said of its skills or asked of it
    "有啥本事, 有什么本事, 有哪些本事, 啥本事, 让你帮我做点什么, 让你帮我做什么, 让你帮我干啥, "
    "让你帮我做点啥, 让你做点什么, 让你做什么, 让你做点啥",
    # "几张了", "有几段视频": how many photos and clips
    "count_q": "几张了, 有几张了, 现在几张了, 几段视频, 几个视频, 多少段视频, 多少个视频, "
    "几个片段, 多少个片段, 几段片段, 一共多少个, 总共多少个, 总共几个, 有多少个",
    # "开到最大", "拉满": the most there is (of the frame, the rate or the volume said with it)
    "full": "最高, 拉满, 开满, 调满, 拉到最高, 开到最高, 调到最高, 改到最高, 弄到最高",
    "lowest": "最低, 调到最低, 改到最低, 弄到最低, 降到最低",
    # more photos to come, said with "给你" or "发你"
    "upload": "给你发几张, 再给你发几张, 发你几张, 再发你几张, 给你发点照片, 再给你发点, "
    "还有照片, 我还有照片, 还有一些照片, 还有几张照片, 还有几张没传, 还有照片没传, "
    "还有照片要传, 还要传照片, 再传点照片, 再传点",
    # what a zoom or a song makes one feel: why, not what ("晃来晃去的不舒服")
    # and "要流畅 改60帧": why the rate
    "reason": "不舒服, 看着不舒服, 看得不舒服, 很不舒服, 烦死了, 好烦, 太烦了, 要流畅, 要丝滑, "
    "为了流畅, 烦, 真烦, 很烦, 烦得很, 有点烦",
    "song_len": "和音乐对上, 跟音乐对上, 跟歌对上, 和歌对上, 和bgm对上, 跟bgm对上, 配合音乐的时长, "
    "配合歌的时长, 配合音乐时长, 跟着音乐走, 跟着歌走, 跟着bgm走, 跟着配乐走, 跟音乐走, 跟歌走, "
    "随着音乐长度",
    # "镜头推得太快": the camera's push (推 alone is the push transition)
    "motion": "镜头推得, 镜头推, 推得, 运镜, 运镜效果, 运镜幅度, 镜头运动, 镜头移动, "
    # "镜头左右移动", "照片在画面里慢慢移动": the pan of the move (never a photo moved)
    "左右移动, 左右平移, 上下平移, 镜头左右移, 在画面里移动, 在画面里慢慢移动, 在画面中移动, "
    # "照片一直在放大缩小的": the zoom going in and out is the move (no photo made smaller)
    "放大缩小, 放大缩小的, "
    # "照片是动的吗": whether the photos move (asked, answered from the draft)
    "是动的, 是动着的",
    # "帮我剪一个视频": 剪 (cut) makes a video here, never cuts the clip out
    "make_video": "剪一个视频, 剪个视频出来, 剪一个出来, 剪一段视频, 剪个片子, 剪一个片子, "
    "剪成视频, 剪成片, 剪辑成视频, 剪辑一个视频, 剪辑个视频, 串成视频, 串成一个视频, 串成一段视频, "
    "串起来做成视频, 串成小视频, 做成视频, 做成一段小视频, 做个短视频, 做一个短视频, 弄个短视频, "
    "串起来, 连起来做成视频",
    # "画面稳一点", "不要那么晃": less of the camera's move (zh_runons.steadier)
    "steady": "稳一点, 稳一些, 稳点, 稳定一点, 平稳一点, 稳当一点, 不要那么晃, 别那么晃, 没那么晃, "
    "别晃得那么厉害, 不要晃得那么厉害, 少晃一点, 少晃点, "
    # "别晃那么厉害": not so strongly, said with no 得 (the move kept, softer)
    "别晃那么厉害, 不要晃那么厉害, 别晃这么厉害, 不要晃这么厉害, 别动那么厉害, 别动得那么厉害, "
    "不要动那么厉害, 不要动得那么厉害, 别晃那么猛, 别动那么猛, 别晃那么多, 别动那么多, "
    # "镜头不要推那么近": pushed in less far, the move kept
    "不要推那么近, 别推那么近, 不要推得那么近, 别推得那么近, 推得没那么近, 推太近了, 推得太近, "
    "推太近, 别推太近, 不要推太近, 放大得太多, 放得太大, 别放那么大, 不要放那么大, "
    "推得浅一点, 推浅一点, 推得浅些, 推得浅点, 推浅点, 推得再浅一点, "
    # "静态一点吧": a bit stiller is less of the move (never none: "静态的" / "别动" stop it)
    "静态一点, 静态点, 静态一些, 更静态一点, 静止一点, 静止点, 少动一点, 少动点",
    # "画面再推近一点": the camera pushed in further, more of the move (zh_runons.steadier)
    "closer": "推近一点, 推近点, 推近些, 推得近一点, 推得更近, 推得再近一点, 拉近一点, 拉近点, "
    # "推得再深一点": pushed in deeper, more of the move ("推得浅一点": less, under steady)
    "推得再深一点, 推得深一点, 推深一点, 推得更深, 推得再深, 推深点",
    "fps_word": "帧/秒, 帧每秒, 帧一秒",
    # "把拍摄时间标在照片上": marked on each photo
    "add": "标在, 写在, 打在, 显示在, 标到, 写到",
    # "转场拖太久了": one complaint (拖 and 太久 said together), shorter
    "faster": "拖太久, 拖得太久, 拖太长, 拖得太长, 拖那么久, 拖那么长, 拖这么久, 拖这么长, "
    "拖很久, 拖得很久, 拖好久, "
    # "拖死了", "慢死了": 死 says how much (as "吵死了" is too loud), the complaint is too slow
    "拖死了, 拖死, 拖死人, 慢死了, 慢死, 慢死人, 拖得要命, 慢得要命, "
    # "太慢了 快回去一点": back the other way after a step too far
    "快回去, 快回来, 调快回去, 加快回去",
    # "刚才那个效果不要": the change just made, unwanted
    "undo": "刚才那个效果不要, 刚才的效果不要, 刚刚那个效果不要, 刚才那个效果不要了, "
    "那个效果不要了, 刚才的不算, 刚刚的不算, 刚才那个不算, 不要刚刚的效果, 不要刚才的效果, "
    "不要刚才那个效果, "
    "刚才那个改动不要, 刚才的改动不要, 刚才改的不要, 刚改的不要了, 撤了吧, 撤回吧, 撤销吧",
}

COLLOQUIAL_ENTITIES: dict[str, dict[str, str]] = {
    # "直接切换就行": no transition
    "trans": {
        "none": "直接切换, 直接切过去, 直接换, 直接跳, 硬切换, "
        # "直接cut就行": a plain cut (never "直接cut到20秒", the length)
        "直接cut就行, 直接cut就好, 直接cut吧, 直接cut好了, 直接cut即可, 硬cut"
    },
}

# words that carry nothing: "有种怀旧的感觉" ("a kind of"), "就行了" after a request
COLLOQUIAL_FILLER = "有种, 有一种, 就行了, 就可以了, 就ok, 就OK"

COLLOQUIAL_TEMPLATES = """
# "结尾黑屏淡出长一点": the video's fade to black at the end, a step longer
video_fade_out: ~ end from_black fade_out video? dur? longer|shorter
# "刚刚那个取消掉": what was just done, taken off
undo: ~ just it off
"""

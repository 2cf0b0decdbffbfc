"""More Chinese phrasings of the same families as ``zh_words`` (pure data): complaints that
already say the fix ("转场有点突兀", "缩放太夸张了", "照片动得太厉害"), the camera's push and
zoom named by what it does ("镜头别推了", "别一直放大"), the date and place of each photo said
with "拍摄" ("标上拍摄时间", "拍摄地点和时间"), the clip's own noise ("视频里的杂音"), and
stories that only explain ("照片太死板了"). Each entry joins the phrases of its kind.
"""

from __future__ import annotations

MORE_WORDS: dict[str, str] = {
    # a cut that comes too suddenly asks for a softer, longer transition
    "softer": "突然, 突兀, 有点突兀, 太突兀, 很突兀, 太突兀了, 有点突然, 很突然, 太突然了, 突然了, "
    "跳得太突然, 切得太硬, 切得太突然, 不够柔和, 不柔和, 不够平滑, 不平滑",
    # "转场太慢了照片也慢": "也慢" repeats a complaint ("also too slow"), "也慢一点" a request
    "faster": "也慢, 也很慢, 也太慢, 也挺慢, 也有点慢, 也好慢, 也快一点, 也快点, 也快些",
    "slower": "也快, 也很快, 也太快, 也挺快, 也有点快, 也好快, 也慢一点, 也慢点, 也慢些",
    "shorter": "也长, 也很长, 也太长, 也挺长, 也有点长, 也短一点, 也短点, 也短些",
    "longer": "也短, 也很短, 也太短, 也挺短, 也有点短, 也长一点, 也长点, 也长些",
    # "太夸张" (overdone) of an effect asks for less of it
    "less": "太夸张, 有点夸张, 很夸张, 夸张了, 过头了, 有点过头, 太过头, 太过了, 有点过了",
    # the Ken Burns move said by what the camera does
    "motion": "推近的感觉, 放大的感觉, 缩放的感觉, 肯本恩斯, 肯伯恩, 肯本斯, "
    "放大缩小, 放大的动画, 缩放的动画, 推镜头, 镜头推拉, 动得, "
    "动的样子, 镜头的推拉, 镜头推近, 画面推近, 慢慢推近, 推来推去的效果",
    "still": "动来动去看着头晕, 动来动去好晕, 晃来晃去看着头晕, "
    "镜头别推, 镜头不要推, 别推镜头, 不要推镜头, 镜头别动, 镜头不要动, 别推了, "
    "不要推了, 一直放大, 一直在放大, 老是放大, 别一直放大, 不要一直放大, "
    "别老放大, 不要老是放大, 别一直缩放, 不要一直缩放",
    # where the photos change: "切换的时候太生硬了" is the transition, not the pace
    "transition": "切换的时候, 切换时, 切换的地方, 衔接的地方, 衔接处, 照片之间的切换, "
    "换图的时候, 换照片的时候, 两张之间的过渡",
    # what explains and asks nothing: "照片太死板了，加点动效"
    "reason": "刚才那个不好看, 刚才的不好看, 刚才那样不好看, 刚才那个不行, 刚才那样不行, "
    "太死板, 死板, 太呆板, 呆板, 都是静止的, 都不动, 一动不动, 看着累, 看着好累, "
    "看得累, 看着很累, "
    # a feeling or a need said beside the request: "有点闷 换个欢快点的音乐", "孩子们要跟着唱
    # 音乐大声点", "音乐太大了 都听不清视频里说话"
    "有点闷, 太闷了, 好闷, 闷得慌, 跟着唱, 一起唱, 跟着哼, 视频里说话, 视频里的人说话, "
    # "每张照片时间平均一下 一共20秒": the photos share a length evenly, as they always do
    "平均一下, 平均分一下, 平均分配一下, 平均分配, 平均分, 时间平均, 平均一点, "
    # "20秒就够了 太长没人看": why it should be short
    "太长没人看, 没人看, 没人会看完, 没耐心看, 没人有耐心看, "
    "里面的人说话, 听不见说话, 听不到说话, 听不清视频里说话, 听不见视频里说话, "
    "听不到视频里说话, 听不清视频里的人说话, 听不见视频里的人说话, 听不清里面说话, "
    "听不清人说话, 听不见人说话, 听不清讲话, 听不见讲话, 听不清说的什么, 听不清说的啥, "
    # what the video is for ("做个产品宣传视频"): 传 of 宣传 is no upload
    "宣传, 产品宣传, 宣传片, 广告片, 开店的, 我是开店的",
    "date_place": "拍摄地点和时间, 拍摄时间和地点, 拍摄日期和地点, 拍摄地点和日期, 地点和时间, "
    "时间和拍摄地点, 日期和拍摄地点, 在哪拍的和什么时候拍的, 什么时候在哪拍的",
    # the clip's own sound, by what it sounds like
    "clip_sound": "杂音, 噪音, 视频里的声音, 视频的声音, 视频里的杂音, 视频里的噪音, 现场的声音, "
    "现场声音, 现场音, 环境音, 环境声, 录的声音, 录进去的声音, "
    # "视频声音还是要的", "视频里吵吵的声音不要": the clip's sound, however it is described
    "视频声音, 视频里声音, 视频本身的声音, 视频原来的声音, 视频里吵吵的声音, 视频里吵的声音, "
    "视频里吵闹的声音, 视频里嘈杂的声音, 视频里乱七八糟的声音, 视频里乱糟糟的声音, "
    # "视频片段里杂音太多了", "片段里的人声去掉": the sound inside the clip just named
    "里的杂音, 里杂音, 里的噪音, 里噪音, 里的人声, 里人声, 里面的人声, 里面的杂音, 里面的噪音",
    # "第一张加句话 我们出发啦": a line of words, as "一句话" is
    "textnoun": "句话, 行字, 几个字, 一段话, 段话, 一句文案, 句文案, "
    # "结尾加上店名：小王水果店": the name itself is the text
    "店名, 店铺名, 我的名字, 我们的名字, 名字, 品牌名",
    # "想用这几张图做个视频": these photos, no count asked for
    "pic": "这几张图, 这几张照片, 这几张图片, 这几张相片, 这几张",
    # "压一下，要发邮件": smaller, to fit where it is sent
    "fits_in": "压一下, 压一压, 压缩下",
    # "我想再加几个照片": more photos to come, not a count asked for
    "upload": "再加几个, 多加几个, 加几个照片, 加几个图片, 还想加几个, 补几个, 再传几个, 多传几个",
    "help": "能帮我干嘛, 能干嘛, 都能干嘛, 能干啥, 会干嘛, 都会啥, 能做啥, 会做啥, 有什么功能, "
    "有啥功能, 都有什么功能, 帮我干点啥, 帮我干啥, 帮我做点啥, 帮我做啥, 帮我做什么, 帮我干什么, "
    "有什么能改的, 有啥能改的, 有什么可以改的, 有啥可以改的",
    # a song that stops or starts all at once asks for a fade there (one that did: zh_time_sound)
    "fade_out": "别突然停, 不要突然停, 别一下子停, 不要一下子停, 别戛然而止",
    # "音乐别停那么突然", "最后断的太突然": it ends too abruptly, a longer fade (zh_chat)
    "abrupt_end": "别停那么突然, 别停得那么突然, 不要停得那么突然, 不要停那么突然, 停的太突然, "
    "别结束得那么突然, 别结束的那么突然, 结束的太突然, 断得太突然, 断的太突然",
    "fade_in": "开头不要太突然, 开头别太突然, 开头太突然, 一开始太突然, 突然响起, 一下子响起来, "
    "一下子出来, 开头别一下子, 不要一下子就响",
    "slideshow": "vlog, 一键成片, 一键生成视频, 一键生成, 自动生成一个视频, 自动做一个视频",
    # "总时长再添5秒", "每张添半秒": 添 adds as 加 does
    "add": "添, 再添, 多添, 添上, 添一个, 添个",
    # "头尾两个换下": 换下 is 换一下
    "swap": "换下, 对调下, 互换下",
    "song_len": "歌多长视频就多长, 音乐有多长视频就多长, 歌有多长视频就多长, 跟背景音乐一样, "
    "和背景音乐一样, 跟背景音乐一样长, 和背景音乐一样长, 配合歌长度, 配合歌的长度, "
    "配合音乐的长度, 按音乐的长度, 按歌的长度, 按音乐长度, "
    "按照音乐的长度, 跟着音乐的长度, 适配音乐长度, 音乐放完就结束, 歌放完就结束, "
    "音乐结束就结束, 歌完了就结束, 跟音乐一起结束, 和音乐一起结束",
}

MORE_ENTITIES: dict[str, dict[str, str]] = {
    # "标上拍摄时间" adds the date; "按拍摄时间" sorts by it (a verb of adding decides)
    "sort_key": {
        "date": "拍摄时间, 拍摄的日期",
        "name": "名字排序, 文件名排序, 名称排序, 按名称, 按名称排, 名字顺序, 文件名顺序",
    },
    # a transition named by what the screen does between two photos
    "trans": {
        "fadeblack": "黑屏的, 黑屏那种, 黑屏过渡, 黑屏转场, 闪黑, 闪一下黑",
        "fadewhite": "白色闪一下, 闪白一下, 白光闪一下, 白闪, 闪一下白, 白色闪光, 闪白光, 闪光, "
        "闪光的, 闪光那种, 闪一下光",
        "slideleft": "从右往左滑, 从右向左滑, 往左边滑",
        "slideright": "从左往右滑, 从左向右滑, 往右边滑",
    },
    # "不要模糊背景，黑色就行": black around the photo is the whole photo on black
    "fit": {
        "contain": "黑色就行, 黑的就行, 黑色的就行, 黑边就行, 用黑边, 加黑边, 黑边也行, 留黑边, "
        "两边留黑, 左右留黑, 上下留黑, 两边留黑的, 两边黑着, "
        # "别裁照片 黑边无所谓": black bars said not to matter are the bars accepted
        + ", ".join(
            f"{bars}{ok}"
            for bars in ("黑边", "有黑边", "留黑边", "两边黑的", "边上黑的")
            for ok in ("无所谓", "没关系", "也没关系", "不要紧", "没问题", "都行", "也可以", "可以")
        )
    },
    "fps": {
        "60": "画面更丝滑, 画面丝滑一点, 画面更丝滑一点, 画面丝滑点, 画面更顺一点, "
        "帧率太低, 帧率太低了, 帧数太低, 帧率低了, 帧率不够, 帧率不够高, 帧数太少, 帧数不够, "
        "帧率最高, 最高帧率, 帧率调到最高, 帧率提到最高, 帧率拉满, 帧数最高, 帧率开到最高",
        # the lowest there is, said so: 24 (the highest is 60)
        "24": "帧率最低, 最低帧率, 帧率调到最低, 帧率降到最低, 帧数最低, 帧率最小",
    },
}

# what only says where on screen something is: "照片后面不要模糊背景" is the background
MORE_FILLER = (
    "照片后面的, 照片后面, 照片背后, 图片后面, 图片背后, "
    # whose wish it is changes nothing: "客户要求每张两秒", "老板说要正好15秒"
    "客户要求, 客户想要, 老板要求, 领导说, 领导要求, 甲方说, 甲方要求, 要求是"
)

MORE_TEMPLATES = """
# "照片不要放大了": the photos' zoom, unwanted
motion_off: ~ pic no|not bigger
# "别让照片一直放大"
motion_off: ~ not|no put? pic? still
# "照片的缩放轻一点"
motion_rel: ~ pic motion degree? calmer|softer|quieter
# "每张照片下面标上拍摄时间": the date, placed on each photo
date_captions: ~ add|put sort_key=date each? pic? pos caption?
# "转场别用黑场了": not that one; which one then? (its builder asks)
trans_change: ~ not|no trans transition?
# "音乐加上淡入淡出", "音乐不要淡入淡出": the song's fades at both ends (zh_compose)
music_fade_both: ~ music|volume add|on fade_inout dur?
music_fade_none: ~ no|remove|off|not fade_inout music|volume
# "最大25M", "限制文件大小为15MB": the most the file may weigh
size_mb: ~ full num mb_unit
size_mb: ~ size_limit_word num mb_unit
# "对焦不准的照片不要", "重复的和糊的都不要": culled
cull: ~ dupes|blurred pic? and? dupes|blurred|dislike? pic? no|not
# "每两拍换一个": the next photo on every second beat
cut_to_beat: ~ each? beats one_more
# "帧率改低点", "帧数调高": the next rate that way, or which one (build_frame.fps_step)
fps_step: ~ fps_word change? degree? up|down|more|less|lower degree?
# "不用压缩了": no size limit
size_off: ~ not|no fits_in
"""

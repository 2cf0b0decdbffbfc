"""Plain Chinese requests of the same families as ``zh_words`` and ``zh_more`` (pure data):
photos that should move said by how still they look ("照片都是静止的，动一下", "画面太静了"),
a zoom that sickens ("晃得我头晕"), photos to add ("我要加照片"), the count asked with 多少
("一共多少张", "照片数量"), dates shown on the photos ("照片上显示拍摄日期", "把日期标出来"),
the video as long as the song ("视频时长对齐音乐"), and a size said with 小于 ("文件小于50兆").
Each entry joins the phrases of its kind.
"""

from __future__ import annotations

PLAIN_WORDS: dict[str, str] = {
    # "动一下" of photos is their camera move, as "动一动" and "动起来" are
    "motion": "动一下, 动一下吧, 动动, 动起来吧, 太静, 太静了, 太静态, 太静态了, 太静止, 太静止了, "
    "放大得, 缩放得, 让照片动, 让图片动, 让它们动起来, 照片动吧, 照片动起来, "
    "放大的动作, 放大动作, 放大的效果, 放大效果, 缩放的动作, 缩放动作, 推近的动作, "
    # "每张加个放大": a zoom added to the photos is their move (never bigger text)
    "加个放大, 加点放大, 加一点放大, 加一个放大, 加个推近, 加点推近, 加个缩放, 加点缩放",
    # "把这些照片做成一个视频" makes the slideshow ("一个视频" alone is a clip)
    "make_video": "做成一个视频, 做成一段视频, 做一个视频, 做个视频, 做个小视频, 做一个小视频, "
    "做成小视频, 做成一个小视频, 剪成一个视频, 剪个视频, 弄成一个视频, 弄个视频",
    "still": "一直在动, 老在动, 总是在动, 一直动来动去, 晃得我头晕, 晃得头晕, 晃得眼晕, 晃得晕, "
    "晃晕了, 晃得难受, 晃得我难受, 晃得眼花",
    # more photos to come: "我要加照片" is an upload, never a count or an edit
    "upload": "加照片, 加点照片, 加些照片, 加一些照片, 加张照片, 加图片, 加点图片, 加些图片, "
    "添加照片, 添加图片, 添加个视频, 再添加个视频, 添加一段视频, 添加视频, 再添加一段视频, "
    "再添加几张, 添加几张, 添加几张照片, 再添加几张照片, 加新照片, 加新的照片, 再加照片, "
    "多加点照片, 再加点照片, 加更多照片",
    "count_q": "一共多少张, 总共多少张, 一共有多少张, 总共有多少张, 多少张照片, 照片数量, "
    "照片的数量, 图片数量, 照片张数, 一共几个, 共几张",
    # "照片上显示拍摄日期", "把日期标出来": the date written on each photo
    "add": "再添加, 多添加, 添加上, 上显示, 上面显示, 下面显示, 下方显示, 标出来, 标出, "
    "显示出来, 写出来",
    "song_len": "配合歌曲长度, 配合歌曲的长度, 配合音乐长度, 对齐音乐, 对齐歌曲, 和音乐对齐, "
    "跟音乐对齐, 与音乐对齐, 对齐背景音乐, 和歌对齐, 跟歌对齐, 和歌一样长, 跟歌一样长, "
    "跟歌曲一样长, 和歌曲一样长, 音乐多长视频多长, 歌多长视频多长, 音乐多长就多长, 歌多长就多长, "
    "跟配乐一样, 和配乐一样, 跟配乐一样长, 和配乐一样长, 跟bgm一样, 和bgm一样, 跟bgm一样长, "
    "和bgm一样长, bgm多长视频就多长, 配乐多长视频就多长",
    "faster": "快进, 快进一点, "
    # "节奏再紧一点": a tighter pace is faster, a looser one ("松一点") slower
    "节奏紧, 紧一点, 紧一些, 紧点, 紧一点点",
    "slower": "节奏松, 节奏松散一点, 松一点, 松一些, 松点, 舒展一点",
    # "帧率太高了", "音量太低": too high asks for lower, too low for higher
    "down": "太高, 太高了, 有点高, 偏高, 高了",
    "up": "太低, 太低了, 有点低, 偏低, 低了",
    "longer": "多停会儿, 多停一会儿, 多停会, 再多停会儿, 多放会儿, 多放一会儿",
    # "音乐慢慢结束": the song fades out
    "fade_out": "慢慢结束, 缓缓结束, 慢慢地结束, 渐渐结束, 慢慢收掉",
    # "字幕内容改成 城市之夜": a text's words are the text (what follows is the new text)
    "caption": "字幕内容, 字幕的内容, 字幕文字, 字幕的文字, 字幕上的字, 字幕里的字, 字幕上的文字",
    "title": "标题内容, 标题的内容, 标题文字, 标题的文字, 标题上的字, 标题上的文字",
    # "换回原来的": the last change taken back
    "undo": "换回原来的, 改回原来的, 变回原来的, 用回原来的, 换回原来那个, 还是原来的, 原来的就好, "
    "还是原来那个",
    # "衔接柔和一点": where two photos meet is the transition
    "transition": "衔接, 照片衔接, 照片的衔接",
    "sharper": "硬一点, 硬点, 更硬一点, 硬一些",
    # "照片跟着BGM节拍切换": the beat of the song, however the song is called
    "beat_cut": "跟着bgm节拍, 跟着配乐节拍, 跟着背景音乐节拍, 跟着音乐的节拍, 跟着bgm的节拍, "
    "跟着配乐的节拍, 跟着背景音乐的节拍, 按音乐节拍, 按照音乐节拍, 卡音乐节拍",
    "quieter": "小一点声, 小点声儿, 小一些声",
    "louder": "大一点声, 大点声儿, 大一些声",
    "fits_in": "文件小于, 大小小于, 低于",
}

PLAIN_ENTITIES: dict[str, dict[str, str]] = {
    # a page turned or blinds drawn between photos: a transition the tool has not
    "unsupported": {"transition": "翻页, 翻页效果, 翻书效果, 卷页, 卷页效果, 翻页转场"},
    # "色彩正常就行": the photos' own colours
    "look": {
        "none": "色彩正常, 颜色正常, 正常颜色, 正常的颜色, 正常色彩, 正常的色彩, 本来的颜色",
        # "偏蓝一点" asks for blue ("画面偏蓝" alone is the complaint, read as warmer)
        "cool": "偏蓝一点, 偏蓝一些, 偏蓝些, 要偏蓝, 蓝一点, 蓝一些, "
        # "整体偏蓝调一点": the blue tone asked for (偏蓝 alone is the complaint)
        "偏蓝调, 偏蓝调一点, 偏蓝调一些, 偏冷调, 偏冷调一点, 偏冷调一些",
        "warm": "偏黄一点, 偏黄一些, 偏黄些, 要偏黄, 偏暖, 偏暖些, 偏暖一些",
        "sepia": "胶片风格, 复古风格, 怀旧风格, 老照片风格, 胶片的风格",
        "vivid": "饱和度拉高, 饱和度提高, 饱和度高点, 提高饱和度, 加饱和度, 饱和度加高, "
        "饱和度调高点, 饱和度拉满, 饱和度调满, 饱和度拉高点, 饱和度高些, "
        # "色彩鲜明点": bright, clear colours are the vivid look
        "色彩鲜明, 颜色鲜明, 色彩更鲜明, 颜色更鲜明, 画面鲜明",
    },
    # a transition named by how it looks: "淡出淡入" between photos is a crossfade, "中间黑一下"
    # a dip to black; "多样一点" a different one each time
    "trans": {
        "crossfade": "淡出淡入, 淡出淡入的, 渐隐渐现, 渐变的, 默认转场, 默认的转场",
        "fadeblack": "黑一下, 闪黑一下, 黑屏一下, 中间黑一下, 中间黑屏一下, 中间闪一下黑",
        "random": "随便来, 多样一点, 多样化, 多点花样, 花样多一点, 各种各样的, 各种不同的, "
        "每个都不一样, 每个都不同",
        "circle": "圆形展开, 圆形扩展, 圆形打开, 圆形扩散, 圈圈, 圆圈圈, 一个圈, 圈形",
        "wiperight": "擦过去, 擦过来, 擦除的, 往右擦, 朝右擦, 向右擦",
        # "往左擦的": the wipe said with its way in one word, as the slide is
        "wipeleft": "往左擦, 朝左擦, 向左擦",
        "wipeup": "往上擦, 朝上擦, 向上擦",
        "wipedown": "往下擦, 朝下擦, 向下擦",
        # "改成往左滑": the slide said with its way in one word
        "slideleft": "往左滑, 朝左滑, 向左滑动, 往左滑动",
        "slideright": "往右滑, 朝右滑, 向右滑动, 往右滑动",
        "slideup": "往上滑, 朝上滑, 向上滑动, 往上滑动",
        "slidedown": "往下滑, 朝下滑, 向下滑动, 往下滑动",
    },
}

PLAIN_TEMPLATES = """
# "1.5倍速", "0.5倍速播放": played that many times as fast
speed_mult: ~ mult pace
# "把视频声音打开": the clip's own sound back on, as "视频声音关掉" mutes it
unmute_clips: ~ on volume video
# "背景音乐调到一半": the volume, halved
volume_rel: ~ music|volume change degree=double/half
"""

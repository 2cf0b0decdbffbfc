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
    "放大得, 缩放得",
    "still": "晃得我头晕, 晃得头晕, 晃得眼晕, 晃得晕, 晃晕了, 晃得难受, 晃得我难受, 晃得眼花",
    # more photos to come: "我要加照片" is an upload, never a count or an edit
    "upload": "加照片, 加点照片, 加些照片, 加一些照片, 加张照片, 加图片, 加点图片, 加些图片, "
    "添加照片, 添加图片, 加新照片, 加新的照片, 再加照片, 多加点照片, 再加点照片, 加更多照片",
    "count_q": "一共多少张, 总共多少张, 一共有多少张, 总共有多少张, 多少张照片, 照片数量, "
    "照片的数量, 图片数量, 照片张数, 几张照片, 一共几个, 共几张",
    # "照片上显示拍摄日期", "把日期标出来": the date written on each photo
    "add": "上显示, 上面显示, 下面显示, 下方显示, 标出来, 标出, 显示出来, 写出来",
    "song_len": "配合歌曲长度, 配合歌曲的长度, 配合音乐长度, 对齐音乐, 对齐歌曲, 和音乐对齐, "
    "跟音乐对齐, 与音乐对齐, 对齐背景音乐, 和歌对齐, 跟歌对齐, 和歌一样长, 跟歌一样长, "
    "跟歌曲一样长, 和歌曲一样长, 音乐多长视频多长, 歌多长视频多长, 音乐多长就多长, 歌多长就多长",
    "fits_in": "文件小于, 大小小于, 低于",
}

PLAIN_ENTITIES: dict[str, dict[str, str]] = {
    # a transition named by how it looks: "渐隐" between photos is a crossfade, "中间黑一下"
    # a dip to black; "多样一点" a different one each time
    "trans": {
        "crossfade": "渐隐, 渐隐渐现, 渐变的, 默认转场, 默认的转场",
        "fadeblack": "黑一下, 闪黑一下, 黑屏一下, 中间黑一下, 中间黑屏一下, 中间闪一下黑",
        "random": "随便来, 多样一点, 多样化, 多点花样, 花样多一点, 各种各样的, 各种不同的, "
        "每个都不一样, 每个都不同, 每次都不同",
        "wiperight": "擦过去, 擦过来, 擦除的",
    },
}

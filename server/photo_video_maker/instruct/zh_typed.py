"""Chinese as it is typed in a hurry (pure data, read like ``zh_words``): several requests
joined by 顺便 / 顺带 ("标题改成夏天顺便把音乐换成lofi": the title is 夏天, the music changes
too), the video saved "到相册" (an export, not a photo-album slideshow), and a length kept
"控制在一分钟以内" said with the video's own words ("视频总时长…以内": at most, never lengthened
to it). Each entry joins the phrases of its kind.
"""

from __future__ import annotations

TYPED_WORDS: dict[str, str] = {
    # "…顺便把音乐换成lofi": what follows is the next request, not the text's own words
    "then": "顺便, 顺便把, 顺便再, 顺带, 顺带把, 顺手把, 然后再, 之后再, 完了再",
    # "存到相册", "保存到手机": the finished video saved where the person keeps it
    "export": "存到相册, 存进相册, 存相册, 保存到相册, 保存进相册, 保存到手机, 存到手机, 存手机里, "
    "保存到本地, 存到本地",
}

TYPED_ENTITIES: dict[str, dict[str, str]] = {
    "fit": {
        # "两边模糊的去掉": the blurred sides, never the blurry photos
        "blur": "两边模糊的, 两边的模糊, 两侧模糊的, 两侧的模糊, 两边模糊, 两侧模糊, 边上模糊的, "
        "边上的模糊, 模糊的两边, 模糊的边",
        # "怎么有黑边", "黑边好丑": a complaint about the bars, so the picture is filled ("有黑边"
        # alone may be allowed: "有黑边也没事")
        "cover": "怎么有黑边, 为什么有黑边, 怎么会有黑边, 有黑边不好看, 有黑边好丑, 有黑边很丑, "
        "黑边太丑, 黑边好丑, 黑边很丑, 黑边难看, 黑边太难看, 黑边好难看",
    },
    # "小红书封面比例": the shape of a Xiaohongshu post
    "platform": {"Xiaohongshu": "小红书封面, 小红书笔记"},
}

TYPED_TEMPLATES = """
# "开头加个黑场淡入": the video fades in from black (not a transition between photos)
video_fade_in: ~ add? fade_in video? start trans=fadeblack dur?
video_fade_out: ~ add? fade_out video? end trans=fadeblack dur?
# "视频总时长控制在一分钟以内": at most that long, said with the video's length named
total_cap: ~ video? length? cut? under|fits_in dur
"""

"""The Chinese video made and shaped as people type it (pure data, joined to ``zh_words``; the
phone named after a resolution is read by ``said_beside``):

- the video made from the photos: "弄成个小影集" (小 names a small album, it is no smaller
  text), "出一个vlog" (made, not only exported);
- what can be done beyond it: "除了做视频你还会啥" (help, ``zh_format_told``);
- names sorted "a到z"; other things praised as they are ("转场那些都挺好的"): nothing to do;
- said around the request, asking nothing: "照片都在上面了", "能...不" questions' "不".
"""

from __future__ import annotations

_EITHER = (
    ("快点", "慢点"), ("快一点", "慢一点"), ("快", "慢"), ("大点", "小点"), ("大一点", "小一点"),
    ("长点", "短点"), ("长一点", "短一点"), ("横屏", "竖屏"), ("横的", "竖的"), ("黑白", "彩色"),
)  # fmt: skip
_ALBUM = ("影集", "相册", "幻灯片", "相册视频", "影集视频", "纪念视频")

MADE_SHAPED_WORDS: dict[str, str] = {
    # "弄成个小影集", "做一个小相册": a small album (小 is no "smaller")
    "slideshow": ", ".join(f"小{album}" for album in _ALBUM),
    # "能直接出一个vlog不": a vlog put out from the photos is made (出一个 alone is the export)
    "make_video": ", ".join(
        f"出{one}{kind}"
        for one in ("一个", "个", "一条", "条", "一段", "段")
        for kind in ("vlog", "小vlog", "视频", "小视频", "短视频")
    ),
    # "这堆照片": these photos
    "it": "这堆, 这一堆, 那堆, 这一大堆, 这么些",
    # "给视频起个名 叫 夏日": the video's name is its title
    "call": "起个名叫, 起名叫, 取个名叫, 取名叫, 起个名字叫, 取个名字叫, 起个名字, 起个名, "
    "取个名字, 取个名, 起名字, 取名字",
    # "开头那里写 生日快乐": the start, where the title goes
    "start": "开头那里, 开头那儿, 开头的地方, 片头那里, 片头那儿, 最开始那里, 一开始那里",
    # "结尾那里加一句话 …", "最后一幕写 完": the end, where the closing text goes
    "end": "结尾那里, 结尾那儿, 片尾那里, 片尾那儿, 末尾那里, 最后那里, 最后一幕, 最后一个镜头, "
    "最后一帧, 最后一个画面那里",
    # "最后出字幕 感谢观看": words shown at a place, as "写" leads them
    "says": "出字幕, 出个字幕, 出一行字, 出一句, 打出字幕, 打出一行字",
    # "上传按钮在哪", "照片不够 我再补点": more photos to come
    "upload": "上传按钮, 上传的按钮, 上传入口, 上传的入口, 上传的地方, 在哪上传, 哪里上传, "
    "从哪上传, 补点, 再补点, 补一些, 再补一些, 补些, 再补些, 补点照片, 补点图, 再补点照片, "
    "再补点图",
    # "照片不够": why more are sent; "宝宝长大了", "标题叫 慢慢长大": grown up (长 is no
    # longer, 大 no bigger)
    "reason": "照片不够, 照片不够用, 图不够, 图片不够, 照片太少, 照片太少了, 照片少了, 图太少, "
    "长大, 长大了, 快快长大, 慢慢长大, 长大啦, "
    # "换成30帧 跟原视频一样": why that value
    "跟原视频一样, 和原视频一样, 跟原片一样, 和原片一样, 跟原视频保持一致, 和原视频保持一致",
    # "弄清楚一点": a sharper picture, as "清晰一点" (one step up, asked)
    "quality_up": "清楚一点, 清楚点, 清楚些, 清楚一些, 更清楚, 更清楚一点, 更清楚些, 再清楚点, "
    "再清楚一点",
    # "你还会啥", "还有什么功能": what else it can do
    "help": "还会啥, 还会什么, 还会干嘛, 还会干啥, 还会些啥, 还会些什么, 你还会啥, 你还会什么, "
    "还有啥功能, 还有什么功能, 还有哪些功能, 还有别的功能, 别的功能",
    # "转场那些都挺好的", "音乐什么的都不错": the others are fine as they are; "字幕别跟着动",
    # "音乐不用跟着变": that stays as it is
    "as_is": ", ".join(
        f"{those}都{good}"
        for those in ("", "那些", "这些", "什么的", "啥的", "那块", "那边")
        for good in ("挺好的", "挺好", "不错", "很好", "蛮好", "还行", "可以", "没问题", "ok", "OK")
    )
    + ", "
    + ", ".join(
        f"{no}跟着{verb}"
        for no in ("别", "不用", "不要", "不")
        for verb in ("动", "变", "换", "改", "走")
    )
    # "音乐不用变了", "转场就这样吧": that is fine as it is
    + ", 不用变了, 就这样吧, 就这样挺好, 就这样就好, 蛮好的, 还不错, 挺不错的, 挺不错"
    # "标题先不用加": not now, nothing to do
    + ", "
    + ", ".join(
        f"{when}{no}{verb}"
        for when in ("先", "暂时", "现在")
        for no in ("不用", "不", "别", "不要")
        for verb in ("加", "改", "换", "弄", "管")
    ),
    # "快点慢点都行吧", "大点小点无所谓": either way is fine, nothing asked
    "either_way": ", ".join(
        f"{a}{b}{ok}"
        for one, other in _EITHER
        for a, b in ((one, other), (other, one))
        for ok in ("都行", "都可以", "都ok", "无所谓", "随便", "都好")
    ),
}

MADE_SHAPED_ENTITIES: dict[str, dict[str, str]] = {
    # "再快亿点点": a bit (typed as a joke)
    "degree": {"small": "亿点点, 亿点, 亿丢丢, 一滴滴, 一咪咪咪"},
    "sort_key": {
        "name": "a到z, 从a到z, 由a到z, a~z, A到Z, 从A到Z, 字母a到z",
        "name_desc": "由z到a, z~a, Z到A, 从Z到A",
    },
}

# said beside the request, asking nothing: the photos are there already; "要不快一点吧",
# "干脆做成幻灯片得了", "慢点会好些": a request put as a suggestion
MADE_SHAPED_FILLER = (
    "求求你, 求求了, 求你了, 跪求, 求帮忙, 求大神, "
    "要不然, 要不咱, 要不咱们, 要不我们, 不如把, 不如就, 干脆就, 得了, "
    "会好些, 会好一些, 会好点, 会好一点, 会更好, 会更好些, 会好看些, 会好看点, 比较好, 会比较好, "
    "照片都在上面了, 照片都在上面, 图都在上面了, 图都在上面, 照片都在这了, 照片都在这里了, "
    "都在上面了"
)

"""Chinese videos made from the photos and files made small enough to send (words joined to
``zh_words`` and ``zh_templates``; ``made_sent.made_and_sent`` runs in ``compose``):

- what the video is of, said before it, is its kind, not a reason: "把这些旅行照片做成视频",
  "帮我剪一个毕业的小视频" (剪一个 ... 小视频 makes one), "把照片生成视频" (the photos made
  into a video; "生成视频" alone is the export);
- music or a mood said in the next clause goes with the video made: "给我合成个视频 加上音乐",
  "把照片生成视频，欢快一点的";
- a size and where it is sent in two clauses are one limit: "文件太大了 邮件发不出去",
  "压缩到10兆以下 要发邮箱" (the number said wins);
- the limit lifted: "大小不限了"; more photos to come: "补两张图进去", "还有几张照片没发给你";
  what else can be changed: "还能改点啥呀"; a resolution read digit by digit: "七二零";
  a sharper picture: "清晰一点" (one step up, asked).
"""

from __future__ import annotations

MADE_WORDS: dict[str, str] = {
    "make_video": "弄个短片, 做个短片, 剪个短片, 做成短片, 弄成短片, 剪成短片, 合成短片, "
    "做个小短片, 弄个小短片, 剪个小短片, 做个电子相册, 做成电子相册, 弄个电子相册, "
    "做成相册视频, 弄成相册视频, 整成一个视频, 整成视频, 弄成视频, 做个视频相册, 做成视频相册, "
    "合成一下, 合成下, 拼成一个, 串成一个, 串联起来, 做视频, 帮我做视频, 开始做视频, 整一个视频, "
    "整一个视频出来, 弄一个视频出来, 弄个视频出来, 做个视频出来, "
    "做一个视频出来, 开始制作, 开始做吧",
    # "做一个旅行回忆录": a video named by what it keeps
    "video": "回忆录, 纪念册, 电子纪念册, 视频相册, mv, MV",
    "help": "还能改啥, 还能改点啥, 能改点啥, 还能改什么, 还能改些什么, 还可以改啥, 还可以改什么, "
    "还能调啥, 还能调点啥, 能调点啥, 还能干嘛, 还能干啥, 还能做啥, 还能做什么, 还有啥能改的, "
    "还有什么能改的, 都会些啥, 会些啥, 你会啥, 你都会啥, 能做些啥, 可以做些什么, 可以做什么, "
    "还能弄啥, 还能弄点啥, 能弄点啥, 有哪些功能, 有些什么功能, 支持啥, 支持什么, 支持哪些, "
    "都支持啥, 都支持什么, 支持些什么, 支持哪些功能",
    # "视频里面几张", "里头一共多少个": how many are in it
    "count_q": ", ".join(
        f"{inside}{all_}{many}"
        for inside in ("里面", "里头", "里边")
        for all_ in ("", "有", "一共", "总共", "一共有", "总共有")
        for many in ("几张", "多少张", "几个", "多少个")
    ),
    "no_limit": "不限, 不限了, 不限制了, 不设限, 不用限制, 不要限制, 别限制, 没有限制, 无限制, "
    "不限大小, 随便多大, 多大都行, 多大都可以",
    "upload": ", ".join(
        f"{no}{verb}{to}"
        for no in ("没", "还没")
        for verb in ("发", "传", "上传")
        for to in ("给你", "上来", "完", "过来")
    )
    + ", "
    + ", ".join(
        f"补{n}{unit}{into}"
        for n in ("一", "两", "三", "几", "1", "2", "3")
        for unit in ("张", "张图", "张照片", "张图片", "个视频")
        for into in ("", "进去", "上")
    ),
    "clip": "视频片段, 一个视频片段, 一段视频片段",
    # "体积小一点", "压缩一下体积": the file's size
    "fits_in": "文件size小一点, 文件size小点, size小一点, size小点, 内存小一点, 内存小点, "
    "占的内存小一点, 体积小一点, 体积小点, 体积小些, 体积再小点, 体积压一下, 压缩体积, "
    "压缩一下体积, "
    "压一下体积, 体积太大, 体积太大了, 体积大了, 减小体积, 缩小体积, 减少体积, 体积压小",
    # "标题名叫 周末": what the video is called
    "call": "标题名叫, 标题名字叫, 标题的名字叫, 标题名称叫, 片名叫, 名叫, 标题名是, 标题名字是",
    # "加个时间水印": the date stamped on the photos
    "date_only": "时间水印, 日期水印, 时间戳, 日期戳, 时间的水印, 日期的水印, "
    + ", ".join(
        f"{by}{what}{mark}"
        for by in ("拍摄", "拍照", "拍的")
        for what in ("时间", "日期")
        for mark in ("水印", "的水印", "戳")
    ),
    # "清晰一点", "画面再清楚些", "清晰度高点": a sharper picture, one resolution step up
    "quality_up": ", ".join(
        f"{what}{more}{sharp}{step}"
        for what in ("", "画面", "画质", "视频")
        for more in ("", "再", "更")
        for sharp in ("清晰", "清楚", "高清")
        for step in ("一点", "点", "些", "一些")
        if what or sharp != "清楚"  # "说清楚点" is said of words
    )
    + ", 清晰度高一点, 清晰度高点, 清晰度调高, 清晰度提高, 清晰度再高点, 提高清晰度, 调高清晰度, "
    "提升清晰度, 提升画质, 提高画质, 画质提高, 画质提升, 画质调高, 更高清, 高清一点, 高清点",
}

# "漏了两张", "忘了传一张", "剩下的照片发给你": photos still to come
_MISSED = (
    ", ".join(
        f"{missed}{n}{unit}"
        for missed in (
            "漏了",
            "少传了",
            "忘了传",
            "忘传了",
            "还差",
            "少发了",
            "忘了发",
            "漏传了",
            "漏发了",
        )
        for n in ("一", "两", "三", "几", "1", "2", "3")
        for unit in ("张", "张图", "张照片", "张图片")
    )
    + ", "
    + ", ".join(
        f"剩下的{what}{send}"
        for what in ("", "照片", "图", "图片")
        for send in (
            "发给你",
            "发你",
            "传给你",
            "传你",
            "传上来",
            "发过来",
            "我等下发你",
            "等下发你",
        )
    )
)
MADE_WORDS["upload"] += ", " + _MISSED

MADE_ENTITIES: dict[str, dict[str, str]] = {
    # "从远到近", "按日期从近到远": the dates' way, oldest or newest first
    "sort_key": {
        "date": "从远到近, 由远及近, 从以前到现在, 从过去到现在, 从老到新, 由旧到新, 由早到晚, "
        "老的在前, 老的在前面, 老的放前面, 先拍的在前, 先拍的在前面, 先拍的放前面, 按拍照时间, "
        "按拍照日期, 按照拍摄时间, 按照拍摄日期, 按照日期, 按时间先后, 按拍的时间, 按拍照的时间, "
        "按拍摄的时间, 按拍摄的日期",
        "date_desc": "从近到远, 由近及远, 从现在到以前, 从新到老, 由新到旧, 由晚到早, 后拍的在前, "
        "后拍的在前面, 后拍的放前面, 最近拍的放前面, 最近拍的在前, 从最新到最旧, 最新的放最前面",
    },
    "res": {
        "720p": "七二零, 七二零p, 七百二",
        "1080p": "一零八零, 一零八零p, 幺零八零",
    },
}

MADE_TEMPLATES = """
# "大小不限了", "不限大小": the size limit lifted
size_off: ~ size_word|size_limit_word no_limit
size_off: ~ no_limit size_word|size_limit_word
# "还有几张照片没发给你": more photos, still to send
upload: ~ upload pic? upload
# "把拍摄地点也加上": the place (with the date) on each photo
date_captions: ~ place_word add|put each? pic?
"""

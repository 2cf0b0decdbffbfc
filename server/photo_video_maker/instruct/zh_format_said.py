"""The video's format said in Chinese as people type it (pure data, joined to ``zh_words``; the
complaints beside a format are read by ``zh_format_told``):

- why a smaller file is wanted ("我手机内存不够了", "太占空间", "费流量"): reasons, never requests;
- a resolution typed with a space ("1080 p"), a slideshow made "automatically" ("自动生成视频");
- "视频太大了": the file is too big (as "文件太大了" is), so a size is asked; "60太大了" beside a
  rate said in the same sentence ("换成30帧吧 60太大了") is the old rate, only the reason; and
  "视频有点糊" beside a resolution said ("视频有点糊 分辨率弄成1440p") only says why.
"""

from __future__ import annotations

# who said it ("我老公说要竖屏", "我爸说竖屏看着别扭"): what they said follows (parse.PEOPLE)
SAID_BY = (
    "我爸说", "我老公说", "我朋友说", "朋友说", "我女儿说", "我儿子说", "同事说", "我同事说",
    "我姐说", "我哥说", "大家说", "他说", "她说", "别人说", "朋友们说", "我爸爸说", "我妈妈说",
)  # fmt: skip

FORMAT_WORDS: dict[str, str] = {
    # why a smaller file or a lower resolution is wanted: "720吧 我手机内存不够了"
    "reason": "手机内存不够, 手机内存不足, 内存不够, 内存不足, 内存不够用, 手机空间不够, "
    "手机空间不足, 空间不够, 空间不足, 存储空间不够, 存储不够, 手机存不下, 存不下, 占内存, "
    "很占内存, 很占空间, 流量不够, 费流量, 太费流量, 很费流量, "
    "省流量, 省点流量, 网不好, 网速慢, 网太慢, 网速太慢, 传得慢, 传太慢, 发得慢, 发着快, "
    "发得快, 传得快, 看着清楚, 看得清楚, 看起来清楚, 看着舒服, 看起来舒服, 看着好看, 看起来好看, "
    "看着顺眼, 看起来顺眼, "
    # "我要高清的 不要糊的": why, beside the resolution
    "不要糊的, 不要糊, 别糊, 别太糊, 不想要糊的, 不想糊, 糊糊的不行, "
    # where the file goes that has no limit of its own: "压缩得小一点 我要传网盘"
    # "清晰度改到1080 手机看够了", "4k传不动", "我懒得弄": why, beside the request
    "手机看够了, 手机看就够了, 手机看足够了, 手机上看够了, 手机上看足够了, 手机看也够了, "
    "手机看没问题, 手机上看没问题, 手机看的话够了, 传不动, 传不上去, 发不动, 上传不了, 传不了, "
    "传得太慢, 传太久, 上传太慢, 传好久, 懒得弄, 我懒得弄, 懒得自己弄, 懒得搞, 懒得剪, "
    "不想自己弄, 没时间弄, 没空弄, "
    # the person's own device ("我手机只支持1080p"): no shape (as "my tv is" in English)
    "我手机只支持, 手机只支持, 我的手机只支持, 我手机是, 我的手机是, 我电视是, 我的电视是, "
    "我家电视是, 家里电视是, 我家电视, 我电脑是, 我的电脑是, 我屏幕是, 我的屏幕是, 电视只支持, "
    # where the file is sent that names no size ("发微信群用", "发QQ", "发钉钉")
    "微信群, 发微信群, 发微信群用, 微信群用, 发群里, 发到群里, 群里, 发群, qq, 发qq, qq群, 发qq群, "
    "钉钉, 发钉钉, 钉钉群, 发不上去, 视频号发不了, "
    # where it is watched that is no shape of its own, and how it is wanted
    "电脑上看, 在电脑上看, 电脑看, 用电脑看, 越小越好, 越清楚越好, 越清晰越好, 越高清越好, "
    # whose device it is ("她手机是竖屏看的"): no request
    "手机是, 电视是, 电脑是, 屏幕是, "
    # "4k我电脑带不动", "投影仪上放", "有电影味", "传照片好麻烦": why, or only a complaint
    "带不动, 电脑带不动, 手机带不动, 跑不动, 投影仪, 投影仪上放, 投影上放, 用投影仪放, 投影仪上看, "
    "投影仪放, 有电影味, 电影味, 电影味道, 有电影的味道, 有那种电影味, "
    + ", ".join(
        f"{sent}{how}麻烦"
        for sent in ("传照片", "上传", "传图", "上传照片", "传起来", "传")
        for how in ("好", "太", "真", "很", "有点")
    )
    + ", "
    # "不然太糊了", "传了好久才传上来": why, or only what happened
    "不然太糊了, 不然太糊, 不然会糊, 不然糊了, 不然看不清, 不然太大了, 不然太大, 不然发不了, "
    "传了好久, 传了半天, 传好久, 传了很久, 才传上来, 终于传上来, 终于传完, 传完了, "
    # what it was or is ("原来是30帧啊", "现在是30帧 改成60"): with its value, no request
    "原来是, 原来都是, 之前是, 以前是, 本来是, 默认是, 现在是, 目前是, "
    "传网盘, 存网盘, 放网盘, 上传网盘, 发网盘, 传到网盘, 存到网盘, 放到网盘, 网盘",
    # "竖屏看着别扭": only disliked (which way instead is not said)
    "dislike": "看着别扭, 看起来别扭, 别扭, 看着不舒服, 看着不习惯",
    # "不要大于30m", "小于等于10兆": at most
    "under": "不要大于, 不能大于, 别大于, 不大于, 小于等于, 不超出, 别超出, 不要超出",
    # "不限大小", "多大都行": no size limit
    "any_size": "大小随意, 大小随便, 大小都行, 大小无所谓",
    # "4k会不会很大", "60帧会不会太卡": a consequence wondered about, nothing asked (wondered.py)
    "whether": "会不会, 会不会很, 会不会太, 会不会有点, 是不是会, 不会太",
    # "4k和1080有区别吗": two things compared, asked about (nothing changes: wondered.py)
    "compare": "有区别吗, 有没有区别, 有没有差别, 有差别没, 有区别没, 区别大不大, 一样吗, "
    "看不出区别, 看不出来区别, 看不出差别, 看不出来差别, 好还是, 还是哪个好, 看着差不多, "
    "看起来差不多, 看上去差不多, 没什么区别, 没啥区别, 没区别, 看着一样, 看起来一样",
    # "帮我自动生成视频": the photos made into the video, without asking how
    "slideshow": "自动生成视频, 自动生成个视频, 自动做个视频, 自动做视频, 自动剪个视频, "
    "自动剪一个视频, 自动剪视频, 自动合成视频, 自动合成一个视频, 自动生成幻灯片, "
    "自动做个幻灯片, 自动做成幻灯片, "
    # the slideshow said by how it plays: "幻灯片模式", "一张一张放就行", "整个PPT"
    "幻灯片模式, 幻灯片的方式, 幻灯片的形式, 幻灯片那种, 幻灯片那样, 幻灯片的样子, ppt那种, "
    "ppt那样, ppt的形式, ppt形式, ppt的样子, 一张一张放, 一张一张地放, 一张一张播, 一张一张播放, "
    "一张张放, 一张张播放, 一张接一张, 一张接一张放, 一张一张轮着放, 轮着放, "
    # what kind of video is made: "做个照片集锦", "做个回顾视频", "帮我做成小影片"
    "集锦, 照片集锦, 精彩集锦, 合集, 照片合集, 合集视频, 回顾视频, 年度回顾, 小影片, 微电影, "
    "小电影",
    # "分辨率降一降", "画质改差一点": a step down (which size is asked, unless said)
    "lower": "不要太高, 别太高, 不用太高, 不需要太高, "
    "降一降, 降一下, 改差一点, 调差一点, 弄差一点, 改差点, 调差点, 弄差点, 差一点也行, "
    "差点也行, 差一点没关系, 差点没关系",
    "up": "升一升, 提一提, 提一下, 拉高一点, 拉高点",
    # "整个幻灯片出来看看": one made (整个 is no "whole" here)
    "make_video": "整个幻灯片出来, 整个幻灯片, 整一个幻灯片, 整个相册, 整个视频出来, "
    "做个幻灯片出来, 弄个幻灯片出来, 出个幻灯片, 出一个幻灯片, 做一个幻灯片出来, "
    # "做成一个短片吧", "帮我出个片", "把照片连起来": the photos made into one video
    "做成一个短片, 做一个短片, 弄一个短片, 剪一个短片, 做一个小短片, 做成一个小短片, 剪辑一个视频, "
    "剪辑个视频, 剪辑成视频, 剪辑成一个视频, 一键出片, 出个片, 出个片子, 出一个片子, 连起来, "
    "连成视频, 连成一个视频, 串起来, 串在一起, 串一起, 合起来, 合在一起, 拼起来, 拼在一起",
    # "在哪上传", "上传在哪": where the photos are sent from is the upload
    "upload": "在哪上传, 在哪里上传, 哪里上传, 从哪上传, 从哪里上传, 在哪传, 哪里能上传, "
    "哪里可以上传, 上传在哪, 上传在哪里, 去哪上传, 去哪里上传, 在哪加照片, 在哪里加照片, "
    "怎么传给你, 咋传给你, 怎么发给你, 咋发给你, 怎么传上来, 咋传上来, 怎么传上去, 咋传上去, "
    # "导入照片", "加素材", "我有新照片": photos still to come
    "怎么加图, 咋加图, 再加图, 加图进去, 加点图, 加几张图, 加张图, 加些图, 导入照片, 导入图片, "
    "导入视频, 导入素材, 导入歌曲, "
    "导入音乐, 从相册导入, 从手机导入, 相册导入, 手机导入, 添加素材, 加素材, 加点素材, 补素材, "
    "没导进来, 没导进去, 导进来, 导进去, 没传进来, 没传进去, 手机里的视频, 手机里的照片, "
    "手机里的图片, 相册里的照片, 相册里的视频, 电脑里的照片, 电脑里的视频, 给你发照片, 给你发图片, "
    "给你发图, 给你传照片, 给你传图片, 给你发视频, 给你传视频, 给你发歌, 给你传歌, "
    "把照片传上来, 把图片传上来, 把视频传上来, 把照片传上去, 把图片传上去, 把视频传上去, "
    "把歌传上来, 把歌传上去, "
    # mixed English: "再加个video", "加几个pic"
    + ", ".join(
        f"加{n}{what}"
        for n in ("个", "一个", "段", "几个", "几张", "点", "些")
        for what in ("video", "clip", "pic", "pics", "photo", "photos")
    )
    + ", "
    "还有个视频, 还有一个视频, 还有段视频, 还有一段视频, 还有个片段, 还有几个视频, 还有些视频, "
    "刚拍了几张, 刚拍的几张, 拍了几张新的, 新拍的几张, 又拍了几张, "
    "怎么加进来, 咋加进来, 新照片, 新的照片, 新图片, 新的图片, 补点素材, "
    "我有新照片, 有新照片, 有新的照片, 还有新照片, 新拍的照片, 新拍了几张, "
    # "我把歌发给你可以吗": what is sent to the assistant
    + ", ".join(
        f"{by}{what}{sent}"
        for what in ("歌", "音乐", "视频", "照片", "图片", "图")
        for by in ("把", "")
        for sent in ("发给你", "传给你", "发你", "传你")
    ),
    # "照片总数": how many
    "count_q": "照片总数, 图片总数, 总数, 总张数, 张数, 照片张数, 图片张数, 照片数量, 图片数量, "
    "素材数量, 数量是多少, 有多少数量, 数量多少, 放了多少张, 放了几张, 放进去几张, 放进去多少张, "
    "加了几张, 加了多少张, 选了几张, 选了多少张, 用了多少张, 用了几张, "
    "照片都在吗, 图片都在吗, 都在吗, 照片都齐了吗, 都齐了吗",
    # "有哪些可以调的": what can be changed
    "help": "有哪些可以调的, 哪些可以调, 有什么可以调的, 能调哪些, 可以调什么, 可以调哪些, "
    "哪些能改, 有哪些能改的, 有哪些可以改的, 可以改什么, 可以改哪些, 能改哪些, 都能调啥, "
    "能调啥, 可以调啥, 有什么用, 有啥用, 给点例子, 给个例子, 给几个例子, 举几个例子, 有例子吗, "
    "能传多少张, 可以传多少张, 最多传几张, 最多能传几张, 最多能传多少, 能放多少张, 最多放几张, "
    "最多可以放几张, 能传几张, 可以传几张, 最多几张, 上限几张, 上限多少张, "
    "你是干嘛的, 你是做什么的, 你是干什么的, 你是干啥的, 有什么玩法, 有啥玩法, 怎么个玩法",
    # "视频太大了": the file, as "文件太大了" (where to, or how small, is asked)
    "fits_in": "视频太大了, 视频太大, 视频文件太大, 视频有点大, 视频好大, 视频大了点, "
    "视频太占地方, 视频体积太大, 体积太大, 体积太大了, 体积有点大, "
    # "大小控制一下": a size, asked which
    "大小控制一下, 大小控制下, 控制一下大小, 控制下大小, 文件大小控制一下, 控制一下文件大小, "
    # "视频文件不要太大": the file kept small
    "视频文件不要太大, 视频文件别太大, 文件不要太大, 文件别太大, 视频不要太大, 视频别太大, "
    "视频别那么大, 文件别那么大, 文件不要那么大, 视频不要那么大",
}

FORMAT_ENTITIES: dict[str, dict[str, str]] = {
    # a resolution typed with a space before its "p" ("1080 p就可以啦")
    "res": {
        "2160p": "2160 p",
        "1440p": "1440 p",
        "1080p": "1080 p",
        "720p": "720 p",
        "480p": "480 p",
    },
    # a frame rate said as cameras name it ("24p", "60p")
    "fps": {"24": "24p, 24 p", "25": "25p, 25 p", "30": "30p, 30 p", "60": "60p, 60 p"},
}

# sound-alikes a pinyin keyboard offers for the words of the format, the photos and the upload
# (joined to zh_typos.TYPOS: the same number of characters)
FORMAT_TYPOS: dict[str, str] = {
    "招片": "照片", "照骗": "照片", "照篇": "照片", "几涨": "几张", "多少涨": "多少张",
    "上专": "上传", "上穿": "上传", "尚传": "上传", "画值": "画质", "化质": "画质",
    "比列": "比例", "贞率": "帧率", "针率": "帧率", "分变率": "分辨率", "清析度": "清晰度",
    "压索": "压缩", "压宿": "压缩", "幻灯骗": "幻灯片",
}  # fmt: skip

# "分辨率1440 谢了", "幻灯片走起", "…在哪点": thanks, a go-ahead, where to tap
FORMAT_FILLER = (
    "就够, 谢, 谢了, 谢咯, 谢谢了, 3q, 走起, 搞起, 整起, 搞起来, 整起来, 在哪点, 点哪里, 在哪里点"
)

FORMAT_TEMPLATES = """
# "来个照片轮播": one made
slideshow: ~ add make_video pic? music? and? transition? mood?
size_off: any_size
# "弄个1080p", "来个4k的", "来个60帧": that size or rate
resolution: ~ add|put res size_word?
fps: ~ add|put fps
"""

FORMAT_WORDS["reason"] += ", " + ", ".join(SAID_BY)

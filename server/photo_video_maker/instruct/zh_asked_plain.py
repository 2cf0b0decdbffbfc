"""Chinese for the plain requests people make often (pure data, joined to ``zh_words`` and
``zh_templates``): a video made from the photos "相册里这几张", a resolution said with
"清晰度" and why ("省点空间"), a heading said as "大字", photos sorted "按拍的先后顺序", and the
words around a size limit ("不然发不出去"). Each entry joins the phrases of its kind.
"""

from __future__ import annotations

ASKED_WORDS: dict[str, str] = {
    # "title改一下 改成 Bali 2024": one change, said twice
    "change": ", ".join(
        f"{first}{gap}{then}"
        for first in ("改一下", "改下", "换一下", "换下", "改一改", "换一换")
        for gap in ("", " ")
        for then in ("改成", "换成", "改为", "就改成", "就换成")
    ),
    # "相册里这几张": the photos, where the person keeps them
    "pic": "相册里这几张, 相册里的这几张, 相册里的照片, 相册里这些, 相册里的这些, 手机里这几张, "
    "手机里的这几张, 手机里的照片",
    # "开头加个大字 生日快乐": big words on the screen are a text (the size is how text looks)
    "textnoun": "大字, 一行大字, 几个大字, 大大的字, 一排大字",
    # "省点空间": why the file should be smaller (the request is said beside it)
    "reason": "照片有点多, 照片挺多, 照片好多, 照片比较多, 照片很多, 图有点多, 图挺多, 图片有点多, "
    # "做个回忆视频送给爸妈", "还有几张在相册里": who it is for, where the photos are
    "送给, 送给爸妈, 在相册里, 在手机里, 还在相册里, 还在手机里, 在电脑里, 还在电脑里, "
    "省点空间, 省空间, 节省空间, 省点内存, 省内存, 占空间, 太占空间, 太占内存, "
    "不然发不出去, 不然发不了, 要不然发不出去, 要不发不出去",
}

# "要不要压缩一下呢", "需不需要压缩": whether to, wondered (never the request; "要不要" is not
# "不要"): nothing changes (wondered.py)
ASKED_WORDS["whether"] = (
    "要不要, 需不需要, 需要不需要, 用不用, 用不用得着, 该不该, 要不要再, 是否要, 是否需要"
    # "你觉得按时间排序好吗": the assistant's opinion asked
    ", 你觉得, 你认为, 你感觉, 你说呢, 你怎么看, 依你看, 在你看来"
)
# "1080和720有啥区别": two things compared, asked about (nothing changes: wondered.py)
ASKED_WORDS["compare"] = (
    "有啥区别, 有什么区别, 有何区别, 啥区别, 什么区别, 区别是什么, 区别在哪, 区别大吗, "
    "有啥不同, 有什么不同, 哪个好, 哪个更好, 哪个好点, 差别大吗, 差别大不大, 有差别吗, 差多少"
)
# "标题我还没想好": not decided yet, nothing to do (the words after it are no text)
ASKED_WORDS["undecided"] = (
    "还没想好, 我还没想好, 没想好, 我没想好, 还没想到, 还在想, 我还在想, 再想想, 我再想想, "
    "想不出来, 想不出, 还没定, 没定好, 还没定好, 不知道写啥, 不知道写什么, 不知道叫啥, "
    "不知道叫什么, 不知道起啥名, 不知道取什么名, "
    # "标题待定", "标题先空着": left for later (never the words "待定" written as the title)
    "待定, 先空着, 空着吧, 先留空, 先不写, 以后再说, 回头再说, 之后再说, 晚点再说, 等会再说, "
    "想想再说, 先放着, 叫啥好, 叫什么好, 写啥好, 写什么好"
)

# "不用管文件大小了": the file may be as big as it gets (the file named: "字的大小不用管" is
# about the text)
# "压缩到能用whatsapp发的程度": small enough to send
ASKED_WORDS["fits_in"] = "发的程度, 能发的程度, 可以发的程度, 发得出去的程度, 发出去的程度"
# "分辨率别那么高 720够用": lower
ASKED_WORDS["lower"] = "别那么高, 不用那么高, 不要那么高, 没必要那么高, 用不着那么高"
# "你可以帮我做哪些事": what the assistant can do
ASKED_WORDS["help"] = (
    "做哪些事, 做什么事, 做些什么事, 干哪些事, 干什么事, 能帮我做什么, 可以帮我做什么, "
    "能帮我干嘛, 可以帮我干嘛, 能帮我做哪些, 可以帮我做哪些"
)
# "按时间排序 别的不动", "标题改成 海边的日落 其他不用改": the rest stays; the request ends
# there (before, "不动" kept the photos still, and "其他" joined the title)
ASKED_WORDS["sep"] = ", ".join(
    f"{rest}{keep}"
    for rest in ("别的", "其他", "其他的", "其余", "其余的", "剩下的", "别的地方", "其他地方")
    for keep in (
        "不动",
        "都不动",
        "不用改",
        "不要改",
        "别改",
        "不变",
        "保持不变",
        "都不变",
        "照旧",
        "先不动",
        "先别动",
    )
)  # ("其他别动", "其他不要动" ... are reasons already: zh_time_sound)
ASKED_WORDS["file_free"] = ", ".join(
    phrase
    for file in ("文件", "视频文件")
    for phrase in (
        f"不用管{file}大小",
        f"不管{file}大小",
        f"别管{file}大小",
        f"不用在意{file}大小",
        f"{file}大小不用管",
        f"{file}大小无所谓",
        f"{file}大小随便",
        f"{file}多大无所谓",
        f"{file}多大都无所谓",
        f"不用管{file}多大",
        f"{file}大点也没事",
        f"{file}大点没关系",
    )
)

# "4K超清", "高清1080": the number, with a word that says the same
_RES_SAID = {
    "2160p": ("4k", "2160p", "2160"),
    "1440p": ("2k", "1440p", "1440"),
    "1080p": ("1080p", "1080"),
    "720p": ("720p", "720"),
    "480p": ("480p", "480"),
}
_CLEAR = ("高清", "超清", "超高清", "全高清", "蓝光")

ASKED_ENTITIES: dict[str, dict[str, str]] = {
    "res": {
        res: ", ".join(
            phrase
            for number in numbers
            for word in _CLEAR
            for gap in ("", " ", "的")
            for phrase in (f"{number}{gap}{word}", f"{word}{gap}{number}")
        )
        for res, numbers in _RES_SAID.items()
    },
    # "压缩到能用whatsapp发的程度": sent by it
    "share": {
        target: ", ".join(
            f"{verb}{name}{end}"
            for name in names
            for verb in ("用", "能用", "可以用")
            for end in ("发", "发出去", "")
        )
        for target, names in (
            ("whatsapp", ("whatsapp", "whats app")),
            ("email", ("邮件", "邮箱")),
            ("discord", ("discord",)),
        )
    },
    "sort_key": {
        # "新的在前旧的在后": both ends said
        "date_desc": "新的在前旧的在后, 新的在前面旧的在后面, 新的放前面旧的放后面, 旧的在后, "
        "旧的在后面, 旧的放后面, 老的在后面, 新的在前 旧的在后",
        "date": "旧的在前新的在后, 旧的在前面新的在后面, 旧的放前面新的放后面, 老的在前新的在后, "
        "新的在后面, 新的放后面, 旧的在前 新的在后, "
        "拍的先后顺序, 拍的先后, 拍照的先后顺序, 拍摄的先后顺序, 拍照先后顺序, "
        "拍摄先后顺序, 拍照先后, 拍摄的先后",
    },
}

# "720够用": enough; "导出前先把分辨率调到720": when, not an export
ASKED_FILLER = (
    "够用, 就够用, 够用了, 就够用了, "
    "导出前, 导出之前, 导出以前, 在导出前, 在导出之前, 导出前先, 导出之前先"
)

ASKED_TEMPLATES = """
# "不用管文件大小了"
size_off: ~ file_free
# "我还有几个视频要上传": how many are still to come, not a count asked
upload: ~ then? count_q upload
# "标题我还没想好", "音乐再想想": nothing decided, nothing to do
noop: ~ title|caption|closing|textnoun|music|transition|motion|look_word|pic? undecided
"""

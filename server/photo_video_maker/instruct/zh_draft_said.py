"""The draft as a whole, said in Chinese as people type it in a chat (pure data, joined to
``zh_words`` and ``zh_templates``):

- questions: "会不会超过一分钟", "整个视频几分钟" (the length), "删完还有几张" (how many are
  left), "你刚改了哪儿", "你刚才干了啥" (the last change, not where the video is);
- the file asked for again or at last: "再出一份", "这一版也给我一份", "可以导了", "导出来给我看看";
- the order said by which photos go first: "最近拍的放最前面", "早拍的排前头" (by date),
  "名字倒着排", "按照片名字排" (by name);
- put in order with no order said ("排个序", "重新排一下"): by date or by name is asked;
- a photo put last by the place said first: "最后放狗狗那张", "结尾用狗狗那张";
- a reason said with a frame rate or an order: "更像电影", "运动的视频", "照片乱了".
"""

from __future__ import annotations


def _joined(*parts: tuple[str, ...]) -> str:
    """Every phrase made of one choice from each part, in order."""
    phrases = [""]
    for part in parts:
        phrases = [p + q for p in phrases for q in part]
    return ", ".join(phrases)


_NEW = ("最新的", "最近的", "最近拍的", "新拍的", "最新拍的", "晚拍的", "后拍的", "新一点的")
_OLD = ("最早的", "早拍的", "先拍的", "最早拍的", "最旧的", "旧一点的", "老照片", "以前拍的")
_GO = ("放", "在", "排", "放在", "排在")
_FRONT = ("前面", "最前面", "最前", "前头", "最前头", "开头", "第一个", "前边", "最前边")
_BACK = ("后面", "最后面", "最后", "后头", "最后头", "结尾", "后边", "最后边")
_BY_NAME = ("名字", "文件名", "名称", "按名字", "按文件名", "按名称", "照名字", "照文件名")
_BACKWARDS = ("倒着", "倒过来", "反着", "反过来")
_COUNTED = ("几张", "多少张", "几个", "多少个")

DRAFT_ENTITIES: dict[str, dict[str, str]] = {
    "sort_key": {
        "date_desc": _joined(_NEW, _GO, _FRONT) + ", " + _joined(_OLD, _GO, _BACK),
        "date": _joined(_OLD, _GO, _FRONT) + ", " + _joined(_NEW, _GO, _BACK),
        "name_desc": _joined(_BY_NAME, _BACKWARDS),
        # "按照片名字a到z排": 按照 + 片名 is no title
        "name": "照片名字, 按照片名字, 照片名, 按照片名, 图片名字, 按图片名字, 照片的名字, "
        "按照片的名字, 按图片的名字, 按照名字, 按照文件名",
    },
}

DRAFT_WORDS: dict[str, str] = {
    # "删完还有几张", "现在还有几张了": how many are left
    "count_q": _joined(
        ("删完", "删了以后", "删掉以后", "删完以后", "删了之后", "删掉之后", "现在"),
        ("还有", "还剩", "剩下", "剩"),
        _COUNTED,
    )
    + ", "
    + _joined(("还有", "还剩", "剩下"), _COUNTED, ("了", "呀", "啊")),
    # "再出一份", "这一版也给我一份": the file, once more
    "export": "出一份, 再出一份, 出一版, 再出一版, 给我一份, 也给我一份, 再给我一份, 发我一份, "
    "也发我一份, 再发我一份, 来一份, 再来一份, 给我发一份, 发一份给我, "
    # "可以导了", "嗯嗯 可以 导吧": 导 alone, as a request, is the export
    "导吧, 导呗, 导了吧, 可以导了, 能导了, 导一下吧, 开始导吧, 开始导, "
    # "导出来给我看看": the file made to be seen (not the draft shown)
    + _joined(
        ("导出来", "导出", "导一个", "导个", "生成出来", "出片"),
        ("给我看看", "给我看", "我看看", "我看下", "我看一下", "看看效果", "我看看效果"),
    ),
    # "你刚才干了啥": what was just done
    "last_change": "干了啥, 干了什么, 干啥了, 干了些啥, 弄了啥, 弄了什么, 搞了啥, 搞了什么, "
    "动了啥, 动了什么, 做了些啥, 做了些什么",
    # "我要的视频在哪": the video asked for (我要的 is no reason here)
    "video": "我要的视频, 我要的那个视频",
    # "照片乱了 按时间排吧": why the order is asked for; "帧率调成24吧 更像电影": why the rate
    "reason": "照片乱了, 照片有点乱, 照片太乱了, 照片好乱, 图片乱了, 图片有点乱, 图乱了, 乱七八糟, "
    "顺序有点乱, 顺序太乱了, 顺序好乱, 顺序全乱了, 全乱了, 有点乱, 太乱了, "
    "更像电影, 像电影, 像电影一样, 跟电影一样, 和电影一样, 更有电影的感觉, "
    # "60帧吧 运动的视频": what the video shows (运动 is no camera move here), "屏幕小": where
    "运动的视频, 运动视频, 运动类的视频, 拍运动的, 体育视频, 打球的视频, 跑步的视频, "
    "电脑屏幕小, 屏幕小, 屏幕太小, 手机屏幕小, 屏幕比较小",
}

DRAFT_TEMPLATES = """
# "会不会超过一分钟": whether it runs past a length, asked
q_length: whether dur
# "最后放狗狗那张", "结尾用狗狗那张", "最后用狗狗那张收尾": that photo last, as "开头用森林那张"
# puts one first
move: end put|change photo|ord end?
# "整个视频几分钟", "一共几分钟": the length, counted in a unit
q_length: ~ how_many unit video?
# "排个序", "重新排一下": put in order, by what not said (asked, never guessed)
sort_how: ~ sort_bare pic?
# "你刚改了哪儿": where the change just made was
q_last: just change where
"""

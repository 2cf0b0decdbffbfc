"""The draft as a whole, said in Chinese as people type it in a chat (pure data, joined to
``zh_words`` and ``zh_templates``):

- questions: "会不会超过一分钟" (the length, wondered), "删完还有几张" (how many are left),
  "你刚改了哪儿" (where the last change was, not where the video is);
- the file asked for again: "再出一份", "这一版也给我一份";
- the order said by which photos go first: "最近拍的放最前面", "早拍的排前头" (by date),
  "名字倒着排", "按照片名字排" (by name);
- a photo put last by the place said first: "最后放狗狗那张", "结尾用狗狗那张";
- a reason said with a frame rate or a size: "更像电影", "像电影一样".
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
    "也发我一份, 再发我一份, 来一份, 再来一份",
    # "帧率调成24吧 更像电影": why, beside the rate
    "reason": "更像电影, 像电影, 像电影一样, 跟电影一样, 和电影一样, 更有电影的感觉",
}

DRAFT_TEMPLATES = """
# "会不会超过一分钟": whether it runs past a length, asked
q_length: whether dur
# "最后放狗狗那张", "结尾用狗狗那张", "最后用狗狗那张收尾": that photo last, as "开头用森林那张"
# puts one first
move: end put|change photo|ord end?
# "你刚改了哪儿": where the change just made was
q_last: just change where
"""

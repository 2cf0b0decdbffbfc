"""Chinese typed in a chat about the output and the pictures' movement (pure data, read like
``zh_words``): the export's settings named as a thing ("导出设置改成1080p" sets the size, it
exports nothing), a vlog made from the photos ("给我生成一个vlog": made, not exported). Each
entry joins the phrases of its kind.
"""

from __future__ import annotations

SPOKEN_WORDS: dict[str, str] = {
    # "导出设置改成1080p": the settings of the export, a thing changed, not an export
    "size_word": "导出设置, 导出的设置, 导出参数, 导出的参数, 导出选项, 输出设置, 输出参数",
    # "给我生成一个vlog": a video made from the photos, as "生成一个视频" is
    "make_video": "生成一个vlog, 生成个vlog, 生成一条vlog, 生成一段vlog, 生成一条视频, "
    "生成条视频, 生成一个短视频, 生成个短视频, 生成一条短视频",
}

# "转场换个酷一点的", "转场炫一点": a lively transition, which one is asked
SPOKEN_WORDS["flashy"] = (
    "酷一点, 酷点, 酷一些, 更酷, 炫一点, 炫点, 炫一些, 炫酷, 酷炫, 炫酷一点, 酷炫一点, 炫酷点, "
    "酷炫点, 帅一点, 帅气一点, 帅点, 花哨一点, 花哨点, 花一点, 有意思一点, 有意思点, 有趣一点, "
    "特别一点, 特别点, 好玩一点, 好玩点, 有创意一点, 新颖一点, 酷的, 炫的"
    ", 酷一点的, 炫一点的, 帅的"
)

SPOKEN_TEMPLATES = """
# "转场换个酷一点的", "来点炫酷的转场": lively transitions, which one is asked
trans_lively: ~ transition change|add|swap|one_more|another? flashy
"""

"""Chinese as typed in a chat (pure data, joined to ``zh_words`` and ``zh_templates``): the
effect named with "的感觉" or "感" ("推拉的感觉再强一点", "缩放感弱一点"), "一键" before a video
to make ("一键帮我做个视频"), and the date placed under the photos ("照片下面加上日期").
Each entry joins the phrases of its kind.
"""

from __future__ import annotations

WECHAT_WORDS: dict[str, str] = {
    # the camera's move said by how it feels: "推拉的感觉再强一点呗"
    "motion": "推拉的感觉, 推拉感, 运镜的感觉, 运镜感, 缩放感, 镜头感, 镜头的感觉, "
    "镜头推拉的感觉, 动效的感觉, 动态感, 动态效果, 动态的感觉",
}

WECHAT_ENTITIES: dict[str, dict[str, str]] = {
    # "转场随便来点花样": a different transition each time
    "trans": {
        "random": "随便来点花样, 来点花样, 搞点花样, 玩点花样, 换点花样, 花样多点, "
        "多些花样, 多一些花样"
    },
}

# "一键帮我做个视频": in one tap, said of what is asked, adds nothing
WECHAT_FILLER = "一键, 一键帮我, 一键给我"

WECHAT_TEMPLATES = """
# "照片下面加上日期": the date, placed on the photos
date_captions: ~ add|put date_place|date_only each? pic? pos caption?
"""

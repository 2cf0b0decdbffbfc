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
    # "看着更顺": smoother to watch ("60fps看着更顺", "转场看着更顺")
    "softer": "更顺, 看着更顺, 看起来更顺, 更顺畅, 顺畅点, 顺畅一点, 看着顺一点",
    # "第三张往后挪到最后": the way it goes, then where: the place said is where it goes
    "move": "往后挪到, 往前挪到, 往后移到, 往前移到, 往后放到, 往前放到, 往后调到, 往前调到, "
    "向后挪到, 向前挪到, 向后移到, 向前移到",
    # "我一共传了几张": what was sent, counted (传了 is done, no upload to come)
    "count_q": "传了几张, 上传了几张, 传了多少张, 上传了多少张, 发了几张, 发了多少张, "
    "传了几个, 上传了几个, 传了多少, 上传了多少",
    # "视频声音关了 只听音乐": why, after the request
    "reason": "只听音乐, 只听bgm, 只听BGM, 光听音乐, 就听音乐, "
    # "60帧太卡了": it stutters (why; the request follows)
    "太卡了, 太卡, 好卡, 很卡, 卡卡的, 一卡一卡",
    # "把图片合成一个视频": the photos put together into the video
    "make_video": "合成一个视频, 合成个视频, 合成一段视频, 合成视频, 合成一条视频, 拼成一个视频, "
    "拼成视频, 串成一个视频, 串成视频, 连成一个视频",
    # "转场改回原来那个": the last change taken back
    "undo": "改回原来那个, 变回原来那个, 用回原来那个, 回到原来那个, 回到原来的, 恢复原来的, "
    "恢复原来那个, 弄回原来的, 弄回原来那个, 调回原来的, 调回原来那个, 换回原来那种, "
    "改回原来那种, 还是原来那种",
    # "再发两张给你": more photos to come, however many; "刚才漏了几张 我补一下": the person
    # adds them
    "upload": "我补一下, 我补下, 我再补一下, 我再补下, 我来补一下, 我补几张, 我再补几张, "
    + ", ".join(
        f"{verb}{n}{unit}"
        for verb in ("再发", "再传", "再补", "补发", "多发", "多传", "再给你发", "再给你传")
        for n in ("一", "两", "三", "几", "1", "2", "3")
        for unit in ("张", "张图", "张照片")
    ),
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
# "转场改回原来那个": the transition just changed, taken back (asked how, when it was not)
undo_named: ~ transition|aspect undo
# "淡出再长点": a fade a step longer (which fade is asked, unless just set: sound_again)
video_fade_out: ~ fade_out longer|shorter|slower|faster degree?
video_fade_in: ~ fade_in longer|shorter|slower|faster degree?
# "照片下面加上日期": the date, placed on the photos
date_captions: ~ add|put date_place|date_only each? pic? pos caption?
"""

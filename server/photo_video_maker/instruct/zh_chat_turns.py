"""Chinese said in a longer chat (pure data, read like ``zh_words``): whether the photos came
through ("照片都传好了吗", "照片传上去了吗": how many there are, not whether the video is
exported, and never a removal: 去了 is not 去掉).
"""

from __future__ import annotations

CHAT_TURN_WORDS: dict[str, str] = {
    "upload_done": "传好了吗, 传好了没, 传好没, 传上去了吗, 传上去了没, 传上来了吗, 传上来了没, "
    "上传好了吗, 上传好了没, 上传完了吗, 上传完了没, 传完了吗, 传完了没, 都传上去了吗, 收到了吗, "
    "收到照片了吗, 收到了没",
    # "第一张4秒" then "第二张也是": the same change on that one, as "也一样" is
    "same": "也是, 也是这样, 也这么弄, 也这样弄, 也照这样",
    # "帮我剪个vlog": a vlog made from the photos (剪 alone was read as a cut)
    "slideshow": "剪个vlog, 剪一个vlog, 剪条vlog, 剪一条vlog, 剪个视频日记",
}

CHAT_TURN_TEMPLATES = """
# "照片都传好了吗": how many photos came through
q_count: ~ pic? upload_done
"""

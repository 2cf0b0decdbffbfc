"""Words and templates for when the music comes in: "can the music start a little later",
"start the music at the second photo", "music after the title", "音乐晚一点进来",
"音乐从第二张开始" (pure data, read like ``words`` and ``templates``)."""

from __future__ import annotations

MUSIC_START_WORDS: dict[str, str] = {
    # later on the video's time (said of anything but the music it is dropped: music_later);
    # "the music comes in too early" wants it later too
    "delay": "later, a few seconds later, delayed, delay, too early, so early, way too early, "
    "a bit early, too soon, so soon "
    "| 晚点, 晚一点, 晚一些, 晚些, 推迟, 延后, 延迟, 再晚点, 晚几秒, 晚些时候, 太早, 有点早, "
    "太早了",
    # "the music comes in too late": earlier, as "earlier" moves a photo
    "earlier": "too late, so late, way too late, a bit late, kinda late, a little late "
    "| 太晚, 有点晚, 太晚了",
    # "the music should start right away", "音乐一开始就放": with the video's first frame
    "from_first": "start right away, starts right away, start straight away, "
    "starts straight away, start it right away, come in right away, comes in right away, "
    "play right away, right from the start, from the very start, "
    "right from the beginning, from the very beginning, from the first second, "
    "from the first photo on, "
    "| 一开始就放, 一开始就响, 一开始就有, 一开始就进来, 从头就放, 从头就响, 从头就有, "
    "一开头就放, 一开头就响, 从一开始就放, 从一开始就响, 开头就放, 开头就响, 开头就有",
    "come_in": "come in, comes in, coming in, kick in, kicks in, start playing, starts playing, "
    "begin playing, begins playing, come on, comes on, drop in, drops in "
    # (never a bare "进来": "传一段视频进来" uploads; nor "再响": "音乐再响一点" is louder)
    "| 进来得, 进来的, 响起, 响起来, 开始放, 开始播放, 开始响, 才响, 才进来, 才开始, 再进来",
}

# "~": in any order; the music and its coming in are both said, then how or where
MUSIC_START_TEMPLATES = """
music_start_later: ~ music start|come_in? delay degree? dur?
music_start_earlier: ~ music start|come_in earlier degree? dur?
music_start_photo: ~ music from_old? start|come_in to? photo
music_start_at: ~ music start|come_in to? dur after?
music_start_title: ~ music start|come_in after title
music_start_first: ~ music start? come_in? from_first
"""

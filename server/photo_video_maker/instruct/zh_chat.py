"""Chinese said in a chat turn (pure data, read like ``zh_words``): a cut said as 砍 ("砍到30秒"),
two photos named back to back and swapped ("第一第二张换个顺序"), a video made (not exported)
when it is "生成一个视频", liveliness added ("加点动感"), the clips' own sound turned off while
the music stays, smoothness wanted with a frame rate ("要流畅点 60帧"). Each entry joins the
phrases of its kind.
"""

from __future__ import annotations

CHAT_WORDS: dict[str, str] = {
    # "视频太长了，砍到30秒": 砍 (chop) is a cut to a length, as 剪到 is
    "cut": "砍到, 砍成, 砍短到, 砍短成",
    # "帮我生成一个视频": a video made from the photos; "生成视频" alone stays an export
    "make_video": "生成一个视频, 生成个视频, 生成一段视频, 生成一个小视频, 生成个小视频",
    # "加点动感", "动感一点": more life in the whole video (pace and music), as "嗨一点" is
    "livelier": "加点动感, 加些动感, 多点动感, 动感一点, 动感点, 更有动感, 有动感一点, 有动感点, "
    "更动感, 更动感一点",
    # "跟着音乐节奏切换", "按节拍切": the photos change on the song's beats
    "beat_cut": "跟着音乐节奏, 跟着音乐的节奏, 跟着歌的节奏, 按音乐节奏, 按照音乐节奏, "
    "按音乐的节奏, "
    "按节拍切, 按音乐节拍切, 按照节拍切, 跟着节拍切, 踩着节拍, 踩节拍, 踩着鼓点, 跟着鼓点",
    # "不要这首", "这首换掉": another song wanted (which one is asked)
    "one_song": "不要这首, 不要这首了, 这首不要, 这首不要了, 这首不行, 这首不好, 这首不太行, "
    "换掉这首, "
    "这首换掉, 这首换了, 这首换一下, 这首换个",
    # "标题字体换成红色的": the letters given a colour (a typeface of its own stays unavailable)
    "change": "字体换成, 字体改成, 字体变成, 字体调成, 字体颜色换成, 字体颜色改成, 字体颜色调成",
    # "音乐别那么突然结束": the song should end gently (a fade out), not abruptly
    "abrupt_end": "别那么突然结束, 不要那么突然结束, 别这么突然结束, 别突然结束, 不要突然结束, "
    "结束得太突然, 结束得太突然了, 结束太突然, 结束太突然了, 停得太突然, 停得太突然了, "
    # "歌停得太突兀了", "结束的有点突然": how the song stops, said of its end (not its volume)
    + ", ".join(
        f"{end}{de}{how}{sudden}"
        for end in ("结束", "停", "收尾", "断")
        for de in ("得", "的")
        for how in ("太", "有点", "好", "很", "")
        for sudden in ("突然", "突兀", "突然了", "突兀了")
    ),
    # "第四张提前一点", "第二张挪前一位": a place earlier / later in the order
    "earlier": "提前一点, 提前一位, 提前两位, 挪前, 挪前一点, 往前提, 前挪, 往前挪一点, "
    # "把第三张往前推": a photo pushed earlier (never also the push transition)
    "往前推, 向前推, 推前一点, 推前一位",
    "later": "推后一点, 推后一位, 延后一位, 放后一点, 挪后一点, 往后推, 后挪, 往后挪一点, 向后推",
    # "第五张提前到第二个": moved to that place
    "move": "提前到, 推后到, 延后到, 插到, 插在, 拖到, 拖去, 拖至",
    # "要流畅点 60帧": the reason a frame rate is asked for
    "reason": "要流畅点, 要流畅一点, 要丝滑点, 要丝滑一点",
}

CHAT_TEMPLATES = """
# "第一第二张换个顺序", "第二第三张换个位": two photos said back to back, their places changed
swap: photo|ord photo|ord change|swap order|position
# "视频里的声音关掉只留音乐": the clips' sound off, the music kept as it is
mute_clips: ~ clip_sound off|remove|mute|no|not only_keep|just music
# "只要音乐不要原声": only the music wanted, so the clips' sound goes (the music stays)
mute_clips: ~ only_keep|just music no|not|off|remove|mute clip_sound
# "视频静音 只留音乐", "只留背景音乐": the music alone heard, the clips' sound goes
mute_clips: only_keep music
# "日期不要了", "把日期去掉": the date captions taken off
remove_text: ~ date_only|date_place remove|no|off each? pic?
# "视频开头和结尾都淡入淡出": the video fades in and out
video_fade_both: video? start and end trans=crossfade
# "给照片加点动感": liveliness given to the photos is their movement
motion_on: pic livelier
# "别放音乐了": no music played
music_remove: not put music
"""

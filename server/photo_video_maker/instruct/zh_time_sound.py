"""Chinese typed in a chat about time, sound, motion and format (pure data, read like
``zh_words``): a song that "突然就断了" (a complaint: a longer fade, not a quieter song), the
music "慢慢收" at the end, the clip that should "别出声", "录像的声音" (the clip's own sound),
transitions "干脆利落点" (sharper, not a faster slideshow), the picture "太晃了" (less movement),
"画面流畅点" (a higher frame rate), photos that go by "一闪而过" (slower), "照片轮播" (the
slideshow), "再来张照片" (more photos to upload), "恢复原样" (the last change taken back, not
the colours) and music "有电影感的" (the cinematic mood). Each entry joins the phrases of its
kind.
"""

from __future__ import annotations

TIME_SOUND_WORDS: dict[str, str] = {
    # "慢慢的放大" (a slow zoom); "照片别动了" then "算了还是动吧": the photos move after all
    "motion": "慢慢的放大, 慢慢地放大, 缓缓的放大, 缓缓地放大, 慢慢的推近, 慢慢地推近, "
    "还是动吧, 还是动起来吧, 还是让它动吧, 还是让照片动吧, 还是要动",
    # "恢复原样": back to how it was before the last change (the colours are "恢复原色")
    "undo": "恢复原样, 恢复成原样, 变回原样, 还原成原样, 回到原样, 恢复原状, 还原回去",
    # "音乐突然就断了", "歌一下就停了": it ended all at once, a complaint: a longer fade
    # ("别突然停", asked before, is a fade: zh_more)
    "abrupt_end": "突然停, 突然停了, 突然结束, 突然断了, 戛然而止, 一下子停了, 一下子没了, "
    "突然就断了, 突然就断, 一下就断了, 一下子断了, 突然就停了, 一下就停了, 突然就没了, 突然没了, "
    "一下就没了, 断得太突然, 停得好突然, 断得好突然",
    # "音乐慢慢收", "音乐结尾慢慢小下去": the song fades out at the end
    "fade_out": "慢慢收, 慢慢收掉, 慢慢收尾, 缓缓收尾, 慢慢收住, 慢慢小下去, 渐渐小下去, "
    "越来越小, 越来越轻, 慢慢轻下去, 慢慢淡掉, 慢慢淡出, 慢慢的变小, 慢慢地变小, 渐渐的变小, "
    "慢慢的小下去, 慢慢的淡出, 慢慢地淡出, 慢慢的收",
    # "那段视频声音太大了": a sound too loud (of the clip: asked; never the photo's size)
    "quieter": "声音太大, 声音太大了, 声音好大, 声音有点大, 声音大了, 声音太响, 声音太响了",
    "louder": "声音太小, 声音太小了, 声音好小, 声音有点小, 声音小了",
    # "音乐渐入渐出": the song fades in and out; "bgm开头慢慢进": in
    "fade_inout": "渐入渐出, 淡进淡出, 渐进渐出",
    "fade_in": "慢慢进, 慢慢响起, 慢慢响起来, 渐渐响起, 渐渐响起来",
    # "派对视频别出声", "要没有声音": the clip makes no sound ("没有声音" alone: a reason)
    "mute": "要没有声音, 变成没有声音, 弄成没有声音, 改成没有声音, 做成没有声音, 别出声, "
    "不要出声, 不出声, 不要有声音, 别有声音, 不要声音, 不带声音, 别带声音",
    # "录像的声音关了", "小视频的声音去掉": the clip's own sound
    "clip_sound": "录像的声音, 录像声音, 录像里的声音, 录的视频的声音, 小视频的声音, "
    "小视频声音, 视频自带的声音, 视频自己的声音, 视频本身的声音, 片段的声音, 视频片段的声音, "
    "视频声, 视频的声, 视频里的声, 片段声, 片段声音",
    # "转场干脆利落点": crisper transitions (a faster pace only when the video is named)
    "sharper": "干脆利落, 干脆利落点, 干脆利落一点, 干脆利落些, 干脆利索, 干脆利索点, 利索点, "
    "利索一点, 干脆一点",
    # "画质好一点": a higher resolution (which one is asked)
    "quality_up": "画质好一点, 画质好点, 画质好些, 画质再好点, 画质再好一点, 画质更好, "
    "画质高一点, 画质高点",
    # "过渡自然点": smoother transitions ("过渡自然" alone is one word of its own)
    "softer": "自然点, 自然些, 更自然, 更自然一点, 更自然些, 柔一点, 柔点, 顺滑点, 顺点",
    # "每张多待一会儿": each photo stays longer
    "longer": "多待一会儿, 多待一会, 多待会儿, 多待会, 待久一点, 待久点, 待长一点, 待长点",
    "shorter": "少待一会儿, 少待一会, 少待会儿, 少待会, 待短一点, 待短点",
    # "每张照片一闪而过": gone before it is seen, slower
    "slower": "一闪而过, 一闪就过, 一闪就过去了, 一晃而过, 一晃就过去了, 一下就过去了, "
    "一眨眼就过去了, 闪得太快, 闪太快了, 看不过来, 慢慢的, 慢慢地, 快过头了, 快过头",
    "faster": "慢过头了, 慢过头",
    # "做个照片轮播", "做成ppt那种": a slideshow of the photos
    "make_video": "照片轮播, 图片轮播, 做个轮播, 做成轮播, 轮播视频, 轮播一下, 做成ppt, "
    "做成ppt那种, ppt那种, 像ppt那样, 幻灯片那样, 做成幻灯片, 做个幻灯片, 做成相册, 做个相册",
    # "再来张照片", "我要加点照片进去": more photos to upload, never a count or an edit
    "upload": "再来一张, 再来几张, 再来张照片, 再来几张照片, 再来一张照片, 再来张图, "
    "再来几张图, 再来一张图, 再来点照片, 加点照片进去, 加几张照片进去, 加些照片进去, "
    "放几张照片进去, 放几张图片进去, 放几张进去, 再放几张, 再放几张照片, 再放几张图片, "
    "还有几张要加, 还有几张要传, "
    # "我还有视频要加", "还有几张图要传": more to come, photos or a clip
    + ", ".join(
        f"还有{count}{what}要{verb}"
        for count in ("", "几张", "几个", "个", "一个", "段", "一段", "几段", "些")
        for what in ("照片", "图", "图片", "视频", "片段")
        for verb in ("加", "传", "放", "发")
    ),
    # "文件小一点", "文件太大了": a smaller file (where to is asked; a shorter video says how)
    "fits_in": "文件小一点, 文件小点, 文件小些, 文件再小点, 文件太大, 文件太大了, 文件有点大, "
    "文件大了",
    # why, not what: "文件太大了发不出去"; "视频没有声音" is a complaint, never a mute;
    # "第三张删掉，其他都不要动": the rest left as it is, never the photos kept still
    "reason": "发不出去, 发不了, 传不了, 发不上去, 没有声音, 没声音, 没有声音了, 没声音了, "
    "其他都不要动, 其他不要动, 其他的不要动, 其他都别动, 其他别动, 其他的别动, "
    "别的不要动, 别的别动, 别的都不要动, 别的都别动, 其余不要动, 其余的不要动, 其余别动, "
    "剩下的不要动, 剩下的别动, 其他都不用动, 其他不用动, 别的都不用动, 顺序别动, 顺序不要动, "
    "顺序不用动, 顺序别变, 顺序不要变, 别动我的, 不要动我的",
    # "音乐用我自己传的": the song uploaded, not another upload
    "uploaded": "我自己传的, 我自己上传的, 自己传的那首, 自己上传的那首, 我刚传的, 我刚上传的",
}

TIME_SOUND_ENTITIES: dict[str, dict[str, str]] = {
    # "画面流畅点": a smoother picture is a higher frame rate ("转场流畅点" stays the transitions)
    "fps": {
        "60": "画面流畅点, 画面流畅些, 画面丝滑点, 画面丝滑一点, 画面顺滑点, 视频流畅点, "
        "视频流畅一点, 视频流畅些, 视频更流畅, 视频更流畅一点, 视频丝滑点, 视频丝滑一点, "
        "丝滑的60帧, 流畅的60帧"
    },
    # "换个有电影感的配乐": the music's mood ("有电影感" alone stays a reason, as for 24 fps)
    "mood": {"cinematic": "有电影感的"},
}

TIME_SOUND_TEMPLATES = """
# "音乐一下就停了好突兀": one complaint about the song's end, not also a quieter song
music_fade_out: ~ music end? abrupt_end softer
# "音乐别一下子就没了": an abrupt end not wanted is a gentler one (a fade out)
music_fade_out: ~ music end? not|no abrupt_end
# "照片直接切换不要转场": a plain cut between the photos
trans_none: ~ pic? trans=none no|not transition
# "整个视频控制在一分钟内": at most that long (内 is 以内), not lengthened to it
total_cap: ~ video? cut? dur ?=内
# "画面太晃了", "照片太晃": too much movement, one step less of it
motion_rel: ~ too motion pic?
# "还有几张照片要加": more photos to come
upload: ~ upload add|put
# "剪短一点": the video shorter; "第三张剪短一点": that photo shorter (never taken out)
spp_rel: ~ cut degree? shorter
spp_rel: ~ photo|ord cut degree? shorter
"""

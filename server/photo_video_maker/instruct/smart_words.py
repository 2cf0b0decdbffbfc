"""Words and templates of the smart slideshow: cut to the beat, as long as the song, leave
out duplicates and blurred shots, the date and place on each photo (pure data, read like
``words`` and ``templates``; kept apart so those files stay as they are)."""

from __future__ import annotations

# the best ones kept are the culled ones ("best photos" alone, a ranking, is not made)
_LEADS: tuple[tuple[str, str], ...] = (
    ("keep only", ""),
    ("only", ""),
    ("just", ""),
    ("keep", ""),
    ("pick", ""),
)
_LEADS += (("pick out", ""), ("choose", ""), ("pick", " only"), ("keep", " only"))
_LEADS += (("use only", ""), ("use", " only"), ("use", ""))
BEST_KEPT = ", ".join(
    f"{lead} the best {noun}{tail}"
    for lead, tail in _LEADS
    for noun in ("photos", "pics", "pictures", "shots")
)
SMART_WORDS: dict[str, str] = {
    "beat_cut": "cut to the beat, cuts to the beat, cut it to the beat, cut on the beat, "
    "cuts on the beat, change on the beat, changes on the beat, photos change on the beat, "
    "beat cuts, beat sync, beat-synced, cut to the music's beat, sync to the beat, "
    "on the beat, to the beat, in time with the music, to the music beats, to the beats, "
    "with the beats, match the rhythm, to the rhythm, with the rhythm, on the rhythm, "
    "with the beat, change with the beat, changes with the beat, switch with the beat, "
    "switch on the beat, in time with the beat, in sync with the music, synced to the music, "
    "sync it to the music, "
    "cuts land on the beat, the cuts land on the beat, land on the beat, lands on the beat, "
    "hit the beat, hits the beat, on the beats, on every beat, with every beat, "
    "the cuts match the rhythm, cuts match the rhythm, the cuts match the beat, cuts on the "
    "beat, hit on the beat, hits on the beat, in rhythm, in sync with the beat, "
    "synced to the beat, sync to beat, sync to the beats, sync the photos with the music, "
    "sync the photos to the music, sync the pictures to the music, sync it to the music, "
    "sync with the music, synced with the music, synced to the music, in sync with the music, "
    "sync them to the music, sync the pics to the music, in sync with the song, "
    "sync to the song, sync it with the song, sync to the music, "
    "| 跟着音乐节拍, 卡着鼓点, 踩着鼓点, 跟着鼓点, 按鼓点, 卡着节拍, "
    "按节奏切换, 按节拍切换, 跟着节拍切换, "
    "踩着节拍切换, 节拍切换, 按拍子切换, 跟着节拍切, 卡点, 踩点, 跟着鼓点切, 跟着节奏切换, "
    "跟着节奏切, 跟着音乐节奏切换, 跟着音乐的节奏, 随着节奏切换",
    "song_len": "the length of the music, to the length of the music, length of the music, "
    "the music's length, so it ends when the song ends, ends when the song ends, "
    "end when the song ends, ends when the music ends, end when the music ends, "
    "when the song ends, when the music ends, "
    "as long as the song, as long as the music, as long as the track, "
    "the length of the song, the song's length, song length, same length as the song, "
    "same length as the music, end with the song, ends with the song, until the song ends, "
    "till the song ends, the whole song, match the length to the music, match the length "
    "to the song, length to the music, length to the song, to fit the whole track, fit the "
    "whole track, fit the whole song, the whole track, as long as the soundtrack "
    "| 跟音乐一样, 和音乐一样, 跟歌一样, 和歌一样, 音乐多长视频就多长, 音乐多长就多长, "
    "歌多长就多长, 配合音乐长度, 跟着音乐长度, 和歌一样长, 跟歌一样长, 和音乐一样长, 跟音乐一样长, "
    "和歌曲一样长, 跟歌曲一样长, 歌曲长度, 整首歌",
    # "照片太多了 挑几张好的就行": the good ones kept, the doubles and blurred ones left out
    "best_only": "just the good ones, only the good ones, only the best ones, keep the best "
    "ones, keep only the best ones, pick the best ones, pick out the best ones, the best "
    "shots only, only the best shots, just the best ones, "
    + BEST_KEPT
    + " | 挑几张好的, 挑好的, 选几张好的, "
    "只留好的, 留下好的, 挑出好的, 挑好看的, 选好看的, 挑几张好看的, 只要好的, 留几张好的",
    "dupes": "similar looking photos, similar-looking photos, "
    "duplicates, near-duplicates, near duplicates, doubles, "
    "duplicate shots, duplicate photos, similar shots, similar photos | 重复的, 重复照片, "
    "重复, 相似的照片, 差不多的照片",
    "blurred": "blurry shots, blurry photos, blurry ones, blurry pictures, blurred shots, "
    "blurred photos, blurred ones, blurred, out-of-focus shots, out of focus shots, "
    "blurry pics, blurry images, the blurry ones, blurred pics, out of focus ones, out of "
    "focus photos, out of focus pics, out-of-focus ones, unfocused shots, unsharp shots "
    "| 拍虚的, 虚的照片, 拍糊了的, 糊掉的, 糊的照片, 拍虚了的, 对焦不准的 "
    "| 模糊的照片, 模糊照片, 模糊的, 拍糊的",
    "date_place": "date and place, date and the place, date and location, place and date, "
    "location and date, dates and places, when and where, where and when, where and when "
    "each photo was taken, where and when it was taken, where and when they were taken, "
    "date and location it was taken, date and place it was taken, date and location they were "
    "taken, date and place they were taken, dates and locations, date and location taken, "
    "time and place, time and location, date and where it was taken, date and where they were "
    "taken, the date and where it was taken, "
    # where alone: the place is said with the date it was taken (a caption has both)
    "where each photo was taken, where each picture was taken, where each pic was taken, "
    "where each one was taken, where the photos were taken, where the pics were taken, "
    "where it was taken, where they were taken, where they were shot, where it was shot, "
    "where each was taken, the location of each photo, the location of each pic, "
    "the place each photo was taken, the location each photo was taken "
    "| 日期和地点, 时间和地点, 地点和日期, "
    "日期地点, 时间地点",
    # "标一下日子", "加上日子": the day, said plainly (only with a verb of putting it on:
    # "过日子" is no date)
    "date_only": "the date, date, dates, capture date, when it was taken | 日期, "
    + ", ".join(
        f"{verb}{once}日子"
        for verb in ("标", "加", "写", "打", "显示")
        for once in ("上", "一下", "")
    )
    + ", "
    "when each picture was taken, when each photo was taken, when each was taken",
    # the place said on its own beside a date ("拍摄日期和地点", "the date taken and location")
    "place_word": "location, the location, the place, locations, the locations "
    "| 地点, 地方, 拍摄地点, 地名, 在哪拍的, 哪里拍的",
}

# how many beats each photo stays: its own entity, read with its number ("every 2 beats")
SMART_ENTITIES: dict[str, dict[str, str]] = {
    "beats": {
        "1": "every beat, each beat, per beat, one beat, a beat, 1 beat | 每拍, 一拍, 每一拍, 1拍",
        "2": "2 beats, two beats, every other beat, every second beat | 两拍, 二拍, 2拍, 每两拍",
        "4": "4 beats, four beats, every bar, each bar, one bar "
        "| 四拍, 4拍, 每四拍, 每小节, 一小节",
        "8": "8 beats, eight beats, two bars, 2 bars | 八拍, 8拍, 每八拍, 两小节",
    },
}

SMART_TEMPLATES = """
# the smart slideshow
cut_to_beat: ~ put? pic|music? beat_cut
cut_to_beat: ~ put? pic music beat_cut
cut_to_beat: ~ put|change|cut? each? pic|num? beats each? pic? beat_cut?
cut_to_beat: ~ put|change? cut beat_cut
length_to_song: ~ put|change|longer|keep|cut? it|video|pic? length? song_len
cull: ~ remove? dupes|blurred pic? and? dupes|blurred|dislike? pic?
cull: ~ pic? too? best_only
date_captions: ~ add|put? date_place|date_only each? pic? caption?
date_captions: ~ add|put? date_only|sort_key=date and place_word each? pic? caption?
# "the date taken" / "拍摄日期" is also what photos are sorted by: only with a verb of adding
date_captions: ~ add|put sort_key=date each? pic? caption?
date_captions: ~ add|put|caption place_word each? pic caption?
# "照片要带上日期，不要地点": the place left off is what dates alone already do
noop: ~ no|not place_word
"""

"""More Chinese phrasings of our own (tests/test_nlu_probes_zh.py reads them with its own):
colloquial complaints that already say the fix, "别那么/不要太 + X", the camera's zoom named by
what it does, the date and place said with "拍摄", the clip's noise, and stories that only
explain. Each family is read alike, judged exactly as corpus lines are."""

from __future__ import annotations

from typing import Any


def _ops(*ops: dict[str, Any]) -> dict[str, Any]:
    return {"ops": list(ops)}


STILL = _ops({"kind": "motion", "on": False})
LESS_MOTION = _ops({"kind": "motion", "on": True, "factor": 0.8})
SOFTER = _ops({"kind": "transition", "factor": 1.25})
SHARPER = _ops({"kind": "transition", "factor": 0.8})
SLOWER = _ops({"kind": "speed", "factor": 1.25})
FASTER = _ops({"kind": "speed", "factor": 0.8})
QUIETER = _ops({"kind": "music_volume", "factor": 0.8})
DATES = _ops({"kind": "date_captions", "place": False})
DATES_PLACES = _ops({"kind": "date_captions", "place": True})
MUTE = _ops({"kind": "mute_clips", "on": True})
UNDO = _ops({"kind": "undo"})
SPP_3 = _ops({"kind": "seconds_per_photo", "seconds": 3})
SLIDESHOW = {"kind": "slideshow", "with_music": False, "with_transitions": True}

MORE_PROBES: dict[str, list[tuple[str, dict[str, Any]]]] = {
    "not_so_much_asks_for_the_opposite": [
        ("别这么快", SLOWER),
        ("不要那么快", SLOWER),
        ("不用那么慢", FASTER),
        ("别太快", SLOWER),
        ("照片别那么快", SLOWER),
        ("转场别那么快", SOFTER),
        ("转场不要太快", SOFTER),
        ("转场别太长", SHARPER),
        ("转场不要那么突然", SOFTER),
        ("音乐不要太大声", QUIETER),
        ("别太大声", QUIETER),
        ("音乐别那么吵", QUIETER),
        ("字幕不要太小", _ops({"kind": "text_style", "target": "captions", "size": 1.25})),
        ("字幕别那么大", _ops({"kind": "text_style", "target": "captions", "size": 0.8})),
    ],
    "the_zoom_named_by_what_the_camera_does": [
        ("照片不要放大了", STILL),
        ("别让照片一直放大", STILL),
        ("镜头别推了", STILL),
        ("照片一直在放大，看着累", STILL),
        ("不要那个放大的动画", STILL),
        ("缩放效果太夸张了", LESS_MOTION),
        ("照片动得太厉害了", LESS_MOTION),
        ("照片的缩放轻一点哈", LESS_MOTION),
        ("照片太死板了，加点动效", _ops({"kind": "motion", "on": True})),
    ],
    "a_cut_that_comes_too_suddenly": [
        ("转场有点突兀", SOFTER),
        ("切换的时候太生硬了", SOFTER),
        ("转场太突然了", SOFTER),
    ],
    "the_date_and_place_said_with_paishe": [
        ("每张照片下面标上拍摄时间", DATES),
        ("加上拍摄地点和时间", DATES_PLACES),
        ("按拍摄时间排", _ops({"kind": "sort", "by": "date"})),
    ],
    "the_clip_by_its_noise": [
        ("视频里的杂音太吵了，关了", MUTE),
    ],
    "as_long_as_the_song": [
        ("配合音乐的长度", _ops({"kind": "length_to_song"})),
    ],
    "a_transition_named_by_what_the_screen_does": [
        ("转场用那种黑屏的", _ops({"kind": "transition", "name": "fadeblack"})),
        ("转场全部改成白色闪一下", _ops({"kind": "transition", "name": "fadewhite"})),
        ("转场改成从右往左滑", _ops({"kind": "transition", "name": "slideleft"})),
        ("转场别用黑场了", {"clarify": True}),
        ("不要黑场转场", {"clarify": True}),
    ],
    "frame_rate_and_size_complaints": [
        ("帧率太低了", _ops({"kind": "fps", "fps": 60})),
        ("不用压缩了", _ops({"kind": "size_limit", "off": True})),
        ("把肯本恩斯效果关了", STILL),
    ],
    "a_line_of_words_is_a_text": [
        ("第一张加句话 我们出发啦", _ops({"kind": "caption", "index": 1, "text": "我们出发啦"})),
        ("片尾加句话 谢谢观看", _ops({"kind": "closing", "text": "谢谢观看"})),
        ("结尾加一句话：谢谢大家", _ops({"kind": "closing", "text": "谢谢大家"})),
    ],
    "a_tilde_only_softens_a_question": [
        ("是竖屏吗~", {"answer": "format"}),
        ("现在有配乐吗～", {"answer": "music"}),
        ("音乐小声点~", QUIETER),
    ],
    "mixed_english_before_a_chinese_numeral": [
        ("BGM两秒淡入", _ops({"kind": "music_fade", "fade_in_ms": 2000})),
        ("vlog三秒一张", _ops({"kind": "seconds_per_photo", "seconds": 3})),
        ("BGM音量五十", _ops({"kind": "music_volume", "percent": 50})),
    ],
    "the_very_end_is_the_last_photo": [
        ("末尾一张删了", _ops({"kind": "remove", "index": 5})),
        ("末尾那张放第一个", _ops({"kind": "move", "index": 5, "to": "start"})),
        ("最末一张时间长一点", _ops({"kind": "seconds_per_photo", "factor": 1.25, "index": 5})),
    ],
    "also_repeats_a_complaint": [
        ("转场慢一点，照片也慢一点", _ops(SOFTER["ops"][0], SLOWER["ops"][0])),
        ("音乐太吵，照片也太快", _ops(QUIETER["ops"][0], SLOWER["ops"][0])),
        ("照片太短了，转场也短", _ops({"kind": "seconds_per_photo", "factor": 1.25},
                                  {"kind": "transition", "factor": 1.25})),
    ],
    "black_around_the_photo": [
        ("不要模糊背景，黑色就行", _ops({"kind": "fit", "fit": "contain"})),
        ("留黑边", _ops({"kind": "fit", "fit": "contain"})),
    ],
    "the_song_fades_at_both_ends": [
        ("音乐淡入淡出", _ops({"kind": "music_fade", "fade_in_ms": 1000, "fade_out_ms": 2000})),
        ("音乐加上淡入淡出", _ops({"kind": "music_fade", "fade_in_ms": 1000, "fade_out_ms": 2000})),
        ("背景音乐要淡入淡出", _ops({"kind": "music_fade", "fade_in_ms": 1000,
                                    "fade_out_ms": 2000})),
        ("去掉音乐的淡入淡出", _ops({"kind": "music_fade", "fade_out_ms": 0})),
        ("照片之间淡入淡出", _ops({"kind": "transition", "name": "crossfade"})),
        ("音乐结尾别突然停", _ops({"kind": "music_fade", "fade_out_ms": 2000})),
        ("音乐开头不要太突然", _ops({"kind": "music_fade", "fade_in_ms": 1000})),
    ],
    "asked_what_it_can_do": [
        ("你都能帮我干嘛", {"answer": "help"}),
        ("有啥功能", {"answer": "help"}),
    ],
    "made_in_one_go": [
        ("帮我做个vlog", _ops(SLIDESHOW)),
        ("vlog 配欢快的音乐", _ops({**SLIDESHOW, "with_music": True, "mood": "upbeat"})),
    ],
    "orders_and_regrets": [
        ("名字排序", _ops({"kind": "sort", "by": "name"})),
        ("刚才那个不好看，还原吧", UNDO),
    ],
    "frame_rate_and_file_size": [
        ("画面更丝滑一点", _ops({"kind": "fps", "fps": 60})),
        ("最大25M", _ops({"kind": "size_limit", "mb": 25})),
        ("限制文件大小为15MB", _ops({"kind": "size_limit", "mb": 15})),
        ("音量最大", _ops({"kind": "music_volume", "percent": 100})),
    ],
    "sound_alikes_of_a_pinyin_keyboard": [
        ("专场快一点", SHARPER),
        ("转厂改成黑场", _ops({"kind": "transition", "name": "fadeblack"})),
        ("字慕改成红色", _ops({"kind": "text_style", "target": "captions", "color": "red"})),
        ("所放效果关掉", STILL),
        ("背景音月小一点", QUIETER),
        ("竖平", _ops({"kind": "aspect", "aspect": "9:16"})),
        ("分辩率1080p", _ops({"kind": "resolution", "resolution": "1080p"})),
        ("标提改成“我们的夏天”", _ops({"kind": "title", "text": "我们的夏天"})),
        ("导出视屏", {"route": "export"}),
        ("标题改成“到出”", _ops({"kind": "title", "text": "到出"})),
    ],
    "one_photo_s_time_in_one_word": [
        ("间隔3秒", SPP_3),
        ("展示时间3秒", SPP_3),
        ("每张时长3秒", SPP_3),
        ("每张时常3秒", SPP_3),
        ("间隔短一点", _ops({"kind": "seconds_per_photo", "factor": 0.8})),
        ("显示时间改成4秒", _ops({"kind": "seconds_per_photo", "seconds": 4})),
        ("视频时间3秒", _ops({"kind": "total_length", "seconds": 3})),
    ],
    "stories_before_a_request": [
        ("这些照片动来动去看着头晕", STILL),
        ("昨天去海边玩了，转场弄成滑动的", _ops({"kind": "transition", "name": "slideleft"})),
        ("这是我们家狗狗的生日，照片别动来动去的", STILL),
        ("视频节奏太慢了，观众会划走的", FASTER),
        ("抖音上的视频都是竖的，改一下", _ops({"kind": "aspect", "aspect": "9:16"})),
    ],
    "tian_adds_as_jia_does": [
        ("总时长再添5秒", _ops({"kind": "total_length", "seconds": 24.25})),
        ("每张添半秒", _ops({"kind": "seconds_per_photo", "seconds": 3.5})),
    ],
    "huan_xia_is_huan_yi_xia": [
        ("换下", {"clarify": True}),
        ("头尾两个换下", _ops({"kind": "swap", "i": 1, "j": -1})),
        ("我要发微信视频号，尺寸帮我调下", _ops({"kind": "aspect", "aspect": "9:16"})),
    ],
    "the_smart_slideshow_said_plainly": [
        ("对焦不准的照片不要", _ops({"kind": "cull", "duplicates": False, "blurry": True})),
        ("重复的和糊的都不要", _ops({"kind": "cull", "duplicates": True, "blurry": True})),
        ("歌多长视频就多长", _ops({"kind": "length_to_song"})),
        ("视频长度跟背景音乐一样", _ops({"kind": "length_to_song"})),
        ("每两拍换一个", _ops({"kind": "cut_to_beat", "beats": 2})),
    ],
    "whose_wish_it_is": [
        ("客户要求每张两秒", _ops({"kind": "seconds_per_photo", "seconds": 2})),
        ("甲方要求改成竖屏发抖音", _ops({"kind": "aspect", "aspect": "9:16"})),
        ("老板说标题写“年终总结”", _ops({"kind": "title", "text": "年终总结"})),
    ],
    "erhua_of_a_bit": [
        ("快一点儿", FASTER),
        ("音乐大点儿声", _ops({"kind": "music_volume", "factor": 1.25})),
        ("转场短一点儿", SHARPER),
    ],
    "adding_a_few_more_photos": [
        ("我想再加几个照片", {"route": "upload"}),
        ("有几个照片", {"answer": "count"}),
    ],
}  # fmt: skip

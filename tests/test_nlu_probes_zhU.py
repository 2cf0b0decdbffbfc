"""Chinese about the texts and the sound, as people type it in a chat: a caption on one photo
(字幕/配字/配文/写上), dates on the photos (日期, 在哪拍的), the title (标题/题目/片头), the
closing text (片尾/结尾/落款/最后一屏), the music (配乐/BGM/换首), its volume and its fades
(淡入/淡出/渐弱), the clips' own sound (原声/静音), the shape (竖屏/横的/方的, platforms) and
the fit (铺满/黑边/模糊背景). Paraphrases of training lines written by another hand, then
sentences of my own; a remark that only praises or puts off the title changes nothing."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import EDITS, MEDIA, Line, judge, start

from photo_video_maker.instruct.interpret import read

Ops = list[dict[str, Any]]


def _cap(index: int, text: str, **style: str) -> dict[str, Any]:
    return {"kind": "caption", "index": index, "text": text, **style}


def _title(text: str, **style: str) -> dict[str, Any]:
    return {"kind": "title", "text": text, **style}


def _closing(text: str, **style: str) -> dict[str, Any]:
    return {"kind": "closing", "text": text, **style}


def _music(source: str) -> dict[str, Any]:
    return {"kind": "music", "source": source}


def _aspect(aspect: str) -> dict[str, Any]:
    return {"kind": "aspect", "aspect": aspect}


def _fit(fit: str, index: int | None = None) -> dict[str, Any]:
    return {"kind": "fit", "fit": fit} | ({"index": index} if index else {})


def _vol(factor: float | None = None, percent: float | None = None) -> dict[str, Any]:
    return {"kind": "music_volume"} | ({"factor": factor} if factor else {"percent": percent})


def _fade(fade_in: int | None = None, fade_out: int | None = None) -> dict[str, Any]:
    op: dict[str, Any] = {"kind": "music_fade"}
    if fade_in is not None:
        op["fade_in_ms"] = fade_in
    if fade_out is not None:
        op["fade_out_ms"] = fade_out
    return op


MUTE = {"kind": "mute_clips", "on": True}
UNMUTE = {"kind": "mute_clips", "on": False}
DATES = {"kind": "date_captions", "place": False}
DATES_PLACES = {"kind": "date_captions", "place": True}
SONG = "Summer Breeze.mp3"


def _reads(text: str, ops: Ops, after: Ops | None = None) -> None:
    line = Line("probe", "zh", text, {"ops": ops}, EDITS.validate_python(after or []))
    reading = read(text, start(line), MEDIA, line.after)
    assert judge(line, reading) is None, (text, judge(line, reading), reading)


def _changes_nothing(text: str) -> None:
    line = Line("probe", "zh", text, {}, [])
    reading = read(text, start(line), MEDIA, [])
    assert reading.edits == [], (text, reading)


# --- paraphrases of training lines: (sentence, expected ops, previous turn) ---------------

PARAPHRASED: list[tuple[str, Ops, Ops | None]] = [
    # captions
    ("给第3张照片加一行字：乖狗狗", [_cap(3, "乖狗狗")], None),
    ("花园的照片配上“妈妈的玫瑰”这几个字", [_cap(5, "妈妈的玫瑰")], None),
    ("把城市那张图的文字改为“City Lights”", [_cap(2, "City Lights")], None),
    ("第1张加上白色的字 梦开始的地方", [_cap(1, "梦开始的地方", color="white")], None),
    ("派对那段视频上写“蹦迪现场”", [_cap(6, "蹦迪现场")], None),
    ("第一张配字日出 第五张配字日落", [_cap(1, "日出"), _cap(5, "日落")], None),
    ("狗狗那张图加一句黄色的字：旺财两岁啦", [_cap(3, "旺财两岁啦", color="yellow")], None),
    ("字幕打错了 改成“我和安娜”", [_cap(4, "我和安娜")], [_cap(4, "安娜和我")]),
    ("在森林那张的底部写上“徒步日”", [_cap(4, "徒步日", pos="bottom")], None),
    ("第5张顶部加一行红字：周日截止", [_cap(5, "周日截止", color="red", pos="top")], None),
    ("给最后那段视频配个字幕 切蛋糕啦", [_cap(6, "切蛋糕啦")], None),
    ("花园照片的配文写 外公种的菜", [_cap(5, "外公种的菜")], None),
    ("打错字了，是逗逗不是豆豆", [_cap(3, "逗逗")], [_cap(3, "豆豆")]),
    ("狗那张顶上写一句 第一次走路", [_cap(3, "第一次走路", pos="top")], None),
    ("海滩照加个字幕，今年第一次下海", [_cap(1, "今年第一次下海")], None),
    # dates on the photos
    ("把拍摄日期显示在每张照片上", [DATES], None),
    ("照片上都标一下日期吧", [DATES], None),
    ("每张都显示拍摄时间跟地点", [DATES_PLACES], None),
    ("想让大家知道每张是什么时候拍的，标个日期", [DATES], None),
    ("拍摄时间写在照片下方", [DATES], None),
    ("图片上显示日期还有拍摄地点", [DATES_PLACES], None),
    # title
    ("标题我想改一下，叫《我们的婚礼》", [_title("我们的婚礼")], None),
    ("题目就叫夏日里斯本吧", [_title("夏日里斯本")], None),
    ("片头打上“毕业快乐”四个字", [_title("毕业快乐")], None),
    ("标题写“生日快乐小宝”，颜色要金色", [_title("生日快乐小宝", color="gold")], None),
    ("标题放到最顶上，红色，内容是“新年快乐”",
     [_title("新年快乐", color="red", pos="top")], None),
    ("里斯班打错了 应该是里斯本", [_title("夏日里斯本")], [_title("夏日里斯班")]),
    ("给视频起个名字叫周末露营", [_title("周末露营")], None),
    ("标题就一个字“家”，白色放下面", [_title("家", color="white", pos="bottom")], None),
    ("一开头显示 从前有座山", [_title("从前有座山")], None),
    ("主标题写 欢迎小乐乐", [_title("欢迎小乐乐")], None),
    ("标题写年终总结 用红色", [_title("年终总结", color="red")], None),
    ("不对 要写老妈生日快乐", [_title("老妈生日快乐")], [_title("妈妈生日快乐")]),
    ("标题用粉色 写莉莉生日快乐", [_title("莉莉生日快乐", color="pink")], None),
    # closing text
    ("视频最后打上“感谢观看”", [_closing("感谢观看")], None),
    ("末尾加句话：爱你们", [_closing("爱你们")], None),
    ("片尾落款写 爱你的老爸", [_closing("爱你的老爸")], None),
    ("结束的时候用白字写“未完待续...”", [_closing("未完待续...", color="white")], None),
    ("片尾底部加一行“一键三连”", [_closing("一键三连", pos="bottom")], None),
    ("最后出现“全剧终”", [_closing("全剧终")], None),
    ("结尾那句换成 下次见", [_closing("下次见")], [_closing("再见")]),
    ("最后署名 小雨制作", [_closing("小雨制作")], None),
    ("片尾来一句金色的 结婚十周年快乐", [_closing("结婚十周年快乐", color="gold")], None),
    ("最后一个画面写 感谢收看", [_closing("感谢收看")], None),
    # music
    ("音乐来个欢快点的呗", [_music("upbeat")], None),
    ("bgm换个史诗一点的", [_music("cinematic")], None),
    ("背景音乐就用summer breeze那首", [_music(SONG)], None),
    ("换个吉他弹的曲子", [_music("acoustic")], None),
    ("音乐换chill点的吧", [_music("lofi")], None),
    ("这个钢琴太沉闷 来首开心的", [_music("upbeat")], None),
    ("想要慵懒一点的爵士乐", [_music("lofi")], None),
    ("不要这首 用吉他那个", [_music("acoustic")], [_music("upbeat")]),
    ("换回我上传的那首歌吧", [_music(SONG)], [_music("acoustic")]),
    ("音乐还是要的 把钢琴那首放回去", [_music("calm")], [{"kind": "remove_music"}]),
    pytest.param("派对视频嘛 来点热闹的歌", [_music("upbeat")], None,
                 marks=pytest.mark.xfail(strict=True, reason="a clip named as a remark before the "
                 "request ('派对视频嘛') is left unplaced: no rule tells a remark from a subject")),
    ("还是用回之前安静的钢琴曲", [_music("calm")], [_music("upbeat")]),
    ("这首有点煽情 换个慵懒的", [_music("lofi")], [_music("cinematic")]),
    # music volume
    ("背景音乐声音调小一点", [_vol(0.8)], None),
    ("bgm太大声 都听不见说话了", [_vol(0.8)], None),
    ("把音乐音量设成50%", [_vol(percent=50)], None),
    ("再大声点音乐", [_vol(1.25)], [_vol(percent=40)]),
    ("音乐音量降一半", [_vol(0.5)], None),
    ("音乐开到最大声", [_vol(percent=100)], [_vol(percent=40)]),
    ("要听得到视频原声，所以音乐调到30%", [_vol(percent=30)], None),
    ("音乐音量降到百分之五十", [_vol(percent=50)], None),
    # music fades
    ("开头的音乐用2秒慢慢淡入", [_fade(fade_in=2000)], None),
    ("最后5秒音乐渐渐淡出", [_fade(fade_out=5000)], None),
    ("音乐结尾别做淡出了", [_fade(fade_out=0)], None),
    ("歌停得太突兀了 让它淡出4秒", [_fade(fade_out=4000)], None),
    ("bgm一秒淡入", [_fade(fade_in=1000)], None),
    ("音乐淡入和淡出都设1秒", [_fade(1000, 1000)], None),
    ("给音乐做个淡入淡出", [_fade(1000, 2000)], None),
    ("结尾音乐直接停 不用渐弱", [_fade(fade_out=0)], None),
    ("音乐最后5秒渐弱", [_fade(fade_out=5000)], None),
    # the clips' own sound
    ("把片段本身的声音关了", [MUTE], None),
    ("派对视频不要声音", [MUTE], None),
    ("视频自带的声音去掉，只留背景音乐", [MUTE], None),
    ("视频的原声还是留着吧", [UNMUTE], [MUTE]),
    ("派对那段大家在尖叫 太吵 把它静音", [MUTE], None),
    ("视频片段里杂音太多了", [MUTE], None),
    ("片段静音然后音乐调大一点", [MUTE, _vol(1.25)], None),
    ("恢复原声", [UNMUTE], [MUTE]),
    # shape
    ("要发抖音 弄成竖的", [_aspect("9:16")], None),
    ("搞成正方形吧", [_aspect("1:1")], None),
    ("准备发小红书的", [_aspect("3:4")], None),
    ("算了 换回横的", [_aspect("16:9")], [_aspect("1:1")]),
    ("tiktok竖屏版", [_aspect("9:16")], None),
    ("ins发帖用 要方形", [_aspect("1:1")], None),
    ("帮我调成竖版的呗", [_aspect("9:16")], None),
    ("要上传youtube", [_aspect("16:9")], [_aspect("9:16")]),
    ("做成手机竖屏看的", [_aspect("9:16")], None),
    ("女儿说发抖音得是竖的 那就改竖屏吧", [_aspect("9:16")], None),
    ("朋友圈发方的吧", [_aspect("1:1")], None),
    ("要在电视上放 改回横屏", [_aspect("16:9")], [_aspect("9:16")]),
    # fit
    ("照片撑满整个屏幕", [_fit("cover")], None),
    ("模糊的背景去掉 用黑边", [_fit("contain")], None),
    ("别裁照片 黑边无所谓", [_fit("contain")], None),
    ("狗狗那张填满画面", [_fit("cover", 3)], None),
    ("第2张被切掉一块了 要显示全", [_fit("contain", 2)], None),
    ("还是要模糊的背景", [_fit("blur")], [_fit("contain")]),
    ("竖屏 然后照片都铺满", [_aspect("9:16"), _fit("cover")], None),
    # several at once
    ("换lofi 音量调40%", [_music("lofi"), _vol(percent=40)], None),
    ("音乐换成欢快的，60%音量，淡入两秒",
     [_music("upbeat"), _vol(percent=60), _fade(fade_in=2000)], None),
]  # fmt: skip

# --- sentences of my own --------------------------------------------------------------------

OWN: list[tuple[str, Ops, Ops | None]] = [
    ("第二张的字幕改成 夜色真美", [_cap(2, "夜色真美")], None),
    ("给第四张配一句 森林里好安静", [_cap(4, "森林里好安静")], None),
    ("最后一张照片写上 谢谢大家", [_cap(5, "谢谢大家")], None),
    ("第一张写 谢谢你陪我看海", [_cap(1, "谢谢你陪我看海")], None),
    ("结尾写 谢谢大家来参加我们的婚礼", [_closing("谢谢大家来参加我们的婚礼")], None),
    ("第三张放到最前面", [{"kind": "move", "index": 3, "to": "start"}], None),
    ("片尾加一行 制作：小王", [_closing("制作：小王")], None),
    ("结尾的字写 拜拜啦👋", [_closing("拜拜啦👋")], None),
    ("视频结束前写一句 我们明年再来", [_closing("我们明年再来")], None),
    ("派对视频的声音关一下 音乐不用动", [MUTE], None),
    ("片段里的人声去掉", [MUTE], None),
    ("视频原声太大了 直接关掉吧", [MUTE], None),
    ("视频里说话的声音不要了", [MUTE], None),
    ("视频片段的声音恢复", [UNMUTE], [MUTE]),
    ("音乐最后慢慢淡出 3秒", [_fade(fade_out=3000)], None),
    ("结尾音乐淡出长一点，5秒", [_fade(fade_out=5000)], None),
    ("音乐淡入 两秒钟", [_fade(fade_in=2000)], None),
    ("开头音乐太突然了 淡入一下", [_fade(fade_in=1000)], None),
    ("改成9:16 发抖音", [_aspect("9:16")], None),
    ("竖屏吧 照片别裁", [_aspect("9:16"), _fit("contain")], None),
    ("换成竖屏", [_aspect("9:16")], None),
    ("要发小红书 3:4的", [_aspect("3:4")], None),
    ("横屏改竖屏", [_aspect("9:16")], None),
    ("方形 照片铺满", [_aspect("1:1"), _fit("cover")], None),
    ("标题去掉 不要了", [{"kind": "remove_text", "which": "title"}], None),
    ("把日期打在每张照片的角落", [DATES], None),
    ("能不能在照片上显示拍摄日期", [DATES], None),
    ("照片要带上日期，不要地点", [DATES], None),
    ("显示一下每张照片在哪拍的跟日期", [DATES_PLACES], None),
    ("字幕全删了", [{"kind": "remove_text", "which": "captions"}], None),
    ("音乐音量40", [_vol(percent=40)], None),
    ("把音乐关小一点", [_vol(0.8)], None),
    ("铺满 不要留边", [_fit("cover")], None),
    ("第五张留黑边 别裁", [_fit("contain", 5)], None),
    ("背景换成模糊的", [_fit("blur")], [_fit("contain")]),
]  # fmt: skip

# the title praised, put off or only talked about, or a word it does not have: nothing changes
NOTHING = [
    "标题还行 不用改", "标题挺好的", "标题我再想想", "标题先不改", "我觉得标题叫Our trip挺好",
    "标题让我想想", "标题里的夏天改成冬天", "标题先空着", "标题待定", "标题先这样",
]  # fmt: skip


@pytest.mark.parametrize(("text", "ops", "after"), PARAPHRASED)
def test_a_training_request_said_by_another_person_does_the_same(
    text: str, ops: Ops, after: Ops | None
) -> None:
    _reads(text, ops, after)


@pytest.mark.parametrize(("text", "ops", "after"), OWN)
def test_texts_sound_and_shape_said_in_chat_are_done_as_said(
    text: str, ops: Ops, after: Ops | None
) -> None:
    _reads(text, ops, after)


@pytest.mark.parametrize("text", NOTHING)
def test_the_title_praised_or_put_off_changes_nothing(text: str) -> None:
    _changes_nothing(text)


# --- further variants, written after the fixes --------------------------------------------

AFTER_FIXES: list[tuple[str, Ops, Ops | None]] = [
    ("背景弄成模糊的", [_fit("blur")], [_fit("contain")]),
    ("背景改回模糊的吧", [_fit("blur")], [_fit("contain")]),
    ("换个lofi 音量30%", [_music("lofi"), _vol(percent=30)], None),
    ("音乐结束的有点突兀 淡出3秒", [_fade(fade_out=3000)], None),
    ("歌停得太突然了", [_fade(fade_out=2500)], None),
    ("照片占满画面", [_fit("cover")], None),
    ("第三张撑满屏幕", [_fit("cover", 3)], None),
    ("一开始显示 我们的毕业旅行", [_title("我们的毕业旅行")], None),
    ("结尾出现「下次见」", [_closing("下次见")], None),
    ("视频结束之前写一句 谢谢观看", [_closing("谢谢观看")], None),
    ("结尾加一行白色的 生日快乐宝贝", [_closing("生日快乐宝贝", color="white")], None),
    ("视频里杂音有点多", [MUTE], None),
    ("派对视频里的人声关掉", [MUTE], None),
    ("派对那段大家一直在大叫 静音吧", [MUTE], None),
    ("竖屏改成方形", [_aspect("1:1")], [_aspect("9:16")]),
    ("横的换成竖的", [_aspect("9:16")], None),
    ("朋友圈用方的吧", [_aspect("1:1")], None),
    ("婚里写错了，应该是婚礼", [_title("我们的婚礼")], [_title("我们的婚里")]),
    ("换回之前安静的钢琴曲", [_music("calm")], [_music("upbeat")]),
    ("用回钢琴", [_music("calm")], [_music("upbeat")]),
    ("最后一段视频静音", [MUTE], None),
    ("最后那段视频写上 切蛋糕", [_cap(6, "切蛋糕")], None),
    ("狗狗照放最后", [{"kind": "move", "index": 3, "to": "end"}], None),
    ("城市照加字幕 夜景", [_cap(2, "夜景")], None),
    ("有黑边没关系 别裁", [_fit("contain")], None),
    ("老板说要发小红书", [_aspect("3:4")], None),
    ("上传抖音", [_aspect("9:16")], None),
    ("标上日期 让大家知道是哪天拍的", [DATES], None),
    ("加日期 不要地点", [DATES], None),
    ("这个钢琴有点闷 换首欢快的", [_music("upbeat")], None),
    # the held-out weak spots, said in new ways
    ("手机全屏看的竖版", [_aspect("9:16")], None),
    ("做成抖音那种全屏竖屏", [_aspect("9:16")], None),
    ("竖屏 照片全屏", [_aspect("9:16"), _fit("cover")], None),
    ("字幕改成 谢谢老师", [_cap(2, "谢谢老师")], None),
    ("结尾写：谢谢老师", [_closing("谢谢老师")], None),
    ("把第三张放到最前面 配字 小狗",
     [{"kind": "move", "index": 3, "to": "start"}, _cap(1, "小狗")], None),
    ("第三张放到最前面 字幕改成 小狗",
     [{"kind": "move", "index": 3, "to": "start"}, _cap(3, "小狗")], None),
    ("音乐淡出3秒 画面不用",
     [_fade(fade_out=3000), {"kind": "video_fade", "fade_out_ms": 0}], None),
    ("把summer breeze加回来", [_music(SONG)], [{"kind": "remove_music"}]),
    ("把钢琴那首放回去", [_music("calm")], [{"kind": "remove_music"}]),
    ("标题帮我换成 夏日回忆 谢啦", [_title("夏日回忆")], None),
    ("标题就叫 海边的夏天 可以吗", [_title("海边的夏天")], None),
    ("标题换成 周年快乐 颜色用白的", [_title("周年快乐", color="white")], None),
    ("每张照片都加个日期吧 这样知道哪年拍的", [DATES], None),
    ("横屏改成正方形", [_aspect("1:1")], None),
    # closings, sound and shapes found unread while probing further
    ("最后一幕写 完", [_closing("完")], None),
    ("结尾那里加一句话 感谢大家", [_closing("感谢大家")], None),
    ("片尾感谢语 谢谢家人", [_closing("谢谢家人")], None),
    ("最后出字幕 感谢观看", [_closing("感谢观看")], None),
    ("bgm换成电音", [_music("upbeat")], None),
    ("音乐有点炸耳朵", [_vol(0.8)], None),
    ("bgm有点刺耳", [_vol(0.8)], None),
    ("视频的声音也要 音乐小声点", [UNMUTE, _vol(0.8)], None),
    ("做成正方的", [_aspect("1:1")], None),
    ("发ins快拍", [_aspect("9:16")], None),
    ("竖屏但照片别裁", [_aspect("9:16"), _fit("contain")], None),
    ("竖屏 两边留黑", [_aspect("9:16"), _fit("contain")], None),
    # a fade's step or its complaint said after a space
    ("结尾音乐淡出 长一点", [_fade(fade_out=2500)], None),
    ("音乐淡出 再长一点", [_fade(fade_out=2500)], None),
    ("结尾淡出 长一点", [{"kind": "video_fade", "fade_out_ms": 1250}], None),
    ("音乐一下子就停了 好突然", [_fade(fade_out=2500)], None),
    ("音乐别一下子就没了", [_fade(fade_out=2500)], None),
    ("歌不要一下就停了", [_fade(fade_out=2500)], None),
    ("音乐结尾声音慢慢降下去", [_fade(fade_out=2000)], None),
    ("结尾慢慢黑屏 音乐也慢慢没",
     [{"kind": "video_fade", "fade_out_ms": 1000}, _fade(fade_out=2000)], None),
    # one word of a text changed, and the words said around a title
    ("标题里的trip改成Journey", [_title("Our Journey")], None),
    ("字幕里的City改成“Night”", [_cap(2, "Night lights")], None),
    ("标题弄成红字 内容 新年快乐", [_title("新年快乐", color="red")], None),
    ("标题改为「再见夏天」并放在底部", [_title("再见夏天", pos="bottom")], None),
    ("开头那句改成 厦门之旅", [_title("厦门之旅")], None),
    # what is behind the photos, said as the background
    ("照片两边有黑边 不好看 用模糊的", [_fit("blur")], None),
    ("背景改成黑色", [_fit("contain")], None),
    ("用黑色背景", [_fit("contain")], None),
    ("照片拉满屏幕", [_fit("cover")], None),
    # the music taken off, and the clip's sound kept
    ("把音乐去掉 只留原声", [{"kind": "remove_music"}, UNMUTE], None),
    ("音乐别要了 太吵", [{"kind": "remove_music"}], None),
    ("不要音乐 太吵了", [{"kind": "remove_music"}], None),
    ("想做个时间线 照片上加日期", [DATES], None),
    # a photo named by the words on it is moved, not written again
    ("把写着City lights那张放最前", [{"kind": "move", "index": 2, "to": "start"}], None),
    ("写着“City lights”的那张删掉", [{"kind": "remove", "index": 2}], None),
    ("有字的那张挪到第一个", [{"kind": "move", "index": 2, "to": "start"}], None),
    ("最后加字幕 谢谢观看", [_closing("谢谢观看")], None),
    # the other photos' fit beside one photo's: that photo keeps its own
    ("第三张不要裁 其他铺满", [_fit("cover"), _fit("contain", 3)], None),
    ("狗那张铺满 其他的完整显示", [_fit("contain"), _fit("cover", 3)], None),
    ("第二张铺满 其余的留黑边", [_fit("contain"), _fit("cover", 2)], None),
]  # fmt: skip

# the title named as it already is
KEPT_TITLE = ["标题就叫Our trip", "标题叫Our trip挺好的"]


@pytest.mark.parametrize(("text", "ops", "after"), AFTER_FIXES)
def test_further_ways_of_saying_the_same_are_done_too(
    text: str, ops: Ops, after: Ops | None
) -> None:
    _reads(text, ops, after)


@pytest.mark.parametrize("text", KEPT_TITLE)
def test_the_title_named_as_it_is_changes_nothing(text: str) -> None:
    _changes_nothing(text)

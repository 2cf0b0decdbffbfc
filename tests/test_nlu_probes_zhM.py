"""Chinese as typed in WeChat about the look of the cut: the photos' movement (镜头别晃, 缩放效果
关掉, 推拉镜头), the transitions (淡入淡出, 叠化, 硬切, 滑动, 转场慢一点), the resolution and
frame rate (1080p, 4K, 高清, 标清, 60帧), the music fading at the ends (音乐淡出, 渐弱, 结尾音乐
慢慢没了) and "make these photos a slideshow". Typed the way people chat: a particle or a filler
around the request (帮我…一下哈, 那个…, 嗯嗯, 亲), a feeling before it (感觉…, 我妈说…), a reason
after it (因为要发朋友圈), politeness (麻烦, 谢谢啦, 🙏); the request is done and those words
are left alone, and a sentence that asks for something we cannot make changes nothing."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import DATES, EDITS, MEDIA, assert_does, fixture, outcome, probe

from photo_video_maker.instruct.interpret import read
from photo_video_maker.model.edits import apply_edits

Ops = list[dict[str, Any]]

OFF: Ops = [{"kind": "motion", "on": False}]
LESS_MOTION: Ops = [{"kind": "motion", "on": True, "factor": 0.8}]
MORE_MOTION: Ops = [{"kind": "motion", "on": True, "factor": 1.25}]

MOTION: list[Any] = [
    ("那个 镜头能不能别晃了 看得我头晕😵", OFF),
    ("帮我把照片的缩放效果关掉一下哈", OFF),
    ("动感小一点吧 感觉有点晕", LESS_MOTION),
    ("推拉镜头的幅度再大点 现在几乎看不出来", MORE_MOTION),
    ("照片就静静地放着就行 不用动", OFF),
    ("zoom的效果小一点点就好 谢谢亲", LESS_MOTION),
    ("缩放效果关了吧 因为我妈说看着晕", OFF),
    ("照片那个推近拉远的效果弱很多", [{"kind": "motion", "on": True, "factor": 0.67}]),
    ("运镜再猛一点 要有冲击感", MORE_MOTION),
    ("嗯…照片还是别动了吧", OFF),
    ("感觉照片动得有点快 慢一点", LESS_MOTION),
    ("ken burns效果再加强一些 谢谢", MORE_MOTION),
    ("缩放幅度调到1.2", [{"kind": "motion", "on": True, "zoom": 1.2}]),
    ("图片别放大了 就正常显示", OFF),
    ("镜头晃得我想吐 关了吧", OFF),
    ("把动效稍微调小一点 其他的不用动哈", LESS_MOTION),
    ("照片放大的效果能不能弄得明显一点啊", MORE_MOTION),
    ("额 镜头别晃啦 辛苦啦", OFF),
    ("哈哈哈 这个缩放太夸张了 小一点", LESS_MOTION),
    ("拜托拜托 把缩放效果关了吧🙏", OFF),
    pytest.param(
        "其实吧 我觉得照片不用动 静止就好", OFF,
        marks=pytest.mark.xfail(strict=True, reason="'照片不用动' alone is 'leave the photos as "
                                "they are' or 'still photos'; only the next clause says which"),
    ),
]  # fmt: skip

MOTION_AFTER: list[tuple[Ops, str, Ops]] = [
    (OFF, "镜头动一动嘛 太死板了", [{"kind": "motion", "on": True}]),
    (OFF, "动效开一下呗", [{"kind": "motion", "on": True}]),
    (LESS_MOTION, "还是有点晃 再小点", LESS_MOTION),
    (OFF, "推拉镜头还是加上吧", [{"kind": "motion", "on": True}]),
]  # fmt: skip

SLOWER = [{"kind": "transition", "factor": 1.25}]
QUICKER = [{"kind": "transition", "factor": 0.8}]
NO_TRANSITION = [{"kind": "transition", "name": "none"}]

TRANSITIONS: list[tuple[str, Ops]] = [
    ("那个 转场能不能慢一点点", SLOWER),
    ("切换效果改成硬切 不要任何过渡", NO_TRANSITION),
    ("转场短一点 感觉拖拖拉拉的", QUICKER),
    ("帮我把转场都去掉哈", NO_TRANSITION),
    ("照片之间的切换换成滑动的吧", [{"kind": "transition", "name": "slideleft"}]),
    ("转场往右滑", [{"kind": "transition", "name": "slideright"}]),
    ("转场时间改成0.8秒", [{"kind": "transition", "ms": 800}]),
    ("过渡时长一秒钟就好", [{"kind": "transition", "ms": 1000}]),
    ("转场要黑场的 因为是纪念视频", [{"kind": "transition", "name": "fadeblack"}]),
    ("不要转场啦 直接切就好", NO_TRANSITION),
    ("转场太快了 看不清", SLOWER),
    ("转场有点长 缩短一点吧", QUICKER),
    ("第三张和第四张之间加个黑场", [{"kind": "transition", "name": "fadeblack", "index": 4}]),
    ("转场用闪白 婚礼用的嘛", [{"kind": "transition", "name": "fadewhite"}]),
    ("换个转场吧 随机的那种", [{"kind": "transition", "name": "random"}]),
    ("转场效果弄得柔和一些 别那么生硬", SLOWER),
    ("转场长度翻倍", [{"kind": "transition", "factor": 2}]),
    ("转场慢很多", [{"kind": "transition", "factor": 1.5}]),
    ("过渡改成向上滑", [{"kind": "transition", "name": "slideup"}]),
    ("转场统一改成1.5s", [{"kind": "transition", "ms": 1500}]),
    ("那个…帮我把转场弄短一点哈", QUICKER),
    ("感觉转场有点拖 改成半秒吧", [{"kind": "transition", "ms": 500}]),
    ("话说能不能把转场换成黑场啊", [{"kind": "transition", "name": "fadeblack"}]),
    ("我妈说看不清 转场慢一点吧", SLOWER),
    ("就是说 转场能不能快一点", QUICKER),
    ("我看了一下 转场有点多余 去掉吧", NO_TRANSITION),
    ("转场切得太硬了", SLOWER),
]  # fmt: skip

BLACK = [{"kind": "transition", "name": "fadeblack"}]
CROSSFADE = [{"kind": "transition", "name": "crossfade"}]

TRANSITIONS_AFTER: list[tuple[Ops, str, Ops]] = [
    ([{"kind": "transition", "name": "circle"}], "转场换成淡入淡出吧 现在这个太花了", CROSSFADE),
    (NO_TRANSITION, "过渡效果用叠化 谢谢啦", CROSSFADE),
    ([{"kind": "transition", "name": "wipeleft"}], "emm 转场就用最普通的淡入淡出吧", CROSSFADE),
    (BLACK, "ok 转场用叠化 其他不变", CROSSFADE),
    (BLACK, "再短点", QUICKER),
]  # fmt: skip

RESOLUTION: list[tuple[str, Ops]] = [
    ("导出的分辨率弄成1080p 发朋友圈用", [{"kind": "resolution", "resolution": "1080p"}]),
    ("720p就够了 因为要发微信", [{"kind": "resolution", "resolution": "720p"}]),
    ("帮我改成4K哈 要投屏", [{"kind": "resolution", "resolution": "2160p"}]),
    ("标清就行 文件小点", [{"kind": "resolution", "resolution": "480p"}]),
    ("那个 帧率调到60吧 看着更顺", [{"kind": "fps", "fps": 60}]),
    ("60帧 谢谢老板", [{"kind": "fps", "fps": 60}]),
    ("帧率改成每秒25帧", [{"kind": "fps", "fps": 25}]),
    ("4k 60帧 能行吗", [
        {"kind": "resolution", "resolution": "2160p"}, {"kind": "fps", "fps": 60}]),
    ("麻烦把画质调到最高", [{"kind": "resolution", "resolution": "2160p"}]),
    ("1080p60", [{"kind": "resolution", "resolution": "1080p"}, {"kind": "fps", "fps": 60}]),
    ("要高清 1080p 60帧", [
        {"kind": "resolution", "resolution": "1080p"}, {"kind": "fps", "fps": 60}]),
    ("亲 麻烦帮我调成1080p 谢谢亲", [{"kind": "resolution", "resolution": "1080p"}]),
    ("对了 帧率也改成60", [{"kind": "fps", "fps": 60}]),
    ("因为要发朋友圈 帮我弄成720p哈", [{"kind": "resolution", "resolution": "720p"}]),
    ("emmm 4k吧 我电视大", [{"kind": "resolution", "resolution": "2160p"}]),
]  # fmt: skip

RESOLUTION_AFTER: list[tuple[Ops, str, Ops]] = [
    ([{"kind": "resolution", "resolution": "720p"}], "清晰度调成高清的吧",
     [{"kind": "resolution", "resolution": "1080p"}]),
    ([{"kind": "fps", "fps": 60}], "改成30帧就好 60帧文件太大", [{"kind": "fps", "fps": 30}]),
    ([{"kind": "fps", "fps": 60}], "分辨率降到720 帧率30", [
        {"kind": "resolution", "resolution": "720p"}, {"kind": "fps", "fps": 30}]),
    ([{"kind": "resolution", "resolution": "720p"}], "清晰度要1080的 别太糊",
     [{"kind": "resolution", "resolution": "1080p"}]),
    ([{"kind": "fps", "fps": 60}], "帧率太高了 降到24", [{"kind": "fps", "fps": 24}]),
    ([{"kind": "resolution", "resolution": "720p"}], "好的 那就1080p吧",
     [{"kind": "resolution", "resolution": "1080p"}]),
    ([{"kind": "fps", "fps": 60}], "老师 麻烦把帧率改成30", [{"kind": "fps", "fps": 30}]),
    ([{"kind": "resolution", "resolution": "2160p"}], "算了 还是1080吧",
     [{"kind": "resolution", "resolution": "1080p"}]),
]  # fmt: skip

MUSIC_FADE: list[tuple[str, Ops]] = [
    ("bgm最后渐弱 大概三秒", [{"kind": "music_fade", "fade_out_ms": 3000}]),
    ("音乐淡出长一点 感觉结束得太快", [{"kind": "music_fade", "fade_out_ms": 2500}]),
    ("背景音乐开头淡入一下吧", [{"kind": "music_fade", "fade_in_ms": 1000}]),
    ("歌曲结尾淡出4秒 谢谢", [{"kind": "music_fade", "fade_out_ms": 4000}]),
    ("音乐不要淡出了", [{"kind": "music_fade", "fade_out_ms": 0}]),
    ("那个音乐淡入两秒 淡出三秒", [
        {"kind": "music_fade", "fade_in_ms": 2000, "fade_out_ms": 3000}]),
    ("音乐结尾渐弱再久一点", [{"kind": "music_fade", "fade_out_ms": 2500}]),
    ("音乐的淡出短一点", [{"kind": "music_fade", "fade_out_ms": 1600}]),
    ("音乐开头别那么突然 慢慢起来", [{"kind": "music_fade", "fade_in_ms": 1000}]),
    ("bgm淡出改到6s", [{"kind": "music_fade", "fade_out_ms": 6000}]),
    ("帮我把音乐的淡入去掉哈 淡出留着", [{"kind": "music_fade", "fade_in_ms": 0}]),
]  # fmt: skip

FADE_GONE: Ops = [{"kind": "music_fade", "fade_out_ms": 0}]
FADE_BACK: Ops = [{"kind": "music_fade", "fade_out_ms": 2000}]

MUSIC_FADE_AFTER: list[tuple[Ops, str, Ops]] = [
    (FADE_GONE, "结尾音乐慢慢没了那种就行", FADE_BACK),
    (FADE_GONE, "音乐淡出一下哈 别突然停", FADE_BACK),
    (FADE_GONE, "音乐结束的时候渐渐消失", FADE_BACK),
    (FADE_GONE, "嗯嗯 然后就是 音乐结尾淡出一下", FADE_BACK),
    ([{"kind": "music_fade", "fade_out_ms": 3000}], "再长一点", [
        {"kind": "music_fade", "fade_out_ms": 3750}]),
]  # fmt: skip

SLIDESHOW_PLAIN: Ops = [{"kind": "slideshow"}]
WITH_MUSIC: Ops = [{"kind": "slideshow", "with_music": True}]

SLIDESHOW: list[tuple[str, Ops]] = [
    ("把这些照片做成视频吧 谢谢", SLIDESHOW_PLAIN),
    ("帮我把照片做成幻灯片 要有音乐和转场", WITH_MUSIC),
    ("这些照片能帮我做个相册视频吗 发朋友圈用", SLIDESHOW_PLAIN),
    ("照片都传好啦 帮我生成一个视频哈", SLIDESHOW_PLAIN),
    ("给我把这几张图弄成带转场的视频", SLIDESHOW_PLAIN),
    ("想把旅行照片做成一个小视频 因为要发朋友圈", SLIDESHOW_PLAIN),
    ("把照片合成一个短视频 谢谢🙏", SLIDESHOW_PLAIN),
    ("麻烦用这几张照片做个视频 感谢", SLIDESHOW_PLAIN),
    ("那个 帮我把这些图做成幻灯片呗", SLIDESHOW_PLAIN),
]  # fmt: skip

NO_MUSIC: Ops = [{"kind": "remove_music"}]

SLIDESHOW_AFTER: list[tuple[Ops, str, Ops]] = [
    (NO_MUSIC, "那个 帮我弄个照片视频 要带背景音乐的", WITH_MUSIC),
    (NO_MUSIC, "用这些图做个幻灯片 配欢快点的歌", [
        {"kind": "slideshow", "with_music": True, "mood": "upbeat"}]),
    (NO_MUSIC, "帮忙做个幻灯片呗 配乐安静一点", [
        {"kind": "slideshow", "with_music": True, "mood": "calm"}]),
    (NO_MUSIC, "能把图片做成视频幻灯片吗 加点音乐加点转场", WITH_MUSIC),
]  # fmt: skip

# two requests in one message: neither may be dropped
BOTH: list[tuple[str, Ops]] = [
    ("转场慢一点 顺便把照片缩放关了", [*SLOWER, *OFF]),
    ("镜头别晃 然后帧率60", [*OFF, {"kind": "fps", "fps": 60}]),
    ("缩放小一点，转场换成黑场哈", [*LESS_MOTION, *BLACK]),
    ("4k 然后音乐结尾淡出3秒", [
        {"kind": "resolution", "resolution": "2160p"},
        {"kind": "music_fade", "fade_out_ms": 3000}]),
]  # fmt: skip

# chat around the request: a greeting, a question's "不", "不太X" said of a thing, praise in
# passing, urgency and remarks on how it looks; the request is done, nothing else
AROUND: list[tuple[str, Ops]] = [
    ("唔 转场可以再慢些不", SLOWER),
    ("转场能短一点不", QUICKER),
    ("缩放能关掉不", OFF),
    ("嗨 转场换成黑场", BLACK),
    ("嗨，帮我做个相册", SLIDESHOW_PLAIN),
    ("转场就别要了 一张一张直接切", NO_TRANSITION),
    ("照片别一直zoom in zoom out的 好烦", OFF),
    ("不太喜欢这个转场 换成闪白吧", [{"kind": "transition", "name": "fadewhite"}]),
    ("缩放不太明显 再大点", MORE_MOTION),
    ("转场不能太长", QUICKER),
    ("宝子 转场慢一点", SLOWER),
    ("镜头别晃辛苦啦", OFF),
    ("镜头别晃 急用", OFF),
    ("过渡弄成滑动的吧 年轻人喜欢", [{"kind": "transition", "name": "slideleft"}]),
    ("音乐淡出长一点 更有氛围", [{"kind": "music_fade", "fade_out_ms": 2500}]),
    ("淡入淡出挺好看的 就是太慢了", QUICKER),
    ("转场挺好看的 帮我调成4k", [{"kind": "resolution", "resolution": "2160p"}]),
    ("麻烦您 帮我调成720p", [{"kind": "resolution", "resolution": "720p"}]),
    ("帮我剪个视频 用这些照片 配首歌", WITH_MUSIC),
    ("帮我把照片做成幻灯片 要有音乐和转场", WITH_MUSIC),
    ("把这几张拼成一个小视频", SLIDESHOW_PLAIN),
    # variants written after the fixes, to check each covers its kind of phrasing
    ("画质不太清楚 弄成4k", [{"kind": "resolution", "resolution": "2160p"}]),
    ("照片能别晃不", OFF),
    ("嗨嗨，转场快一点", QUICKER),
    ("帮我把分辨率调到4k 周末要用", [{"kind": "resolution", "resolution": "2160p"}]),
    ("转场短一点 显得高级", QUICKER),
    ("镜头别晃 看着累 hhh", OFF),
    ("用这些照片拼成一个短视频吧", SLIDESHOW_PLAIN),
    ("推拉效果调低一点", LESS_MOTION),
    ("动效调高点", MORE_MOTION),
    ("把动效稍微调小一点 其他的不用动哈", LESS_MOTION),
    ("第三张和第四张之间用黑场", [{"kind": "transition", "name": "fadeblack", "index": 4}]),
    ("第一张和第二张之间加个闪白", [{"kind": "transition", "name": "fadewhite", "index": 2}]),
    ("720p60吧", [{"kind": "resolution", "resolution": "720p"}, {"kind": "fps", "fps": 60}]),
    ("4k30fps的", [{"kind": "resolution", "resolution": "2160p"}, {"kind": "fps", "fps": 30}]),
]  # fmt: skip

AROUND_AFTER: list[tuple[Ops, str, Ops]] = [
    (FADE_GONE, "音乐能淡出不", FADE_BACK),
    ([{"kind": "resolution", "resolution": "720p"}], "720不太清晰 1080吧",
     [{"kind": "resolution", "resolution": "1080p"}]),
    ([{"kind": "fps", "fps": 60}], "60帧不太流畅 还是30吧", [{"kind": "fps", "fps": 30}]),
    ([{"kind": "resolution", "resolution": "720p"}], "1080p 辛苦啦",
     [{"kind": "resolution", "resolution": "1080p"}]),
    (NO_MUSIC, "能不能把这些照片整成一个带背景音乐的小视频啊", WITH_MUSIC),
    ([{"kind": "transition", "name": "fadeblack"}], "黑场转场不是很好看 换回叠化吧", CROSSFADE),
    (FADE_GONE, "背景音乐能慢慢淡出不", FADE_BACK),
    ([{"kind": "resolution", "resolution": "720p"}], "嗨～ 帮我调成1080p",
     [{"kind": "resolution", "resolution": "1080p"}]),
    (NO_MUSIC, "帮我把照片串成一个小视频 配点音乐", WITH_MUSIC),
    ([{"kind": "transition", "name": "fadewhite"}], "闪白挺好看 就是有点长", QUICKER),
    ([{"kind": "fps", "fps": 60}], "60帧文件太大 改回30", [{"kind": "fps", "fps": 30}]),
]  # fmt: skip

# a third round, written before reading what reads them
MORE: list[Any] = [
    ("镜头推进的速度慢一点 太快了看着急", LESS_MOTION),
    ("把那个一直放大的效果弄没", OFF),
    ("运镜关了 转场保持现在这样", OFF),
    ("缩放效果给我加强一下", MORE_MOTION),
    ("能不能把镜头的推拉调弱些", LESS_MOTION),
    ("动效不要那么猛哈", LESS_MOTION),
    ("镜头别乱晃了行不", OFF),
    ("转场时间改成一秒半吧", [{"kind": "transition", "ms": 1500}]),
    ("两张照片切换的时候慢一点", SLOWER),
    ("转场再利落点 别拖泥带水", QUICKER),
    ("换成那种黑屏过渡的", BLACK),
    pytest.param(
        "切换别用特效了 直接切", NO_TRANSITION,
        marks=pytest.mark.xfail(strict=True, reason="'别用特效' names no effect of its own (the "
                                "transitions? the zoom too?); only the cut after it says which"),
    ),
    ("转场0.5s就够", [{"kind": "transition", "ms": 500}]),
    ("转场换个花样 随机吧", [{"kind": "transition", "name": "random"}]),
    pytest.param(
        "帧率弄到60 打游戏录屏那种丝滑", [{"kind": "fps", "fps": 60}],
        marks=pytest.mark.xfail(strict=True, reason="a likeness of its own ('打游戏录屏那种'): "
                                "what it is like is not read, so the clause is left unread"),
    ),
    ("画质最低就行 省流量", [{"kind": "resolution", "resolution": "480p"}]),
    ("给我整个超清4k", [{"kind": "resolution", "resolution": "2160p"}]),
    ("音乐开头淡入两秒 结尾淡出三秒 谢谢", [
        {"kind": "music_fade", "fade_in_ms": 2000, "fade_out_ms": 3000}]),
    ("歌的结尾收得太急了 淡出长一点吧", [{"kind": "music_fade", "fade_out_ms": 2500}]),
    ("bgm淡出时间改短一点", [{"kind": "music_fade", "fade_out_ms": 1600}]),
    ("这些是我们毕业旅行的照片 帮忙做个视频", SLIDESHOW_PLAIN),
    ("能用这些照片给我妈做个生日视频吗", SLIDESHOW_PLAIN),
    ("emmm 那个 转场能不能短一点点", QUICKER),
    ("好的好的 那帧率就60吧", [{"kind": "fps", "fps": 60}]),
    ("哈喽 帮我把缩放关一下", OFF),
    ("亲，转场换成闪白可以吗", [{"kind": "transition", "name": "fadewhite"}]),
    ("打扰了 能把分辨率改成720p吗 谢谢", [{"kind": "resolution", "resolution": "720p"}]),
    ("音乐开头慢慢大起来", [{"kind": "music_fade", "fade_in_ms": 1000}]),
    ("转场去掉吧 太花了", NO_TRANSITION),
    ("转场不要那么硬", SLOWER),
    ("每次转场不一样", [{"kind": "transition", "name": "random"}]),
    ("照片放大的速度慢一点", LESS_MOTION),
    ("晃得我眼睛疼", OFF),
    # variants written after the fixes
    ("bgm开头淡入 结尾也淡出", [{"kind": "music_fade", "fade_in_ms": 1000}]),
    ("bgm一开始慢慢响起来", [{"kind": "music_fade", "fade_in_ms": 1000}]),
    ("缩放关掉 太晃了", OFF),
    ("缩放的速度快一点", MORE_MOTION),
    ("照片切换的时候快一点", QUICKER),
    ("缩放效果搞掉", OFF),
]  # fmt: skip

MORE_AFTER: list[tuple[Ops, str, Ops]] = [
    (BLACK, "把所有的转场都改成叠化", CROSSFADE),
    ([{"kind": "resolution", "resolution": "720p"}], "清晰度选1080的就好啦",
     [{"kind": "resolution", "resolution": "1080p"}]),
    (FADE_GONE, "音乐最后那几秒慢慢变小声", FADE_BACK),
    (NO_MUSIC, "把相册里这几张做成幻灯片 配乐要欢快", [
        {"kind": "slideshow", "with_music": True, "mood": "upbeat"}]),
]  # fmt: skip

# things we cannot make, or feelings with no edit in them: nothing changes
NOTHING = [
    "转场能不能做成翻书那种",
    "照片要3D旋转着出来",
    "转场不太好看诶",
    "镜头感觉怪怪的",
    "那个 谢谢啦",
    "转场不是很自然",
    "30帧不是很流畅",
    "黑场挺好看",
    "缩放效果不怎么明显诶",
    "4k太大了",
    "4k文件太大",
    "60帧太卡了",
    "照片不会动",
]  # fmt: skip

# with fades to black between the photos and at the end, "黑场" could be either: asked
ASKED: list[tuple[Ops, str]] = [
    (BLACK, "这个黑场太长了 短一点"),
    (BLACK, "黑场长一点"),
]  # fmt: skip

# questions about these settings are answered, nothing changes
QUESTIONS: list[tuple[str, str]] = [
    ("现在帧率是多少啊", "format"),
    ("导出来是多少分辨率的", "format"),
    ("转场用的是什么效果呀", "style"),
    ("照片是不是会动的", "style"),
    ("照片会动吗", "style"),
]  # fmt: skip


def _does_after(before: Ops, text: str, ops: Ops) -> None:
    """After the previous turn's edits, the sentence is read at once and leaves the draft as
    ``ops`` would."""
    edits = EDITS.validate_python(before)
    draft, _ = apply_edits(fixture(), edits, MEDIA, DATES)
    reading = read(text, draft, MEDIA, edits)
    assert not reading.clarify and not reading.question and not reading.leftover, (text, reading)
    assert outcome(draft, reading.edits) == outcome(draft, EDITS.validate_python(ops)), (
        text,
        reading.edits,
    )


@pytest.mark.parametrize(("text", "ops"), MOTION)
def test_asking_the_photos_to_move_less_or_stay_still_changes_the_motion(
    text: str, ops: Ops
) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("before", "text", "ops"), MOTION_AFTER)
def test_a_motion_follow_up_turns_it_back_on_or_steps_it_again(
    before: Ops, text: str, ops: Ops
) -> None:
    _does_after(before, text, ops)


@pytest.mark.parametrize(("text", "ops"), TRANSITIONS)
def test_transitions_named_timed_or_felt_are_changed(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("before", "text", "ops"), TRANSITIONS_AFTER)
def test_a_transition_follow_up_replaces_or_steps_the_last_one(
    before: Ops, text: str, ops: Ops
) -> None:
    _does_after(before, text, ops)


@pytest.mark.parametrize(("text", "ops"), RESOLUTION)
def test_resolution_and_frame_rate_with_chatter_around_them_are_set(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("before", "text", "ops"), RESOLUTION_AFTER)
def test_a_resolution_or_rate_changed_back_is_set_again(before: Ops, text: str, ops: Ops) -> None:
    _does_after(before, text, ops)


@pytest.mark.parametrize(("text", "ops"), MUSIC_FADE)
def test_music_fading_in_or_out_is_set(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("before", "text", "ops"), MUSIC_FADE_AFTER)
def test_a_music_fade_asked_back_or_lengthened_again_is_set(
    before: Ops, text: str, ops: Ops
) -> None:
    _does_after(before, text, ops)


@pytest.mark.parametrize(("text", "ops"), SLIDESHOW)
def test_making_these_photos_a_video_makes_the_slideshow(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("before", "text", "ops"), SLIDESHOW_AFTER)
def test_a_slideshow_with_music_asked_adds_music(before: Ops, text: str, ops: Ops) -> None:
    _does_after(before, text, ops)


@pytest.mark.parametrize(("text", "ops"), BOTH)
def test_two_requests_in_one_message_are_both_done(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize("text", NOTHING)
def test_what_we_cannot_make_or_a_bare_feeling_changes_nothing(text: str) -> None:
    reading = probe(text)
    assert reading.edits == [] and not reading.route, (text, reading)


@pytest.mark.parametrize(("text", "answer"), QUESTIONS)
def test_a_question_about_these_settings_is_answered(text: str, answer: str) -> None:
    reading = probe(text)
    assert reading.question == answer and reading.edits == [], (text, reading)


@pytest.mark.parametrize(("text", "ops"), AROUND)
def test_words_said_around_a_request_are_let_go_and_the_request_done(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("before", "text", "ops"), AROUND_AFTER)
def test_words_said_around_a_follow_up_are_let_go(before: Ops, text: str, ops: Ops) -> None:
    _does_after(before, text, ops)


@pytest.mark.parametrize(("text", "ops"), MORE)
def test_more_ways_of_asking_for_these_settings_are_read(text: str, ops: Ops) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("before", "text", "ops"), MORE_AFTER)
def test_more_follow_ups_about_these_settings_are_read(before: Ops, text: str, ops: Ops) -> None:
    _does_after(before, text, ops)


@pytest.mark.parametrize(("before", "text"), ASKED)
def test_a_fade_to_black_that_could_be_either_is_asked(before: Ops, text: str) -> None:
    edits = EDITS.validate_python(before)
    draft, _ = apply_edits(fixture(), edits, MEDIA, DATES)
    reading = read(text, draft, MEDIA, edits)
    assert reading.clarify and not reading.edits, (text, reading)

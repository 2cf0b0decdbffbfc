"""What to offer when a sentence was not (fully) understood: phrases on the topic the person
talked about, in their language (music words -> music suggestions)."""

from __future__ import annotations

from collections.abc import Iterable

from ..model.draft import Draft
from ..model.lang import detect
from .context import Ctx
from .normalize import clip
from .parse import tokens
from .reading import Lang, Topic

EXAMPLES: dict[str, tuple[list[str], list[str]]] = {
    "music": (
        ["add calm music", "some upbeat music", "use the song I uploaded", "music at 30%",
         "make the music a bit quieter", "fade the music out over 3 seconds"],
        ["加一段欢快的音乐", "用我上传的音乐", "音量50%", "音乐小声一点", "去掉音乐"],
    ),
    "text": (
        ["add the title 'Summer 2026'", "caption the second photo 'Me and Anna'",
         "end with 'Thanks for watching'", "make the title yellow", "remove the title"],
        ["加标题“夏天 2026”", "第二张照片加字幕“我和安娜”", "结尾写上“谢谢观看”", "标题改成黄色",
         "删除标题"],
    ),
    "order": (
        ["remove the second photo", "move the third photo to the beginning", "swap photos 2 and 4",
         "sort by date", "reverse the order"],
        ["把第二张移到最后", "交换第一张和第三张", "删除第三张", "按时间排序", "倒序"],
    ),
    "timing": (
        ["cut to the beat", "3 seconds per photo", "photo 3 for 5 seconds",
         "make it 30 seconds long", "make it as long as the song", "make it faster"],
        ["跟着节拍切换", "每张照片三秒", "第三张照片5秒", "总时长30秒", "和歌一样长", "快一点"],
    ),
    "transition": (
        ["use crossfade transitions", "slide transitions of 1 second", "fade to black transitions",
         "softer transitions", "no transitions"],
        ["转场用淡入淡出", "转场1秒", "转场柔和一点", "随机转场", "不要转场"],
    ),
    "motion": (
        ["less movement", "more zoom", "no zoom", "keep the photos still", "add motion"],
        ["动效少一点", "动效多一点", "不要动效", "加动效"],
    ),
    "frame": (
        ["make it vertical", "9:16 for TikTok", "square for Instagram", "4k", "60 fps",
         "fill the frame"],
        ["竖屏", "横屏", "正方形", "抖音格式", "高清", "铺满"],
    ),
    "look": (
        ["black and white", "sepia", "warm tones", "cool tones", "more colorful"],
        ["黑白", "复古", "暖色", "冷色", "鲜艳一点"],
    ),
    "export": (
        ["export", "export 1080p MP4", "download it as a gif", "export in 4k"],
        ["导出", "导出1080p", "导出成gif", "导出4k"],
    ),
    "general": (
        ["turn my photos into a slideshow with music and transitions",
         "make it vertical, 2 seconds per photo and add calm music",
         "add the title 'Summer 2026'", "a bit calmer", "how long is it?"],
        ["做成带音乐和转场的幻灯片", "竖屏，每张照片两秒，加一段欢快的音乐", "加标题“夏天 2026”",
         "节奏慢一点", "现在多长？"],
    ),
}  # fmt: skip

# Which topic a kind of word is about
TOPIC_OF: dict[str, Topic] = {}
for _topic, _kinds in {
    "music": "music volume mood song uploaded louder quieter mute clip_sound how_loud builtin "
    "genre "
    "pct_step abrupt_end abrupt_start",
    "text": "title caption closing textnoun color pos says call sign text date_only date_place",
    # a dislike is about what it names: "太丑了", "i hate it" alone are about nothing yet
    "order": "photo photos ord pic reverse shuffle sort sort_key move swap remove slot "
    "order before after earlier later",
    "timing": "dur longer shorter faster slower length pace each calmer livelier song_len",
    "transition": "transition trans softer sharper",
    "motion": "motion still",
    "frame": "aspect platform res size fps fps_word fit size_word gap",
    "look": "look filter_word look_word",
    "export": "export format export_noun share",
}.items():
    for _kind in _kinds.split():
        TOPIC_OF[_kind] = _topic  # type: ignore[assignment]


VERBS = {"remove", "move", "swap", "photo", "photos", "ord", "pic", "dur", "each", "says"}
# which photo is meant says nothing of an unknown request of it ("put a heart on the dog")
REFS = {"photo", "photos", "pic", "each"}
# words of a look that other topics share ("a 3d parallax effect" is about motion)
WEAK = {"look_word", "color"}  # "blue the music": about the music


def topic_of(kinds: Iterable[str], values: Iterable[object] = ()) -> Topic | None:
    """What the words are about: the first thing named (music, title, transition ...); else
    what a word the tool cannot do is about; else the first word with a topic."""
    pairs = list(zip(kinds, values, strict=False))
    named = [TOPIC_OF[k] for k, _ in pairs if k in TOPIC_OF and k not in VERBS and k not in WEAK]
    cannot = [str(value) for kind, value in pairs if kind == "unsupported"]
    kinds_said = {kind for kind, _ in pairs}
    # "put a heart on photo 2" asks something unknown of it; "I love the second photo" is about it
    refs = REFS if "?" in kinds_said and kinds_said & {"add", "put", "change"} else set()
    anything = [TOPIC_OF[kind] for kind, _ in pairs if kind in TOPIC_OF and kind not in refs]
    found = named + [t for t in cannot if t != "general"] + cannot + anything
    return found[0] if found else None  # type: ignore[return-value]


GENERAL_EN, GENERAL_ZH = EXAMPLES["general"]


def examples(topic: Topic | None, lang: Lang, limit: int = 5) -> list[str]:
    """Up to ``limit`` phrases on the topic; with no topic, three general ones."""
    general = GENERAL_ZH if lang == "zh" else GENERAL_EN
    if topic in (None, "general"):
        return general[:3]
    return EXAMPLES[topic][1 if lang == "zh" else 0][:limit]


def suggestions(text: str, topics: list[str] | None = None, limit: int = 5) -> list[str]:
    """Phrases to offer for ``text``: on the topic its words are about, in its language."""
    topic = next((t for t in topics or [] if t in EXAMPLES), None) or text_topic(text)
    return examples(topic, detect(text), limit)  # type: ignore[arg-type]


def text_topic(text: str) -> Topic:
    """The topic a sentence's words are about."""
    ctx = Ctx(Draft(), {}, detect(text))
    toks = tokens(clip(text), ctx)
    return topic_of([t.kind for t in toks], [t.value for t in toks]) or "general"

"""Phrases about sound and the one-step slideshow: music by mood or upload, volume, fades,
removing music, muting clips."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model.edits import (
    Edit,
    MakeSlideshow,
    MuteClips,
    RemoveMusic,
    SetMusic,
    SetMusicFade,
    SetMusicVolume,
)
from ..model.layout import MediaRef
from ..model.music_catalog import resolve_name
from .numbers import DURATION_RE, PERCENT_RE, parse_percent
from .rules import Build, Ctx, Rule, RuleBook, duration_ms, group

book = RuleBook()
D = rf"(?P<dur>{DURATION_RE})"
MUSIC = r"(?:background\s+)?(?:music|song|soundtrack|bgm|tune|track)"
ZMUSIC = r"(?:背景音乐|音乐|配乐|歌曲?|bgm|曲子)"
# words before "music" that ask for music without naming a mood
NO_MOOD = {"", "some", "a", "an", "add", "with", "background", "any", "nice", "good", "play", "use"}
NO_MOOD |= {
    "put",
    "加",
    "添加",
    "加上",
    "配",
    "配上",
    "来",
    "放",
    "用",
    "要",
    "背景",
    "一段",
    "一首",
}
# words that come before "music" without being a mood ("no music", "the music is too loud")
NOT_MOOD = (
    r"(?!(?:no|not|without|remove|delete|drop|stop|less|more|the|this|that|my|your|our|his|her"
    r"|their|mute|louder|quieter|softer|lower|uploaded)\b)"
)
OVER = rf"(?:\s+(?:(?:over|for|in|during)\s+)?(?:the\s+)?(?:last\s+|first\s+)?{D})?"
QUIETER, LOUDER = 0.6, 1.5
FADE_IN_MS, FADE_OUT_MS = 1000, 2000


def mood(word: str) -> str | None:
    """The built-in track for a mood word ("happy" -> "upbeat", "欢快" -> ...), if any."""
    return resolve_name(word)


def uploaded_song(ctx: Ctx) -> MediaRef | None:
    """The most recently added audio upload (dicts keep insertion order)."""
    songs = [ref for ref in ctx.media.values() if ref.kind == "audio"]
    return songs[-1] if songs else None


def default_music(ctx: Ctx) -> list[Edit]:
    """Music with no mood named: the person's own song if they sent one, else calm music."""
    song = uploaded_song(ctx)
    return [SetMusic(source=song.id if song else "calm")]


@book.add(
    "music",
    rf"\b(?:no|without|remove|delete|drop|stop|turn\s+off|kill|get\s+rid\s+of|take\s+out|lose)\s+"
    rf"(?:the\s+|all\s+|any\s+)?{MUSIC}\b",
    r"(?:去掉|删除|删掉|不要|取消|关掉|关闭|移除|去除)(?:背景)?(?:音乐|配乐|bgm)|(?:背景)?音乐(?:去掉|删掉|不要了|关掉)",
)
def remove_music(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "no music", "remove the music", "去掉音乐"."""
    return [RemoveMusic()]


@book.add(
    "music",
    r"\b(?:(?:use|add|with|play|put)\s+)?(?:my\s+(?:own\s+)?(?:song|music|track|audio|tune)"
    r"|(?:the\s+)?(?:song|music|track|audio|tune)\s+(?:file\s+)?(?:that\s+)?(?:i|we)\s+(?:just\s+)?"
    r"(?:uploaded|sent|added|gave\s+you|shared)|(?:the\s+)?uploaded\s+(?:song|music|track|audio|tune))\b",
    r"(?:加|添加|用|使用|放|换成?|配上?)?(?:我|刚才|刚刚)?(?:自己)?(?:上传|传|发)的(?:那首|这首|那段)?"
    r"(?:音乐|歌曲?|配乐|音频|bgm)",
    r"(?:用|加|换成?)我的(?:音乐|歌曲?|配乐)",
)
def my_song(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "the song I uploaded", "my music", "用我上传的音乐"."""
    song = uploaded_song(ctx)
    return [SetMusic(source=song.id)] if song else None


@book.add(
    "music",
    rf"\b(?:change|switch|swap|replace|make)\s+(?:the\s+)?{MUSIC}\s+(?:to|with|into|for)\s+"
    r"(?:something\s+|some\s+|a\s+|an\s+)?(?:more\s+)?(?P<mood>[a-z][a-z-]*)"
    rf"(?:\s+(?:one|{MUSIC}))?\b",
    rf"{ZMUSIC}(?:换成|改成|换为|改为|变成)(?:一段|一首|点|些)?(?P<zmood>[\u4e00-\u9fff]{{1,4}}?)的?"
    rf"(?:{ZMUSIC})?(?=$|[，,。.!！;；\s])",
)
def change_music(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "change the music to something upbeat", "背景音乐换成欢快的"."""
    name = mood((group(m, "mood", "zmood") or "").strip())
    return [SetMusic(source=name)] if name else None  # unknown mood: say so, never guess


@book.add(
    "music",
    rf"\b(?:(?:add|with|use|put|play|choose|pick|want|have|need|some|a|an|in)\s+)*"
    rf"(?:(?:some|a|an|bit\s+of|little)\s+)?{NOT_MOOD}(?P<mood>[a-z][a-z-]*)\s+{MUSIC}\b",
    rf"\b(?:add|with|use|play|put)\s+(?:some\s+|a\s+)?{MUSIC}\b",
    rf"(?:加|添加|加上|配|配上|来|放|用|换成?|要)(?:一段|一首|一点|点|些|一些|首|段|个)?"
    rf"(?P<zmood>[\u4e00-\u9fff]{{0,4}}?)(?:的)?{ZMUSIC}",
    r"(?P<zmood2>[\u4e00-\u9fff]{1,4}?)的(?:背景音乐|配乐|音乐)",
    r"背景音乐",
)
def add_music(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "add calm music", "some upbeat music", "background music", "加一段欢快的音乐"."""
    word = (group(m, "mood", "zmood", "zmood2") or "").strip()
    if word in NO_MOOD:
        return default_music(ctx)
    name = mood(word)
    return [SetMusic(source=name)] if name else None  # unknown mood: say so, never guess


@book.add(
    "music",
    rf"\b(?:set\s+)?(?:the\s+)?(?:music|song|bgm|background\s+music|volume|music\s+volume)\s*"
    rf"(?:volume\s*)?(?:at|to|=|:|of)?\s*(?P<pct>{PERCENT_RE})",
    rf"(?P<pct>{PERCENT_RE})\s+(?:music\s+)?volume\b",
    rf"(?:背景)?(?:音乐|配乐)?(?:的)?音量\s*(?:调到|调成|设为|设置为|改成|改为|为|是|:)?\s*(?P<zpct>{PERCENT_RE})",
    rf"(?:背景)?(?:音乐|配乐)\s*(?:调到|设为|改成)?\s*(?P<zpct2>{PERCENT_RE})",
)
def volume_percent(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "music at 30%", "volume 50 percent", "音量50%"."""
    value = parse_percent(group(m, "pct", "zpct", "zpct2") or "")
    return [SetMusicVolume(percent=value)] if value is not None else None


@book.add(
    "music",
    r"\b(?:make\s+|turn\s+)?(?:the\s+)?(?:music|song|bgm|background\s+music|volume)\s+"
    r"(?:a\s+(?:bit|little)\s+|much\s+|way\s+)?(?P<dir>quieter|softer|lower|down|louder|higher|up)\b",
    r"\b(?P<dir>quieter|softer|louder|lower)\s+(?:the\s+)?(?:music|song|bgm)\b",
    r"\bturn\s+(?P<dir>up|down)\s+(?:the\s+)?(?:music|volume|song)\b",
    r"\b(?:the\s+)?music\s+is\s+too\s+(?P<too>loud|quiet|soft)\b",
    r"(?:背景)?(?:音乐|配乐|音量)(?:声音)?(?:再)?(?P<zdir>小声|大声|轻|小|大|低|高|响)(?:一点|一些|点|些)?",
    r"(?:音乐|音量)(?:调|放)(?P<zdir2>低|高|小|大)(?:一点|一些|点)?",
    r"(?:调|放)(?P<zdir3>低|高|小|大)(?:背景)?(?:音乐|音量)",
)
def volume_relative(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "music quieter", "turn the music up", "音乐小声一点"."""
    said = group(m, "dir", "zdir", "zdir2", "zdir3") or ""
    too = group(m, "too")
    louder = said in ("louder", "higher", "up", "大声", "大", "高", "响") or too in (
        "quiet",
        "soft",
    )
    return [SetMusicVolume(factor=LOUDER if louder else QUIETER)]


@book.add(
    "music", r"\bmute\s+(?:the\s+)?(?:music|song|bgm)\b", r"(?:音乐|配乐)静音|静音(?:背景)?音乐"
)
def mute_music(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "mute the music", "音乐静音"."""
    return [SetMusicVolume(percent=0)]


@book.add(
    "music",
    rf"\bfade\s+(?:the\s+)?(?:music|song|bgm)\s+(?P<io>in|out)\b{OVER}",
    rf"\bfade\s+(?P<io>in|out)\s+(?:the\s+)?(?:music|song|bgm)\b{OVER}",
    rf"\b(?:the\s+)?(?:music|song|bgm)\s+(?:should\s+)?fades?\s+(?P<io>in|out)\b{OVER}",
    rf"(?:背景)?(?:音乐|配乐)(?:在结尾|结尾|最后|开头)?(?P<zio>淡入|淡出|渐弱|渐强|渐入|渐出)\s*{D}?",
    r"(?P<zio>淡入|淡出)(?:背景)?(?:音乐|配乐)",
)
def music_fade(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "fade the music out over 3 seconds", "音乐淡出3秒"."""
    io = group(m, "io", "zio") or ""
    ms = duration_ms(m, "dur")
    if io in ("in", "淡入", "渐强", "渐入"):
        return [SetMusicFade(fade_in_ms=ms if ms is not None else FADE_IN_MS)]
    return [SetMusicFade(fade_out_ms=ms if ms is not None else FADE_OUT_MS)]


@book.add(
    "music",
    r"\b(?:mute|silence)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:videos?|clips?|video\s+clips?|video\s+sound"
    r"|clip\s+sound|original\s+(?:sound|audio)|sound\s+of\s+the\s+(?:videos?|clips?))\b",
    r"\b(?:remove|turn\s+off|no|without|drop)\s+(?:the\s+)?(?:original\s+(?:sound|audio)"
    r"|(?:video|clip)s?\s+(?:sound|audio)|sound\s+(?:of|from)\s+the\s+(?:videos?|clips?))\b",
    r"视频静音|静音视频|(?:去掉|关闭|不要|关掉)(?:视频)?(?:原声|声音)|视频不要声音",
)
def mute(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "mute the videos", "静音视频"."""
    return [MuteClips(on=True)]


@book.add(
    "music",
    r"\bunmute\s+(?:the\s+)?(?:videos?|clips?)\b|\bkeep\s+(?:the\s+)?(?:original|clip|video)\s+sound\b",
    r"保留原声|恢复原声|取消静音",
)
def unmute(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "unmute the clips", "保留原声"."""
    return [MuteClips(on=False)]


WITH = r"(?:(?:some|\w+)\s+)?(?:music|transitions?|motion)"


@book.add(
    "slideshow",
    rf"\b(?:(?:make|create|turn|build|generate|do|put)\s+(?:(?:it|this|these|them|(?:my|the|these)\s+"
    rf"(?:photos|pictures|images)|photos|pictures)\s+)?(?:into\s+|as\s+|in\s+)?(?:an?\s+)?)?"
    rf"(?:photo\s+)?slide\s*show(?:\s+video)?(?:\s+with\s+(?P<with>{WITH}(?:\s+and\s+{WITH})?))?",
    r"\b(?:make|create|build)\s+(?:a\s+)?(?:video|movie)\s+(?:from|out\s+of|of|with)\s+(?:my|these|the)\s+"
    rf"(?:photos|pictures|images)(?:\s+with\s+(?P<with>{WITH}(?:\s+and\s+{WITH})?))?",
    r"\bturn\s+(?:my|these|the)\s+(?:photos|pictures|images)\s+into\s+an?\s+(?:video|movie)"
    rf"(?:\s+with\s+(?P<with>{WITH}(?:\s+and\s+{WITH})?))?",
    r"(?:做成|制作|生成|弄成|变成|做)(?:一个)?(?:带(?P<zwith>[^,]{1,12}?)的)?"
    r"(?:幻灯片|电子相册|相册|照片视频|相册视频)(?:视频)?",
)
def slideshow(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "turn my photos into a slideshow with music and transitions", "做成幻灯片"."""
    extra = group(m, "with", "zwith") or ""
    with_music = bool(re.search(r"music|音乐|配乐|bgm", extra))
    word = re.search(r"(\w+)\s+music|([\u4e00-\u9fff]{1,4}?)的?(?:音乐|配乐)", extra)
    said = (word.group(1) or word.group(2) or "") if word else ""
    name = mood(said) if said and said not in NO_MOOD else None
    return [MakeSlideshow(with_music=with_music, with_transitions=True, mood=name)]


def media_rules(media: dict[str, MediaRef]) -> list[Rule]:
    """Rules for this request's own file names: "use beach-song.mp3", "play Summer Breeze"."""
    book_now = RuleBook()
    for ref in media.values():
        if ref.kind != "audio":
            continue
        names = {re.escape(ref.name.lower())}
        stem = ref.name.rsplit(".", 1)[0].lower()
        if len(stem) >= 3:
            names.add(re.escape(stem))
        alts = "|".join(sorted(names, key=len, reverse=True))
        pattern = (
            rf"(?:\b(?:use|add|play|with|put|choose|switch\s+to|change\s+to)\s+|用|加|添加|放|换成?)?"
            rf"(?:the\s+song\s+)?(?<![\w])(?:{alts})(?![\w])"
        )
        book_now.add("music", pattern)(_use(ref.id))
    return book_now.rules


def _use(media_id: str) -> Build:
    def build(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
        return [SetMusic(source=media_id)]

    return build


RULES = book.rules

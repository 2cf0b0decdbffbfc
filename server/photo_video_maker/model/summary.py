"""The timeline as a person reads it (the format of shared/spec/draft-format.md), in English or
Chinese."""

from __future__ import annotations

from .draft import AudioTrack, Draft, TextTrack, VideoTrack
from .lang import Lang, count, join, say, seconds_text
from .meta import Transition

# kept under its old name: other layers format seconds with it
seconds = seconds_text

TRANSITION_WORDS = {
    "crossfade": ("crossfade", "淡入淡出"),
    "fadeblack": ("fade through black", "黑场过渡"),
    "fadewhite": ("fade through white", "白场过渡"),
    "zoom": ("zoom", "缩放"),
    "circle": ("circle", "圆形展开"),
    "random": ("a random mix", "随机混合"),
}
DIRECTIONS = {"left": "向左", "right": "向右", "up": "向上", "down": "向下"}
MOVES = {"slide": "滑动", "push": "推移", "wipe": "擦除"}
LOOK_ZH = {"bw": "黑白", "sepia": "复古", "warm": "暖色调", "cool": "冷色调", "vivid": "鲜艳"}


def _span(s: int, d: int, lang: Lang) -> str:
    return f"{seconds(s)}-{seconds(s + d)}" + say(lang, "s", "秒")


def _video_line(track: VideoTrack, lang: Lang) -> str:
    photos = sum(1 for seg in track.sg if seg.m.kind != "video")
    clips = len(track.sg) - photos
    parts = [count(photos, "photo", lang)] if photos else []
    parts += [count(clips, "clip", lang)] if clips else []
    what = join(parts, lang) or say(lang, "empty", "空")
    head = say(lang, "Video", "画面")
    if not track.sg:
        return f"{head}: {what}" if lang == "en" else f"{head}：{what}"
    start, end = track.sg[0].s, max(seg.end for seg in track.sg)
    kinds = {
        seg.m.transition.type for seg in track.sg[1:] if isinstance(seg.m.transition, Transition)
    }
    if not kinds:
        trans = say(lang, "no transitions", "无转场")
    elif len(kinds) == 1:
        trans = transition_words(next(iter(kinds)), lang)
    else:
        trans = say(lang, "mixed transitions", "多种转场")
    cuts = sum(seg.m.transition == "none" for seg in track.sg[1:])
    if kinds and cuts:  # "crossfade, 1 straight cut": a cut asked for between two photos
        trans += say(lang, ", ", "，") + count(cuts, "straight cut", lang)
    span = _span(start, end - start, lang)
    return say(lang, f"{head}: {what} ({span}), {trans}", f"{head}：{what}（{span}），{trans}")


def _audio_line(track: AudioTrack, lang: Lang) -> str:
    bgm = track.m.role == "bgm"
    label = say(lang, "Music", "背景音乐") if bgm else (track.m.name or "Audio")
    items = []
    for seg in track.sg:
        percent = round(seg.m.volume * 100)
        name, span = seg.m.name or "audio", _span(seg.s, seg.d, lang)
        items.append(say(lang, f"{name} ({span}, {percent}%)", f"{name}（{span}，{percent}%）"))
    body = "; ".join(items) or say(lang, "empty", "空")
    return say(lang, f"{label}: {body}", f"{label}：{body}")


ROLE_WORDS = {
    "title": ("Title", "标题"),
    "caption": ("Caption", "字幕"),
    "closing": ("Closing text", "结尾文字"),
}


def _text_line(track: TextTrack, lang: Lang) -> str:
    """One text: "Title: "Our trip" (0-3s)"; several share the track's line, so the numbers
    count tracks as the header does."""
    items = []
    for seg in track.sg:
        en, zh = ROLE_WORDS.get(seg.m.role or "text", ("Text", "文字"))
        text, span = seg.m.text, _span(seg.s, seg.d, lang)
        if len(track.sg) == 1:
            return say(lang, f'{en}: "{text}" ({span})', f"{zh}：“{text}”（{span}）")
        items.append(say(lang, f'{en.lower()} "{text}" ({span})', f"{zh}“{text}”（{span}）"))
    return say(lang, "Texts: " + "; ".join(items), "文字：" + "；".join(items))


def summarize(draft: Draft, lang: Lang = "en") -> str:
    """Numbered lines, one per track (one per text), under a header with length and size."""
    m = draft.m
    if lang == "zh":
        header = f"时间线（{count(len(draft.t), 'track', lang)}，{seconds(draft.d)} 秒，"
        header += f"{m.w}x{m.h} {m.aspect}）："
    else:
        header = (
            f"Timeline ({count(len(draft.t), 'track')}, {seconds(draft.d)} s, "
            f"{m.w}x{m.h} {m.aspect}):"
        )
    lines: list[str] = []
    for track in draft.t:
        if isinstance(track, VideoTrack):
            lines.append(_video_line(track, lang))
        elif isinstance(track, AudioTrack):
            lines.append(_audio_line(track, lang))
        elif track.sg:
            lines.append(_text_line(track, lang))
    extras = []
    look = getattr(m, "look", "none")
    if look and look != "none":
        extras.append(say(lang, f"look: {look_words(look)}", f"色彩：{LOOK_ZH.get(look, look)}"))
    fade_in, fade_out = int(getattr(m, "fade_in", 0) or 0), int(getattr(m, "fade_out", 0) or 0)
    if fade_in > 0:
        extras.append(say(lang, f"fade in {seconds(fade_in)} s", f"开头淡入 {seconds(fade_in)} 秒"))
    if fade_out > 0:
        extras.append(
            say(lang, f"fade out {seconds(fade_out)} s", f"结尾淡出 {seconds(fade_out)} 秒")
        )
    body = [f"  {i}. {line}" for i, line in enumerate(lines, 1)]
    if extras:
        text = say(lang, ", ", "，").join(extras)
        body.append("  " + text[:1].upper() + text[1:])
    return "\n".join([header, *body])


def transition_words(name: str, lang: Lang = "en") -> str:
    """ "slideleft" -> "slide left" / "向左滑动": transition names as a person says them."""
    if name in TRANSITION_WORDS:
        return say(lang, *TRANSITION_WORDS[name])
    for verb, zh in MOVES.items():
        if name.startswith(verb):
            way = name[len(verb) :]
            return say(lang, f"{verb} {way}", DIRECTIONS.get(way, way) + zh)
    return name


def look_words(look: str) -> str:
    """ "bw" -> "black and white": no internal names in what a person reads."""
    return {"bw": "black and white", "vivid": "vivid colours"}.get(look, look)

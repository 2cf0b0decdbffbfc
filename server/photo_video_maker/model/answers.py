"""Questions about the project answered from the draft, in the person's language; nothing
changes. "How long is it?", "what music is that?", "where did my video go?"."""

from __future__ import annotations

from dataclasses import dataclass

from .catalog import resolution_of
from .draft import Draft
from .edit_text import POS_WORDS
from .fit_told import fit_told
from .lang import Lang, count, join, say, secs
from .meta import Transition
from .summary import LOOK_ZH, look_words, transition_words

# (English, Chinese): what a person can ask for, as the help answer lists it
HELP_LINES = [
    (
        '"turn my photos into a slideshow with music and transitions"',
        "“把照片做成带音乐和转场的幻灯片”",
    ),
    ('"make it vertical for TikTok", "square for Instagram"', "“竖屏，发抖音”、“做成正方形”"),
    (
        '"2 seconds per photo", "a bit slower", "make it 30 seconds"',
        "“每张两秒”、“慢一点”、“总长30秒”",
    ),
    (
        "\"add the title 'Summer 2026'\", \"end with 'Love, Dad'\"",
        "“标题写‘夏天2026’”、“结尾写‘爱你的爸爸’”",
    ),
    ('"calm music", "quieter", "no music"', "“换成轻松的音乐”、“音乐小声点”、“不要音乐”"),
    ('"fade to black", "less movement", "black and white"', "“黑场转场”、“动效少一点”、“黑白”"),
    (
        '"the fifth one is blurry, leave it out", "move photo 3 to the start"',
        "“第五张糊了，删掉”、“第三张放最前面”",
    ),
    ('"how long is it?", "undo", "export 1080p"', "“现在多长？”、“撤销”、“导出1080p”"),
]


@dataclass(frozen=True)
class Export:
    """The session's latest export, for "where did my video go"."""

    status: str
    path: str | None = None
    progress: float = 0.0
    job_id: str = ""


def answer(
    question: str,
    draft: Draft,
    lang: Lang,
    last_changes: list[str] | None = None,
    export: Export | None = None,
) -> str:
    """The answer to one of ``reading.Question``, from the draft and the session's memory."""
    if question == "length":
        return _length(draft, lang)
    if question == "count":
        return _count(draft, lang)
    if question == "music":
        return _music(draft, lang)
    if question == "last_change":
        if not last_changes:
            return say(lang, "Nothing has been changed yet.", "还没有做过修改。")
        return say(lang, "Last change: ", "上一次修改：") + say(lang, "; ", "；").join(last_changes)
    if question == "output":
        return _output(export, lang)
    if question == "format":
        return _format(draft, lang)
    if question == "texts":
        return _texts(draft, lang)
    if question == "style":
        return _style(draft, lang)
    if question == "fit":
        return fit_told(draft, lang)
    if question == "ok":
        return say(lang, "OK, I left everything as it is.", "好的，保持原样，什么都没改。")
    if question == "received":
        what = _visuals(draft, lang)
        if not what:
            return say(lang, "There are no photos yet.", "还没有照片。")
        return say(
            lang,
            f'Got them: the video has {what}. Tell me what to make of them, for example "a '
            'slideshow with calm music".',
            f"收到：视频里有 {what}。想怎么做直接说，比如“做成幻灯片，配轻松的音乐”。",
        )
    if question == "thanks":
        return say(
            lang,
            'Glad to help! Tell me what else to change, or say "export" to save the video.',
            "不客气！还想改什么直接说，或者说“导出”保存视频。",
        )
    return help_text(lang)


def help_text(lang: Lang) -> str:
    lead = say(
        lang,
        "I turn your photos, clips and music into a video. Things you can say:",
        "我可以把照片、视频片段和音乐做成视频。你可以这样说：",
    )
    lines = [say(lang, en, zh) for en, zh in HELP_LINES]
    return "\n".join([lead, *(f"- {line}" for line in lines)])


def _visuals(draft: Draft, lang: Lang) -> str:
    track = draft.video_track()
    segs = track.sg if track is not None else []
    clips = sum(1 for seg in segs if seg.m.kind == "video")
    parts = [count(len(segs) - clips, "photo", lang)] if len(segs) > clips else []
    parts += [count(clips, "clip", lang)] if clips else []
    return join(parts, lang)


def _length(draft: Draft, lang: Lang) -> str:
    if not draft.d:
        return say(lang, "The video is empty: upload photos first.", "视频还是空的：先上传照片吧。")
    return say(
        lang,
        f"The video is {secs(draft.d)} long ({_visuals(draft, lang)}){_each(draft, lang)}.",
        f"视频长 {secs(draft.d, lang)}（{_visuals(draft, lang)}）{_each(draft, lang)}。",
    )


def _each(draft: Draft, lang: Lang) -> str:
    """How long each photo stays on screen ("how many seconds is each photo" is asked as the
    length): one time when they share it, else the shortest and the longest."""
    track = draft.video_track()
    times = sorted({seg.d for seg in track.sg if seg.m.kind != "video"} if track else set())
    if not times:
        return ""
    if len(times) == 1:
        time = secs(times[0], lang)
        return say(lang, f"; each photo shows for {time}", f"，每张照片显示 {time}")
    low, high = secs(times[0], lang), secs(times[-1], lang)
    return say(lang, f"; each photo shows for {low} to {high}", f"，每张照片显示 {low} 到 {high}")


def _count(draft: Draft, lang: Lang) -> str:
    what = _visuals(draft, lang)
    if not what:
        return say(lang, "There are no photos yet.", "还没有照片。")
    return say(lang, f"The video has {what}.", f"视频里有 {what}。")


def _music(draft: Draft, lang: Lang) -> str:
    track = draft.bgm_track()
    if track is None or not track.sg:
        return say(lang, "There is no music.", "现在没有音乐。")
    m = track.sg[0].m
    pct, name = round(m.volume * 100), m.name or "?"
    fade = m.fade_out
    if lang == "zh":
        tail = f"，结尾淡出 {secs(fade, lang)}" if fade else ""
        return f"背景音乐是“{name}”，音量 {pct}%{tail}。"
    tail = f", fading out over {secs(fade)}" if fade else ""
    return f'The music is "{name}" at {pct}% volume{tail}.'


def _output(export: Export | None, lang: Lang) -> str:
    if export is None:
        return say(
            lang,
            'No video has been exported yet: say "export" and I will render it.',
            "还没有导出过视频：说“导出”我就开始渲染。",
        )
    if export.status == "completed" and export.path:
        return say(lang, f"Your video is at {export.path}", f"你的视频在 {export.path}")
    if export.status == "failed":
        return say(
            lang,
            'The last export failed: say "export" to try again.',
            "上次导出失败了：说“导出”再试一次。",
        )
    pct = round(export.progress * 100)
    return say(
        lang,
        f"Your video is still rendering ({pct}%); ask again in a moment.",
        f"视频还在渲染（{pct}%），稍后再问我。",
    )


def _format(draft: Draft, lang: Lang) -> str:
    m = draft.m
    res = resolution_of(m.w, m.h)
    # "is it vertical now?" is answered in words, not only with the ratio
    en, zh = ("vertical", "竖屏") if m.h > m.w else ("horizontal", "横屏")
    if m.h == m.w:
        en, zh = "square", "正方形"
    return say(
        lang,
        f"It is {en} ({m.aspect}), {m.w}x{m.h} ({res}), at {m.fps} frames per second.",
        f"现在是{zh}，画面比例 {m.aspect}，{m.w}x{m.h}（{res}），每秒 {m.fps} 帧。",
    )


def _texts(draft: Draft, lang: Lang) -> str:
    track = draft.text_track()
    if track is None or not track.sg:
        return say(lang, "There is no text on the video.", "视频上没有文字。")
    names = {"title": ("Title", "标题"), "caption": ("Caption", "字幕")}
    names["closing"] = ("Closing text", "结尾文字")
    lines = []
    for seg in track.sg:
        en, zh = names.get(str(seg.m.role), ("Text", "文字"))
        text = seg.m.text
        # "is the title at the bottom now?": where it is, when it was placed
        at_en, at_zh = POS_WORDS[seg.m.pos] if seg.m.pos else ("", "")
        at_en, at_zh = (f", {at_en}", f"，{at_zh}") if at_en else ("", "")
        lines.append(say(lang, f'{en}: "{text}"{at_en}', f"{zh}：“{text}”{at_zh}"))
    return "\n".join(lines)


def _style(draft: Draft, lang: Lang) -> str:
    """How it looks and moves: "are the transitions crossfades?", "is it black and white?",
    "照片会动吗" are answered with the transitions, the look, the motion and the fades."""
    track = draft.video_track()
    segs = track.sg if track is not None else []
    trans = [seg.m.transition for seg in segs[1:] if isinstance(seg.m.transition, Transition)]
    kinds = sorted({t.type for t in trans})
    if not trans:
        lines = [
            say(lang, "Photos change with a cut (no transitions).", "照片直接切换（没有转场）。")
        ]
    elif len(kinds) == 1:
        ms = max(t.d for t in trans)
        name = transition_words(kinds[0], lang)
        lines = [
            say(lang, f"Transitions: {name}, {secs(ms)}.", f"转场：{name}，{secs(ms, lang)}。")
        ]
    else:
        names = join([transition_words(k, lang) for k in kinds], lang)
        lines = [say(lang, f"Transitions: a mix ({names}).", f"转场：多种（{names}）。")]
    look = str(getattr(draft.m, "look", "none") or "none")
    if look == "none":
        lines.append(say(lang, "Colours: natural, no filter.", "色彩：原色，没有滤镜。"))
    else:
        lines.append(
            say(lang, f"Colours: {look_words(look)}.", f"色彩：{LOOK_ZH.get(look, look)}。")
        )
    photos = [seg.m for seg in segs if seg.m.kind != "video"]
    moving = [m.motion for m in photos if m.motion.type != "none"]
    if photos and not moving:
        lines.append(say(lang, "The photos keep still.", "照片是静止的。"))
    elif moving:
        zoom = max(max(m.zoom) for m in moving)
        lines.append(
            say(
                lang,
                f"The photos move slowly (zoom up to {zoom:g}x).",
                f"照片会缓慢推拉（最大 {zoom:g} 倍）。",
            )
        )
    fade_in = int(getattr(draft.m, "fade_in", 0) or 0)
    fade_out = int(getattr(draft.m, "fade_out", 0) or 0)
    if fade_in:
        lines.append(
            say(
                lang,
                f"It fades in from black over {secs(fade_in)}.",
                f"开头从黑场淡入 {secs(fade_in, lang)}。",
            )
        )
    if fade_out:
        lines.append(
            say(
                lang,
                f"It fades out to black over {secs(fade_out)}.",
                f"结尾淡出到黑场 {secs(fade_out, lang)}。",
            )
        )
    return say(lang, " ", "").join(lines)

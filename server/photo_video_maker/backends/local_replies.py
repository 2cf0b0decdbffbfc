"""What the local backend tells the person: the replies that need no session, each in the
person's language (the backend in local.py does the work and picks the reply). The music list
is the cloud backend's too: the built-in tracks are this package's on both."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..error_words import export_failure_in_chinese
from ..errors import bounded
from ..instruct.reading import Reading
from ..model.draft import Draft
from ..model.lang import Lang, count, join, say, secs
from ..model.summary import summarize
from ..music.builtin import list_tracks
from .clarify_question import which_question
from .results import (
    Choice,
    CreditsResult,
    EditResult,
    ExportResult,
    MediaItem,
    MusicList,
    MusicTrack,
)

NEXT_STEP = (
    "Some of the person's words could not be placed offline. If you understood them, call "
    "edit again with `operations` (typed edits, described in the tool's input schema) instead "
    "of `instruction`, and tell the person what you did."
)


UPLOADED = (("image", "photo"), ("video", "clip"))


def _which(reading: Reading, lang: Lang) -> str:
    if len(reading.clarify) == 1:  # one thing it could mean: a yes does it
        label = reading.clarify[0].label
        return say(
            lang,
            f"Do you want this: {label}? Say yes to do it.",
            f"要这样吗：{label}？说“好”就行。",
        )
    return which_question(reading.clarify, lang)  # "Which photo do you mean? …"


def clarify(sid: str, reading: Reading, lang: Lang) -> EditResult:
    """A sentence that could mean two edits: the options, nothing changed."""
    return EditResult(
        session_id=sid,
        action="clarify",
        changes=[],
        summary=_which(reading, lang),
        options=[option.label for option in reading.clarify],
        choices=[Choice(label=o.label, operations=list(o.edits)) for o in reading.clarify],
        next_step="Ask the person which option they meant, then call edit with that choice's "
        "`operations` (or pass their answer as `instruction`: a number or the option's words "
        "pick it).",
        language=lang,
    )


def not_understood(sid: str, reading: Reading, text: str, draft: Draft, lang: Lang) -> EditResult:
    """Nothing placed: suggestions on the person's topic, and the host model's next step."""
    hints = reading.suggestions
    tried = "; ".join(f'"{hint}"' for hint in hints if hint != reading.refused)
    lead = say(
        lang,
        "I did not understand that, so nothing changed."
        + (f" Try for example: {tried}" if tried else ""),
        "没听懂这句话，所以什么都没改。" + (f"可以试试：{tried}" if tried else ""),
    )
    if reading.refused:  # understood, but not possible as said: why, then what else to try
        lead = reading.refused + say(
            lang,
            f" Try for example: {tried}" if tried else "",
            f"可以试试：{tried}" if tried else "",
        )
    return EditResult(
        session_id=sid,
        action="edit",
        changes=[],
        understood=False,
        unplaced=[bounded(part, 80) for part in reading.leftover] or [bounded(text, 80)],
        suggestions=hints,
        next_step=NEXT_STEP,
        summary=lead + "\n" + summarize(draft, lang),
        language=lang,
    )


# what a topic is, named in a reply that it stays as it is
KEPT_WHAT = {
    "music": ("The music stays as it is", "音乐保持"),
    "text": ("The texts stay as they are", "文字保持"),
    "order": ("The order stays as it is", "顺序保持"),
    "timing": ("The timing stays as it is", "时长保持"),
    "transition": ("The transitions stay as they are", "转场保持"),
    "motion": ("The motion stays as it is", "动效保持"),
    "frame": ("The framing stays as it is", "画面保持"),
    "look": ("The look stays as it is", "色调保持"),
}


def kept(sid: str, reading: Reading, draft: Draft, lang: Lang) -> EditResult:
    """ "leave the fit alone", "the music is fine": nothing asked; what was said stays as it is."""
    en, zh = KEPT_WHAT.get(reading.topic or "", ("Everything stays as it is", "全部保持"))
    said = say(lang, f"OK. {en}; nothing changed.", f"好的，{zh}原样，什么都没改。")
    return EditResult(
        session_id=sid,
        action="answer",
        changes=[],
        summary=said + "\n" + summarize(draft, lang),
        language=lang,
    )


def edited(
    sid: str, new: Draft, changes: list[str], leftover: Sequence[str], lang: Lang
) -> EditResult:
    """Edits made; words around them that could not be placed are said, not hidden."""
    summary = summarize(new, lang)
    unplaced = [bounded(part.strip(), 80) for part in leftover if part.strip()]
    if unplaced:
        words = "; ".join(f'"{part}"' for part in unplaced)
        lead = say(
            lang, f"I did not understand {words}; the rest is done.", f"没听懂{words}，其余已完成。"
        )
        summary = lead + "\n" + summary
    return EditResult(
        session_id=sid,
        action="edit",
        changes=changes,
        summary=summary,
        understood=not unplaced,
        unplaced=unplaced,
        next_step=NEXT_STEP if unplaced else None,
        language=lang,
    )


def upload_undone(kinds: Sequence[str], lang: Lang) -> str:
    """Undo of an upload: "Took out the 2 photos just added" / "已撤销刚才上传的 2 张照片"."""
    items = [count(kinds.count(kind), noun, lang) for kind, noun in UPLOADED if kind in kinds]
    if "audio" in kinds:
        n = kinds.count("audio")
        items.append(say(lang, f"{n} song" + ("s" if n != 1 else ""), f"{n} 首歌"))
    said = join(items, lang)
    return say(lang, f"Took out the {said} just added", f"已撤销刚才上传的 {said}")


def credits_told(credits: CreditsResult, lang: Lang) -> str:
    """The credits line for the person."""
    if lang != "zh":
        return credits.summary
    if credits.charged:
        return f"还剩 {credits.available} 个积分（{credits.frozen} 个被渲染占用）。"
    return f"本地引擎免费，不收任何费用。已导出 {credits.usage.get('export_count', 0)} 次。"


def credits_result(usage: dict[str, int], allowance: int, frozen: int) -> CreditsResult:
    """Credits of the local engine: free unless an allowance is set."""
    if not allowance:
        return CreditsResult(
            backend="local",
            available=0,
            frozen=0,
            total=0,
            charged=False,
            usage=usage,
            summary=f"The local engine is free: nothing is charged. Exports made so far: "
            f"{usage.get('export_count', 0)}.",
        )
    available = max(0, allowance - usage.get("export_credits", 0) - frozen)
    return CreditsResult(
        backend="local",
        available=available,
        frozen=frozen,
        total=available + frozen,
        charged=True,
        usage=usage,
        summary=f"{available} of {allowance} credits left ({frozen} reserved by renders).",
    )


def music_list(uploaded: list[MediaItem], lang: Lang = "en") -> MusicList:
    """The built-in tracks, and the songs the person uploaded."""
    tracks = [
        MusicTrack(name=t.name, title=t.title, mood=t.mood, bpm=t.bpm, description=t.description)
        for t in list_tracks()
    ]
    if lang == "zh":  # the tracks' names are what a person asks for, in any language
        summary = f"内置音乐：{'、'.join(t.name for t in tracks)}。比如说“加点舒缓的音乐”。"
        if uploaded:
            summary += "已上传：" + "、".join(m.name for m in uploaded) + "。"
        return MusicList(tracks=tracks, uploaded=uploaded, summary=summary)
    names = ", ".join(f"{t.name} ({t.mood})" for t in tracks)
    summary = f'Built-in music: {names}. Say for example "add calm music".'
    if uploaded:
        summary += " Uploaded: " + ", ".join(m.name for m in uploaded) + "."
    return MusicList(tracks=tracks, uploaded=uploaded, summary=summary)


# the size limit an export was made within, as exports.py states it in English (share_size's
# within_limit): ", within 16 MB, WhatsApp's limit)."
_WITHIN = re.compile(r", within ([\d.]+ MB)(?:, (.+)'s limit)?\)\.?$")
_WHOSE = {"an email attachment": "邮件附件的上限"}


def _within_zh(summary: str) -> str:
    """ "，不超过 16 MB（WhatsApp 的上限）" for an export made within a size limit; else empty."""
    found = _WITHIN.search(summary)
    if found is None:
        return ""
    limit, whose = found.groups()
    return f"，不超过 {limit}" + (f"（{_WHOSE.get(whose, f'{whose} 的上限')}）" if whose else "")


def export_told(export: ExportResult, lang: Lang) -> str:
    """An export's state for the person, in their language."""
    if lang != "zh":
        return export.summary
    if export.status == "completed" and export.path:
        size = (export.size_bytes or 0) / 1e6
        length = secs(export.duration_ms or 0, lang)
        return (
            f"视频做好了：{export.path}（{length}，{export.width}x{export.height}，{size:.1f} MB"
            f"{_within_zh(export.summary)}）"
        )
    if export.status == "failed":
        why = export_failure_in_chinese(export.error or "")
        return f"导出失败：{why}" if why else f"导出失败：{export.error}"
    if export.status == "queued":
        return "准备开始渲染，会在后台进行，稍后就好。"
    return f"还在渲染（{export.progress:.0%}），会在后台继续，稍后就好。"


# "(say 'undo' to bring it back)" told with a removal: said again inside "Undid the last change
# (it was: ...)" it would offer the undo just done
UNDO_HINT = re.compile(
    r" \(say 'undo' to bring \w+ back\)|; say 'undo' to bring them back"
    r"|（说“撤销”可以恢复）|；说“撤销”可恢复"
)


def without_undo_hint(told: str) -> str:
    return UNDO_HINT.sub("", told)

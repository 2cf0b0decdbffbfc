"""What a cloud turn changed, in plain words, from the draft before and after it.

About a third of the cloud's edits come back without any text; the person still needs to hear
what happened. Both drafts are summarised the way ``state`` shows them (``model.summary``) and
the two summaries compared line by line, so the words match what the person sees elsewhere.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from pydantic import ValidationError

from ..instruct.gui_reply import translate_reply
from ..model.draft import TRACK, Draft
from ..model.lang import Lang, say
from ..model.summary import summarize

log = logging.getLogger("photo_video_maker.cloud")
EXPORT_HINT = "When you are happy with it, say 'export' and I will render the video."
EXPORT_HINT_ZH = "满意的话，说“导出”，我就把视频渲染出来。"

# the summary's header in either language (model/summary.py)
_HEADER = re.compile(
    r"(?:Timeline \(|时间线（)(?P<tracks>[^,，]+)[,，]\s*(?P<length>[^,，]+)[,，]\s*"
    r"(?P<frame>[^)）]+)[)）][:：]"
)
_ITEM = re.compile(r"^\s+\d+\.\s+(?P<line>.+)$")
_SEPARATORS = re.compile(r"[,，]")

# a reply that says the request was not understood (and the timeline did not change)
NOT_UNDERSTOOD = re.compile(
    r"(?:did\s*n[o']t|could\s*n[o']t|can\s*n[o']t|unable\s+to)\s+understand|not\s+sure\s+what"
    r"|没(?:有)?(?:理解|听懂|明白)|不(?:理解|明白)|无法理解",
    re.IGNORECASE,
)


def read_draft(data: dict[str, Any] | None) -> Draft:
    """The cloud's draft as a Draft, leniently: tracks that do not fit the format are left out
    (with a log line) rather than making the whole state unreadable."""
    if not data:
        return Draft()
    try:
        return Draft.model_validate(data)
    except ValidationError:
        pass
    tracks = []
    for raw in data.get("t") or []:
        try:
            tracks.append(TRACK.validate_python(raw))
        except ValidationError:
            log.warning("left out a cloud track that does not fit the draft format")
    rest = {k: v for k, v in data.items() if k != "t"}
    try:
        return Draft.model_validate({**rest, "t": [t.model_dump() for t in tracks]})
    except ValidationError:
        return Draft(t=tracks, d=max((s.end for t in tracks for s in t.sg), default=0))


def _lines(summary: str) -> tuple[dict[str, str], list[str], set[str]]:
    """Header fields, numbered track lines, and the items of the unnumbered style line."""
    lines = summary.splitlines()
    header = _HEADER.match(lines[0]) if lines else None
    head = header.groupdict() if header else {}
    items: list[str] = []
    extras: set[str] = set()
    for line in lines[1:]:
        numbered = _ITEM.match(line)
        if numbered:
            items.append(numbered.group("line"))
        else:  # "Look: sepia, fade out 1 s": compared item by item
            parts = _SEPARATORS.split(line)
            extras.update(part.strip().lower() for part in parts if part.strip())
    return head, items, extras


def _label(line: str) -> tuple[str, str]:
    """'Title: "Summer" (0-3s)' / '标题：“夏天”（0-3秒）' -> the label and what follows it."""
    found = re.search(r"[:：]", line)
    if found is None:
        return line, ""
    return line[: found.start()], line[found.end() :].strip()


def describe_changes(before: Draft, after: Draft, lang: Lang = "en") -> list[str]:
    """Differences between two drafts as short sentences in the person's language; empty
    when nothing changed."""
    if before.to_json() == after.to_json():
        return []
    head_a, items_a, extras_a = _lines(summarize(before, lang))
    head_b, items_b, extras_b = _lines(summarize(after, lang))
    changes: list[str] = []
    for key, en, zh in (("length", "Length", "时长"), ("frame", "Frame", "画面尺寸")):
        if head_a.get(key) != head_b.get(key):
            was, now = head_a.get(key), head_b.get(key)
            changes.append(say(lang, f"{en}: {was} -> {now}", f"{zh}：{was} → {now}"))
    gone = [line for line in items_a if line not in items_b]
    new = [line for line in items_b if line not in items_a]
    for line in list(new):
        # the same label on both sides is one thing that changed, not one removed, one added
        label, now = _label(line)
        old = next((g for g in gone if _label(g)[0] == label), None)
        if old is not None:
            gone.remove(old)
            new.remove(line)
            was = _label(old)[1]
            changes.append(say(lang, f"{label}: {was} -> {now}", f"{label}：{was} → {now}"))
    changes += [say(lang, f"Removed {line}", f"删除了 {line}") for line in gone]
    changes += [say(lang, f"Added {line}", f"新增 {line}") for line in new]
    changes += [say(lang, f"No more {x}", f"去掉了{x}") for x in sorted(extras_a - extras_b)]
    changes += [say(lang, f"Now {x}", f"现在{x}") for x in sorted(extras_b - extras_a)]
    if not changes:
        changes.append(
            say(
                lang,
                "Changed details the summary does not show (such as fit, motion or fps)",
                "改动了时间线摘要里不显示的细节（比如照片适配方式、镜头运动或帧率）",
            )
        )
    return changes


def describe_turn(
    text: str, before: Draft, after: Draft, *, exporting: bool = False, lang: Lang = "en"
) -> tuple[list[str], list[str], bool]:
    """What to tell the person after a turn, in their language: the cloud's reply rewritten
    for a chat or, when it said nothing, what changed, then the timeline. Returns (lines,
    changes, whether anything was understood). ``exporting``: the export the reply pointed
    at is running."""
    changes = describe_changes(before, after, lang)
    reply = translate_reply(text, exporting=exporting)
    if reply.text:
        lines = [reply.text]
    elif changes:
        lines = [
            say(
                lang,
                "Done. What changed: " + "; ".join(changes) + ".",
                "好了。改动：" + "；".join(changes) + "。",
            )
        ]
    else:
        lines = [
            say(
                lang,
                "The cloud finished without a reply, and the timeline did not change.",
                "云端没有回复，时间线也没有变化。",
            )
        ]
    if "export" in reply.actions and not exporting and "export" not in reply.text.lower():
        # the GUI's Export button becomes an offer to export
        lines.append(say(lang, EXPORT_HINT, EXPORT_HINT_ZH))
    summary = summarize(after, lang)
    if summary not in reply.text:  # some replies already end with the timeline
        lines.append(summary)
    said_no = bool(NOT_UNDERSTOOD.search(reply.text))
    return lines, changes, bool(changes) or (bool(reply.text) and not said_no)

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
from ..model.summary import summarize

log = logging.getLogger("photo_video_maker.cloud")
EXPORT_HINT = "When you are happy with it, say 'export' and I will render the video."

_HEADER = re.compile(r"Timeline \((?P<tracks>[^,]+), (?P<length>[^,]+), (?P<frame>[^)]+)\):")
_ITEM = re.compile(r"^\s+\d+\.\s+(?P<line>.+)$")

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
            extras.update(part.strip().lower() for part in line.split(",") if part.strip())
    return head, items, extras


def _label(line: str) -> str:
    return line.split(":", 1)[0]


def describe_changes(before: Draft, after: Draft) -> list[str]:
    """Differences between two drafts as short sentences; empty when nothing changed."""
    if before.to_json() == after.to_json():
        return []
    head_a, items_a, extras_a = _lines(summarize(before))
    head_b, items_b, extras_b = _lines(summarize(after))
    changes: list[str] = []
    if head_a.get("length") != head_b.get("length"):
        changes.append(f"Length: {head_a.get('length')} -> {head_b.get('length')}")
    if head_a.get("frame") != head_b.get("frame"):
        changes.append(f"Frame: {head_a.get('frame')} -> {head_b.get('frame')}")
    gone = [line for line in items_a if line not in items_b]
    new = [line for line in items_b if line not in items_a]
    for line in list(new):
        # the same label on both sides is one thing that changed, not one removed, one added
        old = next((g for g in gone if _label(g) == _label(line)), None)
        if old is not None:
            gone.remove(old)
            new.remove(line)
            was, now = old.partition(":")[2].strip(), line.partition(":")[2].strip()
            changes.append(f"{_label(line)}: {was} -> {now}")
    changes += [f"Removed {line}" for line in gone]
    changes += [f"Added {line}" for line in new]
    changes += [f"No more {item}" for item in sorted(extras_a - extras_b)]
    changes += [f"Now {item}" for item in sorted(extras_b - extras_a)]
    if not changes:
        changes.append("Changed details the summary does not show (such as fit, motion or fps)")
    return changes


def describe_turn(
    text: str, before: Draft, after: Draft, *, exporting: bool = False
) -> tuple[list[str], list[str], bool]:
    """What to tell the person after a turn: the cloud's reply rewritten for a chat or, when
    it said nothing, what changed, then the timeline. Returns (lines, changes, whether
    anything was understood). ``exporting``: the export the reply pointed at is running."""
    changes = describe_changes(before, after)
    reply = translate_reply(text, exporting=exporting)
    if reply.text:
        lines = [reply.text]
    elif changes:
        lines = ["Done. What changed: " + "; ".join(changes) + "."]
    else:
        lines = ["The cloud finished without a reply, and the timeline did not change."]
    if "export" in reply.actions and not exporting and "export" not in reply.text.lower():
        lines.append(EXPORT_HINT)  # the GUI's Export button becomes an offer to export
    summary = summarize(after)
    if summary not in reply.text:  # some replies already end with the timeline
        lines.append(summary)
    said_no = bool(NOT_UNDERSTOOD.search(reply.text))
    return lines, changes, bool(changes) or (bool(reply.text) and not said_no)

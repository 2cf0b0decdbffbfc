"""Edit handlers for the texts: title, captions, closing text and their style.

Style keys written on a text segment's metadata (the renderer reads them as its style):
``color`` ("#RRGGBB"), ``size`` (a factor of the default size, 1.0) and ``pos``
("top", "center" or "bottom").
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import DraftError, InstructionNotUnderstood, shorten
from .draft import Draft, Segment
from .edit_common import EditContext, label, plural, position, sentence, video_segments
from .edit_types import RemoveText, SetCaption, SetClosing, SetTextStyle, SetTitle
from .layout import set_text

COLORS = {
    "white": "#FFFFFF",
    "black": "#000000",
    "yellow": "#FFD400",
    "gold": "#D4AF37",
    "orange": "#FF8C00",
    "red": "#E53935",
    "pink": "#FF6FB5",
    "purple": "#8E44AD",
    "blue": "#1E88E5",
    "light blue": "#81D4FA",
    "green": "#43A047",
    "gray": "#9E9E9E",
    "grey": "#9E9E9E",
}
POSITIONS = ("top", "center", "bottom")
STYLE_KEYS = ("color", "size", "pos")
ROLES: dict[str, tuple[str, ...]] = {
    "all": ("title", "caption", "closing"),
    "title": ("title",),
    "captions": ("caption",),
    "closing": ("closing",),
}
TARGET_WORDS = {
    "all": "text",
    "title": "title",
    "captions": "captions",
    "closing": "closing text",
}
MAX_TEXT = 200


def _clean(text: str, what: str) -> str:
    cleaned = " ".join(text.split())
    if not cleaned:
        raise InstructionNotUnderstood(f"the {what} is empty", hint=f"Say what the {what} says")
    if len(cleaned) > MAX_TEXT:
        raise DraftError(
            f"the {what} is {len(cleaned)} characters long", hint=f"Keep it under {MAX_TEXT}"
        )
    return cleaned


def _texts(draft: Draft, roles: tuple[str, ...]) -> list[Segment]:
    track = draft.text_track()
    return [seg for seg in track.sg if seg.m.get("role") in roles] if track is not None else []


def _drop(draft: Draft, doomed: list[Segment]) -> dict[str, Any]:
    """Remove segments from the text track; returns the style of the first one removed."""
    track = draft.text_track()
    if track is None or not doomed:
        return {}
    ids = {seg.id for seg in doomed}
    track.sg = [seg for seg in track.sg if seg.id not in ids]
    if not track.sg:
        draft.t = [t for t in draft.t if t.id != track.id]
    return {key: doomed[0].m[key] for key in STYLE_KEYS if key in doomed[0].m}


def _style(edit: SetTitle | SetCaption | SetClosing) -> dict[str, Any]:
    """Style given with a new text: the colour as a code, the size as a factor of the usual."""
    style: dict[str, Any] = {}
    if edit.color is not None:
        style["color"] = _color(edit.color)[0]
    if edit.size is not None:
        style["size"] = edit.size
    if edit.pos is not None:
        style["pos"] = edit.pos
    return style


def title(draft: Draft, edit: SetTitle, ctx: EditContext) -> str:
    """Set the title, replacing any title but keeping its style."""
    text = _clean(edit.text, "title")
    old = _texts(draft, ("title",))
    style = _drop(draft, old)  # a new wording keeps the colour and place chosen before
    set_text(draft, text, role="title", **(style | _style(edit)))
    return f'Title is now "{text}"' if old else f'Added the title "{text}"'


def caption(draft: Draft, edit: SetCaption, ctx: EditContext) -> str:
    """Set one photo's caption, replacing the one it had."""
    text = _clean(edit.text, "caption")
    segments = video_segments(draft)
    pos = position(segments, edit.index)
    photo = segments[pos]
    old = [seg for seg in _texts(draft, ("caption",)) if seg.m.get("anchor") == photo.id]
    style = _drop(draft, old)
    set_text(draft, text, role="caption", anchor=photo.id, **(style | _style(edit)))
    return f'{sentence(label(segments, pos))} now has the caption "{text}"'


def closing(draft: Draft, edit: SetClosing, ctx: EditContext) -> str:
    """Set the closing text shown at the end."""
    text = _clean(edit.text, "closing text")
    video_segments(draft)  # an ending needs a video to end
    style = {"pos": "center"} | _drop(draft, _texts(draft, ("closing",))) | _style(edit)
    set_text(draft, text, role="closing", anchor="end", **style)
    return f'The video now ends with "{text}"'


def remove_text(draft: Draft, edit: RemoveText, ctx: EditContext) -> str:
    """Remove the title, the captions, the closing text or all text."""
    doomed = _texts(draft, ROLES[edit.which])
    what = TARGET_WORDS[edit.which]
    if not doomed:
        return f"There was no {what} to remove"
    _drop(draft, doomed)
    if edit.which == "captions":
        return f"Removed {plural(len(doomed), 'caption')}"
    if edit.which == "all":
        return f"Removed all text ({plural(len(doomed), 'item')})"
    return f"Removed the {what}"


def _color(value: str) -> tuple[str, str]:
    """(hex, words) for a colour name or hex code."""
    key = value.strip().lower()
    if key in COLORS:
        return COLORS[key], key
    if re.fullmatch(r"#[0-9a-f]{6}", key):
        return key.upper(), key.upper()
    raise InstructionNotUnderstood(
        f"unknown colour {shorten(value)}",
        hint=f"Choose one of {', '.join(COLORS)} or a #RRGGBB code",
    )


def text_style(draft: Draft, edit: SetTextStyle, ctx: EditContext) -> str:
    """Colour, size and position of the chosen texts."""
    targets = _texts(draft, ROLES[edit.target])
    what = TARGET_WORDS[edit.target]
    if not targets:
        example = {"captions": "caption the first photo 'Hello'", "closing": "end with 'Bye'"}
        raise DraftError(
            f"there is no {what} yet",
            hint=f"Add it first, e.g. {example.get(edit.target, 'add the title My trip')!r}",
        )
    said: list[str] = []
    if edit.color is not None:
        hex_code, words = _color(edit.color)
        for seg in targets:
            seg.m["color"] = hex_code
        said.append(words)
    if edit.size is not None:
        if not 0.2 <= edit.size <= 5:
            raise DraftError(f"a size change of {edit.size:g} times is too much")
        for seg in targets:
            seg.m["size"] = round(min(4.0, max(0.3, float(seg.m.get("size", 1.0)) * edit.size)), 3)
        said.append("bigger" if edit.size > 1 else "smaller")
    if edit.pos is not None:
        if edit.pos not in POSITIONS:
            raise InstructionNotUnderstood(
                f"unknown text position {shorten(edit.pos)}", hint=f"Choose {', '.join(POSITIONS)}"
            )
        for seg in targets:
            seg.m["pos"] = edit.pos
        said.append("in the middle" if edit.pos == "center" else f"at the {edit.pos}")
    if not said:
        return f"The {what} is unchanged"
    verb = "are" if edit.target == "captions" else "is"
    how = ", ".join(said[:-1]) + (" and " if len(said) > 1 else "") + said[-1]
    return f"The {what} {verb} now {how}"

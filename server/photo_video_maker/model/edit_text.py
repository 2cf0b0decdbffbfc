"""Edit handlers for the texts: title, captions, closing text and their style.

Style keys written on a text segment's metadata (the renderer reads them as its style):
``color`` ("#RRGGBB"), ``size`` (a factor of the default size, 1.0) and ``pos``
("top", "center" or "bottom").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import DraftError, InstructionNotUnderstood, shorten
from .draft import Draft, TextSegment
from .edit_common import EditContext, label, position, sentence, video_segments
from .edit_types import RemoveText, SetCaption, SetClosing, SetTextStyle, SetTitle
from .lang import Lang, count, join, say, secs
from .layout import set_text
from .meta import Role, TextMeta, TextPos
from .timeline import end_card_ms, relayout

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
ROLES: dict[str, tuple[Role, ...]] = {
    "all": ("title", "caption", "closing"),
    "title": ("title",),
    "captions": ("caption",),
    "closing": ("closing",),
}
TARGET_WORDS = {
    "all": ("text", "文字"),
    "title": ("title", "标题"),
    "captions": ("captions", "字幕"),
    "closing": ("closing text", "结尾文字"),
}
COLOR_ZH = {
    "white": "白色",
    "black": "黑色",
    "yellow": "黄色",
    "gold": "金色",
    "orange": "橙色",
    "red": "红色",
    "pink": "粉色",
    "purple": "紫色",
    "blue": "蓝色",
    "light blue": "浅蓝色",
    "green": "绿色",
    "gray": "灰色",
    "grey": "灰色",
}
POS_WORDS = {
    "top": ("at the top", "在顶部"),
    "center": ("in the middle", "在中间"),
    "bottom": ("at the bottom", "在底部"),
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


@dataclass(frozen=True)
class Look:
    """A text's style choices; None where none was made (the renderer's default applies)."""

    color: str | None = None
    size: float | None = None
    pos: TextPos | None = None

    @staticmethod
    def of(meta: TextMeta) -> Look:
        return Look(color=meta.color, size=meta.size, pos=meta.pos)

    def over(self, base: Look) -> Look:
        """These choices, and ``base``'s where these make none."""
        return Look(
            color=self.color if self.color is not None else base.color,
            size=self.size if self.size is not None else base.size,
            pos=self.pos if self.pos is not None else base.pos,
        )


def _texts(draft: Draft, roles: tuple[Role, ...]) -> list[TextSegment]:
    track = draft.text_track()
    return [seg for seg in track.sg if seg.m.role in roles] if track is not None else []


def _drop(draft: Draft, doomed: list[TextSegment]) -> Look:
    """Remove segments from the text track; returns the style of the first one removed."""
    track = draft.text_track()
    if track is None or not doomed:
        return Look()
    ids = {seg.id for seg in doomed}
    track.sg = [seg for seg in track.sg if seg.id not in ids]
    if not track.sg:
        draft.t = [t for t in draft.t if t.id != track.id]
    return Look.of(doomed[0].m)


def _style(edit: SetTitle | SetCaption | SetClosing) -> Look:
    """Style given with a new text: the colour as a code, the size as a factor of the usual."""
    color = _color(edit.color)[0] if edit.color is not None else None
    return Look(color=color, size=edit.size, pos=edit.pos)


def _styled(edit: SetTitle | SetCaption | SetClosing, lang: Lang) -> str:
    """How a new text was asked to look (", white, at the top"), for the reply."""
    said: list[str] = []
    if edit.color is not None:
        words = _color(edit.color)[1]
        said.append(say(lang, words, "是" + COLOR_ZH.get(words, words)))  # "标题现在是粉色"
    if edit.pos is not None and edit.pos in POSITIONS:
        said.append(say(lang, *POS_WORDS[edit.pos]))
    if edit.size is not None and edit.size != 1:
        bigger = edit.size > 1
        said.append(say(lang, "bigger" if bigger else "smaller", "更大" if bigger else "更小"))
    return say(lang, f" ({join(said)})", f"（{join(said, lang)}）") if said else ""


def _add(draft: Draft, text: str, role: Role, anchor: str, look: Look) -> None:
    set_text(draft, text, role=role, anchor=anchor, pos=look.pos, color=look.color, size=look.size)


def title(draft: Draft, edit: SetTitle, ctx: EditContext) -> str:
    """Set the title, replacing any title but keeping its style."""
    text = _clean(edit.text, "title")
    old = _texts(draft, ("title",))
    style = _drop(draft, old)  # a new wording keeps the colour and place chosen before
    _add(draft, text, "title", "start", _style(edit).over(style))
    how = _styled(edit, ctx.lang)
    if old:
        return say(ctx.lang, f'Title is now "{text}"{how}', f"标题已改为“{text}”{how}")
    return say(ctx.lang, f'Added the title "{text}"{how}', f"已加上标题“{text}”{how}")


def caption(draft: Draft, edit: SetCaption, ctx: EditContext) -> str:
    """Set one photo's caption, replacing the one it had."""
    text = _clean(edit.text, "caption")
    segments = video_segments(draft)
    pos = position(segments, edit.index)
    photo = segments[pos]
    old = [seg for seg in _texts(draft, ("caption",)) if seg.m.anchor == photo.id]
    style = _drop(draft, old)
    _add(draft, text, "caption", photo.id, _style(edit).over(style))
    name = label(segments, pos, ctx.lang)
    how = _styled(edit, ctx.lang)
    if old:
        return say(
            ctx.lang,
            f'{sentence(name)}\'s caption now reads "{text}"{how}',
            f"{name}的字幕已改为“{text}”{how}",
        )
    return say(
        ctx.lang,
        f'{sentence(name)} now has the caption "{text}"{how}',
        f"{name}加上了字幕“{text}”{how}",
    )


def closing(draft: Draft, edit: SetClosing, ctx: EditContext) -> str:
    """Set the closing text shown at the end."""
    text = _clean(edit.text, "closing text")
    video_segments(draft)  # an ending needs a video to end
    had = end_card_ms(draft) > 0
    style = _style(edit).over(_drop(draft, _texts(draft, ("closing",))))
    _add(draft, text, "closing", "end", style.over(Look(pos="center")))
    how = _styled(edit, ctx.lang)
    if had:
        return say(
            ctx.lang, f'The video now ends with "{text}"{how}', f"视频结尾现在显示“{text}”{how}"
        )
    now = secs(relayout(draft).d, ctx.lang)
    return say(
        ctx.lang,
        f'The video now ends with "{text}"{how} on a card after the last photo (it is now '
        f"{now} long)",
        f"视频结尾现在在最后一张照片之后显示“{text}”{how}（视频现在长 {now}）",
    )


def remove_text(draft: Draft, edit: RemoveText, ctx: EditContext) -> str:
    """Remove the title, the captions, the closing text or all text."""
    doomed = _texts(draft, ROLES[edit.which])
    lang, (en, zh) = ctx.lang, TARGET_WORDS[edit.which]
    if not doomed:
        were = "were" if en.endswith("s") else "was"  # "There were no captions to remove"
        return say(lang, f"There {were} no {en} to remove", f"没有{zh}可删除")
    _drop(draft, doomed)
    n = len(doomed)
    if edit.which == "captions":
        return say(lang, f"Removed {count(n, 'caption')}", f"已删除 {count(n, 'caption', lang)}")
    if edit.which == "all":
        return say(lang, f"Removed all text ({count(n, 'item')})", f"已删除全部文字（{n} 项）")
    return say(lang, f"Removed the {en}", f"已删除{zh}")


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
    lang, (what, what_zh) = ctx.lang, TARGET_WORDS[edit.target]
    if not targets:
        example = {"captions": "caption the first photo 'Hello'", "closing": "end with 'Bye'"}
        many = what.endswith("s")  # "there are no captions yet", never "there is no captions"
        raise DraftError(
            f"there {'are' if many else 'is'} no {what} yet",
            hint=f"Add {'one' if many else 'it'} first, e.g. "
            f"{example.get(edit.target, 'add the title My trip')!r}",
        )
    said: list[str] = []
    if edit.color is not None:
        hex_code, words = _color(edit.color)
        for seg in targets:
            seg.m.color = hex_code
        said.append(say(lang, words, "是" + COLOR_ZH.get(words, words)))  # "标题现在是粉色"
    if edit.size is not None:
        if not 0.2 <= edit.size <= 5:
            raise DraftError(f"a size change of {edit.size:g} times is too much")
        for seg in targets:
            size = seg.m.size if seg.m.size is not None else 1.0
            seg.m.size = round(min(4.0, max(0.3, size * edit.size)), 3)
        bigger = edit.size > 1
        said.append(say(lang, "bigger" if bigger else "smaller", "更大" if bigger else "更小"))
    if edit.pos is not None:
        if edit.pos not in POSITIONS:
            raise InstructionNotUnderstood(
                f"unknown text position {shorten(edit.pos)}", hint=f"Choose {', '.join(POSITIONS)}"
            )
        for seg in targets:
            seg.m.pos = edit.pos
        said.append(say(lang, *POS_WORDS[edit.pos]))
    if not said:
        return say(lang, f"The {what} is unchanged", f"{what_zh}没有变化")
    verb = "are" if edit.target == "captions" else "is"
    return say(lang, f"The {what} {verb} now {join(said)}", f"{what_zh}现在{join(said, lang)}")

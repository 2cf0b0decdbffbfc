"""The question asked back, fitted to its options: "Which photo do you mean?" when the options
are photos, "Which transition do you want?" when they are transitions, "Which timing do you
mean?" when they are lengths, and a plain "Which of these…?" when they are of several kinds."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..instruct.reading import Option
from ..model.lang import Lang, say

# what every option is about -> (English, Chinese) question; a name is said only of named things
ABOUT: dict[str, tuple[str, str]] = {
    "photo": ("Which photo do you mean?", "你指的是哪张照片？"),
    "place": ("Where should it go?", "要放到哪里？"),
    "transition": ("Which transition do you want?", "想用哪种转场？"),
    "music": ("Which music do you want?", "想用哪首音乐？"),
    "aspect": ("Which shape do you want?", "想要哪种画面比例？"),
    "look": ("Which look do you want?", "想要哪种色调？"),
    "resolution": ("Which resolution do you want?", "想要哪种清晰度？"),
    "size_limit": ("How small should the file be?", "文件要小到多少？"),
    "length": ("Which timing do you mean?", "你指的是哪种时长？"),
    "against": (
        "These two pull opposite ways: which do you want?",
        "这两个要求方向相反，要哪一个？",
    ),
    "way": ("Which way do you want it?", "想往哪个方向调？"),
    "fade": ("Which fade do you mean?", "你指的是哪个淡入淡出？"),
    "sound": ("Which sound do you mean?", "你指的是哪个声音？"),
    "text": ("Which text do you mean?", "你指的是哪段文字？"),
    "style": ("Which style do you want?", "想要哪种样式？"),
}
NAMED = ("photo", "transition", "music", "look")  # things with a name the person may say
KINDS: dict[str, str] = {
    "transition": "transition",
    "music": "music",
    "aspect": "aspect",
    "look": "look",
    "resolution": "resolution",
    "size_limit": "size_limit",
    "seconds_per_photo": "length",
    "total_length": "length",
    "speed": "length",
    "music_fade": "fade",
    "music_start": "sound",
    "video_fade": "fade",
    "music_volume": "sound",
    "mute_clips": "sound",
    "title": "text",
    "caption": "text",
    "closing": "text",
    "remove_text": "text",
    "text_style": "style",
}
PHOTO_FIELDS = ("index", "i", "j")


def which_question(options: Sequence[Option], lang: Lang) -> str:
    """The question for two options or more, and how to answer it."""
    about = _about(options)
    if about is None:
        return say(
            lang,
            "Which of these do you want? Say its number.",
            "你想要哪一个？说编号就行。",
        )
    en, zh = ABOUT[about]
    if about in NAMED:
        return say(lang, f"{en} Say its number or its name.", f"{zh}说编号或名称就行。")
    return say(lang, f"{en} Say its number.", f"{zh}说编号就行。")


def _about(options: Sequence[Option]) -> str | None:
    """What every option is about, or None when they are about different things."""
    edits = [option.edits for option in options]
    if not edits or any(len(said) != 1 for said in edits):
        return None
    first = [said[0] for said in edits]
    kinds = {edit.kind for edit in first}
    if len(kinds) == 1:
        kind = next(iter(kinds))
        if _differ(first, PHOTO_FIELDS) and not _differ(first, ("to",)):
            return "photo"  # the same change to one photo or another
        if kind == "move" and _differ(first, ("to",)):
            return "place"
        if all(getattr(edit, "factor", None) is not None for edit in first):
            return "way"  # "More" or "Less" of the same thing
    if kinds == {"total_length", "speed"}:
        return "against"  # "30 seconds, and faster": a longer video is a slower one
    said = {KINDS.get(kind) for kind in kinds}
    return said.pop() if len(said) == 1 and None not in said else None


def _differ(edits: list[Any], fields: tuple[str, ...]) -> bool:
    """Whether the options name different values in ``fields`` (and all name one)."""
    values = [tuple(getattr(edit, name, None) for name in fields) for edit in edits]
    return all(any(v is not None for v in value) for value in values) and len(set(values)) > 1

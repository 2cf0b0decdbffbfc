"""The person's language for replies: English or Chinese, and the few words every reply uses.

Replies are written next to the code that decides them, in both languages
(``say(lang, "Photos now last 2 s each", "每张照片现在显示 2 秒")``); this module holds what
they share: numbers of things, seconds, and how one photo is named.
"""

from __future__ import annotations

import re
from typing import Literal

Lang = Literal["en", "zh"]
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

# noun -> (English singular, Chinese measure word + noun)
NOUNS: dict[str, tuple[str, str]] = {
    "photo": ("photo", "张照片"),
    "clip": ("clip", "段视频"),
    "video clip": ("video clip", "段视频"),
    "caption": ("caption", "条字幕"),
    "item": ("item", "项"),
    "track": ("track", "条轨道"),
    "credit": ("credit", "个积分"),
    "export": ("export", "次导出"),
    "shot": ("shot", "个镜头"),
    "straight cut": ("straight cut", "处直接切换"),
}


def detect(text: str) -> Lang:
    """Chinese when the text has Chinese characters, else English."""
    return "zh" if HAN.search(text) else "en"


# letters that are units in any language: "1080P", "60FPS", "4K", "16:9", "10MB", "mp4"
UNIT_WORDS = frozenset({"p", "k", "fps", "hz", "kb", "mb", "gb", "m", "g", "s", "ms", "x", "mp"})
UNIT_WORDS |= {"mov", "gif", "hd", "uhd", "fhd"}
LETTERS = re.compile(r"[a-z]+")
# commands Chinese speakers type in English mid-conversation ("bgm换成chill一点的", "export 720p")
LOANWORDS = frozenset({"export", "undo", "redo", "ok", "okay", "preview", "render", "download"})


def detect_or(text: str, before: Lang | None) -> Lang | None:
    """The language of ``text``, or ``before`` (the conversation's) when it has no words of
    either: a Chinese speaker who types "1080P" or "60FPS" is answered in Chinese, and so is one
    who types a bare command such as "export 720p" or "undo"."""
    if HAN.search(text):
        return "zh"
    words = LETTERS.findall(text.lower())
    if before is not None and all(word in UNIT_WORDS for word in words):
        return before
    if before == "zh" and all(word in UNIT_WORDS | LOANWORDS for word in words):
        return before  # "export 720p", "undo" typed in a Chinese conversation
    return "en"


def detect_names(names: list[str]) -> Lang | None:
    """Chinese when the person's own file or folder names are ("海边.jpg", "~/照片/"), before
    they have written a word; None when the names say nothing."""
    return "zh" if any(HAN.search(name) for name in names) else None


def say(lang: Lang, en: str, zh: str) -> str:
    """The sentence in the person's language."""
    return zh if lang == "zh" else en


def seconds_text(ms: int) -> str:
    """12000 -> "12", 1500 -> "1.5", 23250 -> "23.25"."""
    return f"{ms / 1000:.2f}".rstrip("0").rstrip(".")


def secs(ms: float, lang: Lang = "en") -> str:
    """Milliseconds as a person reads them: 2500 -> "2.5 s" / "2.5 秒"."""
    return f"{seconds_text(round(ms))} " + say(lang, "s", "秒")


def count(n: int, noun: str, lang: Lang = "en") -> str:
    """ "1 photo", "3 photos" / "3 张照片"."""
    en, zh = NOUNS[noun]
    if lang == "zh":
        return f"{n} {zh}"
    return f"{n} {en}" if n == 1 else f"{n} {en}s"


def join(items: list[str], lang: Lang = "en") -> str:
    """ "a, b and c" / "a、b 和 c"."""
    if len(items) <= 1:
        return "".join(items)
    if lang == "zh":
        # a digit or a Latin word after a Chinese character reads better with a space
        last = items[-1]
        return "、".join(items[:-1]) + ("和 " if last[:1].isascii() else "和") + last
    return ", ".join(items[:-1]) + " and " + items[-1]


def item_name(kind: str, number: int, name: str | None, lang: Lang = "en") -> str:
    """ "photo 3 (beach.jpg)" / "第 3 张照片（beach.jpg）": how a person recognises one item."""
    clip = kind == "video"
    if lang == "zh":
        noun = f"第 {number} 段视频" if clip else f"第 {number} 张照片"
        return f"{noun}（{name}）" if name else noun
    noun = f"{'clip' if clip else 'photo'} {number}"
    return f"{noun} ({name})" if name else noun

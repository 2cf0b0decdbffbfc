"""Breaking text into lines that fit: where a line may break (spaces, between CJK characters,
after dashes; never before closing punctuation), measured with the chosen fonts."""

from __future__ import annotations

import unicodedata

from . import fonts

ELLIPSIS = "…"
# Kinsoku: never start a line with closing punctuation, never end one with an opening bracket.
NO_START = set(",.;:!?)]}%'\"、。，．・：；？！）］｝〉》」』】〕ー々ゝゞ…‥’”")
NO_END = set("([{'\"（［｛〈《「『【〔‘“")
BREAK_AFTER = set("-‐–—/")

# Title-friendly tints of the named colours (pure blue or red are hard to read on video).


def clean(text: str) -> str:
    # NFC so accents use precomposed glyphs; other line separators become "\n"; control
    # characters and lone surrogates would break shaping (raqm fails on U+2029, U+0085).
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    text = text.translate({0x2028: "\n", 0x2029: "\n", 0x85: "\n", 0x0D: "\n", 0x09: " "})
    keep = (c for c in text if c == "\n" or unicodedata.category(c) not in ("Cc", "Cs"))
    return "\n".join(line.strip() for line in "".join(keep).strip().split("\n"))


def clusters(s: str) -> list[str]:
    """Characters with their combining marks, variation selectors and ZWJ sequences."""
    out: list[str] = []
    for ch in s:
        joins = unicodedata.category(ch) in ("Mn", "Me", "Cf") or "\U0001f3fb" <= ch <= "\U0001f3ff"
        if out and (joins or out[-1].endswith("\u200d")):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def can_break(prev: str, ch: str) -> bool:
    if ch.isspace() or ch in NO_START or prev in NO_END:
        return False
    return prev.isspace() or wide(ch) or wide(prev) or prev in BREAK_AFTER


def pieces(s: str) -> list[str]:
    """Split into unbreakable pieces; each piece keeps its trailing spaces."""
    pieces: list[str] = []
    for cl in clusters(s):
        if pieces and not can_break(pieces[-1][-1], cl[0]):
            pieces[-1] += cl
        else:
            pieces.append(cl)
    return pieces


class Measure:
    """Widths of strings drawn run by run with the chosen faces, at supersampled size."""

    def __init__(self, choice: fonts.FontChoice, px: int) -> None:
        self.choice, self.px = choice, px
        self._cache: dict[str, float] = {}

    def runs(self, s: str) -> list[tuple[str, fonts.FontFace]]:
        return fonts.split_runs(s, self.choice)

    def width(self, s: str) -> float:
        if s not in self._cache:
            self._cache[s] = sum(fonts.load_font(f, self.px).getlength(r) for r, f in self.runs(s))
        return self._cache[s]


def wrap(paras: list[str], m: Measure, max_w: float, split_words: bool) -> tuple[list[str], bool]:
    """Greedy wrap at break opportunities; returns lines and whether every line fits."""
    lines: list[str] = []
    fits = True
    for para in paras:
        line = ""
        for piece in pieces(para):
            if line and m.width((line + piece).rstrip()) > max_w:
                lines.append(line.rstrip())
                line = piece
            else:
                line += piece
            while m.width(line.rstrip()) > max_w:
                if not split_words:
                    fits = False
                    break
                # Last resort for one over-long word: break it between characters.
                head, cls = "", clusters(line)
                while cls and (not head or m.width(head + cls[0]) <= max_w):
                    head += cls.pop(0)
                if not cls:
                    fits = False
                    break
                lines.append(head)
                line = "".join(cls)
        lines.append(line.rstrip())
    return lines, fits


def ellipsize(line: str, m: Measure, max_w: float) -> str:
    cls = clusters(line)
    while cls and m.width("".join(cls).rstrip() + ELLIPSIS) > max_w:
        cls.pop()
    return "".join(cls).rstrip() + ELLIPSIS

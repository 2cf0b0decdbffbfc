"""The entity pass: a normalised sentence -> tokens, each a kind with a value and its place.

At every place the longest of these wins: a quoted passage, a number, an ordinal, a Chinese
photo reference ("第三张", "最后一张", "前两张"), a ratio or frame size, a phrase of the lexicon
(longest phrase first, English on word boundaries), a file name from the draft. Anything else
is an unknown word (kind "?"). Filler words are dropped; hard punctuation becomes "sep".
``compose`` then joins tokens into larger entities (durations, photo references, texts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from . import fillers, lexicon, words
from .normalize import HARD_SEP, quote_at
from .numbers import EN_ORDINALS, at
from .phrase_slips import slipped_phrases
from .spelling import stem, typo


@dataclass
class Tok:
    """One entity or word: ``kind`` ("dur", "photo", "music", "?" ...), its value and place."""

    kind: str
    value: Any
    start: int
    end: int
    surface: str = ""


# Words the scanner adds to the lexicon's: units, ordinals and the signs of a percentage
EXTRA: dict[str, dict[str, str]] = {
    "unit": {
        "1000": "s, sec, secs, seconds, 秒, 秒钟",
        "60000": "min, mins, minute(s), 分钟, 分",
        "1": "ms, millisecond(s), 毫秒",
        "3600000": "hour(s), hr(s), 小时",
    },
    "ord": {
        **{str(n): word for word, n in EN_ORDINALS.items()},
        # "final" alone stays a filler ("the final video"); with a photo it is the last one
        "-1": "last, the very last, final photo, final picture, final pic, final image, "
        "final shot, final slide, final one",
        "-2": "second to last, second-to-last, next to last, penultimate, second last",
        "-3": "third to last, third-to-last, third last",
    },
    "pct": {"%": "%, percent, per cent, pct", "pre": "百分之"},
    "and_half": {"0.5": "and a half, and half"},
    "half": {"0.5": "半"},
}
UNKNOWN = re.compile(r"[a-z0-9][a-z0-9_'\-]*|[\u3400-\u9fff\uf900-\ufaff]")
SKIP = re.compile(r"[\s\"'“”「」『』《》«»()\[\]{}<>*~^_=+/\\|…—–-]")


def _expand(phrase: str) -> list[str]:
    """ "photo(s)" -> ["photo", "photos"]."""
    m = re.search(r"\((\w+)\)", phrase)
    if m is None:
        return [phrase]
    head, tail = phrase[: m.start()], phrase[m.end() :]
    return _expand(head + tail) + _expand(head + m.group(1) + tail)


def phrases(spec: str) -> list[str]:
    """The phrases of one lexicon entry ("a, b | 中, 文")."""
    out = []
    for part in re.split(r"[,|]", spec):
        part = " ".join(part.split()).lower()
        if part:
            out.extend(_expand(part))
    return out


@cache
def table() -> dict[str, tuple[str, Any]]:
    """Every phrase of the lexicon -> (kind, value); fillers have kind "_"."""
    out: dict[str, tuple[str, Any]] = {}
    for kind, values in (*lexicon.ENTITIES.items(), *EXTRA.items()):
        for val, spec in values.items():
            for phrase in phrases(spec):
                out.setdefault(phrase, (kind, _number(kind, val)))
    for kind, spec in words.WORDS.items():
        for phrase in phrases(spec):
            out.setdefault(phrase, (kind, None))
    for phrase in phrases(fillers.FILLER):
        out.setdefault(phrase, ("_", None))
    return out


@cache
def _trie() -> dict[str, Any]:
    root: dict[str, Any] = {}
    for phrase, entry in table().items():
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = entry
    return root


def _number(kind: str, val: str) -> Any:
    """Values of number-like kinds are numbers."""
    if kind in ("ord", "unit"):
        return int(val)
    if kind in ("dur", "and_half", "half"):
        return float(val)
    return val


def _word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _bounded(s: str, start: int, end: int) -> bool:
    """English phrases match whole words (a unit may follow a digit: "2s", "60fps")."""
    first, last = s[start], s[end - 1]
    glued = start > 0 and _word_char(s[start - 1])
    if _word_char(first) and glued and not (s[start - 1].isdigit() and first.isalpha()):
        return False
    if _word_char(last) and end < len(s) and _word_char(s[end]):
        return last.isalpha() and s[end].isdigit()
    return True


def _lexicon_at(s: str, i: int) -> list[tuple[int, str, Any]]:
    """Every phrase of the lexicon that starts at ``i``: (end, kind, value)."""
    node: dict[str, Any] | None = _trie()
    found: list[tuple[int, str, Any]] = []
    j = i
    while j < len(s) and node is not None:
        ch = " " if s[j] in " \t" else s[j]
        if ch == " " and j + 1 < len(s) and s[j + 1] in " \t":
            j += 1
            continue
        node = node.get(ch)
        j += 1
        if node is not None and "" in node and _bounded(s, i, j):
            found.append((j, *node[""]))
    return found


def _emoji_before_chinese(s: str, i: int) -> bool:
    """An emoji with Chinese after it: people end a sentence with it."""
    rest = s[i + 1 :].lstrip()
    return ord(s[i]) >= 0x2600 and not _cjk(s[i]) and bool(rest) and _cjk(rest[0])


def _cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


KNOWN, TYPO, UNKNOWN_COST = 10, 15, 30  # cost of reading a word as known, a slip, unknown


Option = tuple[int, str, Any, int]  # end, kind, value, cost


NAMED_PHOTO = re.compile(r"\s+(?:one|photo|pic|picture|image|shot)s?\b")
PHOTO_OF = re.compile(
    r"\b(?:one|photo|pic|picture|image|shot)\s+(?:of|with)\s+(?:the\s+|my\s+|our\s+)?"
    r"(?:two\s+|three\s+)?$"
)


def _options(norm: str, orig: str, i: int, names: dict[str, tuple[str, Any]]) -> list[Option]:
    """Ways to read the text starting at ``i``, most specific first."""
    if quoted := quote_at(norm, i):
        end, a, b = quoted
        return [(end, "text", orig[a:b].strip(), 0)]
    if HARD_SEP.match(norm, i):
        return [(i + 1, "sep", None, 1)]
    out: list[Option] = []
    for phrase, (kind, val) in names.items():
        end = i + len(phrase)
        first = "." in phrase or kind == "it_text"  # the video's own words: "把标题Our trip改成…"
        if first and norm.startswith(phrase, i) and _bounded(norm, i, end):
            out.append((end, kind, val, KNOWN))
    out += [(end, kind, val, KNOWN) for end, kind, val in reversed(_lexicon_at(norm, i))]
    if regex := at(norm, i):
        out.append((*regex, KNOWN))
    for phrase, (kind, val) in names.items():
        end = i + len(phrase)
        later = "." not in phrase and kind != "it_text"
        if later and norm.startswith(phrase, i) and _bounded(norm, i, end):
            if kind == "name" and (NAMED_PHOTO.match(norm, end) or PHOTO_OF.search(norm, 0, i)):
                # "the friends photo", "the picture with the friends": a word of a file name
                # beside "photo" names it, though the lexicon reads "friends" as who it is for
                out = [o for o in out if not (o[0] == end and o[1] == "reason")]
            out.append((end, kind, val, KNOWN))
    if SKIP.match(norm, i) or norm[i].isspace():
        return out or [(i + 1, "_", None, 0)]
    if i > 0 and _word_char(norm[i - 1]) and _word_char(norm[i]):
        return out  # inside a word: only what may be glued to it ("2s", "photo3")
    if m := UNKNOWN.match(norm, i):
        if slip := stem(m.group(0)) or typo(m.group(0)):
            out.append((m.end(), *slip, TYPO))
        out.append((m.end(), "?", orig[i : m.end()], UNKNOWN_COST))
    if not out and _emoji_before_chinese(norm, i):
        return [(i + 1, "sep", None, 1)]  # "过一岁生日🐱 标题改成…": the emoji ends a sentence
    return out or [(i + 1, "_", None, 0)]  # an emoji or a sign: nothing


def scan(norm: str, orig: str, names: dict[str, tuple[str, Any]]) -> list[Tok]:
    """Tokens of a normalised sentence (``orig`` is the same sentence as typed); ``names`` are
    file names and song titles from the draft (lower case -> (kind, value)). Of all ways to cut
    the sentence into known phrases, the one with the fewest unknown words, then the fewest
    phrases wins ("不要动效" is "不要" + "动效", not "不要动" + "效")."""
    n = len(norm)
    cost = [0] * (n + 1)
    pick: list[Option | None] = [None] * (n + 1)
    slipped = slipped_phrases(norm, _lexicon_at, set(names))  # "fade to blak", "the oder"
    for i in range(n - 1, -1, -1):
        best: tuple[int, Option] | None = None
        for option in [*_options(norm, orig, i, names), *slipped.get(i, [])]:
            total = option[3] + cost[option[0]]
            if best is None or total < best[0]:
                best = (total, option)
        cost[i] = best[0] if best else 10**9
        pick[i] = best[1] if best else None
    toks: list[Tok] = []
    i = 0
    while i < n:
        chosen = pick[i]
        if chosen is None:
            i += 1
            continue
        end, kind, val, _ = chosen
        if kind != "_":
            toks.append(Tok(kind, val, i, end, norm[i:end]))
        i = end
    return toks

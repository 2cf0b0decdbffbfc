"""Words typed a little wrong or in another form, read as the word of the lexicon they are.

- another form: "zooming", "cropped", "shortened", "blurs";
- a slip: a letter missing ("vertcal", "zom"), one too many, two neighbours swapped ("blakc",
  "adn"), a letter that sounds the same ("musik"); a long word may be two slips off
  ("verticle"). Never a short word with a letter changed, which makes other words (camping is
  no calming). A slip is only read when exactly one word of the lexicon fits.

Swaps and sound-alikes keep the length of the word, so they are corrected before the entity
pass and phrases still match ("blakc and white"); the others are read word by word.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .numbers import EN_ORDINALS, value
from .real_words import REAL_WORDS

SUFFIXES = ("ing", "ed", "es", "s", "ly", "er")
VERBS = ("remove", "add", "cut", "change", "put", "move", "swap", "mute", "off", "on", "keep")
SOUNDS = {("c", "k"), ("k", "c"), ("s", "z"), ("z", "s"), ("i", "y"), ("y", "i")}
# a finger one key off along the same row ("blsck", "remive", "sepis"); keys above or below
# are left alone, so that "camping" never becomes "calming"
ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
NEIGHBOURS = {
    (row[k], row[k + d]) for row in ROWS for k in range(len(row)) for d in (-1, 1)
    if 0 <= k + d < len(row)
}  # fmt: skip
LONG = re.compile(r"([a-z])\1{2,}")
WORD = re.compile(r"(?<![a-z0-9'])[a-z]{3,}(?![a-z0-9'])")
Entry = tuple[str, Any]


@cache
def _words() -> dict[str, Entry]:
    """Single English words of the lexicon."""
    from .entities import table

    return {p: e for p, e in table().items() if p.isascii() and p.isalpha()}


@cache
def _keys() -> dict[str, set[str]]:
    """Each word of four letters or more under itself and its one-letter deletions."""
    index: dict[str, set[str]] = {}
    for word in _words():
        if len(word) >= 4:
            for key in _deletions(word):
                index.setdefault(key, set()).add(word)
    return index


def _deletions(word: str) -> set[str]:
    return {word} | {word[:k] + word[k + 1 :] for k in range(len(word))}


def respell(norm: str) -> str:
    """The sentence with swapped letters and sound-alikes put right (same length)."""
    words = _words()

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        if word in words or value(word) is not None or word in EN_ORDINALS or word in REAL_WORDS:
            return word
        found = {w for w in _same_length(word) if w in words}
        if not found and len(word) >= 5:
            found = {w for w in _one_key_off(word) if w in words}
        return found.pop() if len(found) == 1 else word

    return WORD.sub(fix, norm)


def _same_length(word: str) -> set[str]:
    out = set()
    for k in range(len(word) - 1):
        out.add(word[:k] + word[k + 1] + word[k] + word[k + 2 :])
    if len(word) >= 4:
        for k, ch in enumerate(word):
            out.update(word[:k] + b + word[k + 1 :] for a, b in SOUNDS if a == ch)
    return out


def _one_key_off(word: str) -> set[str]:
    """The word with one letter (not the first) replaced by its neighbour on the keyboard."""
    return {
        word[:k] + b + word[k + 1 :]
        for k, ch in enumerate(word)
        if k > 0
        for a, b in NEIGHBOURS
        if a == ch
    }


def stem(word: str) -> Entry | None:
    """The word another form of ``word`` is."""
    words = _words()
    for suffix in SUFFIXES:
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            root = word[: -len(suffix)]
            for form in (root, root + "e", root[:-1] if root[-1:] == root[-2:-1] else root):
                entry = words.get(form)
                if entry is not None and suffix in ("s", "es") and entry[0] in VERBS:
                    continue  # "the beat drops": a verb with -s describes, it asks nothing
                if entry is not None and suffix in ("er", "es") and _slip_of_other(word, entry):
                    continue  # "shoter" is "shorter" (no "shot" + "er"), "oldes" "oldest"
                if entry is not None and entry[0] not in ("_", "unit", "ord", "format", "res"):
                    return entry
    return None


def _slip_of_other(word: str, entry: Entry) -> bool:
    """Whether ``word`` is a slip of a word of the lexicon other than ``entry``."""
    slip = typo(word)
    return slip is not None and slip != entry


def typo(word: str) -> Entry | None:
    """The one word of the lexicon ``word`` is a slip of."""
    if len(word) < 3 or not word.isalpha() or word in REAL_WORDS:
        return None
    if LONG.search(word):  # "slooow", "fasttt": a letter held down for emphasis
        for held in (LONG.sub(r"\1\1", word), LONG.sub(r"\1", word)):
            if held in _words():
                return _words()[held]
    keys = _keys()
    found = {w for w in keys.get(word, ()) if w[0] == word[0] and w != word}  # a letter missing
    missing = {_words()[w] for w in found}
    if len(missing) == 1:  # "longr" is "longer", not "long" and a stray key
        return missing.pop()
    if len(word) >= 5:
        for key in _deletions(word) - {word}:
            for right in keys.get(key, ()):
                if right == key or len(word) >= 8:  # one too many; a long word two slips off
                    found.add(right)
    entries = {_words()[w] for w in found}
    return entries.pop() if len(entries) == 1 else None

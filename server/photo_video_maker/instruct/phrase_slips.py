"""A slip inside a phrase of the lexicon: "fade to blak", "frames per secnd", "reverse the oder",
"remove the backround music", "portait mode", "speeed up a bit"; and two words typed with no
space between ("turnoff the music", "fadeout at the end"), and a British or American spelling
of a word of a phrase ("normal colours") or a word shortened in chat ("the first thing ppl
see"), read the same way.

``spelling`` reads a misspelt word on its own, so a word that the lexicon only knows inside a
longer phrase ("background" of "background music", "order" of "reverse the order") is never
put right, and a word with several near words ("oder": order, older) is left alone. Here a
word that no entry knows is tried as each word it is one slip from (a letter missing, one too
many, two swapped, a letter held down, a key beside the right one in a longer word), and the
reading is kept only when the corrected word completes a phrase of two words or more with the
words around it, and only one correction does. The words around are the proof: "oder" becomes
"order" in "reverse the oder", and stays itself in "the oder river".

A real English word is never corrected (``REAL_WORDS``, and any word the lexicon knows), and a
phrase that is only filler is not taken, so that nothing unknown is silently dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from .numbers import EN_ORDINALS, value
from .real_words import REAL_WORDS
from .spelling import NEIGHBOURS

Found = tuple[int, str, Any]  # end, kind, value
Lookup = Callable[[str, int], list[Found]]
Option = tuple[int, str, Any, int]  # end, kind, value, cost

WORD = re.compile(r"(?<![a-z0-9'])[a-z]{4,}(?![a-z0-9'])")
HELD = re.compile(r"([a-z])\1{2,}")
# British and American spellings: a phrase written one way is found when typed the other way
SPELLINGS = {
    "colour": "color", "colours": "colors", "color": "colour", "colors": "colours",
    "centre": "center", "center": "centre", "grey": "gray", "gray": "grey",
    "favourite": "favorite", "favorite": "favourite", "coloured": "colored",
    "colored": "coloured",
}  # fmt: skip
# words shortened in chat, read as the whole word inside a phrase ("the first thing ppl see")
CHAT = {"ppl": "people", "peeps": "people", "thru": "through", "abt": "about", "bout": "about"}
CHAT_WORD = re.compile(r"(?<![a-z0-9'])(?:" + "|".join(CHAT) + r")(?![a-z0-9'])")
REACH = 40  # how far before the slip a phrase may start (characters)
LONG_WORD = 5  # a letter changed or one too many only in words this long


@cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str], dict[str, frozenset[str]]]:
    """(every English word of the lexicon, the words of its phrases of two words or more, those
    phrase words under each of their one-letter deletions)."""
    from .entities import table

    known: set[str] = set()
    inside: set[str] = set()
    for phrase in table():
        if not phrase.isascii():
            continue
        parts = phrase.split()
        known.update(parts)
        if len(parts) > 1:
            inside.update(p for p in parts if p.isalpha() and len(p) >= 4)
    index: dict[str, set[str]] = {}
    for word in inside:
        for k in range(len(word)):
            index.setdefault(word[:k] + word[k + 1 :], set()).add(word)
    return frozenset(known), frozenset(inside), {k: frozenset(v) for k, v in index.items()}


def _near(word: str) -> set[str]:
    """The phrase words ``word`` is one slip from (its first letter always kept)."""
    _, inside, index = _vocabulary()
    out = {v for v in index.get(word, ()) if v[0] == word[0]}  # a letter missing
    for k in range(1, len(word) - 1):  # two neighbours swapped
        out.add(word[:k] + word[k + 1] + word[k] + word[k + 2 :])
    if HELD.search(word):  # "speeed"
        out.update({HELD.sub(r"\1\1", word), HELD.sub(r"\1", word)})
    if len(word) >= LONG_WORD:
        out.update(word[:k] + word[k + 1 :] for k in range(1, len(word)))  # one too many
        out.update(  # a key beside the right one ("backgrpund"); any other letter would turn
            # real words into others ("into the woods" is no "the words")
            word[:k] + b + word[k + 1 :] for k in range(1, len(word)) for a, b in NEIGHBOURS
            if a == word[k]
        )  # fmt: skip
    return {v for v in out if v in inside and v != word}


def _split(word: str) -> set[str]:
    """The word as two words of the lexicon typed with no space ("turnoff", "fadeout")."""
    known, _, _ = _vocabulary()
    return {
        f"{word[:k]} {word[k:]}"
        for k in range(2, len(word) - 1)
        if word[:k] in known and word[k:] in known
    }


@cache
def _known() -> frozenset[str]:
    """Words the lexicon knows as they are: its single words, and the words of its phrases
    that are no slip of another ("blak" of "blak and white" is one of "black")."""
    from .entities import table

    words, _, _ = _vocabulary()
    single = {p for p in table() if p.isascii() and " " not in p}
    return frozenset(single | {w for w in words - single if not _near(w)})


def _unknown(word: str, names: set[str]) -> bool:
    return not (
        word in _known()
        or word in REAL_WORDS
        or word in EN_ORDINALS
        or word in names
        or value(word) is not None
    )


def slipped_phrases(norm: str, lookup: Lookup, names: set[str]) -> dict[int, list[Option]]:
    """Phrases that a corrected word completes, by the place they start: (end, kind, value,
    cost) with ``end`` in ``norm``. ``lookup(s, i)`` lists the lexicon's phrases at ``i``."""
    from .entities import TYPO

    out: dict[int, list[Option]] = {}
    said = sorted([*WORD.finditer(norm), *CHAT_WORD.finditer(norm)], key=lambda m: m.start())
    for m in said:
        word, a, b = m.group(0), m.start(), m.end()
        if word in CHAT:
            tried = {CHAT[word]}
        elif word in SPELLINGS:  # "normal colours": a phrase the lexicon has with "colors"
            tried = {SPELLINGS[word]}
        elif _unknown(word, names):
            tried = _near(word) | _split(word)
        else:
            continue
        found: dict[str, list[tuple[int, Option]]] = {}
        for right in tried:
            fixed = norm[:a] + right + norm[b:]
            shift = len(right) - len(word)
            for i in _starts(norm, a):
                for end, kind, val in lookup(fixed, i):
                    if kind == "_" or end < a + len(right) or " " not in fixed[i:end].strip():
                        continue
                    found.setdefault(right, []).append((i, (end - shift, kind, val, TYPO)))
        if len(found) == 1:  # one correction only: "oder" is "order" or "older", never a guess
            for i, option in next(iter(found.values())):
                out.setdefault(i, []).append(option)
    return out


def _starts(norm: str, a: int) -> list[int]:
    """Where a phrase holding the word at ``a`` may start: the starts of the words before it
    (within reach) and its own."""
    return [
        i
        for i in range(max(0, a - REACH), a + 1)
        if (i == 0 or not norm[i - 1].isalnum()) and norm[i].isalnum()
    ]

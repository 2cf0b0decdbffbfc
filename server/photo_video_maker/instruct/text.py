"""Preparing a sentence for matching: normalising, lifting out quoted text, splitting clauses.

Matching happens on a lower-cased, half-width copy of the sentence, but titles and captions must
keep the person's own spelling. So normalisation never changes the length of the text: every
position in the normalised copy is the same position in the original, and the two are cut the
same way.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Quoted text becomes an opaque token, so "Me and Anna" is never split at "and" and a title
# such as "Black and White" never turns the video black and white.
QUOTE_OPEN = "\ue000"
QUOTE_CLOSE = "\ue001"
QUOTE_TOKEN = re.compile(f"{QUOTE_OPEN}(\\d+){QUOTE_CLOSE}")
_QUOTES = re.compile(
    r"\"([^\"]+)\"|“([^”]+)”|”([^”]+)”|「([^」]+)」|『([^』]+)』|‘([^’]+)’|«([^»]+)»|《([^》]+)》"
    # single quotes only around words, never the apostrophe of "don't" or "Anna's"
    r"|(?<![\w])'([^']+)'(?![\w])",
    re.ASCII,
)

# Words and signs that separate requests; the lookarounds keep decimals and file names whole.
_SPLIT = re.compile(
    r"\s*(?:[,;!?、。；！？]|\.(?=\s|$)"
    r"|\b(?:and then|and also|as well as|and|then|also|plus)\b"
    r"|并且|然后|而且|同时|还有|以及|另外|并|再|和|跟)\s*",
    re.ASCII,
)

# Spans that contain a separator but belong together.
_KEEP_TOGETHER = [
    r"black and white|b ?(?:&|and) ?w\b",
    r"\bfade (?:it )?in and(?: fade)? out\b|\bin and out\b",
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?|an?)"
    r"(?: \w+)? and a half\b",
    r"\b(?:minutes?|mins?) and (?:a half|\d+|\w+ seconds?)",
    # "swap 2 and 4", "swap the first and the third photo", "swap photo 2 with 4"
    r"\bswap\b[^,;]*?\band\b(?: the)? (?:\d+|\w+(?:st|nd|rd|th)|last|first|second|third)",
    r"\bwith (?:some )?(?:\w+ )?(?:music|transitions?|motion) and (?:some )?(?:\w+ )?"
    r"(?:music|transitions?|motion|zoom)\b",
    r"(?:交换|互换|对调|调换)?(?:第\S{1,3}(?:张|个|幅)|最后一张)(?:照片|图片)?(?:和|跟|与)"
    r"(?:第\S{1,3}(?:张|个|幅)|最后一张)",
    r"暖和|柔和|温和|和谐|带[^,]{0,6}?(?:音乐|转场|动效)(?:和|跟)(?:音乐|转场|动效)",
]
_KEEP = re.compile("|".join(f"(?:{p})" for p in _KEEP_TOGETHER), re.ASCII)


def normalize(text: str) -> str:
    """Lower-case, half-width copy of ``text`` with exactly the same length."""
    out = []
    for ch in text:
        wide = unicodedata.normalize("NFKC", ch)
        ch2 = wide if len(wide) == 1 else ch
        low = ch2.lower()
        out.append(low if len(low) == 1 else ch2)
    return "".join(out).replace("\u00a0", " ")


@dataclass(frozen=True)
class Clause:
    """One request: the text to match (``norm``) and the same span in the person's spelling."""

    norm: str
    orig: str
    quotes: tuple[str, ...]  # the quoted passages, without their quote marks
    raw: tuple[str, ...] = ()  # the same passages with their quote marks

    def original(self, start: int, end: int) -> str:
        """The person's own text between two positions of ``norm``, quoted text put back."""
        return restore(self.orig[start:end], self.quotes).strip()

    def verbatim(self, start: int, end: int) -> str:
        """Like ``original`` but with the quote marks too, to hand the text on unchanged."""
        return restore(self.orig[start:end], self.raw or self.quotes).strip()


def restore(text: str, quotes: tuple[str, ...]) -> str:
    """Put quoted text back in place of its tokens."""
    return QUOTE_TOKEN.sub(lambda m: quotes[int(m.group(1))], text)


def lift_quotes(norm: str, orig: str) -> tuple[str, str, tuple[str, ...], tuple[str, ...]]:
    """Replace each quoted passage by a token in both copies; returns them, the passages, and
    the passages with their quote marks."""
    quotes: list[str] = []
    raw: list[str] = []
    parts_norm: list[str] = []
    parts_orig: list[str] = []
    last = 0
    for m in _QUOTES.finditer(norm):
        token = f"{QUOTE_OPEN}{len(quotes)}{QUOTE_CLOSE}"
        inner = next(i for i in range(1, (m.lastindex or 0) + 1) if m.group(i) is not None)
        quotes.append(orig[m.start(inner) : m.end(inner)].strip())
        raw.append(orig[m.start() : m.end()])
        parts_norm += [norm[last : m.start()], token]
        parts_orig += [orig[last : m.start()], token]
        last = m.end()
    parts_norm.append(norm[last:])
    parts_orig.append(orig[last:])
    return "".join(parts_norm), "".join(parts_orig), tuple(quotes), tuple(raw)


def split_clauses(text: str) -> list[Clause]:
    """Cut a sentence into requests at commas, "and", "then", 和, 然后 ... (quotes kept whole)."""
    norm, orig, quotes, raw = lift_quotes(normalize(text), text)
    kept = [(m.start(), m.end()) for m in _KEEP.finditer(norm)]
    clauses: list[Clause] = []
    start = 0
    for m in _SPLIT.finditer(norm):
        if any(a <= m.start() < b or a < m.end() <= b for a, b in kept):
            continue
        _add(clauses, norm, orig, (quotes, raw), start, m.start())
        start = m.end()
    _add(clauses, norm, orig, (quotes, raw), start, len(norm))
    return clauses


def _add(
    clauses: list[Clause],
    norm: str,
    orig: str,
    quotes: tuple[tuple[str, ...], tuple[str, ...]],
    a: int,
    b: int,
) -> None:
    piece = norm[a:b]
    lead = len(piece) - len(piece.lstrip())
    trail = len(piece.rstrip())
    if piece.strip():
        span = slice(a + lead, a + trail)
        clauses.append(Clause(norm[span], orig[span], *quotes))

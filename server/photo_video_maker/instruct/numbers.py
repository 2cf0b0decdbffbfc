"""Numbers as people say them: digits, English words, Chinese numerals, ordinals, durations.

The ``*_RE`` strings are regular-expression pieces for the phrase tables; the ``parse_*``
functions read back what such a piece matched. Text is already normalised (lower case,
half-width).
"""

from __future__ import annotations

import re

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
EN_NUMBERS = {word: n for n, word in enumerate(_UNITS)}
EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90}
_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
EN_ORDINALS = {word: n for n, word in enumerate(_ORDINALS, 1)}
ZH_DIGITS = dict(zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
ZH_MULT = {"十": 10, "百": 100, "千": 1000}


def _alt(words: list[str]) -> str:
    # longest first, so "seventeen" is not read as "seven"
    return "|".join(sorted(words, key=len, reverse=True))


_WORD = (
    rf"(?:{_alt(list(EN_TENS))})(?:[\s-](?:{_alt(_UNITS[1:10])}))?"
    rf"|{_alt(_UNITS)}|an?(?=\s+(?:second|minute|half))"
)
NUM_EN_RE = rf"(?:\d+(?:\.\d+)?|half\s+an?\b|a\s+half\b|\b(?:{_WORD})\b)(?:\s+and\s+a\s+half\b)?"
ZH_INT_RE = r"[零〇一二两三四五六七八九十百千\d]+"
NUM_ZH_RE = rf"{ZH_INT_RE}(?:[.点][零一二三四五六七八九\d]+)?"
NUM_RE = rf"(?:{NUM_EN_RE}|{NUM_ZH_RE})"
INT_RE = rf"(?:\d+|\b(?:{_alt(_UNITS[1:] + list(EN_TENS))})\b|{ZH_INT_RE})"

ORD_EN_RE = (
    rf"(?:(?:second|next)[\s-]to[\s-]last|penultimate|last|\d+(?:st|nd|rd|th)"
    rf"|\b(?:{_alt(_ORDINALS)}))\b"
)
PHOTO_NOUN_RE = r"(?:photo|picture|pic|image|slide|clip|shot|video|one)s?\b"
ZH_NOUN_RE = r"(?:照片|图片|相片|图|视频|片段)"
ZH_REF_RE = (
    rf"(?:倒数第\s*{ZH_INT_RE}\s*(?:张|个|幅|段)?|第\s*{ZH_INT_RE}\s*(?:张|个|幅|段)?"
    rf"|最后(?:一)?(?:张|个|幅|段)|{ZH_NOUN_RE}\s*\d+)(?:{ZH_NOUN_RE})?"
)


def photo_ref(name: str, bare: bool = True) -> str:
    """A named group matching a photo reference: "the third photo", "photo 3", "第三张", "最后一张".

    ``bare`` also accepts an ordinal alone ("move the third to the end"); rules where a lone
    "last" or "second" could mean something else ("the last 5 seconds") pass False.
    """
    noun = rf"(?:\s+{PHOTO_NOUN_RE})?" if bare else rf"\s+{PHOTO_NOUN_RE}"
    english = (
        rf"(?:the\s+)?{ORD_EN_RE}{noun}"
        rf"|(?:photo|picture|pic|image|slide|clip)\s*(?:#|no\.?\s*|number\s*)?{INT_RE}"
    )
    zh = ZH_REF_RE if bare else ZH_REF_RE.replace("(?:张|个|幅|段)?", "(?:张|个|幅|段)")
    return rf"(?P<{name}>{english}|{zh})"


_UNIT_RE = (
    r"minutes?|mins?|seconds?|secs?|milliseconds?|ms|s(?![a-z])"
    r"|分钟|分(?=半|[零一二两三四五六七八九十\d])|秒钟|秒|毫秒"
)
DURATION_RE = (
    rf"(?:(?:{NUM_RE})\s*-?\s*(?:{_UNIT_RE})(?:\s*(?:and\s+a\s+half\b|半))?"
    rf"(?:\s*(?:and\s+)?(?:{NUM_RE})\s*-?\s*(?:seconds?|secs?|s(?![a-z])|秒钟?))?|半分钟)"
)
PERCENT_RE = rf"(?:(?:{NUM_RE})\s*(?:%|percent\b|per\s+cent\b)|百分之\s*{NUM_ZH_RE})"
_PART = re.compile(
    rf"(?P<n>{NUM_RE})\s*-?\s*(?P<u>{_UNIT_RE})(?P<half>\s*(?:and\s+a\s+half\b|半))?",
    re.ASCII,
)


def parse_number(text: str) -> float | None:
    """ "2", "2.5", "two", "twenty-one", "two and a half", "a half", "三", "十二", "一点五"."""
    s = " ".join(text.strip().lower().split())
    if not s:
        return None
    half = re.fullmatch(r"(.+?)\s+and\s+a\s+half", s)
    if half:
        head = parse_number(half.group(1))
        return None if head is None else head + 0.5
    if re.fullmatch(r"half an?|a half", s):
        return 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    if s in ("a", "an"):
        return 1.0
    if s in EN_NUMBERS:
        return float(EN_NUMBERS[s])
    tens = re.fullmatch(r"([a-z]+)(?:[\s-]([a-z]+))?", s)
    if tens and tens.group(1) in EN_TENS:
        unit = EN_NUMBERS.get(tens.group(2) or "zero")
        return None if unit is None or unit > 9 else float(EN_TENS[tens.group(1)] + unit)
    return _parse_zh(s)


def _parse_zh(s: str) -> float | None:
    extra = 0.5 if s.endswith("半") else 0.0
    s = s.removesuffix("半")
    whole, _, frac = s.replace("点", ".").partition(".")
    value = _zh_int(whole)
    if value is None:
        return None
    if frac:
        digits = "".join(str(ZH_DIGITS.get(ch, ch)) for ch in frac)
        if not digits.isdigit():
            return None
        value += float("0." + digits)
    return value + extra


def _zh_int(s: str) -> float | None:
    if not s:
        return None
    if not any(ch in ZH_MULT for ch in s):
        # digit by digit: "3", "二零二六"
        digits = [str(ZH_DIGITS[ch]) if ch in ZH_DIGITS else ch for ch in s]
        text = "".join(digits)
        return float(text) if text.isascii() and text.isdigit() else None
    total, current = 0, 0
    for ch in s:
        if ch in ZH_DIGITS:
            current = ZH_DIGITS[ch]
        elif ch in ZH_MULT:
            total += (current or 1) * ZH_MULT[ch]
            current = 0
        else:
            return None
    return float(total + current)


def parse_int(text: str) -> int | None:
    """A whole number in any of the forms ``parse_number`` reads, else None."""
    value = parse_number(text)
    return int(value) if value is not None and value == int(value) else None


def parse_ordinal(text: str) -> int | None:
    """1-based position, negative from the end: "third" 3, "3rd" 3, "last" -1, "第三张" 3."""
    s = " ".join(text.strip().lower().split())
    s = re.sub(r"^the\s+", "", s)
    if re.match(r"(?:second|next)[\s-]to[\s-]last|penultimate", s):
        return -2
    if s.startswith("last") or s.startswith("最后"):
        return -1
    zh = re.match(rf"(倒数)?第\s*({ZH_INT_RE})", s)
    if zh:
        n = parse_int(zh.group(2))
        return None if n is None else (-n if zh.group(1) else n)
    zh_noun = re.match(rf"{ZH_NOUN_RE}\s*(\d+)", s)
    if zh_noun:
        return int(zh_noun.group(1))
    word = re.match(r"([a-z]+)", s)
    if word and word.group(1) in EN_ORDINALS:
        return EN_ORDINALS[word.group(1)]
    digits = re.match(r"(\d+)(?:st|nd|rd|th)", s)
    if digits:
        return int(digits.group(1))
    number = re.search(rf"({INT_RE})\s*$", s)
    return parse_int(number.group(1)) if number else None


def parse_duration_ms(text: str) -> int | None:
    """ "2.5s" 2500, "1 minute 30 seconds" 90000, "一分半" 90000, "两秒半" 2500, "半分钟" 30000."""
    s = text.strip().lower()
    if s == "半分钟":
        return 30000
    total = 0.0
    found = False
    for part in _PART.finditer(s):
        value = parse_number(part.group("n"))
        if value is None:
            return None
        unit = _unit_ms(part.group("u"))
        if part.group("half"):
            value += 0.5
        total += value * unit
        found = True
    return round(total) if found else None


def _unit_ms(unit: str) -> int:
    if unit in ("ms", "毫秒") or unit.startswith("milli"):
        return 1
    if unit.startswith(("m", "分")):
        return 60000
    return 1000


def parse_percent(text: str) -> float | None:
    """ "30%" 30, "thirty percent" 30, "百分之五十" 50."""
    s = text.strip().lower()
    zh = re.match(r"百分之\s*(.+)", s)
    if zh:
        return parse_number(zh.group(1))
    m = re.match(rf"({NUM_RE})", s)
    return parse_number(m.group(1)) if m else None

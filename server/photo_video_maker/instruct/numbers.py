"""Numbers as people write them: digits, English words and Chinese numerals; and what is
written with them: ordinals ("3rd"), ratios ("9:16", "16比9"), frame sizes ("1080x1920"),
Chinese photo references ("第三张", "最后一张", "前两张").

``at`` finds the longest of these at a position of normalised text; ``value`` reads a number.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..model.catalog import ASPECTS

UNITS = [
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
EN = {word: n for n, word in enumerate(UNITS)}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
EN |= {"a couple of": 2, "a couple": 2, "couple of": 2, "a few": 3, "a dozen": 12, "dozen": 12}
ORDINALS = [
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
EN_ORDINALS = {word: n for n, word in enumerate(ORDINALS, 1)}
ZH_DIGITS = dict(zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
ZH_MULT = {"十": 10, "百": 100, "千": 1000}
# "两" leads a number ("两百") or stands alone; after a digit it counts ("五两张" is 5, 2 photos)
ZH_INT = r"(?:两?[零〇一二三四五六七八九十百千]+|两)"


def _alt(words: list[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_WORD = rf"(?:{_alt(list(TENS))})(?:[\s-](?:{_alt(UNITS[1:10])}))?|{_alt(list(EN))}"
NUMBER = re.compile(
    rf"\d+,\d(?=\s*(?:s|secs?|seconds?)\b)|\d+(?:\.\d+)?|\.\d+|(?<![a-z])(?:{_WORD})(?![a-z])"
    rf"|{ZH_INT}(?:点[零一二三四五六七八九]+)?(?:个半)?"
)


def value(said: str) -> float | None:
    """ "2", "2.5", "two", "twenty-one", "三", "十二", "一点五", "一个半"; None if not a number."""
    s = " ".join(said.strip().lower().split())
    if re.fullmatch(r"\d+,\d", s):  # "2,5 sec": a decimal comma
        s = s.replace(",", ".")
    if re.fullmatch(r"\d+(?:\.\d+)?|\.\d+", s):
        return float(s)
    if s in EN:
        return float(EN[s])
    tens = re.fullmatch(r"([a-z]+)(?:[\s-]([a-z]+))?", s)
    if tens and tens.group(1) in TENS:
        unit = EN.get(tens.group(2) or "zero")
        return None if unit is None or unit > 9 else float(TENS[tens.group(1)] + unit)
    return _chinese(s)


ROUGHLY = {"三五": 4.0}  # "三五秒": about four


def _chinese(s: str) -> float | None:
    if s in ROUGHLY:
        return ROUGHLY[s]
    pair = [ZH_DIGITS.get(ch, -1) for ch in s]
    if len(s) == 2 and pair[0] > 0 and pair[1] == pair[0] + 1:
        return (pair[0] + pair[1]) / 2  # "两三秒", "三四张": about 2.5, 3.5
    extra = 0.5 if s.endswith("个半") else 0.0
    s = s.removesuffix("个半")
    whole, _, frac = s.partition("点")
    number = zh_int(whole)
    if number is None:
        return None
    if frac:
        digits = "".join(str(ZH_DIGITS.get(ch, "x")) for ch in frac)
        if not digits.isdigit():
            return None
        number += float("0." + digits)
    return number + extra


def zh_int(s: str) -> float | None:
    """ "十二" 12, "二十五" 25, "一百零五" 105, "二零二六" 2026, "3" 3."""
    if not s:
        return None
    if s.isdigit():
        return float(s)
    if not any(ch in ZH_MULT for ch in s):
        digits = "".join(str(ZH_DIGITS[ch]) if ch in ZH_DIGITS else "x" for ch in s)
        return float(digits) if digits.isdigit() else None
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


ZH_REF = re.compile(
    rf"(?P<back>倒数)?[第弟]\s*(?P<n>\d+|{ZH_INT})\s*(?P<m>张|个|幅|段|位|项|条)?"
    rf"|(?:最后|末尾|最末)(?:一|那)?(?:张|个|幅|段)"  # "末尾那张" is the last one too
    rf"|(?P<fl>前面|前|最后|后面|后|头|开头)(?P<k>\d+|{ZH_INT})(?:张|个|幅)"
)


def _word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


# minutes and seconds written together, as on a phone: "1m30", "1min30", "2m15s"
MIN_SEC = re.compile(r"(\d{1,2})(?:m|mins?)(\d{2})(?:s|secs?)?\b")
ORD_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)\b")
# "1920x1080", "1280*720的", "1920乘1080": a frame size (a Chinese word may follow it)
SIZE = re.compile(r"(\d{3,4})\s*[x×*乘]\s*(\d{3,4})(?![\dA-Za-z])")
# a colour code as designers write it ("#ff8800", "#f80"): the value the text edits take
HEX = re.compile(r"#([0-9a-f]{6}|[0-9a-f]{3})(?![0-9a-z])")
ZH_RATIO = re.compile(r"([一二三四五六七八九十]{1,3})\s*比\s*([一二三四五六七八九十]{1,3})")
# (not "photo 4: 5 seconds", a length said after a colon)
RATIO = re.compile(
    r"(\d{1,2})\s*(?::|比|/|\s+by\s+|\s*x\s*|×)\s*(\d{1,2})(?![\d.])"
    r"(?!\s*(?:s|secs?|seconds?|mins?|minutes?|ms|秒)\b)"
)


# a frame rate typed straight after the size: "1080p60", "4k30fps", "720p30"
SIZE_BEFORE = re.compile(r"(?<![A-Za-z0-9.])(?:\d{3,4}p|[248]k)$", re.IGNORECASE)
RATE_GLUED = re.compile(r"(24|25|30|60)(?:\s*fps)?(?![A-Za-z0-9.])", re.IGNORECASE)


def at(s: str, i: int) -> tuple[int, str, Any] | None:
    """Numbers, ordinals, ratios, frame sizes and Chinese photo references at ``i``."""
    found: list[tuple[int, str, Any]] = []
    if m := ZH_REF.match(s, i):
        found.append((m.end(), *_zh_ref(m)))
    if m := HEX.match(s, i):
        digits = m.group(1) if len(m.group(1)) == 6 else "".join(c * 2 for c in m.group(1))
        found.append((m.end(), "color", "#" + digits))
    if m := SIZE.match(s, i):
        found.append((m.end(), "size", (int(m.group(1)), int(m.group(2)))))
    if (m := RATIO.match(s, i)) and f"{m.group(1)}:{m.group(2)}" in ASPECTS:
        found.append((m.end(), "aspect", f"{m.group(1)}:{m.group(2)}"))
    if m := ZH_RATIO.match(s, i):  # "四比三", "九比十六"
        ratio = f"{zh_int(m.group(1)) or 0:g}:{zh_int(m.group(2)) or 0:g}"
        if ratio in ASPECTS:
            found.append((m.end(), "aspect", ratio))
    if (m := MIN_SEC.match(s, i)) and (i == 0 or not _word_char(s[i - 1])) and int(m[2]) < 60:
        found.append((m.end(), "dur", (int(m[1]) * 60 + int(m[2])) * 1000))  # "1m30"
    if (m := ORD_DIGITS.match(s, i)) and (i == 0 or not _word_char(s[i - 1])):
        found.append((m.end(), "ord", int(m.group(1))))
    if (m := RATE_GLUED.match(s, i)) and SIZE_BEFORE.search(s, 0, i):
        found.append((m.end(), "fps", int(m.group(1))))  # "1080p60", "4k30fps": the rate
    # "BGM两秒": a Chinese numeral after a Latin word is a number of its own, and so are digits
    # in a Chinese sentence or after the words a number is glued to ("BGM20%", "fps60")
    alone = i == 0 or not _word_char(s[i - 1]) or not s[i].isascii() or _chinese_text(s)
    alone = alone or _word_before(s, i) in GLUED
    if (m := NUMBER.match(s, i)) and alone:
        after = s[m.end() :]
        glued = bool(after) and s[m.end() - 1].isdigit() and _word_char(after[0])
        if not glued or after.startswith(("s", "m", "p", "k", "f", "x")):
            found.append((m.end(), "num", value(m.group(0))))
    return max(found, key=lambda f: f[0]) if found else None


# "BGM20%", "fps60", "photo3", "pic2": a number said right after them is theirs
GLUED = ("bgm", "fps", "photo", "pic", "img", "image", "picture", "slide")


def _word_before(s: str, i: int) -> str:
    """The Latin letters right before ``i``."""
    start = i
    while start > 0 and s[start - 1].isascii() and s[start - 1].isalpha():
        start -= 1
    return s[start:i]


@cache
def _chinese_text(s: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in s)


def _zh_ref(m: re.Match[str]) -> tuple[str, Any]:
    if m.group("fl"):
        k = int(zh_int(m.group("k")) or 0)
        first = m.group("fl") in ("前", "头", "前面", "开头")
        return "photos", list(range(1, k + 1)) if first else list(range(-k, 0))
    if m.group("n") is None:
        return "photo", -1
    n = int(zh_int(m.group("n")) or 0)
    n = -n if m.group("back") else n
    if m.group("m") == "位":
        return "slot", n
    return ("photo" if m.group("m") else "ord"), n

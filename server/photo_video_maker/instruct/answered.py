"""The person's answer to "which did you mean?": which of the offered options it picks.

People answer by number ("2", "#2", "option 2", "the second one", "第二个"), with the words of
an option ("slide", "the text", "fade to black", "狗那张"), or with a yes when only one was
offered, or leave the choice to us ("whatever", "you choose", "随便"). Anything else is a new
request, read as usual.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .numbers import EN_ORDINALS, value

YES = {
    "yes", "yeah", "yep", "yup", "sure", "ok", "okay", "please", "do it", "yes please",
    "that one", "go ahead", "correct", "right", "好", "好的", "是", "是的", "对", "对的", "嗯",
    "可以", "行", "就这个", "要",
}  # fmt: skip
# the choice left to us: the first option, which the reply then names
ANY = {
    "any", "anything", "any of them", "any one", "whatever", "whichever", "you choose",
    "you pick", "you decide", "your choice", "up to you", "dealer's choice", "surprise me",
    "doesn't matter", "does not matter", "don't care", "dont care", "either", "either one",
    "随便", "随便吧", "随便一个", "你定", "你定吧", "你选", "你选吧", "你决定", "都行", "都可以",
    "哪个都行", "哪个都可以", "无所谓",
}  # fmt: skip
# words that say nothing about which option ("the second ONE please")
QUIET = {
    "the", "a", "an", "one", "option", "number", "no", "please", "pls", "i", "mean", "meant",
    "want", "choose", "pick", "take", "go", "with", "that", "this", "it", "is", "of", "them",
    "those", "just", "ok", "okay", "yes", "yeah", "let's", "lets", "do", "use", "make",
}  # fmt: skip
ZH_NUMBER = re.compile(r"^(?:选|要|用)?第?([一二两三四五六七八九十\d]+)(?:个|种|项|号|条)?吧?$")
# "the caption, not the title": what was not meant says nothing about which option was
NOT_MEANT = re.compile(r"[,;]?\s*\b(?:not|nor) (?:the |a |an )?[a-z]+(?: [a-z]+)?$")
WORD = re.compile(r"[a-z0-9]+|[\u4e00-\u9fff]")


def picked(text: str, labels: Sequence[str]) -> int | None:
    """The index of the option ``text`` picks from ``labels``, or None."""
    said = text.strip().lower().strip(".!?。！？ ")
    if not said or not labels:
        return None
    if said in YES:
        return 0 if len(labels) == 1 else None
    if said.removeprefix("i ").removeprefix("just ") in ANY:
        return 0
    number = _number(said)
    if number is not None:
        return number - 1 if 1 <= number <= len(labels) else None
    return _by_words(NOT_MEANT.sub("", said), labels)


def _number(said: str) -> int | None:
    """ "2", "#2", "option 2", "the second one", "第二个"."""
    zh = ZH_NUMBER.match(said)
    if zh:
        number = value(zh.group(1))
        return int(number) if number is not None and float(number).is_integer() else None
    words = [w for w in re.findall(r"[a-z0-9#']+", said) if w not in QUIET]
    if len(words) != 1:
        return None
    word = re.sub(r"^#|(?<=\d)(st|nd|rd|th)$", "", words[0])
    if word in EN_ORDINALS:
        return EN_ORDINALS[word]
    number = value(word)
    return int(number) if number is not None and float(number).is_integer() else None


def _by_words(said: str, labels: Sequence[str]) -> int | None:
    """The one option whose label has every word the answer has (a few words, no request)."""
    words = {w for w in WORD.findall(said) if w not in QUIET}
    if not words or len(words) > 4:
        return None
    fits = [k for k, label in enumerate(labels) if words <= set(WORD.findall(label.lower()))]
    return fits[0] if len(fits) == 1 else None

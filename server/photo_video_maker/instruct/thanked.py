""" "thanks!", "perfect, thank you so much", "lol ok cool", "hello": a message that is only a
thanks, a yes-that's-fine or a greeting asks for nothing. It was answered "I did not
understand that" with examples, which reads badly to someone saying thank you; a thanks is
acknowledged ("thanks") and a bare greeting is answered with what can be said ("help")."""

from __future__ import annotations

import re

from .reading import Lang, Reading

# words of a thanks or of "that's fine"; any other word and the message asks for something
_THANKS = set(
    [
        "thanks",
        "thank",
        "thx",
        "ty",
        "tysm",
        "tyvm",
        "you",
        "u",
        "so",
        "much",
        "very",
        "a",
        "lot",
        "lots",
        "ok",
        "okay",
        "okie",
        "k",
        "kk",
        "cool",
        "great",
        "perfect",
        "nice",
        "awesome",
        "lovely",
        "wonderful",
        "amazing",
        "brilliant",
        "excellent",
        "fantastic",
        "super",
        "beautiful",
        "good",
        "looks",
        "look",
        "it",
        "this",
        "that's",
        "thats",
        "it's",
        "its",
        "love",
        "i",
        "like",
        "sweet",
        "wow",
        "yay",
        "lol",
        "haha",
        "omg",
        "that",
        "fine",
        "alright",
        "sure",
        "yes",
        "yeah",
        "yep",
        "yup",
        "cheers",
        "appreciate",
        "appreciated",
        "really",
        "much",
        "you've",
        "youve",
        "been",
        "have",
        "helpful",
        "kind",
        "of",
        "exactly",
        "what",
        "wanted",
        "just",
        "much",
        "much!",
        "dear",
        "all",
    ]
)
_HELLO = set(
    [
        "hi",
        "hello",
        "hey",
        "hiya",
        "yo",
        "good",
        "morning",
        "afternoon",
        "evening",
        "there",
        "everyone",
    ]
)
_ZH_THANKS = re.compile(
    r"^(谢谢(你|您|啦|了)?|多谢|感谢|太好了|好的|好|完美|不错|很好|可以了?|行|棒|太棒了|辛苦了|ok)+$"
)
_ZH_HELLO = re.compile(r"^(你好|您好|嗨|哈喽|早上好|下午好|晚上好)+$")
# (an apostrophe inside a word stays: "that's it" is two words of a thanks, not three)
_MARKS = re.compile(r"[\s.!?,;:~…。！？，、～()\-*\"“”]+|[\U0001F300-\U0001FAFF\u2600-\u27BF]+")


def thanked(text: str, lang: Lang) -> Reading | None:
    """The question a bare thanks or greeting asks, or None when it asks for anything else."""
    if lang == "zh":
        said = _MARKS.sub("", text.lower())
        if _ZH_HELLO.fullmatch(said):
            return Reading(lang, question="help")
        return Reading(lang, question="thanks") if said and _ZH_THANKS.fullmatch(said) else None
    if text.rstrip().endswith(("?", "？")):  # "is it done?" asks something
        return None
    words = [w.strip("'") for w in _MARKS.sub(" ", text.lower().replace("’", "'")).split()]
    words = [w for w in words if w]
    if not words:
        return None
    if all(w in _HELLO for w in words) and set(words) - {"good", "there", "everyone"}:
        return Reading(lang, question="help")
    if all(w in _THANKS or w in _HELLO for w in words) and not _only_yes(words):
        return Reading(lang, question="thanks")
    return None


def _only_yes(words: list[str]) -> bool:
    """ "yes" / "sure" / "all" alone answers something asked (a take-back, an option): not a
    thanks."""
    return all(w in ("yes", "yeah", "yep", "yup", "sure", "all") for w in words)

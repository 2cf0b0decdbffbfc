"""English messages that tell rather than ask: praise ("this is perfect thanks", "love the
music!", "i like how the dog pic comes after the city one") and photos said to be uploaded
("i uploaded some pics", "just added the rest of the photos").

Praise that asks for nothing is thanked; it was "I did not understand that" with examples. A
message telling of photos sent is answered with what the video now has, which is what the
person wants to hear before they ask for anything; it was read by its word "uploaded" as the
uploaded song and got music examples. Any word of a request, a complaint, a value or a
question leaves the message to be read as usual ("love it but make it faster", "i uploaded
some pics, make a slideshow")."""

from __future__ import annotations

import re

from .reading import Lang, Reading

_PRAISE = re.compile(
    r"\b(?:i|we)\s+(?:really\s+|do\s+|so\s+|just\s+)?(?:like|love|adore)\b"
    r"|\blov(?:e|ing) (?:it|this|that|the|how|these|those)\b"
    r"|\b(?:great|perfect|awesome|amazing|beautiful|lovely|gorgeous|stunning|fantastic"
    r"|wonderful|brilliant|excellent|incredible|spot on|on point|well done|good job|great job"
    r"|nailed it|so good|looks good|turned out)\b"
    r"|❤|😍|🥰|👍",
    re.IGNORECASE,
)
_UPLOADED = re.compile(
    r"^(?:(?:hey|hi|ok|okay|so|alright|right|well)[\s,]+)*(?:i|i've|ive|i have|we|we've)\s+"
    r"(?:just\s+|already\s+|now\s+)?(?:uploaded|added|sent|dropped|put in|put up|attached)\s+"
    r"(?:all\s+|the\s+rest\s+of\s+|some\s+of\s+)?(?:the|my|our|some|a few|a couple|a bunch of"
    r"|\d+|them|those|these|more)?\s*(?:of\s+)?(?:new\s+|more\s+)?"
    r"(?:pics|photos|pictures|images|shots|clips|videos|files|them)?\b",
    re.IGNORECASE,
)
# words of a request, a complaint, a value or a question: then the message is read as usual
_ASKS = re.compile(
    r"\?|\d|\b(?:can|could|would|will|should|please|pls|plz|make|add|put|change|remove|delete"
    r"|drop|cut|swap|move|use|try|set|turn|switch|replace|want|need|wanna|gonna|more|less|bit"
    r"|little|too|but|though|tho|however|except|instead|not|no|don't|dont|isn't|doesn't|wish"
    r"|faster|slower|longer|shorter|louder|quieter|bigger|smaller|export|save|send|download"
    r"|again|also|maybe|if|why|which|where|when|hmm|meh|yet|without|something|anything"
    r"|let's|lets|give|start|end|fix|undo|redo|rather|prefer|next|then|like to|love to"
    r"|slideshow|video|movie|vertical|music|song|keep|leave|stay|stays|title|caption|closing"
    r"|text|says|say|read|reads|by)\b|(?:^|[\s:])[\"'‘“]\w"
    r"|\b(?:i'd|id|i would|we'd)\s+(?:like|love)",
    re.IGNORECASE,
)
# one photo named ("I love the second photo", "the dog pic is great"): what is said of it may
# lead to a request about it, so the examples about that photo are the better reply
_ONE_PHOTO = re.compile(
    r"\b(?!(?:the|this|these|those|my|our|your|all|their)\b)\w+ (?:photo|pic|picture|shot|one)\b"
    r"|\b(?:photo|pic|picture) \d",
    re.IGNORECASE,
)
# praise of something the person named is still praise ("love the music", "the video is great")
_NAMED = re.compile(r"\b(?:the|this|that|my|your|our)\s+(?:music|song|video|movie|slideshow)\b")


def praised_en(text: str, lang: Lang) -> Reading | None:
    """A thanks for an English message of praise that asks for nothing, else None."""
    if lang != "en" or not _PRAISE.search(text):
        return None
    asked = _ASKS.findall(_NAMED.sub(" ", text.lower())) or _ONE_PHOTO.search(text)
    return None if asked else Reading(lang, question="thanks")


def told_upload(text: str, lang: Lang) -> Reading | None:
    """What the video now has, for a message that only tells of photos sent, else None."""
    if lang != "en":
        return None
    said = text.strip().rstrip(".!~ ")
    told = _UPLOADED.match(said)
    if told is None or _ASKS.search(said[told.end() :]):
        return None
    if re.search(r"\b(?:song|music|track|audio|mp3)\b", said, re.IGNORECASE):
        return None  # the song they sent: the music's business
    return Reading(lang, question="received")

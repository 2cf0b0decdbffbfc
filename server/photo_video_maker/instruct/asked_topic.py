"""A value said right after a question takes its subject from the question: "is it 60fps?"
(answered) then "make it 60 then" is 60 fps, not "60 what: seconds, fps or the music's
volume?"; "how loud is the music?" then "50" is the music at 50 %.

The question just answered (``reading.Question``) is kept with the session's last turn
(``store.sessions.Turn.topic``); ``after_question`` keeps, of the choices a sentence would ask
about, those on that question's subject: one left is done, several left are asked about."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..model.edit_types import (
    Edit,
    RemoveMusic,
    RemoveText,
    SetAspect,
    SetCaption,
    SetClosing,
    SetFit,
    SetFps,
    SetLook,
    SetMotion,
    SetMusic,
    SetMusicFade,
    SetMusicStart,
    SetMusicVolume,
    SetResolution,
    SetSecondsPerPhoto,
    SetTextStyle,
    SetTitle,
    SetTotalLength,
    SetTransition,
    SetVideoFade,
    Speed,
)
from .reading import Reading

# the edits on each answered question's subject
SUBJECT: dict[str, tuple[type[Edit], ...]] = {
    "format": (SetFps, SetAspect, SetResolution),
    "music": (SetMusic, SetMusicVolume, SetMusicFade, SetMusicStart, RemoveMusic),
    "length": (SetTotalLength, SetSecondsPerPhoto, Speed),
    "style": (SetTransition, SetVideoFade, SetMotion, SetLook),
    "fit": (SetFit,),
    "texts": (SetTitle, SetCaption, SetClosing, SetTextStyle, RemoveText),
}


# a question on one part of a subject: "how long is each photo?", "is there a fade at the end?"
PARTS = {
    "length": (
        ("photo_length", r"\b(?:each|every|per|photos?|pics?|pictures?|slides?|images?)\b|每"),
    ),
    "style": (
        ("fade_end", r"\bfad\w*\b.*\b(?:end|ending|out)\b|\bfade[\s-]?out\b|结尾|淡出"),
        ("fade_start", r"\bfad\w*\b.*\b(?:start|beginning|in)\b|\bfade[\s-]?in\b|开头|淡入"),
        ("transitions", r"\btransitions?\b|\bcrossfades?\b|转场"),
    ),
}
SUBJECT.update(
    {
        "photo_length": (SetSecondsPerPhoto,),
        "fade_end": (SetVideoFade,),
        "fade_start": (SetVideoFade,),
        "transitions": (SetTransition,),
    }
)
# what "it" is after a question on one thing: "how loud is the music?" "lower it to 40"
IT = {
    "music": "the music",
    "length": "the video",
    "photo_length": "each photo",
    "fade_end": "the fade at the end",
    "fade_start": "the fade at the start",
    "transitions": "the transitions",
}


def topic_of(question: str, text: str) -> str:
    """What a question answered was about: its kind, or the part of it asked about."""
    for part, said in PARTS.get(question, ()):
        if re.search(said, text, re.IGNORECASE):
            return part
    return question


IT_WORD = re.compile(r"\bit\b", re.IGNORECASE)


def after_question(
    reading: Reading,
    topic: str | None,
    text: str = "",
    reread: Callable[[str], Reading] | None = None,
) -> Reading:
    """``reading`` of ``text``, said right after the question ``topic`` was answered (and
    read with the last change as its context). ``reread`` reads a sentence with no last change:
    the question is the newer context ("how loud is the music?" then "50" is the music, even
    right after "each photo 2 seconds"), and "it" may be the question's subject."""
    kinds = SUBJECT.get(topic or "")
    if not kinds or reading.question or reading.route:
        return reading
    if reading.edits and all(isinstance(e, kinds) for e in reading.edits):
        return reading
    found = _on(reading, kinds)
    if found is None and reread is not None:
        found = _on(reread(text), kinds)
        if found is None and reading.lang == "en" and topic in IT and IT_WORD.search(text):
            found = _on(reread(IT_WORD.sub(IT[topic or ""], text, count=1)), kinds)
            if found is not None and reading.edits and not found.edits:
                found = None  # an edit understood stays unless "it" is plainly the subject
        if found is None and reading.lang == "en" and topic in IT and not reading.edits:
            # "is there a fade out at the end?" then "shorter pls, like half a sec": of the fade
            found = _on(reread(f"{IT[topic or '']}, {text}"), kinds)
    return reading if found is None else found


def _on(reading: Reading, kinds: tuple[type[Edit], ...]) -> Reading | None:
    """The reading kept to the question's subject: its edits when all are on it, or the
    choices on it (one left: done); None when nothing of it is on the subject."""
    if reading.leftover or reading.question or reading.route:
        return None
    if reading.edits:
        return reading if all(isinstance(e, kinds) for e in reading.edits) else None
    kept = [o for o in reading.clarify if o.edits and all(isinstance(e, kinds) for e in o.edits)]
    if len(kept) == 1:
        return replace(reading, clarify=[], edits=list(kept[0].edits))
    return replace(reading, clarify=kept) if kept else None


def value_after_question(
    text: str, question: str, reread: Callable[[str], Reading]
) -> Reading | None:
    """ "how long is each pic? make it 2", "how loud is the music? make it 30": the value said
    after a question in the same message takes the question's subject, as it would in the next
    message. None when what follows asks nothing of that subject (the question is answered)."""
    asked_at = text.rfind("?")
    rest = text[asked_at + 1 :].strip(" ,.!")
    if asked_at < 0 or not rest or "?" in rest:
        return None
    topic = topic_of(question, text[:asked_at])
    found = after_question(reread(rest), topic, rest, reread)
    if found.edits and not (found.clarify or found.leftover or found.question or found.route):
        kinds = SUBJECT.get(topic, ())
        return found if kinds and all(isinstance(e, kinds) for e in found.edits) else None
    return None

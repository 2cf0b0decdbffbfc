"""What one sentence of a person asks for: the contract between the interpreter and its callers.

``read(text, draft, media, last)`` (in ``interpret``) returns a ``Reading``. Exactly one of these
describes the sentence, checked in this order by the caller:

- ``clarify``: it could mean two different things; ask with the options, change nothing;
- ``question``: a question about the draft, answered from it, nothing changes;
- ``route``: an action besides editing (export, credits, state, upload), after ``edits`` if any
  ("make it vertical and export" has both);
- ``edits``: changes to apply, in the order they were said;
- none of these: not understood; ``leftover`` has the words no template placed and ``topic``
  what they were about (music words get music suggestions).

``leftover`` may be non-empty next to edits: part of the sentence was understood.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..model.edit_types import Edit

Lang = Literal["en", "zh"]
Question = Literal[
    "length",  # how long is the video
    "count",  # how many photos and clips
    "music",  # which music plays, how loud
    "last_change",  # what was changed last
    "help",  # what can it do, what can I say
    "output",  # where did the video go, is it ready
    "format",  # shape, size, resolution, frame rate
    "texts",  # what the title, captions and closing text say
    "style",  # transitions, colours, motion, fades to black
    "fit",  # how the photos sit in the frame ("why is there a black bar on top")
    "ok",  # "never mind" with nothing to take back: acknowledged
    "thanks",  # "thanks!", "perfect": nothing asked, acknowledged
    "received",  # "i uploaded some pics": what the video has now, and what to say next
]
Route = Literal["export", "credits", "state", "upload"]
Topic = Literal[
    "music", "text", "order", "timing", "transition", "motion", "frame", "look", "export", "general"
]


@dataclass(frozen=True)
class Option:
    """One way to read an ambiguous sentence, as a person reads it and as edits."""

    label: str
    edits: list[Edit]


@dataclass(frozen=True)
class Reading:
    lang: Lang
    edits: list[Edit] = field(default_factory=list)
    route: Route | None = None
    export: dict[str, str | int] = field(default_factory=dict)  # format, resolution, fps named
    question: Question | None = None
    clarify: list[Option] = field(default_factory=list)
    leftover: list[str] = field(default_factory=list)  # unplaced words, in the person's spelling
    topic: Topic | None = None  # what the sentence was about, for suggestions
    suggestions: list[str] = field(default_factory=list)  # in the person's language
    # "leave the fit alone", "the music is fine": nothing asked, what was said stays (told so)
    kept: bool = False
    # understood but not possible as said ("日期都不要了" with no dates shown): why, told
    refused: str = ""

    @property
    def understood(self) -> bool:
        return bool(self.edits or self.route or self.question or self.clarify)

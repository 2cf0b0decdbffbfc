"""The shape of a phrase rule, and the context its builder sees.

A rule is a regular expression over one normalised clause and a builder that turns the match
into edits. A builder returns None when the phrase is recognised but cannot become a safe
edit (a music mood we have no track for, a song that was never uploaded): the words are then
reported as not understood instead of being guessed at.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model.draft import Draft
from ..model.edits import Edit
from ..model.layout import MediaRef
from .numbers import parse_duration_ms, parse_ordinal
from .text import Clause

Build = Callable[[re.Match[str], "Ctx"], Sequence[Edit] | None]


@dataclass(frozen=True)
class Rule:
    """One family of phrases (``topic`` groups them for suggestions)."""

    topic: str
    pattern: re.Pattern[str]
    build: Build


@dataclass(frozen=True)
class Ctx:
    """What a builder may look at besides its match."""

    clause: Clause
    draft: Draft
    media: dict[str, MediaRef]
    subject: str | None = None  # "title", "captions", "closing", "music": said in a clause before

    def original(self, m: re.Match[str], group: str | int = 0) -> str:
        """A matched group in the person's own spelling (titles keep their capitals)."""
        return self.clause.original(m.start(group), m.end(group))

    def photo_count(self) -> int:
        """How many photos and clips the draft has now."""
        track = self.draft.video_track()
        return len(track.sg) if track is not None else 0


class RuleBook:
    """A list of rules filled by a decorator, one rule per pattern (so every pattern may
    reuse the same group names for its builder)."""

    def __init__(self) -> None:
        self.rules: list[Rule] = []

    def add(self, topic: str, *patterns: str) -> Callable[[Build], Build]:
        """``@book.add("music", r"pattern", r"another")`` registers the function for each.

        Patterns are compiled with re.ASCII so that ``\\b`` and ``\\w`` mean English word
        edges: "改成4k" has a boundary before "4k", which Unicode word rules would not see.
        """

        def register(build: Build) -> Build:
            self.rules.extend(Rule(topic, re.compile(p, re.ASCII), build) for p in patterns)
            return build

        return register


def group(m: re.Match[str], *names: str) -> str | None:
    """The first of several named groups that took part in the match."""
    found = m.groupdict()
    for name in names:
        if found.get(name) is not None:
            return found[name]
    return None


def ref(m: re.Match[str], *names: str) -> int | None:
    """A photo number from a named photo-reference group."""
    text = group(m, *names)
    return parse_ordinal(text) if text is not None else None


def duration_ms(m: re.Match[str], *names: str) -> int | None:
    """Milliseconds from a named duration group."""
    text = group(m, *names)
    return parse_duration_ms(text) if text is not None else None

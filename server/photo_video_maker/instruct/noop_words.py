"""Words a "nothing to do" reading already placed: "动效 你看着办", "动效嘛 随便吧你看着办"
name the effect and leave the choice to us (the "noop" template: a subject and "up to you").
The effect's word belongs to that reading, so it is not also read alone as a request ("动效" by
itself turns the camera's move on); before, the move was turned on without being asked for."""

from __future__ import annotations

from .match import Match


def noop_words(matches: list[Match]) -> list[Match]:
    """The matches less the fallbacks (a bare word read as a request) whose every word a noop
    match placed."""
    used = {id(t) for m in matches if m.template.intent == "noop" for t in m.toks}
    if not used:
        return matches
    return [m for m in matches if not (m.template.fallback and all(id(t) in used for t in m.toks))]

""" "softer" said of the music with a kind of music named beside it: "can we have softer music,
something calm", "a softer song, like piano", "make the music softer, something chill". The kind
named says what "softer" meant: gentler music, not the same song turned down (before, the new song
also came in quieter, and with no music yet the whole request failed on the volume)."""

from __future__ import annotations

from .entities import Tok

GENTLER = ("softer", "gentler", "mellower", "more mellow", "more gentle")
SAID_AS = ("quieter", "softer")


def softer_kind(toks: list[Tok]) -> list[Tok]:
    """The "softer" of the music is dropped when a mood is named after it ("add calm music and
    make it softer" keeps its volume)."""
    mood = next((k for k, t in enumerate(toks) if t.kind == "mood"), None)
    if mood is None or not any(t.kind == "music" for t in toks[:mood]):
        return toks
    gone = [
        t for t in toks[:mood] if t.kind in SAID_AS and any(w in t.surface.lower() for w in GENTLER)
    ]
    spans = {(t.start, t.end) for t in gone}
    music = [t for t in toks if t.kind == "music"]
    if len(music) > 1:  # "softer music, something calm": the music is named again by its kind
        gone += [t for t in music if (t.start, t.end) in spans]
    return [t for t in toks if not any(t is g for g in gone)]

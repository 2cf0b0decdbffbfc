""" "Tone it down" said with a look named ("tone it down, just warm" after a vivid look): the
colours, not the sound. It is read as a change to the look named (before, the music got
quieter as well: a silent wrong edit)."""

from __future__ import annotations

from .entities import Tok

TONE = ("tone it down", "tone down", "tone that down", "tone this down")


def toned_look(toks: list[Tok]) -> list[Tok]:
    """The quieter of "tone it down" turned into a mere change when a look is named."""
    kinds = {t.kind for t in toks}
    if "look" not in kinds or kinds & {"music", "volume", "song", "clip_sound"}:
        return toks
    return [
        Tok("change", None, t.start, t.end, t.surface)
        if t.kind in ("quieter", "less") and t.surface.lower() in TONE
        else t
        for t in toks
    ]

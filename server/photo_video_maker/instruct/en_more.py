"""English rules of the entity pass kept apart from ``compose`` (which runs them once the photos
and the clip are named): the clip's own sound (``clip_audio``), the way a slide goes
(``slide_ways``), the music named without saying "music" (``en_music_words``) and "max" said
of a length (``max_length``)."""

from __future__ import annotations

import re

from .amount_after import amount_after, fade_then_it
from .asked_help import asked_help
from .between_unmade import between_unmade
from .clip_audio import clip_audio
from .cut_by import cut_by
from .cuts_named import cuts_named, said_again, wanted_first
from .en_audio import en_audio
from .en_music_words import (
    a_song_of_a_pace,
    another_of_a_mood,
    slow_fades,
    something_of_a_mood,
    swapped_music,
)
from .en_sequence import in_sequence
from .entities import Tok
from .faded_look import faded_look
from .slide_ways import slide_ways


def english_more(toks: list[Tok], orig: str, stems: dict[str, str], clip: int | None) -> list[Tok]:
    toks = fade_between(max_length(clip_audio(toks, stems, clip, orig)), orig)
    toks = not_more_said(toks, orig)  # "transitions 1 sec, no longer": exactly that
    toks = take_longer(toks)  # "the fades should take a bit longer": how long, nothing taken
    toks = wanted_back(toks, orig)  # "bring the crossfades back": on again
    # "any tips?"; music by its kind, "no the chill one", "no music, just the video sound"
    toks = en_audio(asked_help(toks, orig), orig)
    toks = between_unmade(toks, orig)  # "a glitch effect between the pics": a transition
    toks = faded_look(toks, orig)  # "a faded vintage look": the look, no crossfade
    toks = said_again(cuts_named(slide_ways(toks, orig), orig))  # "slides, actually no, fades"
    toks = wanted_first(toks, orig)  # "fades not cuts"
    toks = amount_after(fade_then_it(toks), orig)  # "the fade at the end shorter, half a sec"
    toks = another_of_a_mood(something_of_a_mood(a_song_of_a_pace(toks, orig), orig))
    return cut_by(
        in_sequence(slow_fades(swapped_music(toks), orig), orig), orig
    )  # "first ..., after ..."


def max_length(toks: list[Tok]) -> list[Tok]:
    """ "15 seconds max", "max 15 seconds": a limit on the length (as "under 15 seconds" is),
    never the music at full volume."""
    out = list(toks)
    for k, tok in enumerate(toks):
        beside = [toks[n] for n in (k - 1, k + 1) if 0 <= n < len(toks)]
        if tok.kind == "full" and tok.surface in MAX and any(t.kind == "dur" for t in beside):
            out[k] = Tok("under", None, tok.start, tok.end, tok.surface)
    return out


MAX = ("max", "maximum")
BETWEEN = re.compile(r"^\W*(in\W+)?between\b")


def fade_between(toks: list[Tok], orig: str) -> list[Tok]:
    """ "no fade between photos", "don't fade between the pics": a fade refused between the
    photos is the transitions, not the video's own fade to black; one asked for there ("fade in
    and out between each photo") is the crossfade."""
    out = list(toks)
    for k, tok in enumerate(toks):
        refused = k > 0 and toks[k - 1].kind in ("no", "not", "remove", "off")
        between = tok.end >= 0 and BETWEEN.match(orig[tok.end :].lower()) is not None
        faded = tok.kind in ("fade_in", "fade_out", "fade_inout")
        if (tok.kind == "trans" or faded) and refused and between:
            out[k] = Tok("transition", None, tok.start, tok.end, tok.surface)
        elif faded and between:
            # "fade in and out between each photo": the photos fade into each other
            out[k] = Tok("trans", "crossfade", tok.start, tok.end, tok.surface)
    return out


NOT_MORE = re.compile(r"^(no|not|nothing|and\W+no|but\W+no)\W+(longer|shorter|more|less)$")


def not_more_said(toks: list[Tok], orig: str) -> list[Tok]:
    """ "transitions 1 sec, no longer", "4 seconds each, not more": a clause of its own after a
    length says that length is meant exactly; it asks for nothing longer or shorter (before,
    every photo was made longer too)."""
    for k in range(2, len(toks) - 1):
        first, second = toks[k], toks[k + 1]
        if toks[k - 1].kind != "sep" or toks[k - 2].kind != "dur" or first.start < 0:
            continue
        if k + 2 < len(toks) and toks[k + 2].kind != "sep":
            continue
        if NOT_MORE.match(orig[first.start : second.end].lower().strip()):
            return [*toks[:k], *toks[k + 2 :]]
    return toks


TAKE = ("take", "takes", "taking")


def take_longer(toks: list[Tok]) -> list[Tok]:
    """ "the fades should take a bit longer", "it takes too long": "take" says how long, it
    takes nothing away (before, the video's fade was removed)."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        rest = [t for t in toks[k + 1 : k + 4] if t.kind not in ("degree", "too")]
        timed = bool(rest) and rest[0].kind in ("longer", "shorter")
        if tok.kind == "remove" and tok.surface.lower() in TAKE and timed:
            continue
        out.append(tok)
    return out


BACK = re.compile(r"^\W+back\b(?!\W+(to|in\W+order|where)\b)")
STYLES = ("trans", "transition", "motion")
VERBS = ("put", "add", "change", "on", "remove", "no", "not", "off", "move")


def wanted_back(toks: list[Tok], orig: str) -> list[Tok]:
    """ "bring the crossfades back", "i want the transitions back": a style wanted back is
    turned on again, as "bring back the fades" is (before, "back" was dropped and the words
    were left unplaced); a photo brought back is a move, and stays one."""
    low = orig.lower()
    for k, tok in enumerate(toks):
        if tok.kind not in STYLES or tok.end < 0 or not BACK.match(low[tok.end :]):
            continue
        before = toks[k - 1] if k > 0 else None
        if before is not None and before.kind == "move" and before.surface.lower() == "bring":
            on = Tok("on", None, before.start, before.end, before.surface)
            return [*toks[: k - 1], on, *toks[k:]]
        if not any(t.kind in VERBS for t in toks[:k]):
            return [*toks[:k], Tok("on", None, tok.start, tok.start, ""), *toks[k:]]
    return toks

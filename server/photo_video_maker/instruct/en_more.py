"""English rules of the entity pass kept apart from ``compose`` (which runs them once the photos
and the clip are named): the clip's own sound (``clip_audio``), the way a slide goes
(``slide_ways``) and the music named without saying "music" (``en_music_words``)."""

from __future__ import annotations

from .clip_audio import clip_audio
from .en_music_words import slow_fades, something_of_a_mood, swapped_music
from .entities import Tok
from .slide_ways import slide_ways


def english_more(toks: list[Tok], orig: str, stems: dict[str, str], clip: int | None) -> list[Tok]:
    toks = clip_audio(toks, stems, clip, orig)
    toks = slide_ways(toks, orig)
    return slow_fades(swapped_music(something_of_a_mood(toks, orig)), orig)

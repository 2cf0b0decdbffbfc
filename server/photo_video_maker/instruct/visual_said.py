"""The last rules of the entity pass for the picture and the order, kept together so the
composer calls one: a zoom or "bigger" said as the way to fill the frame, a step on the way to a
place, two photos in the wrong order, a transition said as not wanted, a text swapped for words."""

from __future__ import annotations

from .cropped_part import body_cut_off, cropped_part, cut_off_photo
from .entities import Tok
from .fit_minded import fit_minded
from .not_this_transition import not_this_transition
from .restated import restated
from .step_to_place import step_to_place
from .swap_text import swapped_text
from .wrong_order import wrong_order
from .zoom_to_fill import bigger_to_fill, zoom_to_fill


def visual_said(toks: list[Tok], orig: str, clip: int | None = None) -> list[Tok]:
    """Every rule above, in order; ``clip`` is the number of the video's only clip."""
    toks = bigger_to_fill(zoom_to_fill(toks, orig))  # "zoom in so there are no borders"
    toks = cropped_part(toks, orig)  # "the top of the photos gets cut off": shown whole
    toks = cut_off_photo(toks, clip)  # "the dog photo gets cut off": shown whole
    toks = fit_minded(toks, orig)  # "i dont mind black bars": that fit accepted
    toks = body_cut_off(toks, orig)  # "grandma's face is cut off in the city photo": shown whole
    toks = wrong_order(step_to_place(toks))  # "bump the garden one up to first"
    toks = restated(toks)  # "no fade to black at the end, just cut", "black bars, no blur"
    return swapped_text(not_this_transition(toks, orig))  # "anything but crossfades"

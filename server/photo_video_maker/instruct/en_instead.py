"""One style swapped for another in English ("use slides instead of crossfades", "replace the
fades with wipes", "i hate the crossfades, use slides"): the style that goes is named only to
say what is replaced, so it is no request of its own; only the new one is."""

from __future__ import annotations

import re

from .entities import Tok

# the kinds one value of which replaces another ("swap the sepia for black and white")
STYLED = ("trans", "look", "mood", "fit", "builtin")
SLIDES = ("slides", "slide", "sliding", "a slide")
# "crossfade between the slides", "more time on each slide": the slides are the photos
PHOTOS_AHEAD = re.compile(
    r"\b(between|of|on|in|across|per|each|every|all|other)"
    r"(\W+(the|these|those|my|our|all|each|every|two))*\W*$"
)
GOES = ("no", "not", "remove", "off", "dislike")
# "use slides", "try a slide between them": a way to go from photo to photo is what is used
# (never "use the slides", which are the photos)
USED = re.compile(
    r"\b(use|using|try|trying|go\W+with|go\W+for|switch\W+to|swap\W+to|let'?s\W+do|how\W+about"
    r"|what\W+about|prefer)\W+(a\W+)?$"
)
CLAUSE = ("sep", "then", "and")


def slides_as_transitions(toks: list[Tok], orig: str) -> list[Tok]:
    """ "i hate the crossfades, use slides": in a sentence about transitions, or right after
    "use" or "try", "slides" is the slide transition, not the photos (a slideshow's photos are
    its slides elsewhere)."""
    about = any(t.kind in ("trans", "transition") and t.surface not in SLIDES for t in toks)
    out: list[Tok] = []
    for tok in toks:
        gap = orig[out[-1].end : tok.start] if out and out[-1].end >= 0 else orig[: tok.start]
        slide = tok.kind in ("pic", "each") and tok.surface in SLIDES
        between = bool(out) and out[-1].kind == "between"  # a word of its own (en_refs.between)
        used = bool(USED.search(orig[: tok.start].lower()))
        if slide and (about or used) and not between and not PHOTOS_AHEAD.search(" " + gap.lower()):
            tok = Tok("trans", "slideleft", tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


def zoom_between(toks: list[Tok], orig: str) -> list[Tok]:
    """ "use a zoom between photos": a zoom from one photo to the next is the zoom
    transition, not the photos' own slow zoom."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1].start if k + 1 < len(toks) else len(orig)
        after = orig[tok.end : nxt].lower()
        # "the zoom transitions are too much": a zoom named as a transition is that kind too
        named = k + 1 < len(toks) and toks[k + 1].kind == "transition" and not after.strip()
        zoom = tok.kind == "motion" and tok.surface.startswith("zoom")
        if zoom and ("between" in after or named):
            tok = Tok("trans", "zoom", tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


def replaced_style(toks: list[Tok]) -> list[Tok]:
    """ "replace the fades with wipes", "swap the crossfades for slides", "slides instead of
    crossfades", "no crossfades, slides please", "the crossfades are ugly, use slides": of two
    values of one kind, the one replaced, refused or disliked is dropped."""
    for k, tok in enumerate(toks):
        if tok.kind not in STYLED or not tok.surface.isascii():  # English only: zh has its own
            continue
        other = _other_value(toks, k)
        if other is None:
            continue
        if tok.surface.endswith(" instead") and other == k + 1:  # "slides instead of fades"
            return [*toks[: k + 1], *toks[k + 2 :]]
        prev = toks[k - 1] if k > 0 else None
        if prev is not None and prev.kind in ("change", "swap") and other == k + 1 + _with(toks, k):
            verb = Tok("change", None, prev.start, prev.end, prev.surface)
            return [*toks[: k - 1], verb, *toks[k + 1 :]]
        if prev is not None and prev.kind in GOES and other > k + 1:
            return [*toks[: k - 1], *toks[k + 1 :]]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and nxt.kind == "dislike" and other > k + 1:
            return [*toks[:k], *toks[k + 2 :]]
    return _disliked_after(toks)


def _disliked_after(toks: list[Tok]) -> list[Tok]:
    """ "go for lofi, the piano is too sleepy": the value disliked in a clause after the one
    chosen goes with its dislike (before, the piano was put back on, being said last)."""
    for k, tok in enumerate(toks):
        if tok.kind != "builtin" or not tok.surface.isascii() or k == 0:
            continue
        if toks[k - 1].kind not in ("sep", "then"):
            continue  # the disliked one opens a clause of its own
        end = next((j for j in range(k + 1, len(toks)) if toks[j].kind in CLAUSE), len(toks))
        if not any(t.kind == "dislike" for t in toks[k + 1 : end]):
            continue
        chosen = [t for t in toks[: k - 1] if _family(t) == _family(tok) and t.value != tok.value]
        if chosen and all(t.kind in ("mood", "dislike") for t in toks[k + 1 : end]):
            return [*toks[: k - 1], *toks[end:]]
    return toks


def too_much_of_a_mood(toks: list[Tok]) -> list[Tok]:
    """ "the music is too sad": too much of a mood is a dislike of it, never more of it."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        if _too_much_alone(toks, k):  # "hmm too much, something romantic": that one, disliked
            out.append(Tok("dislike", None, tok.start, tok.end, tok.surface))
            continue
        if tok.kind == "mood" and out and out[-1].kind == "too" and _said_too(out[-1], tok):
            said = out.pop()
            if out and out[-1].kind == "mood" and out[-1].surface.isascii():
                was = out.pop()  # "piano is too sleepy": the track said is the one disliked
                out.append(Tok("builtin", was.value, was.start, was.end, was.surface))
            out += [tok]
            out.append(Tok("dislike", None, said.start, tok.end, said.surface))
            continue
        out.append(tok)
    return out


def _said_too(too: Tok, mood: Tok) -> bool:
    """ "too upbeat"; "音乐太欢快了" (太 right before the mood: too much of it, or so very much of
    it as praise; either way never more of it: before, the video also sped up)."""
    return mood.surface.isascii() or (too.surface == "太" and too.end == mood.start)


def _too_much_alone(toks: list[Tok], k: int) -> bool:
    """ "too much" said alone in its clause, before a clause that names a mood: a dislike of
    what is there, never less of something."""
    tok = toks[k]
    if tok.kind != "less" or tok.surface.lower() != "too much":
        return False
    first = k == 0 or toks[k - 1].kind == "sep"
    alone = first and k + 1 < len(toks) and toks[k + 1].kind == "sep"
    return alone and any(t.kind == "mood" for t in toks[k + 2 :])


def undone_look(toks: list[Tok]) -> list[Tok]:
    """ "undo the sepia": a look taken back is no look, not the last change undone and the
    look put on again."""
    out: list[Tok] = []
    for tok in toks:
        if tok.kind == "look" and out and out[-1].kind == "undo":
            said = out.pop()
            out.append(Tok("remove", None, said.start, said.end, said.surface))
        out.append(tok)
    return out


COLOUR = ("color", "colour", "colors", "colours", "full color", "full colour")


def back_to_colour(toks: list[Tok]) -> list[Tok]:
    """ "switch from black and white to color": colour after a look it replaces is no look."""
    out: list[Tok] = []
    for tok in toks:
        after_look = len(out) > 1 and out[-1].kind == "to" and out[-2].kind == "look"
        if tok.kind == "look_word" and tok.surface.lower() in COLOUR and after_look:
            tok = Tok("look", "none", tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


def _with(toks: list[Tok], k: int) -> int:
    """1 when "with", "to" or "into" joins the old value to the new one."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return 1 if nxt is not None and nxt.kind in ("with", "to", "into") else 0


def _other_value(toks: list[Tok], k: int) -> int | None:
    """Where another value of ``toks[k]``'s kind is said later in the sentence, not refused
    itself ("no slides and no wipes" replaces nothing)."""
    tok = toks[k]
    for j in range(k + 1, len(toks)):
        cand = toks[j]
        if _family(cand) == _family(tok) and cand.value != tok.value:
            refused = toks[j - 1].kind in GOES or (
                j + 1 < len(toks) and toks[j + 1].kind == "dislike"
            )
            return None if refused else j
    return None


def _family(tok: Tok) -> str:
    """A built-in track by its title and a mood name the same thing: the music."""
    return "mood" if tok.kind == "builtin" else tok.kind

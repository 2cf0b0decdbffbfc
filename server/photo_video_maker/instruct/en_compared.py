"""A photo's time said by another item's ("make the city pic as long as the party clip", "the
forest one should last as long as the beach one", "give the dog photo the same time as the
clip", "photo 2 twice as long as photo 1"): that photo gets the other's time on screen, never a
move ("as" is no place here). "last" right after a photo and before "a bit longer" or "as long"
is the verb, not the last item ("can the city photo last a bit longer": one photo, once).
Its template: ``en_compared_words``."""

from __future__ import annotations

from ..model.edit_types import SetSecondsPerPhoto
from .context import Ctx
from .entities import Tok
from .intents import Out, Slots, intent, refuse, seconds

# "make it last as long as 40s": the video lasts, too
SUBJECTS = ("photo", "photos", "pic", "clip", "each", "it", "video")
# "compared to the others", "next to the rest", "vs the other pics": what it is measured by
AGAINST = ("compared", "comparing", "next", "vs", "versus", "relative", "beside")
# "the clip is too loud compared to the music, mute it": the music is what it is measured by
MEASURED = ("each", "pic", "music", "clip_sound", "photo", "title", "caption", "video")


def last_as_verb(toks: list[Tok]) -> list[Tok]:
    """Drop "last" (the ordinal) said between a photo and a step or a comparison of its time."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        prev = out[-1] if out else None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if (
            tok.kind == "ord"
            and tok.value == -1
            and tok.surface == "last"
            and prev is not None
            and prev.kind in SUBJECTS
            and nxt is not None
            and (nxt.kind == "degree" or (nxt.kind == "says" and nxt.surface == "as"))
        ):
            continue
        out.append(tok)
    return same_but(more_of_the_motion(against_the_others(out)))


def against_the_others(toks: list[Tok]) -> list[Tok]:
    """ "the garden pic is too short compared to the others give it 2 more seconds": "the
    others" is what the photo is measured by, never every photo: the words are dropped."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        if tok.kind == "?" and str(tok.value) in AGAINST:
            j = k + 1
            if j < len(toks) and toks[j].kind in ("to", "with"):
                j += 1
            if j < len(toks) and toks[j].kind == "another" and j + 1 < len(toks):
                j += 1  # "vs the other pics"
            measured = ("each", "pic") if tok.value in ("next", "beside") else MEASURED
            if j < len(toks) and toks[j].kind in measured:
                k = j + 1  # said, and asking for nothing
                continue
        out.append(tok)
        k += 1
    return out


def more_of_the_motion(toks: list[Tok]) -> list[Tok]:
    """ "zoom in more on the dog pic": "more" is the zoom's (one photo's zoom is not a thing we
    change, so it is not understood), never more time on that photo."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        prev = out[-1] if out else None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if (
            tok.kind in ("more", "less")
            and prev is not None
            and prev.kind == "motion"
            and nxt is not None
            and nxt.kind in ("photo", "ord", "photos")
        ):
            out[-1] = Tok("motion", prev.value, prev.start, tok.end, prev.surface)
            continue
        out.append(tok)
    return out


# what "same ... but ..." keeps while a step is asked of it
KEPT = ("transition", "trans", "music", "title", "caption", "closing", "textnoun", "look")
# "same transitions but slower", "same transitions, just slower"
BUT = ("then", "just")


def same_but(toks: list[Tok]) -> list[Tok]:
    """ "same transitions but a bit slower", "same transition as the first one but slower":
    what is kept, and the step asked of it (never the pace of the video, nor the last turn
    again); "as the first one" only says which is meant (they are all alike)."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        start = not out or out[-1].kind in ("sep", "then", "keep")  # "keep the same music"
        if tok.kind == "same" and start and nxt is not None and nxt.kind in KEPT:
            j = k + 2
            said_as = j + 1 < len(toks) and toks[j].kind == "says" and toks[j].surface == "as"
            if said_as and toks[j + 1].kind in ("photo", "ord"):
                j += 2  # "as the first one"
            if j + 1 < len(toks) and toks[j].kind == "sep" and toks[j + 1].kind in BUT:
                j += 1  # "the same transitions, but slower"
            if j < len(toks) and toks[j].kind in BUT:
                keep = Tok("keep", None, tok.start, tok.end, tok.surface)
                out += [nxt] if out and out[-1].kind == "keep" else [keep, nxt]
                k = j
                continue
        out.append(tok)
        k += 1
    return out


STEPPED = ("longer", "shorter", "bigger", "smaller", "faster", "slower", "louder", "quieter")


def than_the_others(toks: list[Tok], text: str) -> list[Tok]:
    """ "the beach one is my favourite so make it a bit longer than the others": "the others"
    after "than" is what one named photo is measured by, never every photo (with no photo
    named, it stays as it was)."""
    if not any(tok.kind == "photo" for tok in toks):
        return toks
    out: list[Tok] = []
    for tok in toks:
        prev = out[-1] if out else None
        said = text[prev.end : tok.start].lower().split() if prev is not None else []
        if tok.kind == "each" and prev is not None and prev.kind in STEPPED and "than" in said:
            continue
        if tok.kind == "each" and prev is not None and prev.surface.lower() == "shorter than":
            out[-1] = Tok("shorter", None, prev.start, prev.end, "shorter")  # a step, measured
            continue
        out.append(tok)
    return out


def one_beside(toks: list[Tok], text: str) -> list[Tok]:
    """ "remove the one after the dog pic": "the one" before "after"/"before" and a photo's
    name is a photo (the scanner's bare "one" is dropped as a number after a verb):
    ``next_to_named`` then tells which ("move one before the dog pic" stays a number)."""
    out = list(toks)
    for k in range(len(out) - 2):
        tok = out[k]
        before = text[: tok.start].lower().split()[-1:]
        if (
            tok.kind == "num"
            and tok.surface == "one"
            and before in (["the"], ["that"])
            and out[k + 1].kind in ("after", "before")
            and out[k + 2].kind == "name"
        ):
            out[k] = Tok("pic", None, tok.start, tok.end, "pic")
    return out


def next_to_named(toks: list[Tok], ctx: Ctx) -> list[Tok]:
    """ "the photo after the beach one is blurry, remove it", "the one after the dog pic should
    be longer": the photo next to the one named (never the one named, never a move)."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        side = toks[k + 1] if k + 1 < len(toks) else None
        named = toks[k + 2] if k + 2 < len(toks) else None
        generic = tok.kind == "pic" or (tok.kind == "num" and tok.surface == "one")
        first = not out or out[-1].kind in ("sep", "then", "and", "remove", "move")
        if (
            generic
            and first
            and side is not None
            and side.kind in ("after", "before")
            and named is not None
            and named.kind == "photo"
            and named.value not in (-1,)
        ):
            number = ctx.index_of(named.value)
            near = number + (1 if side.kind == "after" else -1)
            if number > 0:
                # none there ("the one after the last one"): not understood, never the named one
                fits = 1 <= near <= len(ctx.segments())
                out.append(Tok("photo" if fits else "?", near, tok.start, named.end, "pic"))
                k += 3
                continue
        out.append(tok)
        k += 1
    return out


@intent("spp_like")
def spp_like(slots: Slots, ctx: Ctx) -> Out:
    """The first photo named gets the second one's time (twice or half of it when said)."""
    named = slots.all("photo", "ord")
    index = ctx.index_of(named[0].value)
    ms = ctx.item_ms(ctx.index_of(named[1].value)) if len(named) > 1 else _others(ctx, index)
    if ms is None or ctx.item_ms(index) is None:  # no such photo: nothing to measure by
        return refuse(
            "timing",
            ctx,
            "I can't find one of those photos; say the photo's number and how many seconds.",
            "找不到其中一张照片；请说照片的序号和想要的秒数。",
        )
    degree = slots.value("degree")
    step = 2.0 if degree == "double" else 0.5 if degree == "half" else 1.0
    return Out([SetSecondsPerPhoto(seconds=seconds(ms * step), index=index)])


def _others(ctx: Ctx, index: int) -> int | None:
    """ "as long as the others": the time the other photos show (their average, clips aside)."""
    segs = ctx.segments()
    pos = index if index > 0 else len(segs) + 1 + index
    times = [seg.d for n, seg in enumerate(segs, 1) if n != pos and seg.m.kind != "video"]
    return round(sum(times) / len(times)) if times else None


def where_it_is(toks: list[Tok], ctx: Ctx) -> list[Tok]:
    """ "the clip at the end is too long", "the beach one at the start should be longer": "at
    the end" only says which one (it is there already), never a move of it (nor every photo
    changed); said after "move"/"put", or with nothing after it, it stays."""
    out: list[Tok] = []
    count = len(ctx.segments())
    k = 0
    while k < len(toks):
        tok = toks[k]
        out.append(tok)
        k += 1
        if tok.kind != "photo" or any(t.kind in ("move", "put", "to", "swap") for t in out):
            continue
        # "hold the last photo for 6 secs at the end": its time, then where it is
        timed = k < len(toks) and toks[k].kind == "dur"
        k0 = k + 1 if timed else k
        j = k0 + 1 if k0 < len(toks) and toks[k0].kind == "to" and toks[k0].surface == "at" else k0
        place = toks[j] if j < len(toks) else None
        said_at = j > k0 or (place is not None and place.surface.lower().startswith("at "))
        after = toks[j + 1] if j + 1 < len(toks) else None
        if place is None or place.kind not in ("end", "start") or not said_at:
            continue
        if (after is None or after.kind == "sep") and not timed:
            continue
        number = -1 if tok.value == -1 else ctx.index_of(tok.value)
        last = (-1, count, *ctx.ends()) if timed else (-1, count)
        if (number in last) if place.kind == "end" else number == 1:
            if timed:  # the time stays; the place only says which photo
                out.append(toks[k])
            k = j + 1  # where it is now: said, and asking for nothing
    return out

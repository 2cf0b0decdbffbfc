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

SUBJECTS = ("photo", "photos", "pic", "clip", "each")
# "compared to the others", "next to the rest", "vs the other pics": what it is measured by
AGAINST = ("compared", "comparing", "next", "vs", "versus", "relative", "beside")


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
    return against_the_others(out)


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
            if j < len(toks) and toks[j].kind in ("each", "pic"):
                k = j + 1  # said, and asking for nothing
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

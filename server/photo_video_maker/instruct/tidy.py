"""The edits of one sentence, said once and in a form that applies as meant.

- "it drags, make it faster" asks for one step; "too loud, turn it down a lot" for the last
  one said (a feeling and the request it explains are the same change);
- "vertical, for TikTok" names one shape (the edit that names the platform is kept);
- "flip the order, last one first" explains the reverse, it is no second move;
- "add the title 'Hi', in white": the colour belongs to the text just written;
- "delete the second and fourth photos": numbers as they were before any removal;
- "photo 1 6 seconds, the rest 2": every photo's length first, then the one named;
- "the first photo longer and the others shorter": the others' step leaves the first alone.
"""

from __future__ import annotations

from typing import Any

from ..model.edit_types import (
    CutToBeat,
    Edit,
    Move,
    Remove,
    Reverse,
    SetAspect,
    SetCaption,
    SetClosing,
    SetMusicFade,
    SetSecondsPerPhoto,
    SetTextStyle,
    SetTitle,
    Sort,
    Speed,
)
from .build_music import FADE_OUT_MS
from .intents import Out


def _plain_fade_after_one(edit: Edit, out: list[Edit]) -> bool:
    """ "the music ends too abruptly so fade it out": the plain fade-out after one already
    measured in the sentence is that same fade, not a second one back to the default."""
    plain = isinstance(edit, SetMusicFade) and edit.fade_in_ms is None
    plain = plain and getattr(edit, "fade_out_ms", None) == FADE_OUT_MS
    return plain and any(isinstance(e, SetMusicFade) and e.fade_out_ms is not None for e in out)


def _one_length(edit: Edit) -> bool:
    return isinstance(edit, SetSecondsPerPhoto) and edit.index is not None


def _every_after_one(edit: Edit, out: list[Edit]) -> bool:
    """Every photo's length said after one photo's: the others' (the one named keeps its own)."""
    every = isinstance(edit, SetSecondsPerPhoto) and edit.index is None and edit.seconds
    return bool(every) and any(_one_length(e) for e in out)


def relative(edit: Edit) -> bool:
    """A change by a factor (one step up or down; a text style's size is one)."""
    if isinstance(edit, SetTextStyle):
        return edit.size is not None
    return getattr(edit, "factor", None) is not None


def same_target(a: Edit, b: Edit) -> bool:
    """Two edits of the same kind on the same thing."""
    keys = ("index", "target")
    return a.kind == b.kind and all(getattr(a, k, None) == getattr(b, k, None) for k in keys)


def direction(edit: Edit) -> int:
    value = float(getattr(edit, "factor", None) or getattr(edit, "size", None) or 1.0)
    return (value > 1) - (value < 1)


def collect(outs: list[Out]) -> list[Edit]:
    """The edits of every match, in order, with a style said without its text folded into the
    text just written."""
    edits: list[Edit] = []
    for out in outs:
        if out.untargeted and edits and isinstance(edits[-1], SetTitle | SetCaption | SetClosing):
            style = out.edits[0]
            assert isinstance(style, SetTextStyle)
            changes: dict[str, Any] = {
                k: getattr(style, k) for k in ("color", "pos", "size") if getattr(style, k)
            }
            edits[-1] = edits[-1].model_copy(update=changes)
            continue
        named = edits[-1] if edits and isinstance(edits[-1], SetTextStyle) else None
        if out.generic_text and named is not None and named.target != "all":
            style = out.edits[0]
            assert isinstance(style, SetTextStyle)
            edits.append(style.model_copy(update={"target": named.target}))
            continue
        edits.extend(out.edits)
    return edits


def merge(edits: list[Edit], ends: tuple[int, ...] = (-1,)) -> list[Edit]:
    """Each change once (see the module's docstring); ``ends`` are the numbers that name the
    last photo ("last photo first, first photo last, reverse it all")."""
    out: list[Edit] = []
    for edit in edits:
        if isinstance(edit, SetAspect):
            said = next(
                (e for e in out if isinstance(e, SetAspect) and e.aspect != edit.aspect), None
            )
            if said is not None and (edit.aspect in WORD_SHAPES) != (said.aspect in WORD_SHAPES):
                # "4:5 portrait for my insta feed": the ratio said in numbers is the one meant
                keep = said if edit.aspect in WORD_SHAPES else edit
                platform = said.platform or edit.platform
                out[out.index(said)] = keep.model_copy(update={"platform": platform})
                continue
            same = [e for e in out if isinstance(e, SetAspect) and e.aspect == edit.aspect]
            if same and (edit.platform is None or same[0].platform is None):
                if edit.platform is not None:
                    out[out.index(same[0])] = edit
                continue
        if out and out[-1] == edit:
            continue
        if _plain_fade_after_one(edit, out):
            continue
        beat = next((e for e in out if isinstance(e, CutToBeat)), None)
        if isinstance(edit, CutToBeat) and beat is not None:  # "sync to beat, 2 beats each"
            if edit.beats is not None:
                out[out.index(beat)] = edit
            continue
        if isinstance(edit, Reverse) and out and isinstance(out[-1], Sort):
            sort = out[-1]  # "order them by time, and reverse it": newest first
            out[-1] = sort.model_copy(update={"reverse": not sort.reverse})
            continue
        if isinstance(edit, Reverse):  # the moves said before it explained it
            out = [e for e in out if not _explains(e, ends)]
        if _explains(edit, ends) and out and isinstance(out[-1], Reverse):
            continue
        if _every_after_one(edit, out):  # "photo 1 6 seconds, all the others 2 seconds"
            out.insert(next(k for k, e in enumerate(out) if _one_length(e)), edit)
            continue
        if relative(edit):
            twin = next((e for e in out if relative(e) and same_target(e, edit)), None)
            if twin is not None and direction(twin) == direction(edit):
                if step(twin) > step(edit):  # "播放速度减半，太赶了": the stronger one is meant
                    continue
                out.remove(twin)
        out.append(edit)
    return out


def _explains(edit: Edit, ends: tuple[int, ...]) -> bool:
    """ "Last one first" or "first one last": what a reverse does, said with it."""
    if not isinstance(edit, Move):
        return False
    return (edit.index in ends and edit.to == "start") or (edit.index == 1 and edit.to == "end")


def step(edit: Edit) -> float:
    """How far a relative change goes, either way (x2 and x0.5 are as far)."""
    value = float(getattr(edit, "factor", None) or getattr(edit, "size", None) or 1.0)
    return max(value, 1 / value)


WORD_SHAPES = ("9:16", "16:9", "1:1")  # what "vertical", "landscape", "square" say


ABSOLUTE = {  # a value said outright replaces a step of the same thing said before it
    "speed": ("seconds_per_photo", "total_length"),
    "seconds_per_photo": ("seconds_per_photo", "total_length"),
    "music_volume": ("music_volume",),
    "transition": ("transition",),
    "motion": ("motion",),
    "text_style": ("text_style",),
}


def absolute(edits: list[Edit]) -> list[Edit]:
    """ "too fast, make it 3 seconds", "the first photo longer, like 5 seconds": the feeling
    explained the value; the value stays."""
    out = []
    for k, edit in enumerate(edits):
        # the pace said outright before its step counts too: "每张两秒就行，节奏快点"
        said = edits[k + 1 :] + (edits[:k] if edit.kind in PACE else [])
        if relative(edit):
            kinds = ABSOLUTE.get(edit.kind, ())
            index = getattr(edit, "index", None)
            if any(e.kind in kinds and not relative(e) and _valued(e, index) for e in said):
                continue
        out.append(edit)
    return out


PACE = ("speed", "seconds_per_photo")


def _valued(edit: Edit, index: int | None) -> bool:
    """An absolute value for the photo ``index`` (None: every photo, or the whole video)."""
    if getattr(edit, "index", None) != index:
        return False
    return any(getattr(edit, f, None) is not None for f in ("seconds", "percent", "ms", "zoom"))


def removals(edits: list[Edit], count: int) -> list[Edit]:
    """Several numbered removals in a row go from the last photo back."""
    out = list(edits)
    k = 0
    while k < len(out):
        j = k
        while j < len(out) and _numbered_removal(out[j]):
            j += 1
        if j - k > 1:
            positions = sorted({_position(e, count) for e in out[k:j]}, reverse=True)
            out[k:j] = [Remove(index=p) for p in positions]
        k = max(j, k + 1)
    return out


def _numbered_removal(edit: Edit) -> bool:
    return isinstance(edit, Remove) and edit.index is not None


def _position(edit: Edit, count: int) -> int:
    index = getattr(edit, "index", None) or 0
    return index if index > 0 else count + 1 + index


def others_stepped(edits: list[Edit], photos: list[int]) -> list[Edit]:
    """ "the first photo longer and the others shorter": a step for every photo said beside one
    photo's length is the other photos' step (``photos``: their numbers), so the one named is
    not stepped back."""
    named = {e.index for e in edits if isinstance(e, SetSecondsPerPhoto) and e.index is not None}
    out: list[Edit] = []
    for edit in edits:
        step = edit.factor if isinstance(edit, SetSecondsPerPhoto | Speed) else None
        every = step is not None and getattr(edit, "index", None) is None
        if every and named and step is not None:
            others = [n for n in photos if n not in named and n - len(photos) - 1 not in named]
            out += [SetSecondsPerPhoto(index=n, factor=step) for n in others]
            continue
        out.append(edit)
    return out

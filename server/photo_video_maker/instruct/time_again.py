"""Follow-ups on a length or a transition just set: "half that" / "double that" (the value just
set, halved or doubled: "transitions 1 second" then "half that" is 0.5 s), "no, 3 times as
long" after "twice as long" (the multiple corrected), and "the other
direction" right after a slide, push or wipe was chosen (the same kind, the other way)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pydantic import ValidationError

from ..model.edit_types import (
    Edit,
    SetMotion,
    SetMusicFade,
    SetMusicVolume,
    SetSecondsPerPhoto,
    SetTotalLength,
    SetTransition,
    SetVideoFade,
    Speed,
)
from .entities import Tok
from .fillers import SOFT

QUIET = ("sep", "then", *SOFT)
# the fields a "half that" halves, by the edit that set them
SET = {
    SetTransition: ("ms",), SetSecondsPerPhoto: ("seconds",), SetTotalLength: ("seconds",),
    SetVideoFade: ("fade_in_ms", "fade_out_ms"), SetMusicFade: ("fade_in_ms", "fade_out_ms"),
}  # fmt: skip
TIMES = {"half": 0.5, "double": 2.0}


def times_that(toks: list[Tok], last: Sequence[Edit]) -> Edit | None:
    """ "half that", "double that": the value just set, that many times."""
    said = [t for t in toks if t.kind not in QUIET or t.kind == "degree"]
    if len(said) != 1 or said[0].kind != "degree" or said[0].value not in TIMES or len(last) != 1:
        return None
    if not any(t.kind == "it" for t in toks):
        return None  # "half" alone may be half the photos' time: the templates read it
    edit = last[0]
    fields = [f for f in SET.get(type(edit), ()) if getattr(edit, f, None) is not None]
    if not fields:
        return None
    times = TIMES[str(said[0].value)]
    whole = {"ms", "fade_in_ms", "fade_out_ms"}
    values = {f: float(getattr(edit, f)) * times for f in fields}
    try:
        return type(edit).model_validate(
            edit.model_dump() | {f: round(v) if f in whole else v for f, v in values.items()}
        )
    except ValidationError:
        return None


CORRECTS = ("no", "not", "instead", "wrong")
# what may come with the multiple: "no, 3 times as long", "make it 3x instead"
WITH_MULT = (*QUIET, *CORRECTS, "longer", "shorter", "it", "put", "change")
FACTORED = (SetSecondsPerPhoto, SetTransition, Speed, SetMusicVolume, SetMotion)


def times_instead(toks: list[Tok], last: Sequence[Edit]) -> Edit | None:
    """ "make photo 3 twice as long" then "no, 3 times as long": that many times what it was
    before, the same photo (before, every photo was made 3 times as long, or "no 3" removed
    photo 3). The step from what the last change left is the new multiple over the old one."""
    edit = last[0] if len(last) == 1 else None
    old = getattr(edit, "factor", None)
    mult = [t for t in toks if t.kind == "mult"]
    if not isinstance(edit, FACTORED) or not old or len(mult) != 1:
        return None
    if not any(t.kind in CORRECTS for t in toks) or any(
        t.kind not in (*WITH_MULT, "mult") for t in toks
    ):
        return None
    step = float(mult[0].value) / float(old)
    try:
        return edit.model_copy(update={"factor": round(step, 3)}) if step > 0 else None
    except ValidationError:
        return None


WAYS = re.compile(r"^(slide|push|wipe)(left|right|up|down)$")
FLIP = {"left": "right", "right": "left", "up": "down", "down": "up"}
OTHER_WAY = re.compile(
    r"\b(other|opposite|reverse)\s+(direction|way|side)\b|\bflip (it|the direction)\b"
    r"|\bthe other way\b"  # right after a slide: its direction, never the photos' order
    r"|反方向|相反的?方向|换个方向|换一个方向|方向反过来|方向反一下|方向换一下|方向倒过来|反过来"
    r"|反过来的方向|另一个方向"
)


def other_direction(text: str, toks: list[Tok], last: Sequence[Edit]) -> Edit | None:
    """ "use slide transitions" then "the other direction": slides the other way."""
    edit = last[-1] if last else None
    if not isinstance(edit, SetTransition) or edit.name is None:
        return None
    found = WAYS.match(edit.name)
    # "换个方向 往右", "往右": the way said names it
    ways = {t.value for t in toks if t.kind == "direction" and t.value in FLIP}
    ways |= {t.kind for t in toks if t.kind in ("up", "down") and not t.surface.isascii()}  # 向下
    if found is None or not (OTHER_WAY.search(text.lower()) or len(ways) == 1):
        return None
    kinds = (*QUIET, "another", "degree", "?", "transition", "trans", "reverse", "no")
    kinds = (*kinds, "change", "direction", "up", "down") if not text.isascii() else kinds
    if any(t.kind not in kinds for t in toks) or len(ways) > 1:  # "the other way" is a
        return None  # reverse said alone
    way = ways.pop() if ways else FLIP[found.group(2)]
    return SetTransition(name=f"{found.group(1)}{way}", index=edit.index)  # the same place


# "reverse the direction of the wipes": a direction said of the transitions, never the order
DIRECTION = re.compile(r"\bdirection\b|方向")


def named_direction_flipped(text: str, toks: list[Tok], now: Sequence[str]) -> Edit | None:
    """ "reverse the direction of the wipes", "flip the wipe direction", "擦除换个方向": the
    transitions named, going the other way from the way they go ``now`` (before, the photos'
    order was reversed too)."""
    named = [t for t in toks if t.kind == "trans" and isinstance(t.value, str)]
    found = WAYS.match(named[0].value) if len(named) == 1 else None
    if found is None or not DIRECTION.search(text.lower()):
        return None
    if not any(t.kind == "reverse" for t in toks) and not OTHER_WAY.search(text.lower()):
        return None
    kinds = (*QUIET, "degree", "?", "transition", "trans", "reverse", "change", "put", "pic")
    if any(t.kind not in kinds for t in toks):
        return None
    going = next((m for m in map(WAYS.match, now) if m and m.group(1) == found.group(1)), found)
    return SetTransition(name=f"{found.group(1)}{FLIP[going.group(2)]}")


STEPPED = (Speed, SetSecondsPerPhoto, SetTransition, SetMusicVolume, SetMotion)
STILL = re.compile(r"还是太|还太|还是有点|还是很|仍然|依然|\bstill\b")
EVEN = re.compile(r"\beven\b|再|更")
HALFWAY = re.compile(r"\b(half ?way|half the way|in between|in the middle|meet me in the middle)\b")


# "弱", "轻", "小": a Chinese word of less says which way (weaker), not "less of that change"
WEAKER = ("弱", "轻", "小")


def _weaker(tok: Tok) -> bool:
    return tok.kind == "less" and any(w in tok.surface for w in WEAKER)


def too_much(text: str, toks: list[Tok], last: Sequence[Edit]) -> Edit | None:
    """ "speed it up a lot" then "too much": one small step back the other way; "too much, go
    back halfway": back to halfway between before and now."""
    edit = last[0] if len(last) == 1 else None
    step = getattr(edit, "factor", None)
    if not isinstance(edit, STEPPED) or step is None or step == 1:
        return None
    said = [t.kind for t in toks if t.kind not in QUIET or t.kind in ("degree", "more")]
    if isinstance(edit, SetMotion | SetMusicVolume) and any(_weaker(t) for t in toks):
        return None  # "再弱一点" after less zoom: weaker still, a step the same way
    halfway = HALFWAY.search(text.lower()) is not None
    allowed = ("less", "change", "undo", "?", "degree") if halfway else ("less", "degree")
    back_to = halfway and bool({"change", "undo"} & set(said))  # "go back halfway"
    asked = "less" in said or back_to
    if not asked or any(k not in allowed for k in said):
        return None
    if STILL.search(text.lower()):
        return None  # "还是太多" after less: still too much, one more step the same way
    if EVEN.search(text.lower()) and not halfway and step < 1:
        return edit.model_copy()  # "less zoom" then "even less": that step once more
    back = (1 + step) / (2 * step) if halfway else (0.8 if step > 1 else 1.25)
    return edit.model_copy(update={"factor": round(back, 3)})

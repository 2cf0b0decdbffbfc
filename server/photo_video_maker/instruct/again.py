"""Short follow-ups read against the previous turn: one more of the step just taken ("还不够",
"再来一点" or "a lot more" after "turn the music down"), a step of the same thing ("a little
shorter" after the transitions got a length), a bare number for the value just set ("no 40"),
the same style on another text ("and the captions too"), the change made to another photo ("no,
I meant the second one"), and several changes undone at once ("undo twice").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pydantic import ValidationError

from ..model.edit_types import (
    UNDO_STEPS,
    Edit,
    Move,
    Remove,
    SetCaption,
    SetFit,
    SetFps,
    SetMotion,
    SetMusicFade,
    SetMusicVolume,
    SetSecondsPerPhoto,
    SetTextStyle,
    SetTotalLength,
    SetTransition,
    Undo,
)
from .entities import Tok
from .fillers import SOFT
from .intents import DOWN, UP
from .tidy import relative

ALONE = ("not_enough", "degree", "more", *SOFT)


def repeated(toks: list[Tok], last: Sequence[Edit]) -> Edit | None:
    """The previous turn's one step, again, when that is all the sentence asks."""
    steps = [e for e in last if relative(e)]
    ways = {t.kind for t in toks} & {"up", "down"}
    # "a bit more up", "up a bit" right after the music was turned down: the way said wins
    turned = len(steps) == 1 and isinstance(steps[0], SetMusicVolume) and len(ways) == 1
    more = any(t.kind in ("not_enough", "more") for t in toks)
    if len(steps) != 1 or not (more or turned):
        return None
    if any(t.kind not in ALONE for t in toks if t.kind not in ("sep", "then")):
        return None
    step = steps[0]
    step = _turned(step, ways)
    if not any(t.kind == "degree" and t.value == "big" for t in toks):
        return step.model_copy()
    # "a lot more": the step twice over
    field = "size" if getattr(step, "size", None) is not None else "factor"
    return step.model_copy(update={field: round(float(getattr(step, field)) ** 2, 3)})


def _turned(step: Edit, ways: set[str]) -> Edit:
    """A volume step turned the way said ("a bit more up" after the music went down)."""
    if not isinstance(step, SetMusicVolume) or step.factor is None or len(ways) != 1:
        return step
    if (ways == {"up"}) == (step.factor > 1):
        return step
    return step.model_copy(update={"factor": round(1 / step.factor, 3)})


PACE = ("longer", "shorter", "faster", "slower")


# "再" / "更" / "even": one more step of the thing just changed
ONCE_MORE = re.compile(r"再|更|\beven\b")


def same_thing(toks: list[Tok], last: Sequence[Edit], text: str = "") -> Edit | None:
    """ "a little shorter" right after the transitions or one photo were given a length, "even
    faster" / "再快点" right after the transitions were made quicker (or given a kind: "转场用黑场"
    then "再慢一点"): a step of that same thing, not of every photo."""
    said = [t for t in toks if t.kind not in ("sep", "then", *SOFT)]
    steps = [t for t in said if t.kind in PACE]
    if len(steps) != 1 or any(t.kind not in (*PACE, "degree") for t in said) or not last:
        return None
    degree = next((str(t.value) for t in toks if t.kind == "degree"), "small")
    longer = steps[0].kind in ("longer", "slower")
    size = (UP if longer else DOWN).get(degree)
    edit = last[-1]
    timed = steps[0].kind in ("longer", "shorter")
    if size is None:
        return None
    named = any(t.kind in ("video", "pace") for t in toks)  # "视频再慢一点": the pace
    again = bool(ONCE_MORE.search(text.lower())) and not named
    # "它太快了", "it's too fast" right after the transitions changed: "it" is them
    again = again or (any(t.kind == "it" for t in toks) and not named)
    if isinstance(edit, SetTransition) and edit.name != "none" and (timed or edit.factor or again):
        return SetTransition(factor=size)
    if isinstance(edit, SetSecondsPerPhoto) and edit.index is not None and timed:
        return SetSecondsPerPhoto(index=edit.index, factor=size)
    if isinstance(edit, SetTotalLength) and timed:
        # "视频总长30秒" then "再短一点": the whole video's length again, not each photo's
        return SetTotalLength(seconds=round(edit.seconds * size, 2))
    if isinstance(edit, SetMusicFade) and timed:
        return _fade_step(edit, size)  # "淡出3秒" then "再长点": the music's fade
    if isinstance(edit, SetMotion) and edit.factor is not None and not timed:
        # "照片动得快一点" then "再快点": the photos' movement again, not the slideshow's pace
        return SetMotion(factor=(DOWN if longer else UP)[degree])
    return None


def _fade_step(edit: SetMusicFade, size: float) -> Edit | None:
    """The one music fade just set, a step longer or shorter."""
    ms = edit.fade_out_ms if edit.fade_in_ms is None else None
    ms = edit.fade_in_ms if edit.fade_out_ms is None else ms
    if not ms:
        return None  # both fades, or one taken away: no one length to step
    field = "fade_out_ms" if edit.fade_out_ms is not None else "fade_in_ms"
    return SetMusicFade.model_validate({field: min(30000, round(ms * size))})


# the field a bare number replaces, and what one of it is in that field's unit
VALUED = {
    SetTotalLength: ("seconds", 1.0),
    SetSecondsPerPhoto: ("seconds", 1.0),
    SetMusicVolume: ("percent", 1.0),
    SetTransition: ("ms", 1000.0),
    SetFps: ("fps", 1.0),
}


def new_value(toks: list[Tok], last: Sequence[Edit]) -> Edit | None:
    """ "make it 30 seconds" then "no 40": the value just set, now 40 (a bare number says no
    unit; the previous turn's value gives it)."""
    said = [t for t in toks if t.kind not in ("sep", "then", "no", "not", "instead", *SOFT)]
    if len(said) != 1 or said[0].kind != "num" or len(last) != 1:
        return None
    edit = last[0]
    field, unit = VALUED.get(type(edit), ("", 0.0))
    if not field or getattr(edit, field, None) is None:
        return None
    value = float(said[0].value) * unit
    try:
        return type(edit).model_validate(
            edit.model_dump() | {field: int(value) if field in ("ms", "fps") else value}
        )
    except ValidationError:
        return None


TEXTS = {"title": "title", "caption": "captions", "closing": "closing", "textnoun": "all"}


def other_text_too(toks: list[Tok], last: Sequence[Edit]) -> Edit | None:
    """ "make the title white" then "and the captions too": the same style on those."""
    said = [t for t in toks if t.kind not in ("sep", "then", "and", "too", *SOFT)]
    if len(said) != 1 or said[0].kind not in TEXTS or not last:
        return None
    edit = last[-1]
    if not isinstance(edit, SetTextStyle):
        return None
    return edit.model_copy(update={"target": TEXTS[said[0].kind]})


SAYING_NO = ("no", "not", "instead", "wrong")
# edits on one photo that "no, I meant photo 2" moves to another
ON_A_PHOTO = (Move, Remove, SetSecondsPerPhoto, SetCaption, SetFit)


# "it should be on the dog" right after a caption: the photo it belongs on (no "no" needed)
BELONGS_ON = re.compile(r"\b(?:should be|should go|goes|belongs|needs to be|has to be) on\b")


def other_photo(toks: list[Tok], last: Sequence[Edit], text: str = "") -> list[Edit] | None:
    """ "move photo 1 to the end" then "no, I meant the second one" / "不对，是第二张": the last
    change taken back and made to that photo instead (never a removal of it)."""
    said = [t for t in toks if t.kind not in ("sep", "then", "pic", *SAYING_NO, *SOFT)]
    # "no, the fourth" after a photo's length or caption: no place to go, so the photo
    placeless = len(last) == 1 and isinstance(
        last[0], (Remove, SetSecondsPerPhoto, SetCaption, SetFit)
    )
    if len(said) == 1 and said[0].kind == "ord" and placeless:
        said = [Tok("photo", said[0].value, said[0].start, said[0].end, said[0].surface)]
    if len(said) != 1 or said[0].kind != "photo" or len(last) != 1:
        return None  # "不，放到第二": a place (an ordinal alone), not another photo
    # "不，放到第二": a place; "放错了 应该是狗那张": put wrong, then the photo meant
    placing = [k for k, t in enumerate(toks) if t.kind in ("put", "move", "to")]
    if any(k + 1 >= len(toks) or toks[k + 1].kind != "wrong" for k in placing):
        return None
    number = said[0].value
    placed = isinstance(last[0], SetCaption) and bool(BELONGS_ON.search(text.lower()))
    placed = placed or text.strip().startswith(("是第", "应该是第", "是那张", "应该是那张"))
    if not isinstance(number, int) or not (placed or any(t.kind in SAYING_NO for t in toks)):
        return None
    edit = last[0]
    if not isinstance(edit, ON_A_PHOTO) or getattr(edit, "index", None) == number:
        return None
    if isinstance(edit, Remove):
        return [Undo(), Remove(index=number)]
    if getattr(edit, "index", None) is None:
        return None  # every photo's length: no one photo to move it to
    return [Undo(), edit.model_copy(update={"index": number})]


# "undo twice", "undo the last 3 changes", "go back two steps", "撤销两步", "撤销最近三次修改"
TIMES = re.compile(
    r"\b(twice|(?:\d+|two|three|four|five|six) (?:times|changes|steps|edits))\b"
    r"|\blast (\d+|two|three|four|five|six)\b"
    r"|(\d+|两|二|三|四|五|六)\s*(?:步|次)"
)
EVERYTHING = re.compile(r"\b(all|every|everything)\b|全部|所有|都撤")
COUNT_WORDS = {"twice": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
COUNT_WORDS |= {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}
# "撤销最后两次修改": "end" (最后) is the last two
ABOUT_UNDO = (
    "undo",
    "num",
    "photos",
    "change",
    "degree",
    "length",
    "?",
    "last_change",
    "ord",
    "end",
)


def undo_steps(text: str, toks: list[Tok]) -> Edit | None:
    """Several changes taken back at once; the words say how many."""
    if not any(t.kind == "undo" for t in toks):
        return None
    if any(t.kind not in (*ABOUT_UNDO, "sep", "then", *SOFT) for t in toks):
        return None
    if EVERYTHING.search(text.lower()):
        return Undo(steps=UNDO_STEPS)  # "undo all my changes": as far back as it goes
    found = TIMES.search(text.lower())
    if found is None:
        return None
    said = next(g for g in found.groups() if g)
    count = COUNT_WORDS.get(said.split()[0], 0) or int(re.sub(r"\D", "", said) or 0)
    return Undo(steps=count) if 2 <= count <= UNDO_STEPS else None

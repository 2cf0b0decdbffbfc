"""The other photos, said in the turn after one photo was changed: "第一张5秒" then "其他的都2秒"
is every photo but the first at 2 s (before, photo 1 itself was set to 2 s, taking back what
was just done). Read as "除了第一张，其他的都2秒" is. In English ("the rest 2 secs" after "the dog
pic 5 secs") every photo's new time is set, then that photo's own again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model.edit_types import Edit, SetFit, SetSecondsPerPhoto
from .entities import Tok
from .fillers import SOFT
from .zh_others import OTHERS

# changes made to one photo, whose "others" are then every other photo
ON_ONE_PHOTO = (SetSecondsPerPhoto, SetFit)
# what may be said of the others: a length, a step, a fit
FOR_PHOTOS = {"another", "dur", "num", "longer", "shorter", "faster", "slower", "degree", "each"}
FOR_PHOTOS |= {"pic", "fit", "same", "too", "more", "less", "put", "change", "to", "then"}


def the_rest_after(text: str, toks: list[Tok], last: Sequence[Edit]) -> str | None:
    """The sentence said with the photo of the last turn excepted, if it opens with "the
    others" and names no photo of its own."""
    if not last or not all(isinstance(edit, ON_ONE_PHOTO) for edit in last):
        return None
    indexes = {getattr(edit, "index", None) for edit in last}
    if len(indexes) != 1:
        return None
    (index,) = indexes
    stripped = text.strip()
    lead = next((word for word in OTHERS if stripped.startswith(word)), None)
    if not isinstance(index, int) or lead is None:
        return None  # ("剩下的" is no word of its own: the words say it)
    after = text.index(stripped) + len(lead)  # the words said of the others
    said = [t for t in toks if t.kind == "another" or t.kind not in (*SOFT, "sep")]
    said = [t for t in said if t.kind == "another" or t.start >= after]
    if said and said[0].kind == "another" and said[0].surface not in OTHERS:
        return None
    if any(t.kind not in FOR_PHOTOS for t in said):
        return None  # "别的音乐" is another song; "其他的都2秒" the other photos
    photo = "最后一张" if index == -1 else f"第{index}张"
    return f"除了{photo}，{text.strip()}"


# "the rest 2 secs", "and the others a bit shorter", "now all the other pics 4s"
EN_OTHERS = re.compile(
    r"^(?:(?:and|now|ok|okay|then|so|also)[\s,]+)*(?:all\s+)?(?:the\s+)?"
    r"(?:rest|others|other ones|other photos|other pics|other pictures|other images)\b",
    re.IGNORECASE,
)


def kept_aside(text: str, last: Sequence[Edit]) -> int | None:
    """The photo the last turn gave its own time, when this English sentence opens with "the
    rest" or "the others": every other photo is meant, that one keeps its time (before, "the
    rest 2 secs" after "the dog pic 5 secs" set the dog pic back to 2 s as well)."""
    if not last or not all(isinstance(edit, SetSecondsPerPhoto) for edit in last):
        return None
    indexes = {edit.index for edit in last if isinstance(edit, SetSecondsPerPhoto)}
    if len(indexes) != 1 or not EN_OTHERS.match(text.strip()):
        return None
    (index,) = indexes
    return index if isinstance(index, int) else None


def keeping(edits: list[Edit], index: int, seconds: float) -> list[Edit] | None:
    """Every photo's new time, then that one photo's own again; None when the sentence asked
    for anything but every photo's time."""
    if not edits or not all(isinstance(e, SetSecondsPerPhoto) and e.index is None for e in edits):
        return None
    return [*edits, SetSecondsPerPhoto(index=index, seconds=seconds)]

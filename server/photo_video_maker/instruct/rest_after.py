"""The other photos, said in the turn after one photo was changed: "第一张5秒" then "其他的都2秒"
is every photo but the first at 2 s (before, photo 1 itself was set to 2 s, taking back what
was just done). Read as "除了第一张，其他的都2秒" is.
"""

from __future__ import annotations

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

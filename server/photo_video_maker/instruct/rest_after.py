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


def the_rest_after(text: str, toks: list[Tok], last: Sequence[Edit]) -> str | None:
    """The sentence said with the photo of the last turn excepted, if it opens with "the
    others" and names no photo of its own."""
    if not last or not all(isinstance(edit, ON_ONE_PHOTO) for edit in last):
        return None
    indexes = {getattr(edit, "index", None) for edit in last}
    if len(indexes) != 1:
        return None
    (index,) = indexes
    said = [t for t in toks if t.kind == "another" or t.kind not in (*SOFT, "sep")]
    if not isinstance(index, int) or not said or said[0].kind != "another":
        return None
    if said[0].surface not in OTHERS or any(t.kind in ("photo", "ord") for t in said):
        return None
    photo = "最后一张" if index == -1 else f"第{index}张"
    return f"除了{photo}，{text.strip()}"

"""What was just done, done again somewhere else, said short the way people chat:

- "do that to all of them" right after one text got a colour or a size: every text gets it
  (it was not understood);
- "and the second one too", "and the dog one" right after one photo was given a length or a
  fit: that photo as well; "all of them pls": every photo;
- "and the title" right after the captions were removed or restyled: the title too;
- "and the same at the end", "the title also at the end" right after a title was added: the
  same words end the video too (and "the same at the start" after a closing text)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model.edit_types import (
    Edit,
    RemoveText,
    SetClosing,
    SetFit,
    SetMotion,
    SetSecondsPerPhoto,
    SetTextStyle,
    SetTitle,
)
from .context import Ctx
from .entities import Tok

# words that only point back at what was just done
_BACK = {"sep", "then", "and", "it", "to", "too", "same", "do", "put", "change", "add", "just"}


# what one photo was given that every photo can be given ("all of them pls" after it)
PER_PHOTO = (SetFit, SetSecondsPerPhoto, SetMotion)

# the text a word names, as removals and styles name it
TARGETS = {"title": "title", "caption": "captions", "closing": "closing"}


def _too(toks: list[Tok]) -> bool:
    """ "too", or "also" (read as a "then"): "also the forest one", "the forest one also"."""
    return any(t.kind == "too" or (t.kind == "then" and t.surface == "also") for t in toks)


def same_again(toks: list[Tok], last: Sequence[Edit], ctx: Ctx) -> Edit | None:
    """The last edit again for every text, or the title's words at the end (and back)."""
    said = {t.kind for t in toks} - _BACK
    if not last:
        return None
    edit = last[-1]
    if said == {"each"} and isinstance(edit, SetTextStyle) and edit.target != "all":
        return edit.model_copy(update={"target": "all"})
    target = TARGETS.get(next(iter(said))) if len(said) == 1 else None
    moved = isinstance(edit, (RemoveText, SetTextStyle)) and (_too(toks) or toks[0].kind == "and")
    if target is not None and moved:  # "remove the captions" then "and the title"
        field = "which" if isinstance(edit, RemoveText) else "target"
        if getattr(edit, field) not in (target, "all"):
            return edit.model_copy(update={field: target})
    photo = [t for t in toks if t.kind == "photo"]
    index = getattr(edit, "index", None)
    # "all of them pls": every photo (a step said of one photo would be stepped twice on it)
    settled = isinstance(edit, PER_PHOTO) and getattr(edit, "factor", None) is None
    if said in ({"each"}, {"each", "pic"}) and index is not None and settled:
        return edit.model_copy(update={"index": None})
    also = _too(toks) or (bool(toks) and toks[0].kind == "and")  # "and the dog one"
    if said == {"photo"} and len(photo) == 1 and index is not None and also:
        # "the second one too", "and the beach one too": a name is the photo's number now
        number = ctx.index_of(photo[0].value)
        return edit.model_copy(update={"index": number}) if number else None
    same = any(t.kind == "same" for t in toks)
    # "and the same at the end", "the title also at the end": the title's words end it too
    ending = said in ({"end"}, {"end", "title"}) and (same or len(said) > 1)
    if ending and isinstance(edit, SetTitle):
        return SetClosing(text=edit.text)
    opening = said in ({"start"}, {"start", "closing"}) and (same or len(said) > 1)
    if opening and isinstance(edit, SetClosing):
        return SetTitle(text=edit.text)
    return None

"""The last photos when the video ends with a clip: "remove the last photo", "the final pic",
"最后一张删了", "the last 2 pics" name photos, so they are the photos before the clip, never the
clip itself. "The last one" and "the last clip" keep meaning the last item."""

from __future__ import annotations

import re

from .entities import Tok

PHOTO_WORDS = re.compile(r"photo|pic|picture|image|shot|snap|张|照片|图|相片", re.IGNORECASE)


def last_photos(toks: list[Tok], text: str, kinds: list[str]) -> list[Tok]:
    """``kinds``: the kind of every item of the video, in order ("image", "video")."""
    photos = [number for number, kind in enumerate(kinds, 1) if kind != "video"]
    if not photos or kinds[-1] != "video":
        return toks  # the last item is a photo: "last" already names it
    out = []
    for tok in toks:
        said = PHOTO_WORDS.search(text[tok.start : tok.end]) is not None
        if said and tok.kind in ("photo", "ord") and tok.value == -1:
            tok = Tok(tok.kind, photos[-1], tok.start, tok.end, tok.surface)
        elif said and tok.kind == "photos" and _from_the_end(tok.value, len(photos)):
            tok = Tok("photos", [photos[v] for v in tok.value], tok.start, tok.end, tok.surface)
        elif tok.kind == "photos" and _last_named(tok.value, text[tok.start : tok.end]):
            # "第一张和最后一张照片": the last one named a photo is the last photo
            tok = Tok("photos", [photos[-1] if v == -1 else v for v in tok.value], tok.start,
                      tok.end, tok.surface)  # fmt: skip
        out.append(tok)
    return out


def _from_the_end(value: object, count: int) -> bool:
    return isinstance(value, list) and all(isinstance(v, int) and -count <= v < 0 for v in value)


# "第一张和最后一张", "2 and the last photo": the last one is itself said to be a photo
LAST_PHOTO = re.compile(r"最后[一1]?张|最后那张|last (photo|pic|picture|image|shot)", re.IGNORECASE)


def _last_named(value: object, said: str) -> bool:
    """Both ends, then a word for photos ("第一张和最后一张照片"); or a list ending with the last
    one said as a photo ("第一张和最后一张", "第二张跟最后一张")."""
    if not isinstance(value, list) or len(value) < 2 or value[-1] != -1 or -1 in value[:-1]:
        return False
    if LAST_PHOTO.search(said):
        return True
    return len(value) == 2 and value[0] == 1 and said.rstrip().endswith(("照片", "相片", "图片"))

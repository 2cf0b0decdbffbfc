"""An upload that fails, said with nothing else ("上传不了啊", "照片传不上去 怎么办"): the person
wants to add photos and cannot, so the upload's reply (how to add them) answers it. Beside a
resolution or a size ("4k传不动") the same words only say why a smaller file is wanted."""

from __future__ import annotations

from .entities import Tok

# the upload failing (the lexicon reads them as reasons, which they are beside a file size)
_FAILED = ("传不上去", "上传不了", "传不了", "传不进去", "加不进去", "导不进来", "上传失败")
# what may be said with it: the photos or videos, "怎么办" (办 is the word left of it), fillers
_BESIDE = ("pic", "clip", "video", "upload", "?", "q", "sep", "it")
_WHAT_NOW = ("怎么办", "咋办", "怎么弄", "咋弄", "怎么搞", "咋整", "怎么回事", "咋回事")


def failed_upload(toks: list[Tok], orig: str) -> list[Tok]:
    """A failed upload said alone becomes the upload."""
    failed = [t for t in toks if t.kind == "reason" and t.surface in _FAILED]
    if len(failed) != 1 or any(t.kind not in _BESIDE for t in toks if t is not failed[0]):
        return toks
    unknown = [t for t in toks if t.kind == "?"]
    rest = orig[failed[0].end :]
    if unknown and not any(word in rest for word in _WHAT_NOW):
        return toks  # a word we do not know, beside it: not only the upload
    said = [t for t in toks if t.kind == "upload"]  # "新照片传不进去": the upload already named
    return said or [Tok("upload", None, failed[0].start, failed[0].end, failed[0].surface)]

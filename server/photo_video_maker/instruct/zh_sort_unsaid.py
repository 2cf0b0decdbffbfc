"""Put in order with no order said: "排个序", "重新排一下", "帮我排一下", said alone. Whether by
the date taken (which way) or by file name is asked, never guessed; a sentence that says
anything more ("排一下 新的在前", "按时间排") is read as before."""

from __future__ import annotations

from .entities import Tok

# all a sentence that only asks to put in order has: "把照片重新排一下", "排个序吧"
ALONE = ("sort", "pic", "sep")


def sort_unsaid(toks: list[Tok]) -> list[Tok]:
    """A Chinese 排 that is all the sentence asks (beside the photos): ``sort_bare``, so
    which order is asked."""
    if not any(tok.kind == "sort" for tok in toks) or any(t.kind not in ALONE for t in toks):
        return toks
    return [
        Tok("sort_bare", None, tok.start, tok.end, tok.surface)
        if tok.kind == "sort" and not tok.surface.isascii()
        else tok
        for tok in toks
    ]

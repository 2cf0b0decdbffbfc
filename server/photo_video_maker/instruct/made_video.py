"""A video to be made, not the one being edited.

- Chinese has no article to tell "make a video" from "make the video ...": the measure word 个
  after the verb says a new one is made ("做个好看的视频"; the video being edited is "把视频做得…").
- English says it with "a" and what kind of video it is: "i need a birthday video from these
  photos", "create a memory video" (the lexicon has "make a video" itself).
- A length said beside a video being made is the video's: "a video slideshow of these pics,
  about 30 seconds" is 30 s in all, not 30 s a photo.
"""

from __future__ import annotations

import re

from .entities import Tok

A_KIND_OF = re.compile(
    r"(?:^|\b(?:make|making|create|creating|need|want|do|doing|build|put together|produce)"
    r"(?: me| us)? )(?:a|an)(?: [a-z'-]+){0,2} $"
)
MADE_KINDS = ("make_video", "slideshow")

MADE = (
    "做个",
    "做一个",
    "弄个",
    "弄一个",
    "搞个",
    "搞一个",
    "剪个",
    "剪一个",
    "来个",
    "来一个",
    "整个",
)
BETWEEN = ("degree", "reason", "?", "mood", "pic")  # "做个好看的旅行视频", "做个照片视频"


# "把照片弄成一个小视频": what the photos are made into is a video, not the clip ("小视频")
MADE_INTO = ("弄成", "做成", "变成", "剪成", "整成", "搞成", "合成")


def made_video(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        made = tok.kind == "put" and tok.surface in MADE and _video_after(toks, k)
        if made or (tok.kind == "put" and tok.surface in MADE_INTO and _all_photos_into(toks, k)):
            tok = Tok("make_video", None, tok.start, tok.end, tok.surface)
        into = bool(out) and out[-1].kind == "put" and out[-1].surface in MADE_INTO
        if into and tok.kind == "clip" and tok.surface == "小视频":
            tok = Tok("video", None, tok.start, tok.end, "视频")
        out.append(tok)
    return out


def _all_photos_into(toks: list[Tok], k: int) -> bool:
    """ "把这些照片做成宝宝成长视频": all the photos (none named) made into a kind of video."""
    before = {t.kind for t in toks[:k]}
    return before <= {"it", "pic", "each"} and "pic" in before and _video_after(toks, k)


def _video_after(toks: list[Tok], k: int) -> bool:
    for tok in toks[k + 1 :]:
        if tok.kind == "video" or (tok.kind == "reason" and tok.surface.endswith("视频")):
            return True  # "做个产品视频": the kind and the video said as one word
        if tok.kind not in BETWEEN:
            return False
    return False


def a_kind_of_video(toks: list[Tok], orig: str) -> list[Tok]:
    """ "i need a birthday video", "we're making a wedding slideshow": the video named after
    "a" and its kind is made."""
    out: list[Tok] = []
    for tok in toks:
        said = orig[: tok.start].lower()
        made = tok.kind in ("video", "slideshow") and said.isascii()
        found = A_KIND_OF.search(said) if made else None
        if found is not None:
            # the kind of video ("birthday", "memory", "promo") is no reason, no unknown word
            kept = len(out)
            kinds = ("reason", "?", "video")
            while out and out[-1].start >= found.start() and out[-1].kind in kinds:
                out.pop()
            if found.start() == 0 and len(out) == kept:  # "a short video": no kind, no verb
                out.append(tok)
                continue
            if tok.kind == "video":
                tok = Tok("make_video", None, tok.start, tok.end, tok.surface)
        if _made_for(out, tok, orig):
            continue
        out.append(tok)
    return out


FOR_WHOM = re.compile(
    r"\s*(?:(?:out of|from|of|with|using) (?:all )?(?:these|those|them|this)\s+)?"
    r"for (?:my|our|the|a|an|his|her|their) (?:[a-z'-]+ ){0,2}$"
)


# what may stand between the video being made and whom it is for: "out of these pics",
# "with music and transitions"
MADE_OF = ("pic", "it", "with", "music", "transition", "and")


def _made_for(out: list[Tok], tok: Tok, orig: str) -> bool:
    """ "a promo video for my cafe", "a video out of these pics for my travel blog": who or
    what the video being made is for asks nothing."""
    k = len(out) - 1
    while k > 0 and out[k].kind in MADE_OF:
        k -= 1
    if tok.kind != "?" or k < 0 or out[k].kind not in ("make_video", "slideshow"):
        return False
    return FOR_WHOM.fullmatch(orig[out[-1].end : tok.start].lower()) is not None


def length_of_the_made(toks: list[Tok]) -> list[Tok]:
    """A length said in its own clause beside a video being made is the whole video's."""
    if not any(tok.kind in MADE_KINDS for tok in toks):
        return toks
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        alone = tok.kind == "dur" and (k == 0 or toks[k - 1].kind in ("sep", "then"))
        if alone and (k + 1 == len(toks) or toks[k + 1].kind in ("sep", "then")):
            out.append(Tok("video", None, tok.start, tok.start, ""))
        out.append(tok)
    return out

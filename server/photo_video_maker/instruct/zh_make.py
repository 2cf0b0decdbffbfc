"""A video to be made, in Chinese: "做个好看的视频", "帮我弄一个旅行视频". Chinese has no article
to tell "make a video" from "make the video ...": the measure word 个 after the verb says a new
one is made (the video being edited is "把视频做得…")."""

from __future__ import annotations

from .entities import Tok

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


def made_video(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        if tok.kind == "put" and tok.surface in MADE and _video_after(toks, k):
            tok = Tok("make_video", None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


def _video_after(toks: list[Tok], k: int) -> bool:
    for tok in toks[k + 1 :]:
        if tok.kind == "video":
            return True
        if tok.kind not in BETWEEN:
            return False
    return False

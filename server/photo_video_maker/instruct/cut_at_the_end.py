"""The video that "can just cut" where the music fades out ("let the music fade out, the picture
can just cut", "the video can just cut at the end"): the picture ends without a fade, as "the
video can just end" does. "Just cut" alone is still no transitions between the photos; said of
the video beside a fade of the music or the end, it is how the video ends (it took the
crossfades away: a silent wrong edit)."""

from __future__ import annotations

from .entities import Tok

WHOLE = ("video", "picture", "movie", "visuals", "image")
BETWEEN = ("between", "each", "photo", "photos", "ord", "transition")
BREAK = ("sep", "and", "then")


def cut_at_the_end(toks: list[Tok]) -> list[Tok]:
    """A cut said of the whole video beside the music's fade or the end: the video's end."""
    faded = any(t.kind == "fade_out" for t in toks)
    out = list(toks)
    for k, tok in enumerate(toks):
        if tok.kind != "trans" or tok.value != "none" or "cut" not in tok.surface.lower():
            continue
        clause = _clause(toks, k)
        whole = any(t.kind in ("video", "pic") and t.surface.lower() in WHOLE for t in clause)
        ends = faded or any(t.kind == "end" for t in clause)
        if whole and ends and not any(t.kind in BETWEEN for t in clause):
            out[k] = Tok("dead_stop", None, tok.start, tok.end, tok.surface)
            for n, said in enumerate(out):  # "the picture" here is the whole video
                if said in clause and said.kind == "pic" and said.surface.lower() in WHOLE:
                    out[n] = Tok("video", None, said.start, said.end, said.surface)
    return out


def _clause(toks: list[Tok], k: int) -> list[Tok]:
    start = max((n + 1 for n in range(k) if toks[n].kind in BREAK), default=0)
    end = next((n for n in range(k + 1, len(toks)) if toks[n].kind in BREAK), len(toks))
    return toks[start:end]

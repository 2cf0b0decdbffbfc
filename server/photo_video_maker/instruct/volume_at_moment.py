""" "can the music get louder when the dog appears", "music quieter whenever photo 3 comes up":
the music's volume changed at one moment is not something the editor makes (one volume for the
whole song); read as the whole song louder, it was a silent wrong edit. The words are left
unread, so nothing changes and the music's suggestions are given."""

from __future__ import annotations

import re

from .entities import Tok

LEVEL = ("louder", "quieter", "mute")  # "mute the music while the clip plays"
WHEN = re.compile(
    r"^\W*(?:\w+\W+){0,2}?(?:(?:when|whenever|as\s+soon\s+as|once|while)\s+(?:the\s+|my\s+|our\s+)?"
    r"(?:[\w.']+\s+){0,3}?(?:appears?|comes?\s+(?:up|on|in)|shows?(?:\s+up)?|is\s+(?:on|shown)|"
    r"pops?\s+up|starts?|is\s+showing|plays?|is\s+playing)\b"
    r"|during\s+(?:the\s+|my\s+)?(?:[\w.']+\s+)?(?:clip|video|part)\b)"
)

# the clip's own sound, which the music is too loud over
CLIP = re.compile(r"\b(?:clip|video|party|mp4|vid)\b")


def volume_at_moment(toks: list[Tok], orig: str) -> list[Tok]:
    """A louder or quieter music said with "when ... appears": the clause from it on is one
    ``unsupported`` word, placed by no template."""
    low = orig.lower()
    if not any(t.kind in ("music", "volume") for t in toks):
        return toks
    for k, tok in enumerate(toks):
        if tok.kind not in LEVEL:
            continue
        said = WHEN.match(low[tok.end :])
        if said is None:
            continue
        too = (k > 0 and toks[k - 1].kind == "too") or "too " in tok.surface.lower()
        if too and CLIP.search(said.group(0)):
            continue  # "too loud when the clip plays": over the clip's sound, so lower it all
        end = tok.end + said.end()
        rest = [n for n in range(k + 1, len(toks)) if toks[n].start < end]
        last = toks[rest[-1]] if rest else tok
        stop = max(end, last.end)
        when = Tok("unsupported", "music", tok.start, stop, orig[tok.start : stop])
        return [*toks[:k], when, *toks[k + 1 + len(rest) :]]
    return toks

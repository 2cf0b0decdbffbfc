"""A story, then the request it leads to: "the party was really loud so make the music
louder", "we had a great time at the beach, so can you make each photo 4 seconds". The "so"
ends the story's clause, so the request is read on its own and the story stays a story."""

from __future__ import annotations

from .entities import Tok

# before these "so" is a degree ("so much longer", "the kids were so loud"), not a consequence
DEGREE_NEXT = (
    "degree", "too", "not", "more", "less", "longer", "shorter", "faster", "slower", "louder",
    "quieter", "bigger", "smaller", "softer", "sharper", "calmer", "livelier", "dislike",
)  # fmt: skip


def so_then(toks: list[Tok]) -> list[Tok]:
    """ "... so <request>": a break between the story and the request; "so" at the start of
    the sentence ("so basically ...") or before a degree carries nothing."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        if tok.kind != "so":
            out.append(tok)
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        said_before = bool(out) and out[-1].kind not in ("sep", "then")
        if said_before and nxt is not None and nxt.kind not in DEGREE_NEXT:
            out.append(Tok("then", None, tok.start, tok.end, tok.surface))
    return out

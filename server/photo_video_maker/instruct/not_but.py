"""A correction of what is meant, said with "not" ("not the title, the caption. make that
bigger", "not photo 2 but photo 3, remove it", "the caption, not the title, make it yellow",
"not the music, the clip sound. turn it down"): the thing said after "not" is only named to be
ruled out, so its words go, and "it" / "that" then point to the other one (never a second edit
of the one ruled out). Only a plain "not" between two things of the same family (two texts, two
sounds, two photos or places): "no music, just the clip sound" asks for no music, and stays."""

from __future__ import annotations

from .entities import Tok

FAMILIES = (
    frozenset({"title", "caption", "closing", "textnoun"}),
    frozenset({"music", "clip_sound"}),
    # a place is a photo too: "the dog should be last not first" moves it, removing none
    frozenset({"photo", "photos", "ord", "end", "start"}),
)
BETWEEN = ("sep", "then")  # "," or "but"


def _family(tok: Tok | None) -> frozenset[str] | None:
    if tok is None:
        return None
    return next((f for f in FAMILIES if tok.kind in f), None)


def _other(a: Tok, b: Tok | None) -> bool:
    """Two different things of one family."""
    fam = _family(a)
    return (
        fam is not None
        and b is not None
        and _family(b) is fam
        and (a.kind != b.kind or a.value != b.value)
    )


def not_but(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        if tok.kind != "not" or tok.surface != "not" or k + 1 >= len(toks):
            out.append(tok)
            k += 1
            continue
        ruled = toks[k + 1]
        after = toks[k + 2] if k + 2 < len(toks) else None
        start = not out or out[-1].kind in BETWEEN
        # "not the title, the caption ...", "not photo 2 but photo 3"
        between = after is not None and after.kind in BETWEEN and k + 3 < len(toks)
        if start and between and _other(ruled, toks[k + 3]):
            k += 3
            continue
        named = _one_of_two(toks, k) if start else None
        if named is not None:  # "not the music volume, the clip one"
            out += named[0]
            k = named[1]
            continue
        if start and _other(ruled, after):  # "not the dog one the city one"
            k += 2
            continue
        # "the caption not the title, ...", "the caption, not the title"
        meant = out[-1] if out and out[-1].kind not in BETWEEN else None
        meant = meant or (out[-2] if len(out) > 1 else None)
        if meant is not None and _other(ruled, meant) and (after is None or after.kind in BETWEEN):
            k += 2
            continue
        out.append(tok)
        k += 1
    return out


def _one_of_two(toks: list[Tok], k: int) -> tuple[list[Tok], int] | None:
    """ "not the music volume, the clip one, turn it down", "not the title color, the caption
    one": the thing and what of it (2-3 words, then a comma), then the other thing alone ("the
    clip one"). Its "what" goes to the other thing; when the two are no pair we know ("not the
    music fade, the video one", "not the music volume, the clip one") nothing of the sentence is
    read: never the one ruled out, never "it" on another thing."""
    end = k + 1
    while end < len(toks) and toks[end].kind not in BETWEEN:
        end += 1
    ruled = toks[k + 1 : end]
    if not 2 <= len(ruled) <= 3 or end + 1 >= len(toks) or toks[end].kind != "sep":
        return None
    meant = toks[end + 1]
    if end + 2 < len(toks) and toks[end + 2].kind not in BETWEEN:
        return None  # "not sure about the fade, make it shorter": no other thing named alone
    if _other(ruled[0], meant):
        return [meant, *ruled[1:]], end + 2
    # what "it" then means is not known: the rest is not read either
    return [Tok("?", "not", toks[k].start, toks[-1].end, "not")], len(toks)

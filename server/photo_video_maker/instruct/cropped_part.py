""" "the top of the photos gets cut off", "the bottom of pic 3 is cut off", "the sides of the
dog photo are cropped": a part of the photos said to be cut off is the frame cropping them, so
they are shown whole (before, "the top" was read as where a text goes and asked about). So is
one photo said to be cut off ("the dog photo gets cut off": before, asked whether to leave it
out). A part of a text said to be cut off ("the top of the caption is cut off") names no place
for the text (before, the captions were moved to the top): nothing is placed."""

from __future__ import annotations

import re

from .entities import Tok

CUT: tuple[str, ...] = ("cut off", "gets cut off", "is cut off", "are cut off", "get cut off")
CUT += ("cropped", "is cropped", "are cropped", "gets cropped", "got cut off", "getting cut off")
PHOTOS = ("pic", "photo", "ord", "each")
TEXTS = ("caption", "title", "closing", "textnoun")
# a clip "cut off" is cut short in time, never cropped by the frame
CLIP_NAMES = re.compile(r"\.(?:mp4|mov|m4v|avi|mkv|webm|3gp)$", re.IGNORECASE)
# the part named, then "of" and the photos: "the top of the", "the sides of pic 3"
OF = re.compile(r"\s+of\s+(?:the\s+|my\s+|our\s+|all\s+(?:the\s+)?)?$", re.IGNORECASE)


def cropped_part(toks: list[Tok], orig: str) -> list[Tok]:
    """A place, "of", the photos and a cut said of them: the photos shown whole."""
    for k, tok in enumerate(toks[:-2]):
        if tok.kind != "pos":
            continue
        photos = k + 1
        while photos < len(toks) and toks[photos].kind in PHOTOS:
            photos += 1
        if photos == k + 1 and toks[k + 1].kind in TEXTS:
            photos += 1
        if photos == k + 1 or photos >= len(toks):
            continue
        if not OF.match(orig[tok.end : toks[k + 1].start] + " "):
            continue
        cut = toks[photos]
        if cut.kind != "dislike" or cut.surface.lower() not in CUT:
            continue
        if toks[k + 1].kind in TEXTS:  # "the top of the caption is cut off": no place said
            return [*toks[:k], *toks[k + 1 :]]
        fit = Tok("fit", "contain", cut.start, cut.end, cut.surface)
        return [*toks[:k], *toks[k + 1 : photos], fit, *toks[photos + 1 :]]
    return toks


def cut_off_photo(toks: list[Tok], clip: int | None) -> list[Tok]:
    """One photo, named or numbered, then "gets cut off": the frame crops it, so that photo
    is shown whole (a fit follows the photo it is said of)."""
    for k, tok in enumerate(toks[:-1]):
        cut = toks[k + 1]
        if tok.kind != "photo" or cut.kind != "dislike" or cut.surface.lower() not in CUT:
            continue
        if isinstance(tok.value, str) and CLIP_NAMES.search(tok.value):
            continue
        if isinstance(tok.value, int) and (tok.value == clip or tok.value < 0):
            continue  # "the last one gets cut off" may be the clip, cut short
        fit = Tok("fit", "contain", cut.start, cut.end, cut.surface)
        return [*toks[: k + 1], fit, *cut_off_photo(toks[k + 2 :], clip)]
    return toks


# the parts of a person the frame crops: "grandma's face is cut off in the city photo"
BODY: tuple[str, ...] = ("face", "faces", "head", "heads", "feet", "legs", "chin", "chins")
BODY += ("hair", "forehead")
BODY += ("ears", "ear", "hands", "arms", "tail", "tails", "hat", "hats")
CHOPPED = ("is chopped", "are chopped", "gets chopped", "get chopped", "got chopped", "chopped")


def body_cut_off(toks: list[Tok], orig: str) -> list[Tok]:
    """A part of someone said to be cut off is the frame cropping the photo it is in ("in the
    city photo" follows), so that photo is shown whole (before: not understood)."""
    out: list[Tok] = []
    skip = False
    for k, tok in enumerate(toks):
        if skip:  # the "off" of "chopped off", read with it
            skip = False
            continue
        body = k > 0 and toks[k - 1].kind == "?" and toks[k - 1].surface.lower() in BODY
        said = tok.surface.lower()
        chopped = said in CHOPPED and k + 1 < len(toks) and toks[k + 1].kind == "off"
        if body and tok.kind in ("dislike", "fit") and (said in CUT or chopped):
            skip = chopped
            end = toks[k + 1].end if chopped else tok.end
            part = out.pop()  # the face is the photo's: one fit, from the part on
            whose = out[-1] if out else None
            owner = whose is not None and OWNER.match(orig[whose.end - 1 : part.start])
            if whose is not None and whose.kind == "reason" and owner:
                out.pop()  # "my grandmas face": whose face, no reason
            tok = Tok("fit", "contain", part.start, end, tok.surface)
        out.append(tok)
    return out


OWNER = re.compile(r"\w?(?:s|'s|’s)\s+$", re.IGNORECASE)

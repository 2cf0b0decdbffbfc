"""English verbs split around their object ("take the music out", "leave photo 3 out"): the
particle after the object belongs to the verb before it, so the pair reads as the one verb."""

from __future__ import annotations

from .entities import Tok

CLAUSE_ENDS = ("sep", "and", "so")
# words that say which way something should change ("too fast" asks for slower)
STEPS = (
    "longer", "shorter", "faster", "slower", "louder", "quieter", "bigger", "smaller",
)  # fmt: skip
# what a texted "2" may follow when it means "too" ("pics r 2 fast", "music 2 loud")
TEXTED_TOO_AFTER = ("it", "music", "video", "transition", "photos", "volume")
PLURAL_PICS = ("pics", "photos", "pictures", "images", "slides", "pix")


def split_out(toks: list[Tok]) -> list[Tok]:
    """ "take X out", "leave X out", "cut X out" remove X; "fade the music out" stays a fade."""
    out: list[Tok] = []
    verb: int | None = None  # where the clause's remove verb is in ``out``
    for k, tok in enumerate(toks):
        nxt = toks[k + 1].kind if k + 1 < len(toks) else ""
        listed = tok.kind == "and" and nxt in ("photo", "ord", "num", "name")  # "take 2 and 4 out"
        if tok.kind in CLAUSE_ENDS and not listed:
            verb = None
        if tok.kind in ("remove", "cut") or (tok.kind == "keep" and tok.surface == "leave"):
            verb = len(out)
        # "take pic 2 off" as "take pic 2 out" (only "take": "cut the music off" is a fade)
        off = tok.kind == "off" and verb is not None and out[verb].surface.lower() == "take"
        if (tok.kind == "out" or off) and verb is not None and verb < len(out) - 1:
            said = out[verb]
            out[verb] = Tok("remove", None, said.start, said.end, said.surface)
            verb = None
            continue  # the particle is read with its verb
        out.append(tok)
    return out


def photo_out(toks: list[Tok]) -> list[Tok]:
    """ "2nd pic out", "pic 4 out pls": a photo said first in its clause, then "out", is
    left out."""
    out: list[Tok] = []
    for tok in toks:
        if tok.kind == "out" and _photo_first(out):
            out.insert(len(out) - 1, Tok("remove", None, tok.start, tok.end, tok.surface))
            continue
        out.append(tok)
    return out


def _photo_first(out: list[Tok]) -> bool:
    """A photo said first in its clause, "out" right after it (no verb before it: "zoom photo
    2 out" is not a removal)."""
    if not out or out[-1].kind not in ("photo", "ord"):
        return False
    return len(out) == 1 or out[-2].kind in CLAUSE_ENDS


def too_much(toks: list[Tok]) -> list[Tok]:
    """ "the video is too much fast" (learners' English), "pics r 2 fast" (texting): the same
    "too" that "too fast" has, so the feeling reads as its opposite step."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        prev = out[-1] if out else None
        step = nxt is not None and nxt.kind in STEPS
        much = tok.kind == "less" and tok.surface == "too much"
        texted = tok.kind == "num" and tok.surface == "2" and prev is not None
        if texted and prev is not None:
            texted = prev.kind in TEXTED_TOO_AFTER or prev.surface in PLURAL_PICS
        if step and (much or texted):
            out.append(Tok("too", None, tok.start, tok.end, "too"))
            continue
        out.append(tok)
    return out


def degrees(toks: list[Tok]) -> list[Tok]:
    """ "cut the fades in half": "fades in" is not a fade-in when "half" follows (the fades,
    halved); "the fades take way too long": the "way" inside the phrase is a degree too; "linger a
    bit longer" is one step."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        halved = nxt is not None and nxt.kind == "degree" and nxt.value == "half"
        if tok.kind == "fade_in" and halved and tok.surface.startswith("fades "):
            tok = Tok("trans", "crossfade", tok.start, tok.start + len("fades"), "fades")
        back = len(out) - 1 - int(bool(out) and out[-1].kind == "degree")
        if tok.kind in STEPS and back >= 0 and out[back].kind == tok.kind:
            # "太拖沓了 紧凑点": a complaint after "too" already says which way; its "too" goes
            # with it, never turning the request said after it round
            if back > 0 and out[back - 1].kind == "too" and _complained(out[back]):
                del out[back - 1]
                back -= 1
            elif _complained(out[back]):  # "kinda overpowering can u tone it down": the
                continue  # complaint stays, so "kinda" before it is not turned round
            elif _complained(tok):  # "转场快很多 拖死了": the complaint after the request
                continue  # says why; the request keeps its own degree
            del out[back]  # "linger a bit longer": one step, said twice
        if tok.kind in STEPS and any(w in f" {tok.surface} " for w in (" way ", " far ")):
            out.append(Tok("degree", "big", tok.start, tok.start, "way"))
        out.append(tok)
    return out


def _complained(tok: Tok) -> bool:
    """A step said as what is wrong ("overpowering", "too slow and draggy")."""
    from .compose import COMPLAINTS  # compose runs this rule: imported when it runs

    # "有点太快了 慢一点": a step said with 太 / "too" is a complaint as well
    said = tok.surface in COMPLAINTS or said_wrong(tok) or tok.surface.startswith(("太", "too "))
    return said or tok.surface.endswith(("死了", "死", "死人", "要命"))  # "拖死了", "慢得要命"


# what a step's own words say is wrong: "slow and draggy" (kind faster) is already the complaint
WRONG = {
    "faster": ("slow", "drag"), "slower": ("fast", "rush", "quick"), "shorter": ("long",),
    "longer": ("short",), "quieter": ("loud", "drown", "overpower"), "louder": ("quiet",),
    "smaller": ("big", "large"), "bigger": ("small", "tiny"),
}  # fmt: skip


def said_wrong(tok: Tok) -> bool:
    """Whether a step is said as what is wrong ("slow and draggy" asks for faster), so that
    "it's a bit" before it does not turn it round again."""
    words = tok.surface.split()
    return len(words) > 1 and any(w.startswith(WRONG.get(tok.kind, ())) for w in words)


# what may stand between "fade" and its particle: "fade it out", "fade everything slowly out"
FADE_OBJECTS = ("it", "each", "music", "video", "degree", "longer", "slower", "faster", "shorter")
# how fast a fade is said as an adjective: "a slow fade out" is a longer fade, not a slower video
FADE_PACE = {"slower": "longer", "faster": "shorter"}


def split_fade(toks: list[Tok]) -> list[Tok]:
    """ "fade everything out at the end", "fade it in": the fade of the video (or of what is
    named between), not a transition; "a slow fade out", "a quick fade in": its length."""
    out: list[Tok] = []
    drop: set[int] = set()
    for k, tok in enumerate(toks):
        if k in drop:
            continue
        if tok.kind == "trans" and tok.surface.lower() in ("fade", "fades"):
            j = k + 1
            while j < len(toks) and toks[j].kind in FADE_OBJECTS:
                j += 1
            apart = j > k + 1 or (j < len(toks) and toks[j].start > tok.end + 1)  # "everything"
            both = j + 2 < len(toks) and toks[j + 1].kind == "and"  # "fade the song in and out"
            said_it = any(t.kind == "it" for t in toks[k + 1 : j])  # "fade it out": sound_again
            if (
                apart
                and not both
                and not said_it
                and j < len(toks)
                and toks[j].kind in ("out", "in")
            ):
                tok = Tok(f"fade_{toks[j].kind}", None, tok.start, tok.end, tok.surface)
                drop.add(j)
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if tok.kind in FADE_PACE and nxt is not None and nxt.kind in ("fade_out", "fade_in"):
            tok = Tok(FADE_PACE[tok.kind], tok.value, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


# verbs a "no" may answer the last turn before: "actually no put it last", "nah make it 3"
AFTER_NO = ("put", "move", "change", "swap", "add", "use", "set", "make")


def no_before_a_verb(toks: list[Tok]) -> list[Tok]:
    """ "actually no put it last": a "no" right before a verb answers the last turn (it reads as
    "instead"); it refuses nothing in the request ("no ... last" is no removal)."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        english = tok.surface.isascii() and tok.surface.lower() in ("no", "nope", "nah")
        if tok.kind == "no" and english and nxt is not None and nxt.kind in AFTER_NO:
            tok = Tok("instead", None, tok.start, tok.end, tok.surface)  # as "actually" is
        out.append(tok)
    return out

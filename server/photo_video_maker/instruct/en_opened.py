"""How English sentences open and run on, read before the rules of each dimension:

- "ok so the photos go by way too fast": "so (the)" opening the sentence, after nothing or a
  lead-in ("ok", "um", "alright"), only opens it; it is no reason ("so the file is small");
- "i cant even see the pics theyre gone so quick": what the person cannot see, then with no
  comma the complaint that says why; the complaint is a clause of its own (the whole sentence
  was read as a reason, and nothing changed);
- "finish with the words The End", "end it with the line see you soon": "the words" right after
  "finish with" introduce the text, as "saying" does;
- "make them go by super fast", "i want them to zip by": how fast the photos pass, said as a
  wish, asks for faster (said as what they do, "they go by super fast" is the complaint);
- "no fade in at the start pls, start straight away": starting at once says again that there is
  no fade in (it was read as a second fade in);
- "i need it exactly 12 seconds long": "it", so many seconds "long", with no photo, text or
  sound said, is the whole video's length (a length per photo that long is rare; a shorter
  one is still asked about).
"""

from __future__ import annotations

import re

from .entities import Tok

LEAD_IN = re.compile(r"^(?:(?:ok|okay|k|kk|alright|allright|right|um+|uh+|hm+|well|yeah|yea|ya|"
                     r"oh|and|anyway|anyways)[\s,.!]*)*$")  # fmt: skip
SO = ("so", "so the")
OPENED = (
    "pic", "photo", "photos", "each", "title", "caption", "closing", "textnoun", "music", "video",
    "trans", "transition", "motion", "it", "end", "start", "clip", "volume",
)  # fmt: skip
# what a person cannot see or read, said before the complaint that explains it
UNSEEN = re.compile(r"\b(?:see|read|tell|catch|look at)\b")
SEEN = ("pic", "photo", "photos", "each", "it", "title", "caption", "closing", "textnoun")
COMPLAINTS = ("slower", "faster", "longer", "shorter", "bigger", "smaller")
# "finish with the words ...", "end on a message, ...": the words said next are the text
BY = ("with", "on")
INTRODUCING = (
    "the words", "words", "the text", "the line", "a line", "the message", "a message", "message",
    "note", "a note", "line",
)  # fmt: skip


# what "it" may be beside a length said "long", when it is not the whole video
OTHER_SUBJECTS = (
    "name", "pic", "photo", "photos", "ord", "each", "trans", "transition", "title", "caption",
    "closing", "textnoun", "music", "song", "builtin", "fade_out", "fade_in", "fade_inout",
    "clip", "volume", "motion", "end", "start", "platform",
)  # fmt: skip
WHOLE_MS = 10000  # "it ... 10 seconds long" and more: the whole video


# a wish said before what the photos should do, and what takes it back
WISH = re.compile(r"\b(?:make|let|have|want|wanna|should|can|could|would|need|needs)\b")
UNWISHED = re.compile(r"\b(?:can't|cant|cannot|don't|dont|do not|doesn't|not|never|no)\b|n't\b")
PASSING = re.compile(r"\b(?:by|past)\b|\w\s+(?:fast|quick|quickly)$")
COMPLAINT = re.compile(r"\btoo\b|rush|hurr|forever|ages|sudden")


AT_ONCE = re.compile(
    r"\b(?:just\s+)?(?:start|begin|open)s?\s+(?:it\s+|the\s+video\s+)?(?:right\s+away|"
    r"straight\s+away|straightaway|immediately|at\s+once|straight\s+in|right\s+in|right\s+off)\b"
)
NO_FADE = ("no", "not", "off", "remove")


def en_opened(toks: list[Tok], orig: str) -> list[Tok]:
    toks = words_signed(seen_then_complaint(so_opened(toks, orig)))
    return started_at_once(wished_pace(long_said_of_it(toks), orig), orig)


def started_at_once(toks: list[Tok], orig: str) -> list[Tok]:
    """ "..., start straight away" beside "no fade in": nothing more is asked."""
    found = AT_ONCE.search(orig.lower())
    if found is None:
        return toks
    begin, end = found.span()
    kept = [t for t in toks if not (t.start >= begin and t.end <= end)]
    kinds = [t.kind for t in kept]
    no_fade = any(
        kind in NO_FADE and "fade_in" in kinds[k + 1 : k + 3] for k, kind in enumerate(kinds)
    )
    return kept if no_fade else toks


def wished_pace(toks: list[Tok], orig: str) -> list[Tok]:
    """ "make them go by so fast": the passing asked for is faster (no "too", no "don't")."""
    out: list[Tok] = []
    start = 0
    for tok in toks:
        if tok.kind in ("sep", "then"):
            start = tok.end
        said = tok.surface.lower()
        passing = PASSING.search(said) is not None  # "go by so fast", never "slow it down"
        if tok.kind == "slower" and passing and not COMPLAINT.search(said):
            before = orig[start : tok.start].lower()
            if WISH.search(before) and not UNWISHED.search(before):
                tok = Tok("faster", None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


def long_said_of_it(toks: list[Tok]) -> list[Tok]:
    """ "make it 12 seconds long": the "long" said before the length, where it reads as the
    whole video's ("video 12 s"), and is no longer taken as part of the length."""
    for k in range(len(toks) - 2):
        num, unit, long = toks[k : k + 3]
        if num.kind != "num" or unit.kind != "unit" or long.kind != "length":
            continue
        if long.surface.lower() != "long" or float(num.value) * float(unit.value) < WHOLE_MS:
            continue
        start = next((n + 1 for n in range(k - 1, -1, -1) if toks[n].kind in ("sep", "then")), 0)
        stop = next((n for n in range(k + 3, len(toks)) if toks[n].kind in ("sep", "then")), None)
        clause = [t.kind for t in toks[start : stop if stop is not None else len(toks)]]
        if "it" in clause[: k - start] and not set(clause) & set(OTHER_SUBJECTS):
            return [*toks[:k], long, num, unit, *toks[k + 3 :]]
    return toks


def so_opened(toks: list[Tok], orig: str) -> list[Tok]:
    """Drop a "so (the)" read as a reason when it opens the sentence before what is changed."""
    if len(toks) < 2 or toks[0].kind != "reason" or toks[0].surface.lower() not in SO:
        return toks
    if not LEAD_IN.match(orig[: toks[0].start].strip().lower()) or toks[1].kind not in OPENED:
        return toks
    return toks[1:]


def seen_then_complaint(toks: list[Tok]) -> list[Tok]:
    """A break before the complaint that follows "i can't see <it>" with no comma."""
    for k, tok in enumerate(toks):
        first = k == 0 or toks[k - 1].kind in ("sep", "then")
        if not first or tok.kind != "reason" or not UNSEEN.search(tok.surface.lower()):
            continue
        n = k + 1
        while n < len(toks) and toks[n].kind in SEEN:
            n += 1
        if n > k + 1 and n < len(toks) and toks[n].kind in COMPLAINTS:
            at = toks[n].start
            return [*toks[:n], Tok("sep", None, at, at, ","), *toks[n:]]
    return toks


def words_signed(toks: list[Tok]) -> list[Tok]:
    """ "the words" right after "finish with" / "end it with" say what the text reads."""
    out: list[Tok] = []
    for tok in toks:
        said = [t for t in out if t.kind != "degree"]  # "end it with a little note, ..."
        prev = said[-1] if said else None
        signed = prev is not None and prev.kind == "sign" and prev.surface.lower().endswith(BY)
        if signed and tok.kind == "textnoun" and tok.surface.lower() in INTRODUCING:
            tok = Tok("says", None, tok.start, tok.end, tok.surface)
            while out and out[-1].kind == "degree":
                out.pop()  # "a little" describes the note: no step of anything
        elif _noted(said, tok):  # "end it with a little note, happy fathers day"
            tok = Tok("colon", None, tok.start, tok.end, ":")
        out.append(tok)
    return out


def _noted(said: list[Tok], tok: Tok) -> bool:
    """A comma right after "finish with a note": the words follow, as after a colon."""
    if tok.kind != "sep" or tok.surface != "," or len(said) < 2:
        return False
    return said[-1].kind == "says" and said[-2].kind == "sign"

"""A story, then the request it leads to: "the party was really loud so make the music
louder", "we had a great time at the beach, so can you make each photo 4 seconds",
"派对很吵，所以把音乐调大声点". The "so" ends the story's clause, so the request is read on its
own and the story stays a story (its "loud" asks for nothing)."""

from __future__ import annotations

import re

from .entities import Tok
from .fillers import SOFT as SOFT_KINDS

UNKNOWN_KIND = "?"

# before these "so" is a degree ("so much longer", "the kids were so loud"), not a consequence
DEGREE_NEXT = (
    "degree", "too", "not", "more", "less", "longer", "shorter", "faster", "slower", "louder",
    "quieter", "bigger", "smaller", "softer", "sharper", "calmer", "livelier", "dislike",
)  # fmt: skip


def so_then(toks: list[Tok], orig: str) -> list[Tok]:
    """ "... so <request>": a break between the story and the request; "so" at the start of
    the sentence ("so basically ...") or before a degree ("so loud") carries nothing."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if tok.kind == "colon" and _told_so_far(out) and nxt is not None and nxt.kind in VERBS:
            tok = Tok("then", None, tok.start, tok.end, tok.surface)  # "the baby thing: put ..."
        if tok.kind != "so":
            out.append(tok)
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        said_before = bool(out) and out[-1].kind not in ("sep", "then")
        if said_before and nxt is not None and not _degree(tok, nxt, orig):
            out.append(Tok("then", None, tok.start, tok.end, tok.surface))
    return out


VERBS = ("put", "add", "change", "remove", "move", "swap", "mute", "cut", "sort", "shuffle")


def _told_so_far(out: list[Tok]) -> bool:
    """Whether the clause said so far is a reason or story ("ok the baby's first year thing")."""
    clause = []
    for tok in reversed(out):
        if tok.kind in ("sep", "then"):
            break
        clause.append(tok.kind)
    return (
        bool(clause)
        and "reason" in clause
        and all(k in (*STORY_KINDS, *SOFT_KINDS) for k in clause)
    )


ASKING = ("you", "u", "please", "pls", "plz", "can", "could", "just", "maybe", "then", "now")


def _degree(so: Tok, nxt: Tok, orig: str) -> bool:
    """ "so loud", "so much longer": "so" says how much; not "so slow it down", "so could you
    maybe slow it down"."""
    between = orig[so.end : nxt.start].lower().split()
    if " " in nxt.surface or any(word in ASKING for word in between):
        return False
    return nxt.kind in DEGREE_NEXT


# what a story told around a request is made of: unknown words, who it is for, numbers ("40th
# anniversary", "last spring") and little words; a request word or a value is never story
STORY_KINDS = (
    UNKNOWN_KIND, "reason", "and", "ord", "num", "in", "to", "another", "instead", "it", "with",
    "dur", "just", "q", "or", "each", "mood", "smaller", "bigger", "not",
)  # fmt: skip
# what a story may name when the request after it says "it" ("the beach photo is from a
# different trip, so please take it out")
NAMED = ("photo", "pic", "video", "clip", "music")


def told(toks: list[Tok], clause: range, asked: bool, text: str) -> bool:
    """Whether a clause with no request of its own is a story told around the request of
    another clause (``asked``): it has words nobody knows, none that asks for anything, and
    it tells ("we went to japan", "the beach photo is from another trip"), where "paint a
    unicorn" asks."""
    kinds = [toks[k].kind for k in clause]
    unknown = kinds.count(UNKNOWN_KIND)
    if not asked or not unknown or not _tells(toks, clause, text):
        return False
    if any(kind not in STORY_KINDS and kind not in SOFT_KINDS for kind in kinds):
        if not all(kind in (*STORY_KINDS, *SOFT_KINDS, *NAMED) for kind in kinds):
            return False
        if not _referred(toks, clause.stop) and not _said(toks, clause, text):
            return False  # "she was the best dog ever": the dog told of, in the past
    return len(kinds) >= 2


def _referred(toks: list[Tok], stop: int) -> bool:
    """Whether the clause after ``stop`` refers back with "it", "them", "that one"."""
    for tok in toks[stop + 1 : stop + 8]:
        if tok.kind in ("sep", "then"):
            return False
        if tok.kind == "it" or {"it", "them", "that"} & set(tok.surface.split()):
            return True  # "take it out" is one word of the lexicon
    return False


# words that tell rather than ask: who did it, and verbs in the past or about what is
TELLING = (
    "i", "we", "he", "she", "they", "my", "our", "his", "her", "their", "was", "were", "had",
    "is", "are", "am", "it's", "its", "he's", "she's", "i'm", "im", "we're", "they're", "been",
    "went", "got", "took", "made", "came", "spent", "saw", "said", "says", "did", "run", "runs",
    "loves", "love", "met", "married", "born", "passed",
)  # fmt: skip


DETERMINERS = ("a", "an", "the", "some", "this", "that", "these", "those", "my", "our", "all")


def _said(toks: list[Tok], clause: range, text: str) -> bool:
    """Whether the clause has a word that tells (who, or a verb in the past)."""
    start = toks[clause.start - 1].end if clause.start > 0 else 0
    said = text[start : toks[clause.stop - 1].end].lower().split()
    return any(w in TELLING or (len(w) > 4 and w.endswith("ed")) for w in said)


def _tells(toks: list[Tok], clause: range, text: str) -> bool:
    """Whether the clause tells something: it says who did what, or it is not an unknown verb
    followed by what it acts on ("paint a unicorn" asks for something nobody can do)."""
    first, last = toks[clause.start], toks[clause.stop - 1]
    start = toks[clause.start - 1].end if clause.start > 0 else 0
    said = text[start : max(last.end, first.end)].lower().split()
    if not said or not text[start : last.end].isascii():
        return True  # a Chinese story has no spaces to read it by; it is told by its words
    if any(w in TELLING or (len(w) > 4 and w.endswith("ed")) for w in said):
        return True
    verb = first.kind == UNKNOWN_KIND and said[0] == first.surface
    return not (verb and len(said) > 1 and said[1] in DETERMINERS)


AGES = ("yr old", "year old", "years old", "yrs old", "year-old")
OCCASIONS = ("birthday", "bday", "b-day", "anniversary", "wedding", "reunion")


def occasions(toks: list[Tok]) -> list[Tok]:
    """ "my parents 40th anniversary", "Mochi's 1st birthday": an ordinal before an occasion is
    part of the story, not a photo's number."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        occasion = nxt is not None and (
            (nxt.kind == "reason" and _occasion_next(tok, nxt))
            or nxt.surface.split(" ")[0] in OCCASIONS
        )
        age = tok.kind == "num" and nxt is not None and nxt.surface in AGES  # "a 12 yr old"
        ordinal = tok.kind == "ord" and isinstance(tok.value, int) and tok.value > 0
        if (ordinal and occasion) or age:
            tok = Tok("reason", None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


# a reason that starts so is why something is done, not the occasion an ordinal counts
WHY = ("so", "for", "because", "since", "cause", "bc", "cuz", "as", "to")


def _occasion_next(ordinal: Tok, reason: Tok) -> bool:
    """ "her 1st birthday party", not "put the city photo first so it looks nice" or "the dog
    first for my daughter": the occasion is said right after the ordinal, and is no "so ..."."""
    return reason.start - ordinal.end <= 1 and reason.surface.split(" ")[0] not in WHY


def stated(toks: list[Tok]) -> list[Tok]:
    """ "3 secs each is too long, do 2": a length said before a complaint is what it is now,
    not a change by that much."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        if tok.kind == "dur" and _complained(toks, k + 1):
            continue
        out.append(tok)
    return out


def _complained(toks: list[Tok], k: int) -> bool:
    if (
        k < len(toks)
        and toks[k].kind in ("longer", "shorter")
        and toks[k].start - toks[k - 1].end <= 1
    ):
        return False  # "2 seconds too long": by how much
    for tok in toks[k : k + 4]:
        if tok.kind in ("each", "pic", "it", "video", "photo"):
            continue
        return tok.kind in ("longer", "shorter") and tok.surface.startswith("too ")
    return False


def told_before(toks: list[Tok], clause: range, starts: list[int], text: str) -> int | None:
    """Where the request of a clause begins when a story runs into it with no comma ("it's for
    my cat Mochi's 1st birthday lol change the title to ..."): the first request's start, if
    all before it is a story of at least two words nobody knows; else None."""
    first = min((k for k in starts if k in clause), default=None)
    if first is None or first <= clause.start:
        return None
    before = range(clause.start, first)
    unknown = sum(1 for k in before if toks[k].kind == UNKNOWN_KIND)
    return first if unknown >= 2 and told(toks, before, True, text) else None


VALUE_KINDS = ("aspect", "look", "fit", "res", "fps", "mood", "trans", "color", "platform")


def not_this_but(toks: list[Tok]) -> list[Tok]:
    """ "not square, vertical": a value said with "not" and corrected right after by one of
    its kind names what is replaced, not a request."""
    for k in range(len(toks) - 3):
        no, value, sep, other = toks[k : k + 4]
        starts = k == 0 or toks[k - 1].kind in ("sep", "then")
        corrected = sep.kind == "sep" and other.kind == value.kind
        if starts and no.kind == "not" and value.kind in VALUE_KINDS and corrected:
            return [*toks[:k], *toks[k + 3 :]]
    return toks


LIKE = ("like", "like a", "like an", "like the", "like some")
STYLES = ("look", "trans", "mood", "aspect", "fit", "motion", "transition")


def likeness(toks: list[Tok], orig: str) -> list[Tok]:
    """ "circle transitions like old cartoons", "grayscale it like an old newspaper": what a
    request is likened to, after the request, is no second request ("make it like a tiktok",
    with nothing else asked, is the platform's shape)."""
    out: list[Tok] = []
    skipping = False
    for tok in toks:
        if tok.kind in ("sep", "then", "and"):
            skipping = False
        if skipping and tok.kind == UNKNOWN_KIND:
            continue
        before = " ".join(orig[: tok.start].lower().split())
        asked = any(t.kind in STYLES for t in _clause_so_far(out))
        # "make it black and white, like an old movie": a clause of its own that only likens
        asked = asked or (
            _after_comma(out) and any(t.kind in STYLES for t in _clause_so_far(out[:-1]))
        )
        likened = ("look", "mood", "platform")  # "quick cuts like a tiktok": not its shape
        if asked and tok.kind in likened and before.endswith(LIKE):
            skipping = True
            continue
        skipping = skipping and tok.kind == UNKNOWN_KIND
        out.append(tok)
    return out


def _after_comma(out: list[Tok]) -> bool:
    return bool(out) and out[-1].kind == "sep" and out[-1].surface in (",", "，", "-", "—")


def _clause_so_far(out: list[Tok]) -> list[Tok]:
    clause: list[Tok] = []
    for tok in reversed(out):
        if tok.kind in ("sep", "then", "and"):
            break
        clause.append(tok)
    return clause


THEREFORE = ("所以", "所以说", "所以就", "因此", "因此就", "于是", "于是就", "所以呢")


def before_therefore(toks: list[Tok], asked_from: set[int]) -> set[int]:
    """Positions of the story before the last "therefore" word ("所以", "于是"), when a request
    (a match starting at a position in ``asked_from``) follows it."""
    marks = [k for k, tok in enumerate(toks) if tok.kind == "then" and tok.surface in THEREFORE]
    if not marks or not any(k > marks[-1] for k in asked_from):
        return set()
    return set(range(marks[-1]))


# "I'm 72 and new to this", "she's turning 40": a person's age, no length or volume
AGE_BEFORE = re.compile(
    r"\b(?:i'?m|i am|he'?s|she'?s|he is|she is|turning|turned|turns|aged?|we'?re)\s+$"
)


def ages(toks: list[Tok], orig: str) -> list[Tok]:
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        said = orig[: tok.start].lower().replace("’", "'")
        bare = nxt is None or nxt.kind not in ("unit", "pct", "dur")
        if tok.kind == "num" and bare and AGE_BEFORE.search(said):
            tok = Tok("reason", None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out

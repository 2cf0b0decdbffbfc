"""Words the lexicon does not know, inside a clause that is otherwise understood.

People wrap a request in words of their own ("bump the resolution up to 4k", "crank the music
up", "apply a cool tone"). A clause whose known words fill one template unambiguously is read
with those unknown words let go, but only when that cannot turn nonsense into an edit:

- the clause's matches are real templates (no fallback that reads a bare word: "make the zoom
  follow the faces" is no request to turn the zoom on);
- few unknown words, and fewer than the words that say what to change;
- an unknown word right before a value that describes something ("make the sky bluer": the
  sky, not the photos) leaves the clause unread; a verb of its own ("bump", "apply") does not;
- no intent that would change something when its object is unknown (a removal, a swap, a
  move: "remove my ex from the beach photo" removes nothing);
- an unknown word that names one photo ("the cat photo is too short", "the pic of the cat",
  "猫那张太快了" where no photo is called cat) leaves the clause unread: which photo is meant
  is not known, and reading the rest would change every photo; so does "between" two photos
  that are not neighbours ("no transition between the beach and the forest").
"""

from __future__ import annotations

import re

from .entities import Tok
from .fillers import SOFT
from .match import Match

UNKNOWN = "?"
# intents that are only read with every word known: what they act on would be a guess
STRICT = (
    "remove", "remove_clip", "swap", "move", "move_rel", "replace_photo", "dislike",
    "dislike_music", "unsupported", "same", "title", "caption", "closing",
    "text_where", "slideshow", "undo", "noop", "music_change", "photo_size", "trans_change",
    "music_add", "size",
)  # fmt: skip
# kinds that describe a thing: an unknown word right before one is likely what it describes
DESCRIBING = ("look", "bigger", "smaller", "color", "mood", "softer", "sharper")
SUBJECT = (
    "pic", "photo", "photos", "title", "caption", "closing", "textnoun", "music", "volume",
    "transition", "motion", "clip", "video", "fps_word", "size_word", "look_word", "builtin",
    "trans", "each", "it", "length", "pace",
)  # fmt: skip
# kinds whose next word is what they act on or compare
ACTS_ON = ("remove", "add", "cut", "no", "off", "mute", "keep", "not", "more", "less", "degree")
MAX_UNKNOWN = {"en": 2, "zh": 2}
# one photo named by a word of its own: "the cat photo", "the cat one", "猫那张"
ONE_PHOTO_AFTER = re.compile(
    r"[\s'’s]*(?:one|pic|photo|picture|pict|shot|image|snap|pix)\b|\s*的?(?:那张|那个|照片|图)",
    re.IGNORECASE,
)
ONE_PHOTO_BEFORE = re.compile(
    r"\b(?:pic|photo|picture|shot|image|one)\s+(?:of|with)\s+(?:the\s+|my\s+|a\s+)?$",
    re.IGNORECASE,
)


def tolerated(
    toks: list[Tok], clause: range, unplaced: list[int], matches: list[Match], text: str
) -> bool:
    """Whether the clause's unplaced words are all unknown words that may be let go."""
    if not unplaced or any(toks[k].kind != UNKNOWN for k in unplaced):
        return False
    mine = [m for m in matches if m.start in clause]
    if not mine:
        return False
    if any(m.template.fallback or m.template.intent in STRICT for m in mine):
        return False
    if any(m.template.intent.startswith("q_") for m in mine):
        return True  # a question changes nothing
    if any(_names_one_photo(toks[k], text) for k in unplaced):
        return False
    if any(toks[k].value == "between" for k in unplaced):
        return False  # "between photo 3 and photo 5": two photos apart, no one place to change
    zh = any(not toks[k].surface.isascii() for k in unplaced)
    if len(unplaced) > MAX_UNKNOWN["zh" if zh else "en"] * (2 if zh else 1):
        return False
    if any(_object(toks, k, clause) or _describes(toks, k, clause) for k in unplaced):
        return False
    known = sum(1 for m in mine for t in m.toks if t.kind not in SOFT)
    counted = [k for k in unplaced if not _verb(toks, k, clause)]
    if zh:  # a Chinese word of two unknown characters is one word ("统统")
        counted = [k for k in counted if k - 1 not in counted]
    return known > len(counted)


def _verb(toks: list[Tok], k: int, clause: range) -> bool:
    """The first word of a request is its verb ("apply a cool tone", "bump it up")."""
    return all(toks[j].kind in SOFT and toks[j].kind != "put" for j in range(clause.start, k))


def _object(toks: list[Tok], k: int, clause: range) -> bool:
    """ "remove the chorus", "add confetti", "less crowded": an unknown word right after a verb
    or a comparison is what it acts on."""
    before = next((toks[j] for j in range(k - 1, clause.start - 1, -1)), None)
    return before is not None and before.kind in ACTS_ON


def _describes(toks: list[Tok], k: int, clause: range) -> bool:
    """ "make the sky bluer", "the faces bigger": an unknown word names what a describing word
    is about, when the clause names nothing else it could be."""
    if _verb(toks, k, clause):
        return False
    alone = not any(toks[j].kind in SUBJECT for j in clause if j != k)
    if alone and k > clause.start and toks[k - 1].kind == "put":
        return True  # "make the sunset last forever": what is made is the unknown word
    nxt = next((toks[j] for j in range(k + 1, clause.stop) if toks[j].kind not in SOFT), None)
    if nxt is None or nxt.kind not in DESCRIBING:
        return False
    return not any(toks[j].kind in SUBJECT for j in clause if j != k)


def _names_one_photo(tok: Tok, text: str) -> bool:
    """ "the cat photo", "the pic of the cat", "猫那张": an unknown word names one photo."""
    return bool(ONE_PHOTO_AFTER.match(text, tok.end) or ONE_PHOTO_BEFORE.search(text[: tok.start]))

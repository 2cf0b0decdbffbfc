"""English texts in lower case, known by where they are said rather than by capitals or quotes:
"caption the dog one good boy", "label pic 1 as malibu beach" (a text verb, the photo, then the
words), "put welcome home at the start", "write day one on the first pic" (a verb, the words,
then where they go). Words that only style or place a text, or name another thing to change
("put calm music at the start"), are no text; the usual readers take those.
"""

from __future__ import annotations

import re

from .entities import Tok
from .greetings import GREETINGS
from .own_particles import particle_end

BREAKS = ("sep", "then")
PLACES = ("photo", "ord")
# verbs that write on one photo: "caption/label/tag/name <photo> <words>"
NAMING = ("caption", "label", "tag", "name", "subtitle", "title")
# verbs that put words somewhere: "put/write/add <words> on <photo> | at the start | at the end"
WRITING = ("put", "write", "add", "stick", "type", "overlay", "slap", "place")
# "<words> on the dog photo": the last word before the place says it is a place
PREP = re.compile(
    r"\s(?:on|over|under|across|onto|above|below|to|at|into|beside|in)"
    r"(?:\s+(?:the|my|this|that|our|his|her|its|very))*\s*$",
    re.IGNORECASE,
)
# words a thing is named with, not a text's ("add a dragon over the beach")
THINGS = ("a", "an", "some", "the", "my", "more", "another", "this", "that", "these", "those")
ONE = re.compile(r"^(?:one|pic|photo|picture|image|shot)\b\s*", re.I)  # "the dog one Max"
LEAD = re.compile(r"^(?:as|with|saying|that says|which says|reading|that reads|:|-)\s+", re.I)
# kinds a text's own words may be read as ("good boy", "sunset vibes", "day 1", "Mum & Dad")
WORDY: tuple[str, ...] = (
    "?",
    "num",
    "mood",
    "reason",
    "and",
    "another",
    "bigger",
    "smaller",
    "look_word",
    "it",
)
WORDY += ("text", "full", "more", "less", "unsupported", "degree", "ord", "start", "end", "to")
WORDY += ("with", "in", "says", "colon")
# kinds that say the words are no text: a value, another thing to change, a date
NOT_TEXT: tuple[str, ...] = (
    "date_only",
    "date_place",
    "dur",
    "pct",
    "music",
    "photo",
    "pic",
    "trans",
    "look",
)
NOT_TEXT += ("aspect", "color", "pos", "motion", "transition", "fit", "res", "fps", "platform")


def lowercase_texts(toks: list[Tok], orig: str) -> list[Tok]:
    """Each clause's words of a text, by where they are said, as one text token."""
    out: list[Tok] = []
    start = 0
    named: list[Tok] | None = None
    for k in range(len(toks) + 1):
        if k == len(toks) or toks[k].kind in BREAKS or _and_writes(toks, k, orig):
            clause = toks[start:k]
            # "caption photo 3 Max at the park, and photo 5 Grandmas roses": the verb once
            written = _named(clause, orig) or (named and _named_again(clause, named[0], orig))
            named = written or (named if not clause else None)
            out.extend(
                written
                or _put(clause, orig)
                or _put(_place_last(clause, orig), orig)
                or _as_noun(clause, orig)
                or _bare_place(clause, orig)
                or clause
            )
            if k < len(toks):
                out.append(toks[k])
            start = k + 1
    return out


def _and_writes(toks: list[Tok], k: int, orig: str) -> bool:
    """ "make it vertical and put welcome home at the start": "and" then a verb that writes
    begins a clause of its own."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if toks[k].kind != "and" or nxt is None:
        return False
    # "caption the dog photo with Best boy and make it slower": another request's verb
    asks = nxt.kind in ASKING and orig[nxt.start : nxt.start + 1].islower()
    # "caption pic 1 Sunset and pic 2 Night Walk": another photo, then its words
    after = toks[k + 2 : k + 4]
    words = [t for t in after if t.kind != "pic"][:1]
    another = nxt.kind in PLACES and bool(words) and orig[words[0].start].isupper()
    return _verb(nxt, orig, WRITING) or asks or another


ASKING = ("put", "remove", "move", "swap", "export", "mute", "change", "add", "undo")


def _verb(tok: Tok, orig: str, verbs: tuple[str, ...]) -> bool:
    return orig[tok.start : tok.end].lower() in verbs


def _named_again(clause: list[Tok], verb: Tok, orig: str) -> list[Tok] | None:
    """ "and photo 5 Grandmas roses" right after a photo was captioned so: that verb again,
    where the words begin with a capital (lower-case words may be a request of their own)."""
    joined = clause[1:] if clause[:1] and clause[0].kind == "and" else clause
    if len(joined) < 2 or joined[0].kind not in PLACES:
        return None
    ref = 1 if joined[1].kind != "pic" else 2
    if ref >= len(joined) or not orig[joined[ref].start : joined[ref].start + 1].isupper():
        return None
    done = _named([verb, *joined], orig, said_before=True)
    return [*clause[: len(clause) - len(joined)], *done[1:]] if done else None


def _named(clause: list[Tok], orig: str, said_before: bool = False) -> list[Tok] | None:
    """ "caption the dog one Max", "label pic 1 as malibu beach"."""
    if len(clause) < 3 or clause[1].kind not in PLACES:
        return None
    if not said_before and not _verb(clause[0], orig, NAMING):
        return None
    if said_before:  # the verb said in the clause before: nothing else to check before it
        return _written(clause, orig)
    before = orig[: clause[0].start].lower().split()[-1:]
    between = orig[clause[0].end : clause[1].start].lower().split()
    if set(before) & set(THINGS) or set(between) & {"for", "of", "on", "to", "in"}:
        return None  # "the caption for photo 4 should be ...": the noun, not the verb
    if any(w[:1].isupper() for w in orig[clause[0].end : clause[1].start].split()):
        return None  # "title Our first home": the text began before "first"
    return _written(clause, orig)


def _written(clause: list[Tok], orig: str) -> list[Tok] | None:
    """The caption of a naming clause: its verb, the photo, then the words."""
    ref = 2 if clause[2].kind != "pic" else 3  # "the third photo" may be two words
    rest = clause[ref:]
    words = [t for t in rest if not (t.kind == "photo" and isinstance(t.value, str))]
    if not rest or _quoted(rest) or (not _wordy(words, orig) and words == rest):
        return None  # "caption photo 3 grandma's garden": the garden is a word of the text
    said = orig[clause[ref - 1].end : particle_end(orig, clause[-1].end)].strip()
    said = LEAD.sub("", ONE.sub("", said)).strip(" .!,：:")  # "caption第三张：dog day"
    if not said:
        return None
    verb = Tok("caption", None, clause[0].start, clause[0].end, clause[0].surface)
    return [verb, *clause[1:ref], Tok("text", said, rest[0].start, clause[-1].end)]


def _put(clause: list[Tok], orig: str) -> list[Tok] | None:
    """ "put welcome home at the start", "write day one on the first pic" (also after "and")."""
    if clause and clause[0].kind == "and":
        rest = _put(clause[1:], orig)
        return [clause[0], *rest] if rest else None
    if len(clause) < 2 or not _verb(clause[0], orig, WRITING):
        return None
    place = next((k for k in range(1, len(clause)) if _is_place(clause[k])), None)
    if place is None:
        return None
    middle = [t for t in clause[1:place] if t.kind != "to"]
    gap = orig[clause[0].end : clause[place].start]
    found = PREP.search(gap)
    joined = clause[place].surface.lower().startswith(("at ", "on ", "to "))  # "at the end"
    if (found is None and not joined) or _quoted(middle):
        return None
    said = gap[: found.start() if found is not None else len(gap)].strip(" .!,")
    if not middle and not _fillers_only(said):
        pass  # "put thanks for watching at the end": every word a filler elsewhere
    elif not middle or not _wordy([t for t in middle if t is middle[0] or t.kind != "each"], orig):
        return None  # ("love you all": an "all" after the first word is the text's own)
    if not said or said.lower().split()[0] in THINGS:
        return None  # "add a dragon flying over the beach": a thing to draw, not words
    text = Tok("text", said, clause[0].end + 1, clause[place].start)
    rest = clause[place:]
    if clause[place].kind in ("start", "end"):
        rest = [Tok("to", None, text.end, text.end, "at"), *rest]  # "at the start": where
    return [clause[0], text, *rest]


def _place_last(clause: list[Tok], orig: str) -> list[Tok]:
    """ "at the end put love mom and dad": the place said first, then the verb and the words,
    read as said the usual way round."""
    if len(clause) < 3 or clause[0].kind not in ("start", "end") or clause[-1].kind == "text":
        return []
    if not _verb(clause[1], orig, WRITING) or any(_is_place(t) for t in clause[2:]):
        return []
    return [*clause[1:], Tok(clause[0].kind, None, len(orig), len(orig), clause[0].surface)]


def _bare_place(clause: list[Tok], orig: str) -> list[Tok] | None:
    """ "Summer 2026 at the start pls": words begun with a capital that open the clause, then
    only where they go; the verb is left unsaid ("dog at the start" names a photo, no text)."""
    place = next((k for k, t in enumerate(clause) if t.kind in ("start", "end")), None)
    if place is None or place < 2 or clause[place - 1].kind != "to":
        return None
    middle = clause[: place - 1]
    if orig[_clause_start(clause, orig) : middle[0].start].strip(" -") or _quoted(middle):
        return None
    if not orig[middle[0].start].isupper() or not _wordy(middle, orig):
        return None
    if any(t.kind != "sep" for t in clause[place + 1 :]):
        return None  # "Summer 2026 at the start of photo 3": more is said of the place
    said = orig[middle[0].start : clause[place - 1].start].strip(" .!,")
    return [Tok("text", said, middle[0].start, clause[place - 1].start), *clause[place - 1 :]]


OFFERED = re.compile(r"^(?:how about|what about|maybe)\s+", re.IGNORECASE)  # "how about X"
FOR = re.compile(r"^\s+for\s+(?:the|my|a|our)?\s*$", re.IGNORECASE)
USING = ("use", "put", "make", "set", "add", "have", "pick", "choose", "i want", "want")
AS_NOUN = ("title", "closing", "end")


def _as_noun(clause: list[Tok], orig: str) -> list[Tok] | None:
    """ "use Ski Week as the title", "see you soon as the ending please": the words, then
    which text they are."""
    noun = next((k for k in range(1, len(clause)) if clause[k].kind in AS_NOUN), None)
    if noun is None or any(t.kind not in ("it", "polite") for t in clause[noun + 1 :]):
        return None
    verb = 1 if _verb(clause[0], orig, USING) else 0
    said_as = clause[noun - 1].kind == "says" and clause[noun - 1].surface == "as"
    # "use Costa Brava 2026 for the title": "for", which no token stands for, after a verb
    gap = orig[clause[noun - 1].end : clause[noun].start]
    said_for = verb == 1 and noun > 1 and FOR.search(gap) is not None
    # "Summer Nights for the title pls", "how about Lake Days for the ending": no verb, but
    # the words begin with a capital
    start = _clause_start(clause, orig)
    offered = OFFERED.sub("", orig[start : clause[noun - 1].end].strip())
    capital = offered[:1].isupper() and sum(ch.isupper() for ch in orig) < sum(
        ch.islower() for ch in orig
    )
    said_for = said_for or (not verb and capital and FOR.search(gap) is not None)
    if not said_as and not said_for:
        return None
    lead = noun - 1 if said_as else noun  # the first token after the words
    stop = clause[lead].start if said_as else clause[noun - 1].end
    begin = clause[0].end if verb else _clause_start(clause, orig)
    said = orig[begin:stop].strip(" .!,:")
    if not verb:  # "write Welcome home as the title": a verb no token stands for leads
        said = _unverbed(OFFERED.sub("", said))
    middle = clause[verb:lead]
    if not said or said.lower().split()[0] in THINGS or _quoted(middle):
        return None
    # "use Beach Bums as the title": a photo's name written with a capital is the text's word
    valued = [t for t in middle if not (t.kind == "photo" and _capitalised(t, orig))]
    if any(t.kind in NOT_TEXT for t in valued) or not any(ch.isalnum() for ch in said):
        return None
    if not any(ch.isupper() for ch in said) and middle and not _wordy(middle, orig):
        return None
    text = Tok("text", said, begin, stop)
    return [*clause[:verb], text, *clause[noun:]]


# verbs that write, typed before the words in lower case ("write", "type", "use")
WRITE_VERBS = (*WRITING, *USING, "call", "name", "make")


# how a request is asked before its verb ("can we have", "i'd like to use", "let's put"):
# the asking, never the text's own words
ASKED = re.compile(
    r"^(?:(?:can|could|would|will|shall)\s+(?:we|you|u|ya|i)|let'?s|let\s+us|we\s+should|"
    r"i'?d\s+(?:like|love)(?:\s+to)?|i\s+(?:want|wanna|would\s+like)(?:\s+to)?)"
    r"(?:\s+(?:please|pls|plz|just|maybe))?\s+(?=\S+\s)",
    re.IGNORECASE,
)


def _capitalised(tok: Tok, orig: str) -> bool:
    return isinstance(tok.value, str) and orig[tok.start : tok.start + 1].isupper()


POINTED = ("it", "that", "this", "them", "those", "these", "one", "that one", "this one")
WANTED = re.compile(r"^(?:i'?d\s+(?:like|love)|i\s+(?:want|wanna|would\s+like))\s", re.I)


def _unverbed(said: str) -> str:
    """The words without a lower-case verb that writes before them ("write Welcome home"),
    and the asking before that verb ("can we have Summer 2026 as the title")."""
    asked = ASKED.match(said)
    unasked = said[asked.end() :] if asked is not None else said
    first, _, rest = unasked.partition(" ")
    if rest and first.lower() in WRITE_VERBS:
        return rest.strip()
    if asked is not None and WANTED.match(said):  # "i want Summer Lovin as my title"
        return unasked.strip()
    wanted = WANTED.match(said)
    if wanted is not None and said[wanted.end() :].strip().lower() in POINTED:
        return ""  # "I want it as the title": which words is not said
    return said


def _clause_start(clause: list[Tok], orig: str) -> int:
    """Where the clause's words begin in the sentence (fillers before its first token too)."""
    before = orig[: clause[0].start]
    cut = max(before.rfind(sign) for sign in ",.;!?")
    return cut + 1 if cut >= 0 else 0


# words that stand for photos or things, never a text of their own ("put everything at the end")
STAND_INS = ("everything", "something", "anything", "stuff", "everyone", "all", "them", "it")


def _fillers_only(said: str) -> bool:
    """Whether words that left no token are no text: fewer than two, or a stand-in."""
    words = said.lower().split()
    if " ".join(words) in GREETINGS:
        return False  # "put hello at the start": a greeting is a whole text
    return len(words) < 2 or words[0] in THINGS or bool(set(words) & set(STAND_INS))


def _is_place(tok: Tok) -> bool:
    return tok.kind in (*PLACES, "start", "end")


def _quoted(toks: list[Tok]) -> bool:
    """A quoted text is read as quoted ("put 'Beach day' on the first pic")."""
    return any(t.kind == "text" and t.surface[:1] in "\"'“”‘’「『" for t in toks)


def _wordy(toks: list[Tok], orig: str) -> bool:
    """Words that may be a text's: no value or thing to change among them, and one word at
    least that is nobody's keyword (or written with a capital)."""
    if any(t.kind in NOT_TEXT for t in toks) or not all(t.kind in WORDY for t in toks):
        return False
    return any(
        t.kind in ("?", "text", "reason") or orig[t.start : t.start + 1].isupper() for t in toks
    )

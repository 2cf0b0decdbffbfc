"""A text on the video put right in English, said as a whole sentence: the old words named
("change City lights to Downtown", "City lights should be Neon nights", "no, the caption should
say Downtown, not City lights", "instead of Our trip say Our honeymoon"), or the text named with
what was wrong ("typo in the title, it should be Our Trip 2026", "the caption has a typo, it's
City Lights").

The sentence must be only that (lead-ins such as "no," or "pls" aside), so nothing else asked in
it is lost; words that only style a text ("change City lights to yellow", "the title is wrong,
it should be at the top") are no new text, and the sentence is read the usual way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from ..model.edit_types import Edit, SetCaption, SetClosing, SetTitle
from .context import Ctx
from .entities import Tok, scan
from .lead_text import BREAKS, NEXT_ASK, STYLE_ONLY
from .normalize import normalize

LEAD_IN = (
    r"(?:(?:no+|nope|nah|oops|oopsie|whoops|oh|ah|uh|um+|hmm+|wait|sorry|actually|ok|okay|"
    r"pls|plz|please|hey|hi|so|and|also|can you|could you|would you|can u|could u|"
    r"i want to|i wanna|i'd like to|id like to|let's|lets|just|quick fix|small fix|"
    r"one more thing|one thing)\b[\s,.!:;-]*)*"
)
NOUN = (
    r"(?:the\s+|my\s+|that\s+|this\s+)?(?:title|heading|headline|opening text|intro text|caption|"
    r"subtitle|label|closing text|closing|ending text|end text|outro|text|words?|"
    r"(?:video\s+)?name)"
)
SAYS = (
    r"(?:should|must|needs to|has to|is supposed to|was supposed to|ought to|shud|shld)\s+"
    r"(?:be|say|read|actually say|actually be)"
)
Q = r"[\"'“”‘’]?"
WRONG = (
    r"(?:has\s+a\s+(?:typo|mistake|spelling\s+mistake|spelling\s+error|error)(?:\s+in\s+it)?|"
    r"is\s+(?:wrong|misspelled|misspelt|spelled\s+wrong|spelt\s+wrong|not\s+right|incorrect)|"
    r"'?s\s+(?:wrong|misspelled|misspelt|spelled\s+wrong|not\s+right)|"
    r"typo|is\s+a\s+typo|has\s+typos?)"
)
ERROR = r"(?:typo|mistake|spelling\s+mistake|spelling\s+error|error|misspelling)s?"
# what leads the right words after the text was named as wrong
RIGHT = (
    rf"(?:it\s+{SAYS}|{SAYS}|it'?s\s+(?:meant\s+to\s+be\s+|supposed\s+to\s+be\s+)?|its\s+|"
    r"it\s+is\s+|make\s+it\s+|change\s+it\s+to\s+|fix\s+it\s+to\s+|put\s+|write\s+|"
    r"it\s+needs\s+to\s+(?:be|say)\s+|correct\s+(?:one\s+)?is\s+|right\s+one\s+is\s+)"
)
# "make it say Honeymoon instead of our trip": the words after "say", never "say Honeymoon"
MAKE_IT = r"make\s+it(?:\s+(?:say|read|be))?"
CHANGE = r"(?:change|replace|rename|switch|swap|edit|update|turn|correct|fix|make)"
# "make the title Our trip to the Alps" makes a new title: "make" renames only the old words
# said right after it ("make our trip to Lisbon")
RENAME = r"(?:change|replace|rename|switch|swap|edit|update|turn|correct|fix)"
TO = r"(?:to|with|for|into|->|→|=>|as|say|read)"
NOT = r"(?:not|instead\s+of|rather\s+than|and\s+not)"
TAIL = r"[\s.!,]*(?:\b(?:pls|plz|please|thanks|thank you|thx|ty|instead|lol|thank u)\b[\s.!,]*)*"

# what leads the new words said beside the old ones ("make the title X instead of Y", "not Y,
# call it X"): the request itself, never the new words
NEW_LEAD = (
    rf"(?:(?:{NOUN}|it)\s+{SAYS}\s+|it'?s\s+|its\s+|{MAKE_IT}\s+|say\s+|write\s+|put\s+|"
    r"(?:i\s+)?meant?(?:\s+to\s+(?:say|write))?\s+|"
    rf"(?:{CHANGE}|set)\s+{NOUN}\s+(?:{TO}\s+)?(?:say\s+|read\s+|be\s+)?|"
    rf"(?:call|name|title|retitle)\s+(?:it|the\s+video)\s+|"
    rf"(?:can|could)\s+(?:{NOUN}|it)\s+(?:say|read|be)\s+|{NOUN}\s*[:=]\s*)"
)
# the texts put right by naming their old words ("{old}" is the old text, escaped)
NAMED = (
    rf"(?:{RENAME}\s+(?:{NOUN}\s+)?|make\s+)(?:from\s+)?{Q}{{old}}{Q}\s+(?:{NOUN}\s+)?{TO}\s+(?:say\s+|read\s+)?(?P<new>.+?)",
    rf"(?:{NOUN}\s+)?{Q}{{old}}{Q}\s+(?:{NOUN}\s+)?(?:{SAYS}|->|→|=>|becomes|to)\s*:?\s+(?P<new>.+?)",
    rf"(?:{NOUN}\s+)?{Q}{{old}}{Q}\s+{WRONG}[\s,.;:-]+{RIGHT}?\s*:?\s*(?P<new>.+?)",
    rf"instead\s+of\s+{Q}{{old}}{Q},?\s+(?:(?:say|write|put|use|have|do|{MAKE_IT}|it\s+{SAYS})"
    rf"\s+)?(?P<new>.+?)",
    rf"{NEW_LEAD}?(?P<new>.+?),?\s+{NOT}\s+(?:just\s+|only\s+|plain\s+)?{Q}{{old}}{Q}",
    rf"not\s+{Q}{{old}}{Q},?\s+(?:but\s+)?{NEW_LEAD}?(?P<new>.+?)",
)
# a short remark on a text, with no photo named in it ("is kinda boring", "sucks")
REMARK = r"(?:(?!\b(?:on|of|for|in|photo|pic|picture|one|and|then)\b)[^,.;:\d])+?"
# the texts put right by naming which text was wrong ("{noun}" is where the text is named)
UNNAMED = (
    rf"(?:there'?s\s+|theres\s+|there\s+is\s+)?(?:a\s+|an\s+)?{ERROR}\s+(?:in|on)\s+{{noun}}"
    rf"[\s,.;:-]+{RIGHT}?\s*:?\s*(?P<new>.+?)",
    rf"{{noun}}\s*{WRONG}[\s,.;:-]+{RIGHT}?\s*:?\s*(?P<new>.+?)",
    rf"(?:fix|correct)\s+{{noun}}[\s,.;:-]+{RIGHT}\s*:?\s*(?P<new>.+?)",
    # "the title is ugly, change it to Road Trip": a remark on the text, then its new words
    rf"{{noun}}\s+{REMARK}[,.;:-]+\s*(?:so\s+|just\s+|pls\s+|please\s+)?"
    rf"(?:change|make|rename|switch|turn)\s+it\s+(?:to|into)\s+(?:say\s+|read\s+)?(?P<new>.+?)",
)
NOUNS = {
    "title": r"(?P<title>(?:the\s+)?(?:title|heading|headline|opening text|intro text))",
    "caption": r"(?P<caption>(?:the\s+)?(?:caption|subtitle|label))",
    "closing": r"(?P<closing>(?:the\s+)?(?:closing text|closing|ending text|end text|outro))",
}
# kinds that only style or place a text: no words of a text among them
STYLING = (*STYLE_ONLY, "color", "pos", "degree", "bigger", "smaller", "up", "down", "pic")


@dataclass(frozen=True)
class Shown:
    """A text on the video: its role, its words and, for a caption, its photo's number."""

    role: str
    text: str
    index: int | None


def renamed(text: str, ctx: Ctx) -> Edit | None:
    """The edit that puts a text on the video right, if the whole sentence asks only that."""
    said = " ".join(text.strip().split())
    if any("\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" for ch in said):
        return None  # Chinese is read by its own rules (an emoji is still English: "💍")
    for shown in _shown(ctx):
        old = r"\s+".join(re.escape(word) for word in shown.text.split())
        for pattern in NAMED:
            new = _new(pattern.replace("{old}", old), said)
            # "make the title Our Trip to Norway instead of our trip": the old words said after
            # "instead of" are what is replaced, so the words before them are all new
            if new and re.search(rf"\b{NOT}\s+(?:just\s+|only\s+)?{Q}{old}{Q}$", new, re.I):
                continue
            if new and new != shown.text:  # "Our Trip, not Our trip": the capitals put right
                return _edit(shown, new)
    for role, noun in NOUNS.items():
        for pattern in UNNAMED:
            new = _new(pattern.replace("{noun}", noun), said)
            if new:
                return _unnamed(role, new, ctx)
    return None


def _new(pattern: str, said: str) -> str | None:
    """The new words, when the sentence is the pattern (lead-ins and thanks aside)."""
    found = re.fullmatch(f"{LEAD_IN}{pattern}{TAIL}", said, re.IGNORECASE)
    if found is None:
        return None
    new = found.group("new").strip(" .,!:;-\"'“”‘’")
    toks = scan(normalize(new), new, {})
    if not new or _styling(new, toks) or _asks_more(toks) or _says_inside(toks):
        return None
    if _asked_first(toks):
        return None
    return new


VERB_FIRST = ("change", "put", "add", "call", "says", "sign")


def _asked_first(toks: list[Tok]) -> bool:
    """ "set the title to Our Trip to Spain": a verb and a text named begin the words, so they
    are the request, not the new words (a pattern's lead-in missed them)."""
    return bool(toks) and toks[0].kind in VERB_FIRST and any(t.kind in TEXT_KINDS for t in toks)


TEXT_KINDS = ("title", "caption", "closing", "textnoun", "end", "start")


# what a text is put on, then "say": the request itself, never the new words
SUBJECT = ("photo", "ord", "pic", "title", "caption", "closing", "textnoun", "it")


def _says_inside(toks: list[Tok]) -> bool:
    """ "can the second photo say downtown": the words before "say" ask, they are no text."""
    seen = False
    for tok in toks:
        seen = seen or tok.kind in SUBJECT
        if tok.kind == "says" and seen:
            return True
    return False


def _styling(words: str, toks: list[Tok]) -> bool:
    """Only a colour, a place or a size ("yellow", "at the top", "bigger"): no text."""
    if any(ch.isupper() for ch in words) or any(ch.isdigit() for ch in words):
        return False
    return all(tok.kind in STYLING for tok in toks)


def _asks_more(toks: list[Tok]) -> bool:
    """ "... to Downtown and make each photo 4 seconds": another request after the words."""
    return any(
        tok.kind in (*BREAKS, "and") and nxt.kind in (*NEXT_ASK, "put")
        for tok, nxt in pairwise(toks)
    )


def _shown(ctx: Ctx) -> list[Shown]:
    """The texts on the video, longest first (so "Our trip 2" is found before "Our trip")."""
    track = ctx.draft.text_track()
    ids = [seg.id for seg in ctx.segments()]
    out: list[Shown] = []
    for seg in track.sg if track is not None else []:
        words = " ".join(str(seg.m.text).split())
        if len(words) < 3:
            continue
        index = ids.index(seg.m.anchor) + 1 if seg.m.anchor in ids else None
        out.append(Shown(str(seg.m.role), words, index))
    return sorted(out, key=lambda s: -len(s.text))


def _edit(shown: Shown, new: str) -> Edit | None:
    if shown.role == "title":
        return SetTitle(text=new)
    if shown.role == "closing":
        return SetClosing(text=new)
    if shown.role == "caption" and shown.index is not None:
        return SetCaption(index=shown.index, text=new)
    return None


def _unnamed(role: str, new: str, ctx: Ctx) -> Edit | None:
    """The title, the closing text, or the caption there is (or was just written)."""
    if role == "title":
        return SetTitle(text=new)
    if role == "closing":
        return SetClosing(text=new)
    index = ctx.caption_index()
    return SetCaption(index=index, text=new) if index is not None else None

"""What someone else likes, said after the request: "the music should be calm, dad likes quiet
things", "calm music pls, my kids love quiet songs", "a bit quieter, my mum says its loud". The
clause says why the request is made; its words ("quiet", "soft", "loud") ask for nothing of
their own (before, "dad likes quiet things" also lowered the music)."""

from __future__ import annotations

import re

from .entities import Tok

# a person told about, with or without "my", "our", "cuz"
WHO = re.compile(
    r"^(?:(?:bc|cuz|because|since|as)\s+)?(?:my\s+|our\s+|the\s+)?(?:dad|daddy|mum|mom|mommy|mummy|"
    r"mother|father|parents|grandma|grandpa|granny|gran|nan|nana|nanna|papa|wife|husband|"
    r"kids?|son|daughter|children|boss|friends?|family|sister|brother|bf|gf|boyfriend|"
    r"girlfriend|partner|teacher|he|she|they|hubby|auntie|aunt|uncle)$"
)
# what they like, or how they find it now
LIKES = re.compile(
    r"^\s+(?:really\s+|just\s+|always\s+|only\s+)?(?:likes?|loves?|prefers?|enjoys?|adores?|"
    r"hates?|is\s+into|are\s+into|is\s+a\s+fan\s+of|(?:says?|thinks?|finds?|feels?)\s+"
    r"(?:it'?s|it\s+is|its|that\s+it'?s|the\s+\w+\s+is)|(?:doesn'?t|don'?t)\s+like)\b"
)
BREAK = ("sep", "then")


def liked_by(toks: list[Tok], orig: str) -> list[Tok]:
    """The clause of a person's liking, after a request and a comma, is one ``reason``."""
    for k in range(1, len(toks)):
        tok = toks[k]
        if toks[k - 1].kind != "sep" or tok.kind not in ("reason", "?"):
            continue
        if not WHO.match(tok.surface.lower()) or not LIKES.match(orig[tok.end :].lower()):
            continue
        if not any(t.kind not in ("sep", "reason", "?") for t in toks[: k - 1]):
            continue  # nothing asked before it: the liking is all that is said
        end = next((n for n in range(k + 1, len(toks)) if toks[n].kind in BREAK), len(toks))
        last = toks[end - 1]
        why = Tok("reason", None, tok.start, last.end, orig[tok.start : last.end])
        return [*toks[:k], why, *liked_by(toks[end:], orig)]
    return toks

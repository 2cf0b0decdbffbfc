"""Requests put in order with words of their own: "first make it vertical then put upbeat
music and at the end export", "make vertical, after put music", "finally export it"; and a
copy saved "in my phone", which is where it goes, not a shape for phones.

"first" right before a verb is no photo ("first photo 5 secs" keeps it); "after", "finally",
"lastly" and "at the end" before a verb at the start of a clause only say what comes next
("at the end" only before an export: "at the end add 'Bye'" puts the words at the end).
"""

from __future__ import annotations

import re

from .entities import Tok

VERBS = (
    "put", "add", "remove", "change", "cut", "mute", "export", "sort", "reverse", "shuffle",
    "swap", "move", "off", "keep",
)  # fmt: skip
CLAUSE_START = ("sep", "then", "and")
NEXT_WORDS = ("after", "finally", "lastly")  # said before the next verb
INTO = re.compile(r"\b(in|to|on|onto|into)\s+((my|the|your|our)\s+)?$")


def in_sequence(toks: list[Tok], orig: str) -> list[Tok]:
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        starts = not out or out[-1].kind in CLAUSE_START
        said = tok.surface or str(tok.value)
        verb_next = nxt is not None and nxt.kind in VERBS
        if starts and verb_next and tok.kind == "ord" and said == "first":
            continue  # "first make it vertical"
        nexts = tok.kind == "after" or (tok.kind == "?" and said in NEXT_WORDS)
        # "finally, make it vertical": opening the sentence, with a comma, it only says that
        # this is the last request (before, "finally" was left unread)
        comma = nxt is not None and nxt.kind == "sep" and k + 2 < len(toks)
        if not out and nexts and tok.kind == "?" and comma and toks[k + 2].kind in VERBS:
            continue
        if out and starts and verb_next and nexts:
            out.append(Tok("then", None, tok.start, tok.end, said))  # "after put music"
            continue
        if out and starts and tok.kind == "end" and nxt is not None and nxt.kind == "export":
            out.append(Tok("then", None, tok.start, tok.end, said))  # "and at the end export"
            continue
        saved = any(t.kind == "export" for t in out)
        phone = tok.kind == "platform" and tok.value == "phones"
        if saved and phone and INTO.search(orig[: tok.start].lower()):
            continue  # "save the video in my phone": where the copy goes
        out.append(tok)
    return out

"""How long, as people say it in English chat, read once the entities are composed:

- "give it 5 seconds" sets that length ("give it 2 more seconds" adds them);
- "let the dog pic linger for 5 seconds", "stay on it for 6s": for that long, not that much more;
- "long or short", "faster or slower": both ways said at once, which is asked, never guessed;
- "flashes by way too fast": one step said twice is one step (the degree kept);
- "3 times as long": a multiple, as "3x longer" is; "trim it to 15": 15 seconds, no photo 15;
- "knock it down to 2 secs each": a length, never the music's volume;
- "the city pic goes by too quick, give it 2 more seconds": the complaint is why, the amount
  what (2 s more, not a step more and then 2 s);
- "the video is 19 seconds, make it shorter": the length it has now, then the step asked for;
- "don't rush the ending, the last photo needs more time": the part's complaint explains the
  photo's change (alone it names no photo and stays unread, never a move to the end).
"""

from __future__ import annotations

import re

from .en_phrasal import said_wrong
from .entities import Tok

GIVING = re.compile(r"give\s+it$")
AMOUNT_AFTER = ("more", "longer", "shorter", "less", "add")  # "2 more seconds", "2 extra"
FOR_LONG = re.compile(r"\s*for(?:\s+(?:like|about|around|maybe|roughly))?\s*$")
OPPOSITE = {"longer": "shorter", "shorter": "longer", "faster": "slower", "slower": "faster"}
PLAIN = {"long": "shorter", "short": "longer", "fast": "slower", "slow": "faster"}
PLAIN["quick"] = "slower"
# a part of the video said with a pace ("don't rush the ending"): a complaint, no photo named
PARTS = ("end", "start")
PART_WORDS = ("ending", "end", "beginning", "start", "intro", "outro", "opening")
CLAUSE_ENDS = ("sep", "and", "then")
FOR_PHOTO = ("photo", "ord", "pic", "each", "photos")
TIMES = re.compile(r"\s*times\s*$")
AS_LONG = {"long": "longer", "short": "shorter"}
CUTTING = ("cut", "shorter")
# "extend it to 30", "stretch it to 40": a longer video said by its verb, to a bare number
STRETCHING = ("extend", "lengthen", "stretch", "stretch out", "expand")
DESCRIBED = re.compile(r"\b(?:is|it's|its|it is|was|are|'s)\b")
WANTED = re.compile(r"\b(?:should|needs?|must|want|wanna|make|set|have|be)\b")
TO_TIME = {"quieter": "shorter", "louder": "longer"}


def said_durations(toks: list[Tok], orig: str) -> list[Tok]:
    toks = _both_ways(_for_long(_given(toks), orig), orig)
    toks = _volume_to_time(_time_to(_times(toks, orig), orig))
    toks = _complaint_then_amount(_part_explains(_once(toks), orig))
    return _length_described(toks, orig)


def _given(toks: list[Tok]) -> list[Tok]:
    """ "give it 5 seconds": "it" given that length (not 5 seconds more)."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        then = toks[k + 2] if k + 2 < len(toks) else None
        giving = tok.kind == "add" and bool(GIVING.match(tok.surface.strip().lower()))
        amount = then is not None and then.kind in AMOUNT_AFTER
        if giving and nxt is not None and nxt.kind == "dur" and not amount:
            tok = Tok("it", None, tok.end - 2, tok.end, "it")
        out.append(tok)
    return out


def _for_long(toks: list[Tok], orig: str) -> list[Tok]:
    """ "linger for 5 seconds": the longer word only says how the length is spent."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        held = tok.kind == "longer" and nxt is not None and nxt.kind == "dur"
        if held and nxt is not None and FOR_LONG.fullmatch(orig[tok.end : nxt.start].lower()):
            continue
        out.append(tok)
    return out


def _both_ways(toks: list[Tok], orig: str) -> list[Tok]:
    """ "kinda long or short idk": the plain word after "or" is the other way round."""
    out = list(toks)
    for k in range(len(out) - 2):
        step, link, other = out[k], out[k + 1], out[k + 2]
        if step.kind not in OPPOSITE or link.kind != "or":
            continue
        word = orig[other.start : other.end].strip().lower()
        if word in PLAIN and other.kind not in OPPOSITE:
            out[k + 2] = Tok(OPPOSITE[step.kind], None, other.start, other.end, other.surface)
    return out


def _once(toks: list[Tok]) -> list[Tok]:
    """The same step twice in a row, a degree between or none: said once."""
    out: list[Tok] = []
    for tok in toks:
        back = len(out) - 1 - int(bool(out) and out[-1].kind == "degree")
        if tok.kind in OPPOSITE and back >= 0 and out[back].kind == tok.kind:
            del out[back]
        out.append(tok)
    return out


def _part_explains(toks: list[Tok], orig: str) -> list[Tok]:
    """A clause of only a part and a pace ("dont rush the ending") beside a clause that
    changes a photo's time: the reason for it."""
    clauses: list[list[int]] = [[]]
    for k, tok in enumerate(toks):
        if tok.kind in CLAUSE_ENDS:
            clauses.append([])
        else:
            clauses[-1].append(k)
    steps = (*OPPOSITE, "degree")
    out = list(toks)
    for clause in clauses:
        kinds = [toks[k].kind for k in clause]
        parts = [k for k in clause if toks[k].kind in PARTS]
        if len(parts) != 1 or not set(kinds) - {"end", "start", "degree"} <= set(OPPOSITE):
            continue
        if orig[toks[parts[0]].start : toks[parts[0]].end].lower() not in PART_WORDS:
            continue
        if not any(kind in OPPOSITE for kind in kinds) or not all(
            toks[k].kind in (*PARTS, *steps) for k in clause
        ):
            continue
        others = [toks[k] for other in clauses if other is not clause for k in other]
        changes = any(t.kind in OPPOSITE or t.kind == "dur" for t in others)
        if changes and any(t.kind in FOR_PHOTO for t in others):
            first = toks[clause[0]]
            out[clause[0]] = Tok("reason", None, first.start, first.end, first.surface)
    return out


def _times(toks: list[Tok], orig: str) -> list[Tok]:
    """ "3 times as long", "three times longer": the multiple 3 and the step."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if tok.kind == "num" and nxt is not None and TIMES.fullmatch(orig[nxt.start : nxt.end]):
            out.append(Tok("mult", tok.value, tok.start, nxt.end, tok.surface))
            k += 2
            if k + 1 < len(toks) and toks[k].surface.strip() == "as":
                word = orig[toks[k + 1].start : toks[k + 1].end].strip().lower()
                if word in AS_LONG:
                    last = toks[k + 1]
                    out.append(Tok(AS_LONG[word], None, toks[k].start, last.end, last.surface))
                    k += 2
            continue
        out.append(tok)
        k += 1
    return out


def _time_to(toks: list[Tok], orig: str) -> list[Tok]:
    """ "trim it to 15", "cut the video down to 12": a bare number after "to" is seconds."""
    out = list(toks)
    for k, tok in enumerate(toks):
        if tok.kind != "num" or k < 2 or toks[k - 1].kind != "to":
            continue
        if k + 1 < len(toks) and toks[k + 1].kind in ("unit", "pct", "times", "num"):
            continue
        back = k - 2
        while back >= 0 and toks[back].kind in ("it", "video", "down", "length"):
            back -= 1
        verb = toks[back] if back >= 0 else None
        stretched = verb is not None and verb.kind == "longer" and verb.surface in STRETCHING
        if verb is not None and (verb.kind in CUTTING or stretched) and 5 <= tok.value <= 600:
            out[k] = Tok("dur", float(tok.value) * 1000, tok.start, tok.end, tok.surface)
    return out


def _volume_to_time(toks: list[Tok]) -> list[Tok]:
    """ "knock it down to 2 secs": the volume takes no seconds, a photo's time does."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        to = k + 1 < len(toks) and toks[k + 1].kind == "to"
        j = k + 1 + int(to)
        if tok.kind in TO_TIME and j < len(toks) and toks[j].kind == "dur":
            if to:  # "down to 2 secs": that length
                continue
            tok = Tok(TO_TIME[tok.kind], None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


def _complaint_then_amount(toks: list[Tok]) -> list[Tok]:
    """A complaint ("too quick", "on too long") followed, after a comma, by an exact length
    for it: the length is the change asked for, the complaint only its reason."""
    out = list(toks)
    for k, tok in enumerate(toks):
        if tok.kind not in OPPOSITE or not (said_wrong(tok) or tok.surface.startswith("too ")):
            continue
        later = toks[k + 1 :]
        cut = next((j for j, t in enumerate(later) if t.kind == "sep"), None)
        if cut is None or cut != 0:
            continue
        rest = later[cut + 1 :]
        clause = rest[: next((j for j, t in enumerate(rest) if t.kind == "sep"), len(rest))]
        if any(t.kind == "dur" for t in clause) and not any(t.kind in OPPOSITE for t in clause):
            out[k] = Tok("reason", None, tok.start, tok.end, tok.surface)
    return out


def _length_described(toks: list[Tok], orig: str) -> list[Tok]:
    """ "the slideshow is over in like 10 seconds, make it longer": a length said as what the
    video is now, before a clause that steps it, is why (never the length asked for)."""
    seps = [k for k, tok in enumerate(toks) if tok.kind == "sep"]
    if not seps:
        return toks
    out = list(toks)
    start = 0
    for cut in seps:
        clause = toks[start:cut]
        rest = toks[cut + 1 :]
        rest = rest[: next((j for j, t in enumerate(rest) if t.kind == "sep"), len(rest))]
        durs = [k for k in range(start, cut) if toks[k].kind == "dur"]
        steps = any(t.kind in OPPOSITE for t in rest) and not any(t.kind == "dur" for t in rest)
        if len(durs) == 1 and steps and not any(t.kind in OPPOSITE for t in clause):
            said = orig[toks[start].start if clause else 0 : toks[durs[0]].start].lower()
            if DESCRIBED.search(said) and not WANTED.search(said):
                tok = toks[durs[0]]
                out[durs[0]] = Tok("reason", None, tok.start, tok.end, tok.surface)
        start = cut + 1
    return out

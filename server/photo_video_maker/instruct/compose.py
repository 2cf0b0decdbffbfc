"""Entities built from entities, one dimension after the other (as Duckling composes them):
numbers with halves, durations, percentages, frame rates, photo references, and the unquoted
text that follows a lead-in ("call it Summer in Lisbon", "a heading that says Our trip").
"""

from __future__ import annotations

from collections.abc import Callable

from .entities import Tok
from .lead_text import texts
from .refs import names, photos

# "too long" asks for shorter, "有点快" (a bit fast) for slower
FLIP = {
    "longer": "shorter", "shorter": "longer", "faster": "slower", "slower": "faster",
    "louder": "quieter", "quieter": "louder", "bigger": "smaller", "smaller": "bigger",
    "more": "less", "less": "more",
}  # fmt: skip
VALUE_KINDS = ("num", "dur", "pct", "color", "look", "aspect", "res", "fps", "mood", "trans")


def compose(
    toks: list[Tok], orig: str, stems: dict[str, str], clip: int | None = None
) -> list[Tok]:
    """Run every dimension's rules in order; ``stems`` maps "dog" to "dog.jpg", ``clip`` is the
    number of the video's only clip."""
    for rule in RULES:
        toks = rule(toks)
    toks = names(toks, stems, clip)
    return texts(toks, orig)


def _merge(toks: list[Tok], i: int, j: int, kind: str, value: object) -> Tok:
    return Tok(kind, value, toks[i].start, toks[j - 1].end, "")


def _halves(toks: list[Tok]) -> list[Tok]:
    """ "two and a half" -> 2.5."""
    out: list[Tok] = []
    for tok in toks:
        if tok.kind == "and_half" and out and out[-1].kind in ("num", "dur"):
            prev = out[-1]
            bump = 0.5 if prev.kind == "num" else _unit_of(prev) / 2
            out[-1] = Tok(prev.kind, prev.value + bump, prev.start, tok.end, prev.surface)
        else:
            out.append(tok)
    return out


def _unit_of(tok: Tok) -> float:
    return 60000.0 if tok.value >= 60000 else 1000.0


def _durations(toks: list[Tok]) -> list[Tok]:
    """ "2.5 s", "1 minute 30 seconds", "两秒半", "一分半", "a second" -> milliseconds."""
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if tok.kind == "dur":
            out.append(Tok("dur", float(tok.value), tok.start, tok.end, tok.surface))
            i += 1
            continue
        if tok.kind == "num" and nxt is not None and nxt.kind in ("more", "less"):
            after = toks[i + 2] if i + 2 < len(toks) else None
            if after is not None and _is_unit(after):  # "2 extra seconds"
                toks = [*toks[: i + 1], after, nxt, *toks[i + 3 :]]
                nxt = toks[i + 1]
        if tok.kind == "num" and nxt is not None and _is_unit(nxt):
            ms = tok.value * (float(nxt.value) if nxt.kind == "unit" else 1000.0)
            j = i + 2
            if j < len(toks) and toks[j].kind == "half":
                ms += float(nxt.value if nxt.kind == "unit" else 1000) / 2
                j += 1
            if j + 1 < len(toks) and toks[j].kind == "num" and _is_unit(toks[j + 1]):
                smaller = float(toks[j + 1].value if toks[j + 1].kind == "unit" else 1000)
                if smaller < ms:  # "1 minute 30 seconds"
                    ms += toks[j].value * smaller
                    j += 2
            if ms >= 60000 and j < len(toks) and toks[j].kind == "num" and toks[j].value < 60:
                ms += toks[j].value * 1000  # "1 min 30"
                j += 1
            out.append(_merge(toks, i, j, "dur", ms))
            i = j
            continue
        out.append(tok)
        i += 1
    return out


def _is_unit(tok: Tok) -> bool:
    return tok.kind == "unit" or (tok.kind == "ord" and tok.surface == "second")


def _percent_fps(toks: list[Tok]) -> list[Tok]:
    """ "30%", "百分之三十" -> pct; "60 fps", "帧率30", "frame rate to 24" -> fps."""
    out: list[Tok] = []
    for tok in toks:
        prev = out[-1] if out else None
        before = out[-2] if len(out) > 1 else None
        if prev and prev.kind == "num" and tok.kind == "pct" and tok.value == "%":
            out[-1] = Tok("pct", prev.value, prev.start, tok.end)
        elif prev and prev.kind == "pct" and prev.value == "pre" and tok.kind == "num":
            out[-1] = Tok("pct", tok.value, prev.start, tok.end)
        elif prev and prev.kind == "num" and tok.kind == "fps_word":
            out[-1] = Tok("fps", int(prev.value), prev.start, tok.end)
        elif prev and prev.kind == "fps_word" and tok.kind == "num":
            out[-1] = Tok("fps", int(tok.value), prev.start, tok.end)
        elif (
            before
            and before.kind == "fps_word"
            and prev
            and prev.kind == "to"
            and tok.kind == "num"
        ):
            out[-2:] = [Tok("fps", int(tok.value), before.start, tok.end)]
        else:
            out.append(tok)
    return out


def _feelings(toks: list[Tok]) -> list[Tok]:
    """ "too long" -> shorter, "有点快" -> slower; "way too loud" keeps its degree."""
    out: list[Tok] = []
    for tok in toks:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "too" and tok.kind in FLIP:
            degree = (
                Tok("degree", "big", prev.start, prev.end) if prev.surface == "way too" else None
            )
            out[-1] = Tok(FLIP[tok.kind], None, prev.start, tok.end, tok.surface)
            if degree is not None:
                out.insert(-1, degree)
        else:
            out.append(tok)
    return out


def _restore(toks: list[Tok]) -> list[Tok]:
    """ "恢复动效" (bring the motion back) turns it on; "恢复" alone is an undo."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1].kind if k + 1 < len(toks) else ""
        if (
            tok.kind == "undo"
            and tok.surface == "恢复"
            and nxt in ("motion", "music", "transition")
        ):
            out.append(Tok("on", None, tok.start, tok.end, tok.surface))
        else:
            out.append(tok)
    return out


def _times(toks: list[Tok]) -> list[Tok]:
    """ "1.3x", "1.3倍" -> a multiple."""
    out: list[Tok] = []
    for tok in toks:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "num" and tok.kind == "times":
            out[-1] = Tok("mult", prev.value, prev.start, tok.end)
        elif tok.kind != "times":
            out.append(tok)
    return out


def _not_that(toks: list[Tok]) -> list[Tok]:
    """ "4 seconds not 2": the value said after "not" is the one replaced."""
    out: list[Tok] = []
    skip = False
    for k, tok in enumerate(toks):
        if skip:
            skip = False
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        before = [t.kind for t in out[-3:]]
        if (
            tok.kind == "not"
            and nxt is not None
            and nxt.kind in VALUE_KINDS
            and any(kind in VALUE_KINDS for kind in before)
        ):
            skip = True
            continue
        out.append(tok)
    return out


def _instead_of(toks: list[Tok]) -> list[Tok]:
    """ "black bars instead of the blurry background": what is replaced is no request."""
    out: list[Tok] = []
    dropping = False
    for tok in toks:
        if tok.kind in ("sep", "then", "and"):
            dropping = False
        if tok.kind == "instead_of":
            dropping = True
            out.append(Tok("instead", None, tok.start, tok.end, tok.surface))
        elif not dropping:
            out.append(tok)
    return out


def _same_kind(toks: list[Tok]) -> list[Tok]:
    """ "something cinematic and dramatic": two words for one mood are one."""
    out: list[Tok] = []
    for tok in toks:
        if (
            tok.kind in ("mood", "look")
            and len(out) > 1
            and out[-1].kind == "and"
            and out[-2].kind == tok.kind
        ):
            out.pop()
            continue
        if tok.kind == "textnoun" and out and out[-1].kind in ("title", "caption", "closing"):
            prev = out[-1]  # "标题文字", "the caption text": the title's words are the title
            out[-1] = Tok(prev.kind, prev.value, prev.start, tok.end, prev.surface)
            continue
        twice = out and out[-1].kind == tok.kind and out[-1].value == tok.value
        if twice and tok.kind in ("fit", "look", "mood", "aspect"):
            continue  # "完整显示加黑边": one fit said twice
        out.append(tok)
    return out


RULES: list[Callable[[list[Tok]], list[Tok]]] = [
    _instead_of,
    _same_kind,
    _restore,
    _halves, _durations, _percent_fps, _times, _feelings, _not_that, photos,
]  # fmt: skip

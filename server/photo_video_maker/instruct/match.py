"""Templates matched over tokens: every place where a template fits, then the longest matches
that do not overlap, in the order they were said.

A match covers a window of tokens that contains no separator; every token in it fills one of
the template's kinds, except soft words, which may also sit unused. Matching is linear in the
number of tokens (windows are short and templates are looked up by kind).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from .entities import Tok
from .fillers import SOFT
from .templates import TEMPLATES

MAX_WINDOW = 12
BREAKS = ("sep", "then")
REPEATABLE = (
    "shuffle",
    "transition",
    "music",
    "pic",
    "textnoun",
    "volume",
    "motion",
    "fps_word",
    "clip",
)


@dataclass(frozen=True)
class Elem:
    kinds: frozenset[str]  # accepted with any value
    valued: frozenset[tuple[str, str]]  # "degree=double/half": accepted with these values
    optional: bool

    def accepts(self, tok: Tok) -> bool:
        return tok.kind in self.kinds or (tok.kind, str(tok.value)) in self.valued

    def all_kinds(self) -> set[str]:
        return set(self.kinds) | {kind for kind, _ in self.valued}


@dataclass(frozen=True)
class Template:
    intent: str
    elems: tuple[Elem, ...]
    ordered: bool
    fallback: bool
    rank: int


@dataclass
class Match:
    template: Template
    toks: list[Tok]  # the tokens that filled a kind
    start: int  # token positions covered, [start, end)
    end: int

    @property
    def size(self) -> int:
        return sum(1 for tok in self.toks if tok.kind not in SOFT) * 2 + len(self.toks)


def _elem(spec: str) -> Elem:
    optional = spec.endswith("?")
    kinds: set[str] = set()
    valued: set[tuple[str, str]] = set()
    for alternative in spec.rstrip("?").split("|"):
        kind, _, values = alternative.partition("=")
        if values:
            valued.update((kind, value) for value in values.split("/"))
        else:
            kinds.add(kind)
    return Elem(frozenset(kinds), frozenset(valued), optional)


@cache
def templates() -> tuple[Template, ...]:
    """The template table, parsed."""
    out: list[Template] = []
    for line in TEMPLATES.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        head, body = line.split(":", 1)
        fallback = head.startswith("!")
        body = body.strip()
        ordered = not body.startswith("~")
        elems = tuple(_elem(part) for part in body.lstrip("~").split())
        out.append(Template(head.lstrip("!"), elems, ordered, fallback, len(out)))
    return tuple(out)


@cache
def _by_kind(fallback: bool) -> dict[str, list[Template]]:
    index: dict[str, list[Template]] = defaultdict(list)
    for template in templates():
        if template.fallback and not fallback:
            continue
        firsts = template.elems[:1] if template.ordered else template.elems
        if template.ordered:  # an optional first kind: the next one may start the match
            firsts = tuple(_firsts(template.elems))
        for elem in firsts:
            for kind in elem.all_kinds():
                if template not in index[kind]:
                    index[kind].append(template)
    return index


def _firsts(elems: tuple[Elem, ...]) -> list[Elem]:
    out = []
    for elem in elems:
        out.append(elem)
        if not elem.optional:
            break
    return out


def _fit(template: Template, toks: list[Tok], i: int) -> tuple[int, list[int]] | None:
    """The longest window starting at ``i`` that the template fills: (end, filled positions)."""
    best: tuple[int, list[int]] | None = None
    elems = template.elems
    limit = min(len(toks), i + MAX_WINDOW)

    def done(used: frozenset[int]) -> bool:
        return all(k in used or e.optional for k, e in enumerate(elems))

    def walk(k: int, used: frozenset[int], filled: list[int], nxt: int) -> None:
        nonlocal best
        if filled and done(used) and (best is None or len(filled) > len(best[1])):
            best = (k, filled)
        if k >= limit or toks[k].kind in BREAKS or (filled and toks[k].kind == "reason"):
            return  # a reason ends what is asked ("flip it so the last is first")
        tok = toks[k]
        choices = range(nxt, len(elems)) if template.ordered else range(len(elems))
        for e in choices:
            if e in used or not elems[e].accepts(tok):
                continue
            walk(k + 1, used | {e}, [*filled, k], e + 1)
        if filled and (tok.kind in SOFT or tok.kind == "?" or _again(tok, toks, filled)):
            walk(k + 1, used, filled, nxt)  # "?": see ``lenient``

    walk(i, frozenset(), [], 0)
    if best is None:
        return None
    filled = best[1]
    return filled[-1] + 1, filled


def _again(tok: Tok, toks: list[Tok], filled: list[int]) -> bool:
    """A keyword said twice in one request ("转场换成黑场过渡", "music ... the song") fills
    its kind once."""
    return (
        tok.value is None
        and tok.kind in REPEATABLE
        and any(toks[f].kind == tok.kind for f in filled)
    )


def find(toks: list[Tok], fallback: bool = False) -> list[Match]:
    """The best non-overlapping matches, in the order of the tokens."""
    index = _by_kind(fallback)
    found: list[Match] = []
    for i, tok in enumerate(toks):
        for template in index.get(tok.kind, ()):
            fit = _fit(template, toks, i)
            if fit is not None:
                end, filled = fit
                found.append(Match(template, [toks[k] for k in filled], i, end))
    found.sort(key=lambda m: (-m.size, m.template.fallback, m.template.rank, m.start))
    taken: list[Match] = []
    for match in found:
        if all(match.end <= t.start or match.start >= t.end for t in taken):
            taken.append(match)
    return sorted(taken, key=lambda m: m.start)

"""Which action a message asks for (export, credits, state, upload, or an edit), for callers
that route before editing. A thin view of ``read``: the same lexicon and templates decide.

A message can ask for an edit and an action at once ("make it vertical and export"): the route
names the action and keeps the rest of the message in ``rest``, so the caller can apply the
edit first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..model.draft import Draft
from .context import Ctx
from .entities import Tok
from .fillers import SOFT
from .intents import BUILDERS, Slots
from .match import BREAKS
from .normalize import clip, language
from .parse import parse

Action = Literal["export", "credits", "state", "upload", "edit"]
ORDER: list[Action] = ["export", "credits", "state", "upload"]


@dataclass(frozen=True)
class Route:
    """Where a message goes. ``rest`` is the message without the words that asked for the
    action (for "edit", the whole message)."""

    action: Action
    params: dict[str, str | int] = field(default_factory=dict)
    rest: str = ""


def route(text: str) -> Route:
    """The action ``text`` asks for, its parameters, and what is left for an edit."""
    text = clip(text)
    ctx = Ctx(Draft(), {}, language(text))
    parsed = parse(text, ctx)
    routed = [m for m in parsed.matches if m.template.intent in ORDER]
    if not routed:
        return Route(action="edit", rest=text.strip())
    first = min(routed, key=lambda m: ORDER.index(m.template.intent))  # type: ignore[arg-type]
    action = next(a for a in ORDER if a == first.template.intent)
    out = BUILDERS[action](Slots(first.toks), ctx)
    used = {id(tok) for m in routed for tok in m.toks}
    return Route(action=action, params=out.export, rest=_rest(text, parsed.toks, used))


def _rest(text: str, toks: list[Tok], used: set[int]) -> str:
    """Clauses without action words as they were typed; of a clause with them, what is left."""
    pieces: list[str] = []
    start = 0  # where the clause starts
    clause: list[Tok] = []
    for tok in [*toks, Tok("sep", None, len(text), len(text))]:
        if tok.kind in (*BREAKS, "and"):
            if any(id(t) in used for t in clause):
                kept = [t for t in clause if id(t) not in used and t.kind not in SOFT]
                if kept:
                    pieces.append(text[kept[0].start : kept[-1].end])
            elif clause:
                pieces.append(text[start : tok.start].strip(" ,;，；、"))
            start, clause = tok.end, []
        else:
            clause.append(tok)
    return ", ".join(piece.strip() for piece in pieces if piece.strip())

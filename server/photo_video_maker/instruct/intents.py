"""What a matched template means: each intent has a builder from the filled kinds to an outcome
(edits, a question, an action, or options to ask about). Builders live in ``build_*`` modules
and register here with ``@intent("name")``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..model.edit_types import Edit
from .context import Ctx
from .entities import Tok
from .reading import Option, Question, Route, Topic


@dataclass
class Out:
    """What one template match asks for."""

    edits: list[Edit] = field(default_factory=list)
    question: Question | None = None
    route: Route | None = None
    export: dict[str, str | int] = field(default_factory=dict)
    clarify: list[Option] = field(default_factory=list)
    disliked: int | str | None = None  # "the fifth one is blurry": said, not yet asked for
    unless: str | None = None  # ask (``clarify``) only if no edit of these kinds ("a|b") was asked
    untargeted: bool = False  # a style with no text named ("..., in white"): the text just made
    # "the text" said generically ("标题用黄色，字大一点"): the text named just before, if any
    generic_text: bool = False
    problem: Topic | None = None  # understood, but the value is not allowed
    hint: str = ""  # what is allowed, in the person's language
    noop: bool = False  # understood as asking for nothing ("don't export yet")


class Slots:
    """The tokens a template match filled, looked up by kind."""

    def __init__(self, toks: list[Tok]) -> None:
        self.toks = toks

    def get(self, *kinds: str) -> Tok | None:
        return next((tok for tok in self.toks if tok.kind in kinds), None)

    def all(self, *kinds: str) -> list[Tok]:
        return [tok for tok in self.toks if tok.kind in kinds]

    def value(self, *kinds: str, default: Any = None) -> Any:
        tok = self.get(*kinds)
        return tok.value if tok is not None else default

    def has(self, *kinds: str) -> bool:
        return self.get(*kinds) is not None


Builder = Callable[[Slots, Ctx], Out]
BUILDERS: dict[str, Builder] = {}


def intent(*names: str) -> Callable[[Builder], Builder]:
    def register(fn: Builder) -> Builder:
        for name in names:
            BUILDERS[name] = fn
        return fn

    return register


UP = {"small": 1.25, "big": 1.5, "double": 2.0, "half": 0.5, "triple": 3.0}
DOWN = {"small": 0.8, "big": 0.67, "double": 0.5, "half": 0.5, "triple": 0.33}


def factor(up: bool | None, slots: Slots) -> float:
    """One step of the fixed size: 1.25 / 0.8 ("a bit" too), 1.5 / 0.67 ("much"); "double" is
    2 and "half" 0.5 whichever way ("缩小一半", "half as long"); ``up`` None: no direction
    was said ("double the zoom")."""
    degree = slots.value("degree", default="small")
    if degree == "half":
        return 0.5
    if degree == "double":
        return 0.5 if up is False else 2.0
    if degree == "triple":  # "triple the photo time"
        return 0.33 if up is False else 3.0
    return (UP if up is not False else DOWN)[degree]


def seconds(ms: float) -> float:
    """Milliseconds as seconds, without float noise."""
    return round(ms / 1000, 3)


def said(ctx: Ctx, en: str, zh: str) -> str:
    return zh if ctx.lang == "zh" else en


def refuse(topic: Topic, ctx: Ctx, en: str, zh: str) -> Out:
    """Understood, but not possible as said: nothing changes, and why is told in the person's
    language (with suggestions on ``topic``)."""
    return Out(problem=topic, hint=said(ctx, en, zh))

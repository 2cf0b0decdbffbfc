"""Two different transitions asked for in one sentence, neither refused: "fades, cuts",
"cuts vs fades", "fades and slides". The video has one transition between photos, so doing
both would keep only the last said: ask which one is meant. Not when a word between turns the
first into the second ("淡入淡出的转场改成向左推", "change the fades to slides"): the second."""

from __future__ import annotations

from ..model.edit_types import Edit, SetTransition
from ..model.summary import transition_words
from .build_time import TRANSITION_CHOICES
from .context import Ctx
from .entities import Tok
from .intents import said
from .reading import Option

# the words that turn one transition into another: "改成", "to", "with", "instead"
CHANGED_TO = ("change", "to", "with", "instead", "swap", "into")


def two_transitions(edits: list[Edit], toks: list[Tok], ctx: Ctx) -> list[Option]:
    if ctx.lang != "en":
        return []  # Chinese names the one in use before the new one in more ways ("换成")
    named = [e for e in edits if isinstance(e, SetTransition) and e.name is not None]
    names = list(dict.fromkeys(e.name for e in named if e.name))
    if len({_family(name) for name in names}) < 2:
        return []  # "用滑动切换 往右滑": the slide, then which way
    at = [k for k, tok in enumerate(toks) if tok.kind == "trans"]
    if len(at) >= 2 and any(t.kind in CHANGED_TO for t in toks[at[0] + 1 : at[-1]]):
        return []
    first: dict[str, Edit] = {}
    for e in named:
        first.setdefault(e.name or "", e)
    return [Option(_label(name, ctx), [first[name]]) for name in names]


def _family(name: str) -> str:
    """ "slideleft" and "slideright" are one kind said more closely, as are the fades."""
    for kind in ("slide", "push", "wipe"):
        if name.startswith(kind):
            return kind
    return "fade" if name in ("crossfade", "fadeblack", "fadewhite") else name


def _label(name: str, ctx: Ctx) -> str:
    if name in TRANSITION_CHOICES:
        return said(ctx, *TRANSITION_CHOICES[name])
    words = transition_words(name, "zh" if ctx.lang == "zh" else "en")
    return words[:1].upper() + words[1:]

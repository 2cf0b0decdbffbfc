""" "the caption should be up longer", "keep the caption on screen longer", "the caption needs to
stay up a bit longer": how long a text is shown. A caption is shown as long as its photo, so the
time is that photo's; the title and the closing text have no photo of their own and their time
cannot be changed, so nothing is. Before, "up" moved the caption to the top and every photo got
longer, "keep the title on screen longer" made every photo longer, and "stay up a bit longer"
became the caption's words."""

from __future__ import annotations

import re

from .captioned_photo import photo_of
from .context import Ctx
from .entities import Tok

TEXTS = ("caption", "title", "closing")
STEPS = ("longer", "shorter")
# the words that say it is the time on screen, said between the text and the step or in it
ON_SCREEN = re.compile(
    r"\b(?:stay|stays|staying|up|on screen|onscreen|on the screen|visible|shown|show|shows|"
    r"on for|linger|lingers|there)\b",
    re.IGNORECASE,
)
ON_SCREEN_ZH = ("停留", "显示", "停", "出现")  # "标题多停留一会", "字幕显示久一点"
# what may sit between the text and the step: "should be", "to", "up", "a bit", "keep"
BETWEEN = ("says", "to", "up", "degree", "just", "it", "keep", "?")
KEPT = ("degree",)  # "a bit longer" keeps its size
# "as long as it can", "as long as possible": the most time, a step longer all the same
AS_LONG_AS = re.compile(
    r"as long as (?:possible|poss|it can|it could|you can|u can|we can|i can|can be)\b",
    re.IGNORECASE,
)


def said_on_screen(toks: list[Tok], orig: str) -> list[Tok]:
    """The text's time on screen as one step right after the text ("caption", "longer"), with
    the words between dropped, so that no position ("up") or words ("stay up longer") are read
    from them; the step's surface says "on screen"."""
    for k, tok in enumerate(toks):
        if tok.kind not in TEXTS or tok.end < 0:
            continue
        n = k + 1
        while n < len(toks) and toks[n].kind in BETWEEN:
            n += 1
        if n < len(toks) and toks[n].start >= 0 and toks[n].kind == "length":
            toks, n = _as_long_as(toks, n, orig)  # "stay as long as it can": a step longer
        if n >= len(toks) or toks[n].kind not in STEPS or toks[n].start < 0:
            continue
        step = toks[n]
        said = orig[tok.end : step.start] + " " + step.surface
        if not ON_SCREEN.search(said) and not any(word in said for word in ON_SCREEN_ZH):
            continue
        kept = [t for t in toks[k + 1 : n] if t.kind in KEPT]
        shown = Tok(step.kind, step.value, step.start, step.end, "on screen " + step.kind)
        return [*toks[:k], tok, *kept, shown, *said_on_screen(toks[n + 1 :], orig)]
    return toks


def text_shown(toks: list[Tok], ctx: Ctx) -> list[Tok]:
    """The caption's time on screen is its photo's ("photo 2 on screen longer"); a title's or a
        closing text's, or a caption on no one photo, is no step of any photo's time: told that it
    cannot be changed."""
    out = list(toks)
    for k, tok in enumerate(toks[:-1]):
        nxt = toks[k + 2] if toks[k + 1].kind in KEPT and k + 2 < len(toks) else toks[k + 1]
        if tok.kind not in TEXTS or nxt.kind not in STEPS or not nxt.surface.startswith("on scr"):
            continue
        index = photo_of(ctx, "") if tok.kind == "caption" else None
        if index is not None:
            out[k] = Tok("photo", index, tok.start, tok.end, tok.surface)
        else:  # told that it cannot be done (build_time.text_time), nothing changed
            out[k] = Tok("text_time", None, tok.start, nxt.end, tok.surface)
            del out[toks.index(nxt)]
            return out
    return out


def _as_long_as(toks: list[Tok], n: int, orig: str) -> tuple[list[Tok], int]:
    """ "as long as it can" around ``toks[n]`` (the word "long"): one step "longer" in its
    place, the words of the phrase dropped (before, "long" became the title's words)."""
    found = AS_LONG_AS.match(orig, max(orig.rfind("as", 0, toks[n].start), 0))
    if found is None or found.end() <= toks[n].start:
        return toks, n
    step = Tok("longer", None, toks[n].start, toks[n].end, "longer")
    before = [t for t in toks[:n] if t.start < found.start()]
    after = [t for t in toks[n + 1 :] if t.start >= found.end() or t.start < 0]
    return [*before, step, *after], len(before)

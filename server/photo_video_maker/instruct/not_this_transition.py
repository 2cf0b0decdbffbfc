""" "not crossfade", "anything but crossfades", "something other than a crossfade": a transition
said as the one not wanted asks which other one (it was read as a crossfade, or as no fade out
at the end of the video); "no crossfade", "dont use crossfade" are no transitions, as "no
crossfades" are (not the video's fade-out)."""

from __future__ import annotations

from .entities import Tok

# words before a named transition that say it is the one not wanted
NOT_IT = ("not", "another", "except")
ANYTHING = ("anything", "something", "any")


def not_this_transition(toks: list[Tok], orig: str) -> list[Tok]:
    """A named transition right after "not"/"other than"/"anything but" -> "another transition"."""
    low = orig.lower()
    for k in range(1, len(toks)):
        tok, prev = toks[k], toks[k - 1]
        if tok.kind != "trans" or tok.value in ("none", "random", "fadeblack", "fadewhite"):
            continue  # "don't fade to black at the end" is the video's own fade
        if tok.surface.lower() in ("fade", "fades", "fading", "a fade"):
            continue  # "music should stop abruptly, no fade": a fade of the music or video
        about_video = any(t.kind in ("end", "start", "video") for t in toks[k + 1 :])
        if prev.kind in ("no", "remove") and tok.value == "crossfade" and not about_video:
            named = Tok("transition", None, tok.start, tok.end, tok.surface)
            return [*toks[:k], named, *toks[k + 1 :]]  # "no crossfade" as "no crossfades"
        negated = prev.kind in NOT_IT
        but = prev.kind == "then" and prev.surface.lower() == "but"
        but = but and low[: prev.start].rstrip().endswith(ANYTHING)  # "anything but"
        if not (negated or but):
            continue
        if prev.kind == "another" and not low[prev.start : tok.start].strip().endswith("than"):
            continue  # "another crossfade" is no refusal of one
        if about_video:
            continue  # said of the video's start or end, not of the transitions
        other = Tok("another", None, prev.start, prev.end, "not this one")  # build_time.REFUSED
        named = Tok("transition", None, tok.start, tok.end, tok.surface)
        return [*toks[: k - 1], other, named, *toks[k + 1 :]]
    return toks

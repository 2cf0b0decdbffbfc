""" "add the title Happy birthday, its Max": a word of the lexicon written with a capital inside
a sentence typed in lower case is a name ("Max", "Maximum"), never a setting (before, the music
went to full volume). Said of the music or the volume ("turn the music up to Max") it is still
the setting."""

from __future__ import annotations

from .entities import Tok

NAMES = ("full",)  # kinds a person's name may be spelt as: "Max"
CLAUSE = ("sep", "then", "and")
# what the setting is said of, in its clause
OF_SOUND = ("music", "volume", "louder", "quieter", "up", "down", "clip_sound", "mute", "pct")


def capital_name(toks: list[Tok], orig: str) -> list[Tok]:
    out = list(toks)
    for k, tok in enumerate(toks):
        if tok.kind not in NAMES or tok.start <= 0 or not _name_cased(orig[tok.start : tok.end]):
            continue
        if orig[: tok.start].rstrip()[-1:] in ".!?":
            continue  # a sentence's first word has its capital anyway
        lo = max((n + 1 for n in range(k) if toks[n].kind in CLAUSE), default=0)
        hi = next((n for n in range(k + 1, len(toks)) if toks[n].kind in CLAUSE), len(toks))
        if any(t.kind in OF_SOUND for t in toks[lo:hi]):
            continue
        out[k] = Tok("?", None, tok.start, tok.end, orig[tok.start : tok.end])
    return out


def _name_cased(said: str) -> bool:
    """ "Max": a capital then lower case ("MAX" is said loud, "max" is the setting)."""
    return said.isascii() and said.isalpha() and said[:1].isupper() and said[1:].islower()

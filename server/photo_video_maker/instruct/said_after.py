"""Requests whose parts come in an order the templates do not expect, put back in theirs.

- "finish with a slide that says Thanks for watching!", "end it with a thank you note saying
  thanks guys": the words before "says" name the kind of card, the words after it are the text
  (they were read as the text "a slide", the rest lost).
- "the photos have black bars, get rid of them": what is got rid of is the bars (they were read
  as a photo to remove, asked which).
- "trade places, beach and garden": the two photos after the comma are the ones swapped.
- "move the party video so it plays first": to the start.
- "big bold title: SUMMER": a style we cannot make, said of the title, does not stop the title.
- "it should start with a title, Welcome Baby Noah": the words after the comma are the title.
- "last slide should say The End": a slide after the last photo, the closing text.
"""

from __future__ import annotations

import re

from .entities import Tok

_CARD = re.compile(
    r"^(?:(?:a|an|the|some|one)\s+)?(?:[a-z']+\s+){0,3}?"
    r"(?:slide|note|card|message|screen|line|sign|banner|words?|text|caption)$"
)
_ENDS = ("sep", "then")
_VERBS = ("add", "remove", "put", "change", "move", "swap", "export", "mute", "undo")


def said_after(toks: list[Tok], orig: str) -> list[Tok]:
    """Every rewrite above, in turn."""
    toks = _plays_at(_swapped_after_comma(_rid_of_them(_card_says(toks, orig))))
    toks = _noun_then_words(_described_title(_styled_noun(toks, orig), orig), orig)
    return _not_filling(_not_the_blur(_swapped_for(_last_slide(toks, orig), orig), orig), orig)


_NOT_FILLING = re.compile(r"(?:don'?t|do not|doesn'?t|does not|aren'?t|are not|never)\s+fill")


def _not_filling(toks: list[Tok], orig: str) -> list[Tok]:
    """ "the photos dont fill the screen": said of the photos, a complaint asking to fill it
    (a bare "don't fill the screen" still asks for the whole photo)."""
    out = list(toks)
    for k in range(1, len(out)):
        tok = out[k]
        said = orig[tok.start : tok.end].lower()
        said_of = out[k - 1].kind in ("pic", "photo", "it")
        if tok.kind == "fit" and tok.value == "contain" and _NOT_FILLING.match(said) and said_of:
            out[k] = Tok("fit", "cover", tok.start, tok.end, tok.surface)
    return out


_EDGES = ("borders", "bars", "edges", "border", "sides")
_BLUR = ("blur", "blurry", "blurred")


def _not_the_blur(toks: list[Tok], orig: str) -> list[Tok]:
    """ "use plain black borders not the blur thing": the bars, instead of the blur we have."""
    fits = [k for k, t in enumerate(toks) if t.kind == "fit"]
    if len(fits) != 1 or toks[fits[0]].value != "contain":
        return toks
    out = list(toks)
    k = fits[0] + 1
    if k < len(out) and out[k].kind == "?" and str(out[k].value).lower() in _EDGES:
        del out[k]  # "plain black" said the bars, "borders" repeats them
    if (
        k + 1 < len(out)
        and out[k].kind == "not"
        and out[k + 1].kind == "unsupported"
        and orig[out[k + 1].start : out[k + 1].end].lower() in _BLUR
        and k + 2 == len(out)
    ):
        del out[k : k + 2]
    return out


_OTHER = re.compile(r"(?:the one|the other|that|this|its|it|them|those|the caption|the title)\b")
_REFS = ("photo", "ord", "pic", "caption", "title", "closing", "it", "num", "text")


def _swapped_for(toks: list[Tok], orig: str) -> list[Tok]:
    """ "swap the caption on pic 2 for Downtown": the words after "for" are the new text."""
    for k in range(len(toks) - 1):
        if toks[k].kind != "swap" or toks[k + 1].kind not in ("title", "caption", "closing"):
            continue
        j = k + 2
        while j < len(toks) and toks[j].kind in ("photo", "ord", "pic", "in", "num"):
            if re.search(r"\b(?:for|with)\b", orig[toks[j - 1].end : toks[j].start]):
                break  # "... for Downtown": the new words, though they name a photo
            j += 1
        if any(t.kind == "text" for t in toks[j:]):
            return toks
        stop = next((n for n in range(j, len(toks)) if toks[n].kind in _ENDS), len(toks))
        end = toks[stop].start if stop < len(toks) else len(orig)
        m = re.match(r"\s+(?:for|with)\s+(.*\S)", orig[toks[j - 1].end : end])
        if m is None or not any(ch.isalpha() for ch in m.group(1)):
            return toks
        refs = [t for t in toks[j:stop] if t.kind in _REFS]
        named = len(refs) == 1 and isinstance(refs[0].value, str) and m.group(1)[:1].isupper()
        if _OTHER.match(m.group(1).lower()) or (refs and not named):
            return toks  # "swap the caption on pic 2 with the one on pic 3": two captions
        said = m.group(1).strip("\"'“”‘’ ")
        start = orig.index(said, toks[j - 1].end)
        change = Tok("change", None, toks[k].start, toks[k].end, toks[k].surface)
        words = Tok("text", said, start, start + len(said), said)
        return [*toks[:k], change, *toks[k + 1 : j], words, *toks[stop:]]
    return toks


_NOUNS = ("title", "closing", "textnoun")
_NAMEISH = ("?", "reason", "and", "num")  # "Smith Family Reunion", "Mum & Dad 2024"
_VAGUE = {"something", "anything", "nice", "fun", "cool", "whatever", "like", "maybe", "idk",
          "please", "pls", "thanks", "too", "also", "again", "ok", "okay"}  # fmt: skip


_STYLES = {"bold", "italic", "italics", "underlined", "cursive", "fancy", "outlined", "shadowed"}


def _styled_noun(toks: list[Tok], orig: str) -> list[Tok]:
    """ "bold title: X": the text is set; the bold we cannot do is let go."""
    return [
        tok
        for k, tok in enumerate(toks)
        if not (
            tok.kind == "unsupported"
            and tok.value == "text"
            and orig[tok.start : tok.end].lower() in _STYLES
            and k + 2 < len(toks)
            and toks[k + 1].kind in _NOUNS
            and _text_next(toks[k + 2 :])
        )
    ]


def _text_next(rest: list[Tok]) -> bool:
    """A text, past only where it goes and a colon ("heading at the top: OPEN HOUSE")."""
    kinds = [t.kind for t in rest]
    n = next((j for j, kind in enumerate(kinds) if kind not in ("pos", "colon")), len(kinds))
    return n < len(kinds) and kinds[n] == "text"


_MUSIC = re.compile(r"\b(?:music|song|songs|track|tune|tunes|bgm|soundtrack|beat|beats)\b")


def _described_title(toks: list[Tok], orig: str) -> list[Tok]:
    """ "add a title, something fun": the title described, no music asked for."""
    for k in range(len(toks) - 2):
        if toks[k].kind not in _NOUNS or toks[k + 1].kind != "sep" or toks[k + 2].kind != "music":
            continue
        if _MUSIC.search(orig[toks[k + 2].start : toks[k + 2].end].lower()):
            continue
        rest = toks[k + 2 :]
        if any(t.kind not in ("music", "mood", "?", "degree") for t in rest):
            continue
        unknown = [
            Tok("?", t.surface or orig[t.start : t.end], t.start, t.end, t.surface) for t in rest
        ]
        return [*toks[: k + 2], *unknown]
    return toks


def _noun_then_words(toks: list[Tok], orig: str) -> list[Tok]:
    """ "start with a title, Welcome Baby Noah": a text noun, a comma, then only free words."""
    for k in range(len(toks) - 2):
        if toks[k].kind not in _NOUNS or toks[k + 1].kind != "sep":
            continue
        if any(t.kind == "text" for t in toks):
            return toks
        rest = toks[k + 2 :]
        if not rest or rest[0].kind != "?" or any(t.kind not in _NAMEISH for t in rest):
            continue
        said = orig[rest[0].start : rest[-1].end].strip()
        words = said.lower().split()
        if not said[:1].isupper() and (set(words) & _VAGUE or len(words) < 2):
            continue
        return [*toks[: k + 1], Tok("text", said, rest[0].start, rest[-1].end, said)]
    return toks


_LAST_SLIDE = re.compile(r"(?:last|final|end|ending|closing)\s+(?:slide|screen|card)s?$")


def _last_slide(toks: list[Tok], orig: str) -> list[Tok]:
    """ "last slide should say The End": the closing text, not a caption on the clip."""
    for k in range(len(toks) - 2):
        tok, named = toks[k], orig[toks[k].start : toks[k].end]
        # "the final slide should say Bye", "final slide: thanks" ("final slide" is an ordinal)
        pointed = tok.kind in ("photo", "ord") and tok.value == -1
        last = pointed and _LAST_SLIDE.search(named.lower())
        if last and toks[k + 1].kind in ("says", "colon") and toks[k + 2].kind == "text":
            closing = Tok("closing", None, tok.start, tok.end, named)
            return [*toks[:k], closing, *toks[k + 1 :]]
    return toks


_SAYS = re.compile(r"\b(?:say|says|saying|read|reads|reading)$", re.IGNORECASE)


def final_slide_said(toks: list[Tok], orig: str) -> list[Tok]:
    """ "the final slide should say Bye", "final slide: thanks for watching": a slide after the
    last photo, said first with its words, is the closing text (read before the texts are, so
    that the words after it become one; "caption the final slide: Sunset" is a caption)."""
    for k in range(len(toks) - 1):
        tok, named = toks[k], orig[toks[k].start : toks[k].end]
        pointed = tok.kind in ("photo", "ord") and tok.value == -1
        if not pointed or not _LAST_SLIDE.search(named.lower()):
            continue
        said = toks[k + 1]  # "should say", "saying", ":" (never "should be longer")
        if said.kind != "colon" and not (said.kind == "says" and _SAYS.search(said.surface)):
            continue
        if any(t.kind not in ("add", "put", "and", "sep") for t in toks[:k]):
            continue
        return [*toks[:k], Tok("closing", None, tok.start, tok.end, named), *toks[k + 1 :]]
    return toks


def _card_says(toks: list[Tok], orig: str) -> list[Tok]:
    """A text naming a kind of card, then "says" and free words: those words are the text."""
    for k, tok in enumerate(toks[:-1]):
        if tok.kind != "text" or toks[k + 1].kind != "says":
            continue
        says = toks[k + 1]
        named = re.sub(r"\s+(?:that|which)$", "", orig[tok.start : says.start].strip())
        if not _CARD.match(named) or not named.islower():
            continue
        stop = next(
            (n for n in range(k + 2, len(toks)) if toks[n].kind in _ENDS and _goes_on(toks, n)),
            len(toks),
        )
        end = toks[stop].start if stop < len(toks) else len(orig)
        said = orig[says.end : end].strip().strip("\"'“”‘’").strip()
        said = said.rstrip(",.;") if said.endswith((",", ".", ";")) else said
        if not any(ch.isalpha() for ch in said):
            continue
        start = orig.index(said, says.end)
        return [*toks[:k], Tok("text", said, start, start + len(said), said), *toks[stop:]]
    return toks


def _goes_on(toks: list[Tok], n: int) -> bool:
    """A break followed by more to do (not the text's own closing "!")."""
    return toks[n].kind == "then" or any(t.kind in _VERBS for t in toks[n + 1 :])


def _rid_of_them(toks: list[Tok]) -> list[Tok]:
    """ "<bars or blur said>, get rid of them": the bars or blur removed, not a photo."""
    for k in range(2, len(toks) - 1):
        if toks[k].kind != "remove" or toks[k + 1].kind != "it" or toks[k - 1].kind != "sep":
            continue
        if k + 2 < len(toks) and toks[k + 2].kind not in _ENDS:
            continue
        begin = max((n + 1 for n in range(k - 1) if toks[n].kind in _ENDS), default=0)
        clause = toks[begin : k - 1]
        fits = [n for n in range(begin, k - 1) if toks[n].kind == "fit"]
        if len(fits) != 1 or any(t.kind in _VERBS or t.kind == "photo" for t in clause):
            continue
        if toks[fits[0]].value not in ("contain", "blur"):
            continue
        kept = [t for t in toks[fits[0] : k - 1] if t.kind != "pic"]  # where the bars are
        return [*toks[:begin], toks[k], *kept, *toks[k + 2 :]]
    return toks


_SWITCH = ("switch", "trade", "flip", "swap")


def _swapped_after_comma(toks: list[Tok]) -> list[Tok]:
    """ "swap, 1 and 3", "trade places, beach and garden": the comma parts nothing."""
    for k in range(len(toks) - 3):
        first = k == 0 or toks[k - 1].kind in _ENDS
        swap = toks[k].kind == "swap" or toks[k].surface.lower() in _SWITCH
        if swap and toks[k + 1].kind == "sep" and first and len(toks) == k + 5:
            rest = [t.kind for t in toks[k + 2 : k + 5]]
            if rest == ["photo", "and", "photo"] or rest == ["ord", "and", "ord"]:
                said = Tok("swap", None, toks[k].start, toks[k].end, toks[k].surface)
                return [*toks[:k], said, *toks[k + 2 :]]
    return toks


def _plays_at(toks: list[Tok]) -> list[Tok]:
    """ "move X so it plays first / comes last": to the start or the end."""
    for k, tok in enumerate(toks):
        if tok.kind != "reason" or not any(t.kind == "move" for t in toks[:k]):
            continue
        n = k + 1
        while n < len(toks) and toks[n].kind in ("it", "change", "?"):
            n += 1
        if n == len(toks) - 1 and toks[n].kind == "ord" and toks[n].value in (1, -1):
            place = "start" if toks[n].value == 1 else "end"
            to = Tok("to", None, tok.start, tok.start)
            return [*toks[:k], to, Tok(place, None, toks[n].start, toks[n].end, toks[n].surface)]
    return toks

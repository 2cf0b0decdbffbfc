""" "city lights那张多放两秒", "有字幕的那张多停两秒": a photo named by its caption is that photo
(before, "City lights" + "那张" was dropped and the whole video got 2 s longer: a silent wrong
edit). The caption's own words name the photo it is on; "字幕那张" names the only caption's.
"写着City lights那张", "有字的那张" name it too. "有标题的那张" is left as it was: it may mean
the title itself ("有标题的那张删掉")."""

from __future__ import annotations

from .context import Ctx
from .entities import Tok

# "那张", "那一张": the photo pointed at
_WORDED = ("字", "字样", "文字", "字幕", "几个字")
_THAT_PHOTO = ("那张", "那一张", "这张", "这一张", "那幅", "那一幅")
_SAYS = ("写着", "写有", "印着", "标着", "写了")


def captioned(toks: list[Tok], ctx: Ctx) -> list[Tok]:
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        named = tok.kind == "it_text" and tok.value == "caption"
        # "有city lights字样的那张": the words, then "字/字样/文字", then the photo
        worded = named and k + 1 < len(toks) and toks[k + 1].kind == "textnoun"
        worded = worded and toks[k + 1].surface in _WORDED
        step = 2 if worded else 1
        nxt = toks[k + step] if k + step < len(toks) else None
        # "写着City lights那张": the words it says, quoted or not, then the photo
        said = tok.kind == "says" and tok.surface in _SAYS and k + 2 < len(toks)
        if said and toks[k + 1].kind == "text" and _that_photo(toks[k + 2]):
            index = photo_of(ctx, str(toks[k + 1].value))
            if index is not None:
                out.append(Tok("photo", index, tok.start, toks[k + 2].end, "captioned"))
                k += 3
                continue
        # "有字的那张": the photo with words on it, the only caption's
        lettered = tok.kind == "textnoun" and tok.surface in ("字", "文字")
        if nxt is not None and (named or tok.kind == "caption" or lettered) and _that_photo(nxt):
            index = photo_of(ctx, tok.surface if named else "")
            if index is not None:
                out.append(Tok("photo", index, tok.start, nxt.end, tok.surface + nxt.surface))
                k += step + 1
                continue
        out.append(tok)
        k += 1
    return out


def _that_photo(tok: Tok) -> bool:
    return tok.kind == "it" and tok.surface in _THAT_PHOTO


def photo_of(ctx: Ctx, words: str) -> int | None:
    """The photo of the caption that says ``words``, or of the only caption there is."""
    track = ctx.draft.text_track()
    ids = [seg.id for seg in ctx.segments()]
    found = [
        ids.index(seg.m.anchor) + 1
        for seg in (track.sg if track is not None else [])
        if seg.m.role == "caption"
        and seg.m.anchor in ids
        and (not words or str(seg.m.text).lower().strip() == words.lower().strip())
    ]
    return found[0] if len(found) == 1 else None

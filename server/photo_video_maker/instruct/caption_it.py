"""A caption put on "it" right after one photo was named ("把第五张移到最前面 再给它配字 花园",
"第三张放到最后 给它加个字幕 狗狗"): "it" is that photo, wherever it now is (not one just
removed). Read without it, the caption went to the photo that already had one (photo 2): a
silent wrong edit."""

from __future__ import annotations

from itertools import pairwise

from .entities import Tok

PHOTOS = ("photo", "ord")
ENDS = ("sep", "then", "and")
CAPTIONED = ("caption it", "label it")
PRONOUNS = ("它", "它的", "这张", "那张", "it", "this one", "that one")


def caption_it(toks: list[Tok]) -> list[Tok]:
    clauses = _clauses(toks)
    out = list(toks)
    for before, clause in pairwise(clauses):
        # "put the dog first": the dog is the photo, "first" only where it goes
        named = [toks[k] for k in before if toks[k].kind == "photo"] or [
            toks[k] for k in before if toks[k].kind == "ord"
        ]
        said = [
            k for k in clause if toks[k].kind == "call" and toks[k].surface.lower() in CAPTIONED
        ]
        if said and len(named) == 1 and not any(toks[k].kind == "remove" for k in before):
            # "move photo 5 to the start and caption it garden": its caption (was: the title)
            tok, photo = toks[said[0]], named[0]
            out[said[0]] = Tok("caption", None, tok.start, tok.end, tok.surface)
            out.insert(said[0] + 1, Tok("photo", photo.value, -1, -1, ""))
            return out
        kinds = [toks[k].kind for k in clause]
        if "caption" not in kinds or any(kind in PHOTOS for kind in kinds):
            continue
        named = [toks[k] for k in before if toks[k].kind in PHOTOS]
        if len(named) != 1 or any(toks[k].kind == "remove" for k in before):
            continue
        for k in clause:
            tok = toks[k]
            if tok.kind == "it" and tok.surface.lower() in PRONOUNS:
                photo = named[0]
                out[k] = Tok(photo.kind, photo.value, tok.start, tok.end, tok.surface)
                break
        else:
            if _added_after_move(toks, before, clause):
                # "把第三张放到最前面 配字 小狗": a caption added next is the moved photo's
                at = clause[0]
                photo = named[0]
                out.insert(at, Tok(photo.kind, photo.value, -1, -1, ""))
                return out
    return out


MOVED = ("put", "move")
ADDING = ("配字", "配个字", "配文", "配句话", "加字幕", "加个字幕", "加一句", "加句话")


def _added_after_move(toks: list[Tok], before: range, clause: range) -> bool:
    """A Chinese caption added (配字, 加字幕), with no photo of its own, right after a clause
    that moved one photo ("字幕改成 …" changes the caption there is, and stays so)."""
    moved = any(toks[k].kind in MOVED for k in before)
    first = toks[clause[0]] if clause else None
    added = first is not None and first.kind == "caption" and first.surface in ADDING
    return moved and added and not any(toks[k].kind == "change" for k in clause)


def _clauses(toks: list[Tok]) -> list[range]:
    found, start = [], 0
    for k in range(len(toks) + 1):
        if k == len(toks) or toks[k].kind in ENDS:
            found.append(range(start, k))
            start = k + 1
    return found

"""Texts written in capitals or in small letters: "title should be all caps", "make the
captions uppercase", "标题全大写". The words said are the case, never the text itself (the
title was once renamed "all caps"): each text of that kind is written again in that case."""

from __future__ import annotations

from ..model.edit_types import Edit, SetCaption, SetClosing, SetTitle
from .context import Ctx
from .entities import Tok, phrases
from .intents import Out, Slots, intent, refuse
from .text_case_words import CASE_ENTITIES

CASES = {phrase: case for case, spec in CASE_ENTITIES["case"].items() for phrase in phrases(spec)}

_ROLES: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "caption": ("caption",),
    "closing": ("closing",),
}
_ROLES["textnoun"] = ("title", "caption", "closing")


def case_not_text(toks: list[Tok]) -> list[Tok]:
    """ "title should be all caps": words read as the text that only say its case."""
    out: list[Tok] = []
    for tok in toks:
        case = CASES.get(" ".join(str(tok.value).lower().split())) if tok.kind == "text" else None
        out.append(Tok("case", case, tok.start, tok.end, tok.surface) if case else tok)
    return out


@intent("text_case")
def text_case(slots: Slots, ctx: Ctx) -> Out:
    named = next(tok.kind for tok in slots.toks if tok.kind in _ROLES)
    upper = slots.value("case") == "upper"
    edits = _rewritten(ctx, _ROLES[named], upper)
    if not edits and _texts(ctx, _ROLES[named]):
        return refuse(
            "text",
            ctx,
            "Those words are written that way already.",
            "这段文字已经是这样了（中文没有大小写）。",
        )
    if not edits:
        return refuse(
            "text",
            ctx,
            "There is no such text to rewrite yet: add it first (for example: title 'Summer').",
            "还没有这段文字：先加上它（比如：标题 夏天）。",
        )
    return Out(edits)


def _texts(ctx: Ctx, roles: tuple[str, ...]) -> bool:
    track = ctx.draft.text_track()
    return any((seg.m.role or "title") in roles for seg in (track.sg if track is not None else []))


def _rewritten(ctx: Ctx, roles: tuple[str, ...], upper: bool) -> list[Edit]:
    """Each text of those roles, written again in the case asked for."""
    track = ctx.draft.text_track()
    ids = [seg.id for seg in ctx.segments()]
    edits: list[Edit] = []
    for seg in track.sg if track is not None else []:
        role = seg.m.role or "title"
        if role not in roles:
            continue
        text = seg.m.text.upper() if upper else seg.m.text.lower()
        if text == seg.m.text:
            continue  # "毕业快乐", "SUMMER": already so (Chinese has no capitals)
        if role == "title":
            edits.append(SetTitle(text=text))
        elif role == "closing":
            edits.append(SetClosing(text=text))
        elif seg.m.anchor in ids:
            edits.append(SetCaption(index=ids.index(seg.m.anchor) + 1, text=text))
    return edits

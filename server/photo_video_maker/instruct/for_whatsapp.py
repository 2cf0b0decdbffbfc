""" "make it for whatsapp", "please make for whatsapp": a WhatsApp chat takes files up to 16 MB,
its Status wants a vertical video, and the words alone do not say which is meant, so both are
offered (before, nothing was understood). Said beside another request, "for whatsapp" stays
the reason for it ("drop it to 720p for whatsapp")."""

from __future__ import annotations

from ..model.edit_types import SetAspect, SetSizeLimit
from .context import Ctx
from .entities import Tok
from .intents import Out, Slots, intent, said
from .reading import Option

# all a sentence may say besides "for whatsapp" for the place alone to be what is asked
ONLY = ("put", "it", "change", "sep", "fine_as_is", "video", "please", "thanks")


def whatsapp_alone(toks: list[Tok]) -> list[Tok]:
    """The reason "for whatsapp" becomes the request when nothing else is asked."""
    at = [k for k, tok in enumerate(toks) if tok.kind == "reason" and _whatsapp(tok)]
    rest = [tok for k, tok in enumerate(toks) if k not in at]
    if len(at) != 1 or not all(tok.kind in ONLY for tok in rest):
        return toks
    k = at[0]
    return [*toks[:k], Tok("for_whatsapp", None, toks[k].start, toks[k].end, toks[k].surface)]


def _whatsapp(tok: Tok) -> bool:
    words = tok.surface.lower().replace("whats app", "whatsapp").split()
    return words[-1:] == ["whatsapp"]


CHAT = ("Small enough to send in a WhatsApp chat (16 MB)", "小到能用 WhatsApp 发（16 MB）")
STATUS = ("Vertical for WhatsApp Status (9:16)", "竖屏，适合 WhatsApp 状态（9:16）")


@intent("whatsapp_which")
def whatsapp_which(slots: Slots, ctx: Ctx) -> Out:
    return Out(
        clarify=[
            Option(said(ctx, *CHAT), [SetSizeLimit(target="whatsapp")]),
            Option(said(ctx, *STATUS), [SetAspect(aspect="9:16", platform="WhatsApp Status")]),
        ]
    )

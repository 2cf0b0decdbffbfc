""" "remove the ending" right after a closing text was written: the ending is that text (with no
text just written it could be the fade, the last photo or the clip's end, so it asks for
nothing). "move it to the start" about the closing text: its words as the title, or the closing
text higher on the screen? Asked (it asked which photo to put first)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model.edit_types import Edit, RemoveText, SetClosing, SetTextStyle, SetTitle
from .context import Ctx
from .entities import Tok
from .fillers import SOFT
from .intents import Out, Slots, intent, said
from .reading import Option

ALONE = ("remove", "end", "no", "sep", *SOFT)


def ending_removed(toks: list[Tok], last: Sequence[Edit]) -> Edit | None:
    """The closing text just written, taken away again, when that is all the sentence asks."""
    if not any(isinstance(e, SetClosing) for e in last):
        return None
    if not any(t.kind == "remove" for t in toks) or not any(t.kind == "end" for t in toks):
        return None
    if any(t.kind not in ALONE for t in toks):
        return None
    return RemoveText(which="closing")


@intent("closing_start")
def closing_start(slots: Slots, ctx: Ctx) -> Out:
    """ "put the closing text at the start", "move it to the start" after one was written."""
    track = ctx.draft.text_track()
    closings = [seg.m.text for seg in track.sg if seg.m.role == "closing"] if track else []
    if not closings:
        return Out(problem="text")
    text = str(closings[0])
    return Out(
        clarify=[
            Option(said(ctx, f"Show '{text}' as the title instead", f"把“{text}”放到片头当标题"),
                   [RemoveText(which="closing"), SetTitle(text=text)]),
            Option(said(ctx, "Keep it at the end, at the top", "片尾文字放到画面顶部"),
                   [SetTextStyle(target="closing", pos="top")]),
        ]
    )  # fmt: skip

"""An ending that is too sudden, with nothing said of what ends ("the ending is too abrupt", "it
ends too suddenly"): the picture can fade to black more slowly, or the music can fade out more
slowly. Which is asked; a sentence that names the video or the music says which
(``video_fade_out``, ``music_fade_out``)."""

from __future__ import annotations

from .context import Ctx
from .entities import Tok
from .intents import BUILDERS, Out, Slots, intent, said
from .reading import Option


@intent("end_abrupt")
def end_abrupt(slots: Slots, ctx: Ctx) -> Out:
    sudden = Tok("abrupt_end", None, -1, -1, "")
    video = BUILDERS["video_fade_out"](Slots([Tok("video", None, -1, -1, ""), sudden]), ctx)
    music = BUILDERS["music_fade_out"](Slots([Tok("music", None, -1, -1, ""), sudden]), ctx)
    return Out(
        clarify=[
            Option(
                said(ctx, "Fade the picture out to black more slowly", "画面更慢地淡出到黑场"),
                video.edits,
            ),
            Option(said(ctx, "Fade the music out more slowly", "音乐更慢地淡出"), music.edits),
        ],
        unless="video_fade|music_fade",  # "..., fade the picture out longer": said which
    )

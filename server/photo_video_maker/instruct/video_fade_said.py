"""The video's own fade named with the video: "make the video fade 2 secs", "make the fade of the
video 2 secs", "the video fade should be longer". One "fade" said of the video is its fade from
or to black (before, these changed the crossfades between photos): the one it has, both when it
has both, the fade-out when it has none. "fades between the photos" stay transitions."""

from __future__ import annotations

from .context import Ctx
from .entities import Tok

# words that say which fade, or that it is between photos: left to the rules that read them
SAID = ("start", "end", "fade_in", "fade_out", "fade_inout", "between", "pair", "photo", "ord")


def video_fade_said(toks: list[Tok], orig: str, ctx: Ctx) -> list[Tok]:
    """The one "fade" beside "video" (or "of the video") becomes the video's fade."""
    if any(t.kind in SAID for t in toks) or "between" in orig.lower():
        return toks
    for k, tok in enumerate(toks):
        one_fade = (
            tok.kind == "trans" and tok.value == "crossfade" and tok.surface.lower() == "fade"
        )
        if not one_fade:
            continue
        before = toks[k - 1] if k > 0 else None
        after = toks[k + 1] if k + 1 < len(toks) else None
        of_video = after is not None and after.kind == "video"
        of_video = of_video and after is not None and "of" in orig[tok.end : after.start].split()
        if not ((before is not None and before.kind == "video") or of_video):
            continue
        meta = ctx.draft.m  # the fades are extra fields of the draft's metadata
        fade_in, fade_out = bool(getattr(meta, "fade_in", 0)), bool(getattr(meta, "fade_out", 0))
        kind = "fade_inout" if fade_in and fade_out else "fade_in" if fade_in else "fade_out"
        return [*toks[:k], Tok(kind, None, tok.start, tok.end, tok.surface), *toks[k + 1 :]]
    return toks

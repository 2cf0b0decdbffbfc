"""Things people ask for that this editor has no way to make (a voiceover, stickers, another
font): said plainly as not possible yet, rather than "I did not understand", which
would send the person rephrasing something no wording can get."""

from __future__ import annotations

from .entities import Tok, phrases
from .reading import Lang

# the lexicon's "unsupported" words that name a feature (its other ones are vague wishes,
# "boring", "nicer", which are not refused but answered with suggestions)
FEATURES = set(
    phrases(
        "narration, a narration, voiceover, voice over, voice-over, a voiceover, my voice, "
        "my own voice, sound effect, sound effects, sfx, lyrics, the lyrics, karaoke, autotune, "
        "auto-tune, remix, sticker, stickers, logo, my logo, our logo, watermark, a watermark, "
        "emoji, emojis, confetti, green screen, red eye, red eyes, redeye, parallax, "
        "a parallax, parallax effect, font, fonts, comic sans, bold, italic, underline, "
        "translate, translated, rotate, rotated, spin, spinning, print, print it, airdrop "
        "| 配音, 旁白, 解说, 字体, 加粗, 斜体, 贴纸, 水印, 表情包, 翻译, 旋转"
    )
)


def cannot_do(left: list[Tok], lang: Lang) -> str:
    """Why nothing changed, when the words left unread name a feature there is not."""
    named = [t.surface for t in left if t.kind == "unsupported" and t.surface.lower() in FEATURES]
    if not named:
        return ""
    if lang == "zh":
        return f"暂时还做不到：{named[0]}。"
    return f"That is not something I can do yet: {named[0]}."

"""Questions about what the tool can do ("help", "what can you do", "你能做什么")."""

from __future__ import annotations

import re

HELP = re.compile(
    r"^\s*(?:help|\?|how\s+does\s+this\s+work|what\s+(?:can|do)\s+you\s+do|what\s+are\s+"
    r"(?:the\s+)?options|what\s+can\s+i\s+(?:say|ask|do))\s*[?？!.。]*\s*$"
    r"|^\s*(?:帮助|怎么用|你能做什么|能做什么|有什么功能)\s*[?？!.。]*\s*$",
    re.IGNORECASE,
)

HELP_TEXT = """I turn your photos, clips and music into a video. Things you can say:
- "turn my photos into a slideshow with music and transitions"
- "make it vertical for TikTok" / "square for Instagram" / "YouTube"
- "2 seconds per photo", "make it 30 seconds long", "photo 3 for 5 seconds"
- "add the title 'Summer 2026'", "caption the second photo 'Me and Anna'"
- "add calm music" (or upbeat, cinematic, lofi, acoustic), "music at 30%", "no music"
- "fade to black transitions", "no zoom", "black and white", "sepia"
- "move the third photo to the start", "remove the last photo", "reverse the order"
- "undo", "show the timeline", "export 1080p MP4"
Chinese works too: "竖屏，每张照片两秒，加欢快的音乐"."""


def is_help(text: str) -> bool:
    """Whether the person asks what they can do, rather than for a change."""
    return bool(HELP.match(text))

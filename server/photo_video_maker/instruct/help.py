"""Questions about what the tool can do ("help", "what can you do", "你能做什么")."""

from __future__ import annotations

from ..model.answers import help_text
from ..model.draft import Draft
from .interpret import read

HELP_TEXT = help_text("en")


def is_help(text: str) -> bool:
    """Whether the person asks what they can do, rather than for a change."""
    return read(text, Draft(), {}).question == "help"

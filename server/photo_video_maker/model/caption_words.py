"""A photo's date and place as a caption, in the person's language.

"Lisbon, 3 July 2024" / "里斯本，2024年7月3日"; "3 July 2024" without a place; nothing
without a date (a place alone says little about a moment).
"""

from __future__ import annotations

from .lang import Lang
from .media_facts import PhotoFacts

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def caption_text(facts: PhotoFacts, with_place: bool, lang: Lang = "en") -> str | None:
    """The caption for one photo, or None when it records no date."""
    taken = facts.taken
    if taken is None:
        return None
    if lang == "zh":
        when = f"{taken.year}年{taken.month}月{taken.day}日"
    else:
        when = f"{taken.day} {MONTHS[taken.month - 1]} {taken.year}"
    place = facts.place if with_place else None
    if place is None:
        return when
    if lang == "zh":
        return f"{place.name_zh or place.name}，{when}"
    return f"{place.name}, {when}"

"""A change that changes nothing says so: "make it 16:9" when it is 16:9 already is answered
"Aspect ratio is already 16:9 (1920x1080)", not "... is now ...", which would tell the person
something happened."""

from __future__ import annotations

from .lang import Lang

SAID_ALREADY = ("already", "unchanged", "已经", "没有变化", "不变")


def already(told: str, lang: Lang) -> str:
    """The sentence of a change, said of a draft that was that way before."""
    if not told or any(word in told for word in SAID_ALREADY):
        return told
    if lang == "zh" and "现在" in told:
        return told.replace("现在", "已经", 1)  # "画面比例已经是 16:9（1920x1080）"
    if lang != "zh":
        for now, was in ((" is now ", " is already "), (" are now ", " are already ")):
            if now in told:
                return told.replace(now, was, 1)  # "Aspect ratio is already 16:9 (…)"
        if " now " in told:
            return told.replace(" now ", " already ", 1)  # "Photos already last 3 s each"
    return told  # said some other way ("There was no music to remove"): already plain

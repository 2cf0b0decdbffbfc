"""English words for how a video ends (pure data, read like ``words``): the screen that says
goodbye ("add a goodbye screen that says see ya"), the verbs that close it with words ("close it
out with Thanks Everyone"), the end with the song ("the length of the track"), and the picture
going black ("i dont want it to go black at the end": the video's fade out)."""

from __future__ import annotations

# "round it out with Cheers", "close off with Goodnight", "end things on Love you all": every
# verb that ends a video, with what it ends and the word before the text
_ENDING = ("end", "finish", "close", "wrap", "round", "top", "cap")
_WHAT = (
    "", " it", " it off", " it out", " it up", " things", " things off", " things out",
    " things up", " off", " out", " up", " the video", " the video off", " the video out",
    " the slideshow", " everything", " it all", " it all off",
)  # fmt: skip
_SIGNS = ", ".join(
    f"{verb}{what} {by}" for verb in _ENDING for what in _WHAT for by in ("with", "on")
)

EN_ENDING_WORDS: dict[str, str] = {
    "closing": "goodbye screen, goodbye slide, goodbye card, goodbye message, goodbye note, "
    "goodbye text, farewell screen, farewell slide, farewell card, farewell message, "
    "outro slide, last card, the last card, "
    # "and finally a card saying The End": the card that comes last
    "finally a card, finally a screen, finally a slide, final card, the final card, "
    "final screen, the final screen",  # ("the final slide" is the last photo)
    "sign": _SIGNS
    + ", close it out with, close things out with, wrap it all up with, wrap things up with, "
    "end it all with, end it off with, finish things off with, finish it all with, "
    "end everything with, finish everything with, close everything with, round things off with",
    # "ok so the title should just be Paris": the words it should be (lead_text's copulas)
    "says": "should just be, can just be, just be, just say, just read, just says, "
    # "add a title, something like Backyard BBQ": the words, as an idea of them
    "smth like, sth like, somethin like, something along the lines of, maybe something like",
    # "the very last thing should say ...": the end, not the last photo
    "end": "the very last thing, very last thing, the very last screen, very last screen",
    # "make it exactly the length of the track": the video ends with the song
    "song_len": "the length of the track, length of the track, the track's length, the track "
    "length, the length of the tune, the length of the soundtrack, the soundtrack's length",
    # "remove both fades from the video": the fade in and the fade out (never the transitions)
    "fade_inout": "both fades, both the fades, both of the fades, both fade in and fade out, "
    "the fade in and the fade out, the fade in and fade out, fade in and the fade out",
    "from_black": "go black, goes black, going black, turn black, turns black, turning black, "
    "go dark, goes dark, going dark, fade to dark, fades to dark, fade dark",
}

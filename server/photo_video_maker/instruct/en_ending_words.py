"""English words for how a video ends (pure data, read like ``words``): the screen that says
goodbye ("add a goodbye screen that says see ya"), the verbs that close it with words ("close it
out with Thanks Everyone"), the end with the song ("the length of the track"), and the picture
going black ("i dont want it to go black at the end": the video's fade out)."""

from __future__ import annotations

EN_ENDING_WORDS: dict[str, str] = {
    "closing": "goodbye screen, goodbye slide, goodbye card, goodbye message, goodbye note, "
    "goodbye text, farewell screen, farewell slide, farewell card, farewell message, "
    "outro slide",
    "sign": "close it out with, close things out with, wrap it all up with, wrap things up with, "
    "end it all with, end it off with, finish things off with, finish it all with, "
    "end everything with, finish everything with, close everything with, round things off with",
    # "ok so the title should just be Paris": the words it should be (lead_text's copulas)
    "says": "should just be, can just be",
    # "the very last thing should say ...": the end, not the last photo
    "end": "the very last thing, very last thing, the very last screen, very last screen",
    # "make it exactly the length of the track": the video ends with the song
    "song_len": "the length of the track, length of the track, the track's length, the track "
    "length, the length of the tune, the length of the soundtrack, the soundtrack's length",
    "from_black": "go black, goes black, going black, turn black, turns black, turning black, "
    "go dark, goes dark, going dark, fade to dark, fades to dark, fade dark",
}

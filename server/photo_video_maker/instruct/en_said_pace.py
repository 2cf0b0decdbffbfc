"""English ways to say the pace, the photos' time, the flow between photos and the ending
(pure data, read like ``words`` and ``templates``): "play at 1.5x", "up the time on each photo",
"give the photos more breathing room", "blend into each other better", "end with a slow fade"."""

from __future__ import annotations

EN_SAID_PACE_WORDS: dict[str, str] = {
    # "play at 1.5x", "playback speed 2x": the pace said as a multiple
    "pace": "play at, play it at, played at, playback at, playback speed, play speed, "
    "playback rate, play back at, run at, run it at",
    # room for each photo: more time on it
    "longer": "more breathing room, some breathing room, a little breathing room, breathing "
    "room, more room to breathe, room to breathe, more time to breathe, time to breathe, "
    "more time to sink in, time to sink in, more time to take it in, time to take them in, "
    # "wait longer before switching photos", "space the photos out more"
    "wait longer before switching, wait longer before changing, wait longer before the next, "
    "space the photos out, space the pics out, space the pictures out, space them out",
    # the photos going into each other: the transitions
    "transition": "between every pic, between slides, between the slides, into each other, "
    "into one another, from one pic to the next, from pic to pic, from photo to photo, "
    "from slide to slide, from picture to picture, from image to image, from shot to shot, "
    "from each pic to the next, from each photo to the next, from each picture to the next, "
    "from one picture to the next, from one image to the next, from each one to the next, "
    "from one photo to another, from one pic to another, from one picture to another, "
    "from one photo to the other, from one pic to the other, from one photo to the next, "
    # "the change between photos is too sudden": the going from one to the next
    "the change between, the changes between, the switch between, the switches between, "
    "into the next one, into the next photo, into the next pic, into the next picture, "
    "before the next one, before the next photo, before the next pic, before the next",
    # "flow better": softer, longer transitions
    "softer": "flow better, flows better, flow nicer, flows nicer, flow more smoothly, "
    "flows more smoothly, flow smoother, flows smoother, flow more naturally, flow nicely, "
    "blend better, blend more smoothly, blend smoother, blend more, blend nicer, "
    "more seamless, more seamlessly, less choppy between, "
    # "transitions too abrupt, smooth them out"
    "smooth out, smooth it out, smooth them out, smooth those out, smooth things out",
}

EN_SAID_PACE_TEMPLATES = """
# "up the time on each photo", "bring down the time on every pic"
spp_rel: ~ up|down length each pic?
# "end with a slow fade": the whole video's fade out, a step longer
video_fade_out: ~ sign trans=crossfade degree? longer|slower|shorter|faster|softer? dur?
"""

# a step held back ("faster but not crazy fast"): the small step
EN_SAID_PACE_ENTITIES: dict[str, dict[str, str]] = {
    "degree": {
        "small": "but not crazy fast, but not too fast, but not super fast, but not crazy, "
        "but not too much, but not too crazy, but not overboard, but don't go overboard, "
        "but dont go overboard, without going overboard, but not crazy slow, but not too slow, "
        "but not super slow, but not by much, but not by a lot, just not crazy fast, "
        "just not too fast, but not insanely fast, but not like crazy fast",
    },
}

EN_SAID_PACE_TEMPLATES += """
# "is it the same length as the music?", "does the video last as long as the song?": asked
q_length: ~ ask video|it? song_len
"""

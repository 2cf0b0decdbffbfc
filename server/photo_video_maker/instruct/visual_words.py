"""English phrasings of the picture's fit, the transitions and the shape, as people type them
(pure data, read like ``lexicon`` and ``words``; kept apart so those files stay as they are):
"zoom in so there are no borders", "fade thru white", "no fancy transitions", "theyre kinda
abrupt" (a complaint: smoother). A kind or value those files have too gets these besides its own.
"""

from __future__ import annotations

VISUAL_ENTITIES: dict[str, dict[str, str]] = {
    "fit": {
        # borders said as what must go: the photos fill the frame
        "cover": "arent any borders, aren't any borders, are no borders, no more borders, "
        "without borders, without any borders, without the borders, no black borders, "
        "no black edges, no black sides, no borders on the sides, borderless, "
        "arent any black bars, aren't any black bars, are no black bars, without black bars, "
        "without the black bars, without any bars, without bars, no empty space, "
        "no black space, no gaps on the sides, get rid of the borders, get rid of the bars, "
        "lose the borders, lose the bars, lose the black bars, ditch the borders, "
        "zoom in to fill, zoomed in to fill, zoom them in to fill, crop in, crop them in, "
        "cover the whole screen, cover the screen, cover the frame, cover the whole frame, "
        "cover the full screen, cover the entire screen, take up the whole screen, take up "
        "the full screen, take up the whole frame, fill up the screen, fill up the frame, "
        "fill the full screen, fill the entire screen, fill the entire frame, "
        "remove the borders, remove borders, remove the black bars, remove black bars, remove the "
        "bars, remove the black borders, take away the borders, take off the borders, take the "
        "borders off, hide the borders, hide the black bars, remove the letterbox, remove "
        "letterboxing, remove the letterboxing, delete the borders, delete the black bars",
        # the whole photo, said as what must not happen to it
        "blur": "blurry bits, blurred bits, blurry bits on the sides, blurry stuff on the sides, "
        "blurry parts, blurred parts, blurry strips, blurred strips, blurry fill, blurry bg, "
        "blurred bg, blurry sides again, blur the sides again, blur in the background",
        "contain": "show all of each photo, show the whole of each photo, show all of every "
        "photo, show each photo whole, nothing cropped, don't cut anything off, dont cut "
        "anything off, not cut anything off, without cutting anything off, no cropping at all, "
        "fit them to the screen, fit them to the frame, fit them in the frame, fit them on "
        "the screen, fit them on screen, fit it to the screen, fit it to the frame, fit the "
        "pics to the screen, fit the photos to the screen, fit the pictures to the screen, "
        "whole picture visible, whole photo visible, whole pic visible, whole thing visible, "
        "all of it visible, fully visible, completely visible, entirely visible, "
        "nothing gets cropped, nothing is cropped, nothing gets cut off, nothing is cut off, "
        "nothing cut off, no part cut off, none of it cut off, none of it cropped, "
        # black said as what may show around the photo: the whole photo, with bars
        "black around it, black around them, black around the photos, black around the pics, "
        "black around the edges, black on the sides, black at the sides, black round it, "
        "black space around it, black space on the sides, black at the top and bottom",
    },
    "trans": {
        "fadewhite": "fade thru white, fade thru to white, dip thru white, white flash(es), "
        "flash(es) of white, white flashes, flash to white, flashes to white, flash white, "
        "fade through to white, fade out to white, white fade(s), fade to white between",
        "fadeblack": "fade thru black, fade thru to black, dip thru black, black flash(es), "
        "fade through to black, fade out to black between, black fade(s)",
        "none": "no fancy transition(s), nothing fancy between, "
        "without fancy transitions, without any transitions, no transition effects, "
        "no effects between, just cut between them, just cut between, plain cut, simple cut, "
        "clean cut(s), basic cut(s), regular cut(s), normal cut(s)",
    },
    "platform": {
        # "the feed", "the grid" without a network named are Instagram's
        "an Instagram post": "for the feed, the feed, main feed, on the feed, in the feed, my "
        "grid, the grid, insta grid, ig grid, instagram grid, the gram, for the gram, on the gram, "
        "for insta, for the insta, on insta, insta feed post, ig feed post",
    },
    "aspect": {
        "21:9": "cinematic wide, cinema wide, cinematic ratio, cinematic aspect ratio, "
        "cinematic aspect, movie widescreen, film widescreen, cinema widescreen, wide like a "
        "movie, wide like the movies, movie theatre wide, extra wide, extra-wide",
    },
}

VISUAL_WORDS: dict[str, str] = {
    # the card that opens the video, named as people name it
    "title": "intro card, intro screen, intro slide, intro title, opening card, opening screen, "
    "opening slide, opening line, opening words, title screen, title slide, start card, "
    "start screen, first card, first screen, cover card, cover slide, cover text",
    # the card that ends it, then "with" and its words ("end card with Thanks for watching")
    "sign": "end card with, end screen with, ending card with, ending screen with, closing card "
    "with, closing screen with, outro with, outro card with, outro screen with, final card "
    "with, final screen with, end slide with, ending slide with, closing slide with",
    # a complaint about the transitions: make them gentler ("abrupt" alone asks for sharper)
    "softer": "kinda abrupt, kind of abrupt, a bit abrupt, bit abrupt, so abrupt, really "
    "abrupt, very abrupt, quite abrupt, pretty abrupt, way too abrupt, theyre abrupt, they're "
    "abrupt, they are abrupt, theyre kinda abrupt, they're kinda abrupt, too jarring, kinda "
    "jarring, a bit jarring, too jerky, jerky, kinda jerky, a bit jerky, too choppy, kinda "
    "choppy, a bit choppy, less abrupt, less jarring, less jerky, less harsh, less sudden",
}

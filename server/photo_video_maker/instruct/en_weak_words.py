"""English phrasings of the titles and closing texts, the video's fades, the fit, the order and
the photos' time that read worst (pure data, read like ``words`` and ``templates``): "put the dog
one somewhere better" (where to? asked)."""

from __future__ import annotations

EN_WEAK_WORDS: dict[str, str] = {
    # a place in the order not said: asked where to
    "elsewhere": "somewhere else, elsewhere, somewhere better, somewhere different, "
    "a different spot, a different place, a different position, another spot, another place, "
    "another position, a better spot, a better place, "
    # "move the dog pic somewhere": no place said either
    "somewhere, some other place, some other spot, a new spot, a new place",
    # "somewhere after the beach": a place only hinted at, not a place asked about (nothing
    # is read: no move, no question)
    "hinted_place": "somewhere after, somewhere before, somewhere between, somewhere near, "
    "somewhere around",
    # "no fading in or out on the video": both of the video's fades
    "fade_inout": "fading in or out, fading in or fading out, "
    "fading in and fading out, fade ins or outs, fade ins and outs",
    # "the fit looks weird": how the photos sit in the frame (a word of the frame's topic)
    "size_word": "the fit, the framing, the photo framing, how the photos fit, how they fit",
    # "call this one baby's first christmas": the title
    "call": "call this one, call this, call this video, call this vid, name this one, "
    "name this video, title this one, title this video",
}

EN_WEAK_ENTITIES: dict[str, dict[str, str]] = {
    "fit": {
        # a photo chopped: part of it cut off by the frame (not a photo cut out of the video)
        "contain": "is chopped, are chopped, gets chopped, get chopped, getting chopped, "
        "got chopped, its top chopped, gets its top chopped, top chopped, chopped at the top, "
        "chopped at the bottom, chopped at the sides, chopped on the sides, "
        "fit the whole thing, fit the whole photo, fit the whole pic, fit the whole picture, "
        "fit the whole image, fit the whole photos, fit the whole pics, "
        # "dont crop it, put bars around it": the bars beside the whole photo
        "bars around it, bars around them, bars round it, bars round them, bars around the photo, "
        "bars around the photos, bars around the pic, bars around the pics, bars on the sides, "
        "bars at the sides, borders around it, borders around them, a border around it, "
        "a border around them",
        # "put the blur back behind the photos"
        "blur": "the blur back, blur back, the blur behind, blurry background back, "
        "blurred background back, the blurry background back, the blurred background back, "
        # "blur instead of black": the bars filled with the blurred photo
        "blur instead of black, blurred instead of black, blurry instead of black, "
        "blur instead of the black, blur instead of black bars, blur instead of the bars, "
        "blur for the bars, blur in the bars, blurry bars, blurred bars, blur the bars",
    },
}

EN_WEAK_TEMPLATES = """
# "put the dog one somewhere better": to the start or the end? "move it somewhere else": which?
move_where: ~ move|put photo|ord elsewhere
move_which: ~ move|put it? elsewhere
# "no blurry stuff on the sides, black is fine": that way of fitting, accepted
keep_fit: fit=contain/cover fine_as_is
# "... but leave the music alone": what stays as it is asks nothing (words: en_context)
noop: ~ keep? music|transition|title|caption|closing|look|motion|fit|each|pic fine_as_is
# "title font is fine but ...": what the tool cannot change, said to be fine, asks nothing
noop: ~ title|caption|closing|textnoun? unsupported=text fine_as_is
# "title font is fine but change the words to 'The Big Move'": the words of the text named
title: ~ change title textnoun text pos? color?
closing: ~ change closing textnoun text pos? color?
"""

"""English about the transitions' style, the photos' fit in the frame, their order and the
music, as people type it (pure data read like ``words`` and ``templates``, and the one
question it adds):

- "can the transitions be less boring", "spice up the transitions": livelier transitions, with no
  style named, so which one is asked (a slide, a zoom, a circle or a mix);
- "why is there a black bar on top", "how come theres black space on the sides?": a question
  about the fit, answered (the photo does not fill the frame; "fill the frame" offered), never
  a change;
- "the black edges are ugly": fill the frame or blur the background? asked;
- "the beach one first looks great", "the song fades nicely at the end": praise, no change.

The builders of the intents named here are in ``fit_asked``.
"""

from __future__ import annotations

EN_VM_WORDS: dict[str, str] = {
    # transitions wanted less plain, no style named: a lively one, which is asked
    "flashy": "fancier, more fancy, snazzier, flashier, more flashy, funkier, more creative, "
    "more modern, more original, more interesting looking, more eye catching, "
    "more eye-catching, less basic, less plain, less bland, less dull, less generic, "
    "less samey, less cheesy, less cheap, less tacky, less lame, less old fashioned, "
    "spice up, spice them up, jazz up, jazz them up, jazz it up, liven up, "
    "liven them up, liven it up, pep up, pep them up, "
    "something fancier, something flashier, something snazzier",
    # transitions wanted plainer: the plain crossfade ("something simpler", "less flashy")
    "plainer": "simpler, plainer, more simple, more plain, something simpler, something "
    "plainer, something simple, something plain, something more subtle, less flashy, "
    "less fancy, less showy, toned down, simple ones, plain ones, the simple one, the plain one",
    # transitions said to be too much: the same plain crossfade
    "too_flashy": "too flashy, so flashy, kinda flashy, too fancy, so fancy, kinda fancy, "
    "too showy, over the top, too much going on, too distracting",
    # the plain look of the transitions, a complaint (nothing asked by itself)
    "dislike": "so basic, too basic, very basic, kinda basic, pretty basic, really basic, "
    "so plain, too plain, kinda plain, so bland, too bland, kinda bland, so dull, "
    "feel dated, look dated, feel old, feel old fashioned, look old fashioned, "
    "feel outdated, look outdated, "
    "not a fan of, not a big fan of, not really a fan of, not the biggest fan of, not feeling, "
    "not really feeling, not loving, cropped weird, cropped weirdly, cropped funny, "
    "cropped badly, cropped wrong, "
    "silly, look silly, looks silly, so silly, kinda silly, goofy, look goofy, looks goofy, "
    "childish, look childish, looks childish, bug me, bugs me, bugging me, annoy me, annoys me, "
    "cheesy, so cheesy, too cheesy, kinda cheesy, lame, so lame, kinda lame",
    # a question about why the frame looks so: "why is there ...", "how come ..."
    "why_q": "why r there, why r the, why r my, why r they, y is there, y are there, y r there, "
    "why is there, why are there, why's there, whys there, why is the, why are the, "
    "why are my, why is my, why are all the, why do the, why does the, why does it, "
    "why do i see, why do i get, why are they, why is it, how come, how come there's, "
    "how come theres, how come there is, how come there are, how come the, how come my, "
    "what's with the, whats with the, what is with the",
    # the parts of the frame a photo does not fill
    "gap": "black bar, a black bar, black edges, black edge, the black edges, "
    "black lines, black line, black area, black areas, black sides, black stuff, "
    "empty space, blank space, empty bits, empty areas, gaps, the gaps, "
    "borders, border, a border, the borders, bars, the bars, "
    "blur around them, blur around it, blur around the photos, blur around the pics, "
    "blurry stuff, blurred stuff, blurry stuff around them, blurry edges around, "
    "blur behind it",
}

# "the beach one first looks great", "the song fades nicely at the end": said of how it is now
EN_VM_WORDS["fine_as_is"] = (
    "looks great, looks good, looks amazing, looks awesome, looks lovely, looks perfect, "
    "looks cool, look amazing, look awesome, look lovely, look perfect, look cool, "
    "fades nicely, fades out nicely, fades beautifully, fades out beautifully, fades perfectly, "
    "fades out perfectly, fades so nicely, fades out so nicely, fades really nicely"
)

# "i like the blur behind the photos": how it is now, praised (before what is praised)
EN_VM_WORDS["liked"] = (
    "i like, i really like, i love, i really love, really like, really love, i'm loving, "
    "im loving, i am loving, i'm liking, im liking, i kinda like, i kind of like, i quite like"
)

EN_VM_TEMPLATES = """
# "can the transitions be less boring", "spice up the transitions": which lively style? asked
trans_livelier: ~ put|change|add|another? transition degree? flashy|livelier|mood=upbeat
trans_livelier: ~ flashy transition degree?
# "simpler transitions", "the transitions are too flashy": the plain crossfade
trans_plain: ~ put|change|another? transition degree? plainer
trans_plain: ~ transition degree? too_flashy
trans_plain: ~ transition dislike sep plainer
# "make the transitions nicer", "the transitions are boring": which style instead? asked
trans_livelier: ~ put|change|another? transition unsupported=general
# "why is there a black bar on top", "how come theres black space on the sides?": answered
q_fit: ~ why_q fit|gap pic? pos? photo|ord?
q_fit: ~ why_q pic smaller|dislike with? fit|gap|unsupported=look? it?
q_fit: ~ why_q pic fit|gap pos?
q_fit: ~ ask fit|gap pos? pic? photo|ord?
q_fit: ~ what fit|gap pos? pic?
# "the black edges are ugly": the bars go, filled how? asked
fit_gap_dislike: ~ gap dislike
# "fill the screen, dont want bars": the bars refused beside the fit said (alone: asked)
fit_gap_dislike: ~ no|not|remove|off gap pic?
# "use plain black borders": the fit said, its bars named after it
fit: ~ add|change? fit gap
# "the crossfades feel dated, something else?": which other style? asked
trans_other: ~ trans transition? dislike? change? another
# "the slides are too much, just crossfade": a complaint about that style (what instead is beside)
noop: trans transition? less|dislike
# "transitions r too long make them half a second": that length, not that much less
trans_ms: transition longer|shorter put it? dur
# "piano is too sleepy, ...": the music disliked (what instead is said beside it)
dislike_music: ~ music|builtin mood dislike
# "the photos look tiny with all that blurry stuff around them": a complaint about the fit
noop: ~ pic smaller|dislike with? each? it? fit|gap
# "make them bigger to fill": the photos fill the frame (no bigger text)
fit: ~ bigger fit=cover
# "keep the blurry background", "i need this horizontal again": as it is, or back to it
keep_fit: keep|liked fit each? pic?
noop: liked music|transition|trans|title|caption|closing|look|motion|mood|builtin
q_fit: ~ why_q photo|ord|pic dislike
keep_aspect: keep it aspect
# "the beach one first looks great": how the order is now, praised (no move)
noop: photo|ord|pic photo|ord? fine_as_is
# "i like how the dog pic comes after the city one": the order as it is, praised first
noop: fine_as_is photo|ord|pic after|before|then photo|ord|pic
# "the song fades nicely at the end": the fade as it is
noop: music fine_as_is end|start
"""

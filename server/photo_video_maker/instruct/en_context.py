"""English words of another intent said only as context (pure data, read like ``words`` and
``templates``; kept apart so those files stay as they are): what is fine as it is ("the song is
fine, just make the pics black and white", "same shape as now"), what must not happen ("move the
clip, don't delete it", "slower transitions, not a slower video", "fade the music, but not the
picture"), and the reasons and niceties around a request ("no rush", "thanks in advance").
Each of these is a "noop" clause: understood, and asking for nothing."""

from __future__ import annotations

# subjects a person says are fine as they are
_SUBJECTS = "music|transition|title|caption|closing|look_word|pic|size_word|aspect|pace"
_SUBJECTS += "|order|motion|length|volume|textnoun|video|trans|each"

# "..., but a bit loud", "it's kinda quiet": how it is now (a bare "make it a bit loud" is left)
_SAID = ("but", "but its", "but it's", "its", "it's", "it is", "just", "but just")
_DEGREES = ("a bit", "a little", "kinda", "kind of", "slightly", "a tad", "a bit too",
            "a little too", "a tad too", "bit", "bit too")  # fmt: skip

# "i don't want a different song, ...": the music stays (never "which song then?")
_UNWANTED = ("don't want", "dont want", "do not want", "don't need", "dont need", "no need for")
_OTHER_SONG = ("a different song", "another song", "a new song", "different music", "new music",
               "other music", "a different track", "another track", "a new track")  # fmt: skip

CONTEXT_WORDS: dict[str, str] = {
    # "the song is fine", "the transitions can stay as they are", "leave the music alone"
    "fine_as_is": "i like how, i love how, i really like how, i really love how, love how, "
    "i like the way, i love the way, love the way, "  # "i like how the photos are timed"
    "is fine, are fine, is perfect, are perfect, is good, are good, is great, "
    "are great, is ok, are ok, is okay, are okay, is fine as is, are fine as is, can stay, "
    "can stay as is, can stay as they are, can stay the same, stays the same, stay the same, "
    "stays as is, stay as is, as it is, as they are, as is, alone, unchanged, untouched, "
    "as now, as it is now, as they are now, like it is, like they are, "
    "the way it is, the way they are, is spot on, are spot on, is just right, are just right, "
    "is nice, are nice, look nice, looks nice, look fine, looks fine, look great, sound good, "
    # "make it vertical, the photos look good": a remark beside the request
    "look good, looks good, looks great, look amazing, looks amazing, look perfect, "
    "looks perfect, look awesome, looks awesome, look beautiful, looks beautiful, "
    "sounds good, sounds great, sounds fine, sound fine, works, work well, works well, "
    "stay where they are, stays where it is, can stay where they are, can stay where it is, "
    "where they are, where it is, can stay put, stay put, stays put, "
    "how it is, how they are, how it is now, how they are now, "
    "'s fine, 's good, 's great, 's perfect, 's ok, 's okay, 's nice, "
    "is perfect as is, are perfect as is, is good as is, are good as is",
    # "the music is fine but a bit loud": a complaint, the opposite step (never louder)
    "quieter": ", ".join(f"{lead} {deg} loud" for lead in _SAID for deg in _DEGREES),
    "louder": ", ".join(f"{lead} {deg} quiet" for lead in _SAID for deg in _DEGREES),
    # "no new music", "no other changes", "everything else the same": nothing more asked
    "nothing_else": "no new music, no new song, no different music, no different song, "
    "no music change, no change to the music, no changes to the music, no other changes, "
    "no other change, no further changes, nothing else, nothing else changed, "
    "don't change anything else, dont change anything else, do not change anything else, "
    "leave everything else, leave the rest, keep the rest, keep everything else the same, "
    "everything else the same, everything else stays, everything else as is, "
    "the rest the same, rest the same, keep the rest the same, no new filter, "
    "no different filter, no other filter, no filter change, no new look, no different look, "
    + ", ".join(f"{neg} {what}" for neg in _UNWANTED for what in _OTHER_SONG),
    # "don't touch the music": nothing asked of it
    "hands_off": "don't touch, dont touch, do not touch, don't mess with, dont mess with, "
    "do not mess with, don't change, dont change, do not change, no changes to, no change to",
    # "put 'The End' after the music fades", "when the music starts, ...": a time, said by
    # the music (no fade of its own)
    "end": "after the music fades, after the music fades out, when the music fades, "
    "when the music fades out, once the music fades, after the song fades, when the song fades",
}

CONTEXT_TEMPLATES = f"""
# "the song is fine, just ...", "the transitions can stay as they are": nothing asked of them
noop: {_SUBJECTS} fine_as_is
noop: keep|same {_SUBJECTS} fine_as_is?
# "keep everything else in the same order": the order the other edits leave
noop: ~ keep another? same order
# "make it 25 seconds, don't make it vertical": no new shape
noop: not put? it? aspect
# "no new music", "no other changes"
noop: nothing_else
# "none of them should be cut", "don't lose any photos"
noop: no it says? remove|cut
noop: not remove|cut pic
# "don't touch the music", "i don't want a different song", "keep every photo"
noop: hands_off {_SUBJECTS}
# "4 secs per pic but dont touch the clip": one photo or the clip left as it is
noop: hands_off photo|ord
noop: not another music|look_word|transition
noop: keep each pic
noop: keep music trans|fade_out|fade_in fine_as_is?
noop: keep trans|fade_out|fade_in fine_as_is
# "the fade at the end is fine": a fade named by where it is
noop: trans|fade_out|fade_in|music end|start fine_as_is
# "brighter captions in yellow": a brighter colour of the text is that colour
style: unsupported=look title|caption|closing|textnoun in? color
# "slow down the transitions only, not the photos": what is not meant
noop: not pic|video
# "move the clip, don't delete it", "..., not a slower video", "..., but not the picture"
noop: not remove|reverse|shuffle|cut it?
noop: not faster|slower|longer|shorter video|pic|music
noop: except pic|video
# "hey so i uploaded some pics from our trip, can you ...": what the person did, told (the
# photos are already here; "uploaded" alone is the song they sent)
noop: uploaded|add just? num? pic reason|it_text|mood?
"""

# reasons and niceties around a request that name no setting
CONTEXT_FILLER = (
    "no rush, no hurry, whenever you can, whenever, thanks in advance, "
    "thank you in advance, thx in advance, ty in advance, otherwise, looking, "
    "once it fades in, when it fades in, after it fades in, as it fades in, once it's faded in, "
    "once, thank you sm, thanks sm, thx sm, ty sm, sorry if thats a dumb question, "
    "when the music starts, as the music starts, once the music starts, when the song starts, "
    "as the song starts, once the song starts, when the music begins, as the music begins, "
    "thank youu, thank youuu, thank uu, thankss, thanksss, tyy, tyvm, "
    "tho, one last thing, last thing i promise, sorry to bother, sorry to bother again, "
    "no big deal if not, no worries if not, no worries, no pressure, themselves, itself, "
    "thx so much, thank u so much, ty so much, "
    "appreciate it, much appreciated, i appreciate it, you're the best, ur the best, "
    "you're a lifesaver, ur a lifesaver, lifesaver, "
    # sign-offs and praise said after the request ("vertical pls, ok bye", "..., love it so far")
    "have a nice day, have a good day, have a great day, have a good one, have a nice one, "
    "ok bye, okay bye, cya, see ya, "
    "lmk when its done, lmk when it's done, lmk when done, let me know when its done, "
    "let me know when it's done, let me know when done, let me know when it is done, "
    "love it so far, loving it so far, i love it so far, like it so far, i like it so far, "
    "so far so good, looks good so far, looks great so far, "
    "great job btw, good job btw, nice job, great job, good job, well done, awesome job, "
    "you rock, u rock, you're awesome, youre awesome, ur awesome, you're amazing, ur amazing, "
    "thanks again, thx again, ty again, thanks a bunch, thx a bunch, many thanks, "
    # praise said before what is wrong ("i love the video but the pics change too fast")
    "i love the video, love the video, i like the video, i really like the video, "
    "i love the slideshow, love the slideshow, i really love the video, "
    "everything is perfect except, everything is great except, everything is fine except, "
    "it's perfect except, its perfect except, all good except, "
    # how the person finds a thing, before what it is ("i find the wipes distracting")
    "i find, i'm finding, im finding, i kinda find, honestly i find, "
    # the past, not a praise of how it is now ("i liked what we had before": undo)
    "i liked, i loved, i really liked, i really loved"
)

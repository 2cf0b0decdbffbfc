"""English words for how the video and its sound end and for music we have no track of (pure
data, read like ``words`` / ``lexicon``; kept apart so those stay as they are): an ending asked
to be cut without a fade ("let the song end abruptly", "no fading, just stop"), a song that
"cuts off weird at the end" (a complaint: a longer fade-out), and genres no built-in track
plays ("kpop", "christmas music": suggestions, never another track in their place)."""

from __future__ import annotations

EN_TIME_WORDS: dict[str, str] = {
    # asked for, not complained of: "let it end abruptly" (the complaint is "it ends abruptly")
    "dead_stop": "end abruptly, end suddenly, end sharply, end cold, stop abruptly, "
    "stop suddenly, stop dead, just stop, just end, just cut off, cut off abruptly, "
    "cut off sharply, hard stop, a hard stop, hard ending, a hard ending, end on a hard cut, "
    "without fading, without fading out, stop fading, quit fading, stop the fading",
    # every sound there is, the music and the clip's own ("no audio at all", "make it silent")
    "all_sound": "all the sound, all sound, all the sounds, all audio, all the audio, "
    "no audio at all, no sound at all, any sound at all, audio at all, sound at all, "
    "completely silent, totally silent, fully silent, entirely silent, silent video, "
    "a silent video, the video silent, video silent, without any sound, all the audio off",
    # "no fade in or fade out on the music": neither (the "no" went to the fade-in only)
    "fade_inout": "fade in or fade out, fade in or out, fade-in or fade-out, fade in nor fade out, "
    "fade ins or fade outs, fade-ins or fade-outs",
    # "can you make it so the music fades out slowly": the request, not a reason ("so the")
    "put": "make it so that, make it so, make it so it",
    # as people shorten it in chat: "make the vid 20 secs"
    "video": "vid, the vid, whole vid, the whole vid, entire vid, the entire vid, "
    # "squeeze it into 15 seconds": the whole video into that length
    "squeeze it into, squeeze it down to, squeeze it all into, squeeze everything into, "
    "cram it into, cram it all into, cram everything into, squish it into, squish it down to",
    # "first photo 6s, rest 3s": the others, said without "the" (it was dropped unsaid)
    "each": "rest, others, all others, rest of the pics, rest of the photos",
    # "open on black": the start, faded in from black ("begin from a black screen" too)
    "start": "open on, opens on, begin on, begins on, begin from, begins from, beginning from, "
    "open from, opens from",
    # "make the transitions less sudden": softer ones; "smoother and slower" is one step of
    # the transitions (the "slower" alone after "and" went to the whole video's pace)
    "softer": "less sudden, less abrupt, less harsh, less jarring, less choppy, not so sudden, "
    "not so abrupt, not so harsh, smoother and slower, gentler and slower, "
    "smoother and longer, slower and smoother, longer and smoother",
    "sharper": "snappier and quicker, snappier and faster, sharper and faster, quicker and "
    "snappier, faster and snappier, shorter and snappier, snappier and shorter",
    # "make the video match the song length": as long as the song
    "song_len": "match the song length, match the song's length, match the length of the song, "
    "match the music length, match the length of the music, same length as the song, "
    "same length as the music, as long as the track, match the track length",
    # the song stops before it should: the complaint that wants a longer fade-out
    "abrupt_end": "cuts off weird, cuts off weirdly, cuts off strangely, cuts off awkwardly, "
    "cuts off kinda weird, cuts off so weird, cuts off really weird, cuts out weird, "
    "cuts out weirdly, stops weird, stops weirdly, stops awkwardly, ends awkwardly, "
    "cut off weird, cut off weirdly, cuts off mid song, cuts off mid-song, cuts off midway",
}

EN_TIME_ENTITIES: dict[str, dict[str, str]] = {
    # genres no built-in track plays: understood as music, nothing changes
    "unsupported": {
        "music": "kpop, k pop, j-pop, jpop, edm, reggae, blues, disco, dubstep, house music, "
        "punk, r&b, rnb, opera, gospel, salsa, christmas music, christmas song(s), "
        "xmas music, xmas song(s), holiday music, christmas carols, carols, heavy metal, "
        "trap music, reggaeton, bollywood music, bollywood songs",
    },
}

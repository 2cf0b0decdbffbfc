"""English keywords for the order, the file size and the picture quality (pure data, read like
``words``; kept apart so that file stays as it is): a step in the order ("up one"), what to
keep ("only keep"), "between", making the file smaller ("compress") and a better picture said
without a size ("max quality"). A kind that ``words`` has too gets these phrases besides its
own."""

from __future__ import annotations

# who a request comes from ("my niece says tiktok needs tall videos"): who, not why
RELATIVES = (
    "niece", "nephew", "aunt", "auntie", "uncle", "cousin", "sister", "brother", "sis", "bro",
    "partner", "bf", "gf", "hubby", "grandkids", "grandchildren", "son in law", "daughter in law",
    "mother in law", "father in law", "best friend", "bestie", "coworker", "colleague", "neighbor",
    "neighbour", "nan", "nana", "nanna", "gran", "granny", "nanny", "grandad", "granddad",
    "grandpa", "grandparents", "grandmother", "grandfather", "nonna", "oma", "opa", "abuela",
    "mom and dad", "mum and dad", "in laws", "in-laws",
)  # fmt: skip


def _not_past() -> str:
    """ "it can't be longer than 15 seconds", "must not run over 20s": a limit said with a
    negation (before, "longer" was read alone: 15 seconds more)."""
    nots = (
        "can't",
        "cant",
        "cannot",
        "can not",
        "mustn't",
        "mustnt",
        "must not",
        "shouldn't",
        "shouldnt",
        "should not",
        "musn't",
        "musnt",
        "won't",
        "wont",
        "will not",
    )
    past = (
        "be longer than",
        "be more than",
        "be over",
        "be any longer than",
        "go over",
        "go past",
        "go beyond",
        "last longer than",
        "last more than",
        "last over",
        "run longer than",
        "run more than",
        "run over",
        "take longer than",
        "take more than",
    )
    return ", ".join(f"{no} {verb}" for no in nots for verb in past)


def _stepped(ways: str) -> str:
    """ "places back", "spots to the right": a way said after the places a photo moves by."""
    places = ("places", "spots", "positions", "slots", "steps", "place", "spot", "position")
    return ", ".join(f"{where} {way.strip()}" for way in ways.split(",") for where in places)


def _one_stepped(ways: str) -> str:
    """ "one place back", "a spot up": one step, said before the way (read whole, or "one
    place" would be a place in the order)."""
    places = ("place", "spot", "position", "slot")  # ("one step back" is an undo)
    return ", ".join(
        f"{count} {where} {way.strip()}"
        for way in ways.split(",")
        for where in places
        for count in ("one", "a")
    )


EN_WORDS: dict[str, str] = {
    # "does each photo get the same time?", "do all the pics last as long?": a question
    # ("do all the photos 2 secs" is a request: no bare "do all")
    "ask": "does each, does every, do they all, do all of them, does each one, does every one, "
    "are all, are all the, are they all, is each, is every",
    # "i was thinking about making it as long as the song, thoughts?": advice asked, wondered
    # (nothing changes: wondered.py); "just wondering if the music could be louder" asks politely
    "whether": "thoughts?, any thoughts?, your thoughts?, thoughts on that?, what do you reckon",
    # a video to be made, with the article "a" ("make the video shorter" is the one made)
    "make_video": "make a video, make me a video, make us a video, create a video, do a video, "
    "make a movie, make a short video, make a little video, make a nice video, make a quick "
    "video, put together a video, put a video together, make a video montage, make a montage, "
    "make a photo video, make one video, make a slideshow video, make a video slideshow, "
    # as people learning English say it ("please do video from my photos")
    "do video, do one video, do me a video, do a slideshow, please do video, please do a video",
    # a step in the order, as "往前挪一位" is (ask_what.move_step)
    "earlier": "up one, one up, up one spot, up a spot, up one place, up a place, one to the "
    "left, one spot to the left, one place to the left, one earlier, one spot earlier, one "
    "place earlier, a spot earlier, one step earlier, forward one, one forward, one step forward, "
    "forward, forwards, further forward, further up, earlier, forward a bit, a bit forward, "
    "to the left by one, left by one, one spot forward, "
    # after a count: "two places earlier", "2 spots to the left"
    + _stepped("earlier, forward, up, ahead, to the left, further forward, further up")
    + ", "
    + _one_stepped("earlier, up, ahead, to the left, further up"),
    "later": "down one, one down, down one spot, down a spot, down one place, down a place, one "
    "to the right, one spot to the right, one place to the right, one later, one spot later, "
    "one place later, a spot later, one step later, back one, one back, back a "
    "spot, back one spot, further back, further down, back a bit, back a little, a bit back, "
    "a bit further back, to the right by one, right by one, "
    # after a count: "two places back", "2 spots to the right", "move it 3 places later"
    + _stepped("later, back, down, to the right, further back, further down, behind")
    + ", "
    + _one_stepped("later, back, down, to the right, further back, further down"),
    # leaving photos out, said as what to keep (build_keep.keep_only)
    "only_keep": "only keep, keep only, just keep, keep just, only leave, leave only, only use, "
    "use only, just use, remove everything except, remove everything but, remove all except, "
    "remove all but, take out everything except, take out everything but, take out all "
    "except, remove everything apart from, delete everything apart from, "
    "remove all photos except, remove all the photos except, remove all pics "
    "except, remove every photo except, delete all photos except, delete all the photos except, "
    "delete every photo except, get rid of all photos except, get rid of all the photos except, "
    "delete everything except, delete everything but, delete all except, "
    "delete all but, get rid of everything except, get rid of everything but, get rid of all "
    "but, cut everything except, cut everything but, drop everything except, drop everything but",
    # a better picture, said without a size ("max quality"): which size above is asked
    "quality_up": "better quality, best quality, top quality, highest quality, max quality, "
    "maximum quality, best resolution, highest resolution, max resolution, maximum resolution, "
    "max res, highest res, best possible quality, sharper picture, sharper image",
    # making the file smaller to send it (build_share.py, share_refs.py)
    "compress": "compress, compressed, shrink the file, shrink the file size, reduce the file "
    "size, lower the file size, cut the file size, smaller file size, a smaller file size, "
    "make the file size smaller, lighter file, a lighter file, shrink the video, "
    # the file named as too big asks for a limit too (which one is asked: build_share.size_ask)
    "make the file smaller, file smaller, smaller file, the file is too big, file is too big, "
    "the file's too big, file's too big, the file is huge, file is huge, file too big, "
    "the file is too large, file is too large, too big to send, too large to send, "
    "make the file lighter, reduce the file, shrink it down",
    # "each photo 4 seconds except the first": every photo but those named (build_time)
    "except": "except, except for, apart from, save for, but not, but not on, but not for, "
    "but not the | 除了",
    # "between 3 and 4": after the first of them (en_refs.between); alone, a filler
    "between": "between, in between, right between",
    # "the fades take too long", "each photo takes too long": how long, never a removal
    "shorter": "take too long, takes too long, taking too long, take so long, takes so long, "
    "take way too long, takes way too long, a beat shorter, a moment shorter, "
    "not that long, not so long",  # after "longer": back a little, never "no transitions"
    "reverse": "other way round, the opposite order, opposite order, in the opposite order, "
    "the opposite way, opposite way round, opposite way around",
    # "the ending is too sudden", "more gradual transitions"
    "softer": "too sudden, so sudden, a bit sudden, kinda sudden, feels sudden, is sudden, "
    "more gradual, more subtle",
    # "the title isn't needed", "photo 3 is unnecessary": a removal, said as a judgement
    "remove": "isn't needed, isnt needed, is not needed, aren't needed, arent needed, "
    "are not needed, not needed, no longer needed, unnecessary, isn't necessary, "
    "isnt necessary, not necessary, strip, strip away, strip off",
    # "file size under 50 mb", "keep the file below 10 megs": a limit on the file
    "fits_in": "file size under, file size below, file size less than, file size at most, "
    "file size max, file under, file below, the file under, the file below",
    # "no more than 15 seconds", "a max of 20 seconds": a limit
    # "it has to fit in an email" (a file-size limit), "fit in a 30 second ad slot" (a length)
    # "i barely have time to see each photo": too fast, said as what it does to the viewer
    "slower": "barely have time to see, barely any time to see, hardly have time to see, "
    "no time to see, not enough time to see, barely time to see, "
    "too fast to see, gone before i can see, gone before i see, not that fast, not so fast",
    # "the music is kinda sad": a complaint, as "too sad" is (never a wish for sad music)
    "too": "is kinda, are kinda, is kind of, are kind of, is sort of, are sort of, "
    "sounds kinda, sounds a bit, sounds a little, sounds so, sounds too, "
    "sounds really, sounds very, is a tad, are a tad, "
    # the past, as a complaint about the last preview ("the music was so loud")
    "was so, were so, was really, were really, was very, were very, was super, was a bit, "
    "were a bit, was kinda, were kinda, was a little, were a little",
    # "hold each photo a beat longer": a moment, never a cut to the beat
    "longer": "a beat longer, a moment longer, a sec longer, a second or two longer, "
    "not that short, not so short",
    # "how much does it cost": what an export costs is told with the credits
    "credits": "how much does it cost, how much will it cost, how much is it, what does it cost, "
    "what will it cost, the price, pricing, how much do i pay, cost of exporting",
    # "this is taking forever": too slow
    "faster": "taking forever, takes forever, take forever, is taking ages, takes ages, "
    "not that slow, not so slow",
    # "nah go back to the old one" right after a change: the one before it (never an old look)
    "undo": "i preferred it before, i prefer it before, "
    "i preferred how it was, i prefer how it was, forget that last one, forget the last one, "
    "forget that last change, forget the last change, "
    "go back to the old one, back to the old one, the old one back, the old one was "
    "better, old one was better, go back to the previous one, back to the previous one, "
    "the previous one back, the previous one was better, go back to the one before, "
    "back to the one before, the one before was better, put the old one back, "
    "i prefer the old one, i prefer the older one, i prefer the old version, "
    "i prefer the older version, the old version was better, the older version was better, "
    # "the one before that was better": the draft before the last change
    "the one before that was better, the one before that looked better, the one before looked "
    "better, the one before looked nicer, the one before was nicer, the one before that was nicer, "
    "the one before that looked nicer, i liked the one before better, i liked the one before that "
    "better, the previous one looked better, the previous one was nicer",
    # "keep it short", "why is it so short": a length, never a typo of YouTube "shorts"
    "length": "short",
    # "undo that, i need the city one": a photo kept, not one more to remove
    "keep": "i need, we need, i still need, we still need, still need, i want to keep, "
    "we want to keep",
    "fit_in": "fit in, fits in, fit into, fits into, to fit in, to fit into",
    "under": "no more than, a max of, max of, a maximum of, maximum of, at max, "
    # a limit said as a cap: "cap it at 30 seconds", "it can't exceed 20 seconds"
    "cap it at, cap at, capped at, cap the video at, cap the length at, limit it to, "
    "not exceed, not to exceed, shouldn't exceed, should not exceed, can't exceed, cant exceed, "
    "cannot exceed, mustn't exceed, must not exceed, never exceeds, doesn't exceed, "
    "doesnt exceed, does not exceed, not go over, doesn't go over, doesnt go over, "
    # a limit said of where it goes: "my story only allows 15s", "the limit is 30 seconds"
    "only allows, allows only, allows up to, allows max, only lets me post, only lets you post, "
    "only takes, only accepts, accepts up to, takes up to, the limit is, limit is, "
    "the length limit is, length limit is, the max length is, max length is, " + _not_past(),
    # done with editing, said as people wrap up (the export)
    "export": "finish it up, finish up, wrap it up, wrap up, let's wrap up, lets wrap up, "
    "let's wrap it up, ship it, let's finish, lets finish, produce the final cut, "
    "make the final cut, the final cut, final cut, send it, send that, send this, send the file, "
    "send to me, publish it, publish the video, ready to export, i'm ready to export, "
    "im ready to export, generate it, generate the video, render the video, done editing, "
    "i'm done editing, im done editing, we're done here, were done here, all done here, "
    "save to my phone, save it to my phone, save to camera roll, save to my camera roll, "
    "save it to my camera roll, save to gallery, save it to my gallery, save to my gallery",
    # not knowing what to say next (the help)
    "help": "i'm lost, im lost, i am lost, i'm confused, im confused, what are my choices, "
    "what choices do i have, what do i do now, what do i do next, what now, "
    "what can u do, what else can u do, what else can i change, what else can i do, "
    "what else can i edit, what else can be changed, what can i change, what can i edit, "
    "options, any options, other options, more options, show me the options, "
    "can you do anything else, what else can you do for me, what is this app, "
    # "what can you actually do": a word of weight inside the question
    "what can you actually do, what can you really do, what can you even do, "
    "what exactly can you do, what can you actually change, what can you really change, "
    "what can i actually do, what can i actually change, what can i really do",
    # how the finished file is had (where the video went)
    "where": "how do i get the file, how do i get the video, how do i get my video, "
    "how do i get it, where do i get the file, where do i get the video",
    # the video's name asked for as a gift of words ("give it a name: Summer Fun")
    "call": "give it a name, give it the name, give the video a name, give it a title, "
    # "retitle it Best Day Ever": a new title, the word made with "re"
    "retitle it, retitle the video, retitle to, retitle it to, re-title it, re title it, "
    "rename the title to, retitle",
    # chat spelling of "and" ("swap pics 2 n 5")
    "and": "n, 'n', 'n",
    # whether the export went through
    "done": "did it work, did that work, did it go through, has it exported, is it exported, "
    "hows the export going, how's the export going, how is the export going, "
    "hows it going with the export, is the video done, is my video done, "
    "can't find the video, cant find the video, can't find my video, cant find my video, "
    "can't find the file, cant find the file, i can't find it, i cant find it",
    "last_change": "what just happened, what did you just do there, what was that, "
    "what did i ask you to do last, what did i ask you to do, what did i just ask, "
    "what did i ask for last, what was my last request, "
    "whats changed, what's changed, what has changed, what got changed, whats different, "
    "what's different, what is different",
    "state": "can i see it, can i see the video, show me the video, show me it, let me see it, "
    "how is it now, how's it now, hows it now, how is it looking, how is it so far, "
    "whats the order, what's the order, what is the order",
    # a feeling that something is not right: no request ("the text looks off" removes nothing)
    "dislike": "looks off, look off, seems off, feels off, sounds off, is off, are off, a bit off, "
    # a doubt about a thing is no request for it ("i dunno about the fade")
    "not sure about, dunno about, i dunno about, unsure about, not so sure about, "
    "not convinced by, not convinced about, "
    "kinda off, a little off, slightly off, something's off, something is off, looks odd, "
    "looks strange, janky, looks janky, feels random, feel random, looks random, look random, "
    "seems random, seem random, is random, are random, is all random, is so random, "
    # "the dog pic is kinda random", "take it out, its random": out of place (no transitions)
    "is kinda random, is kind of random, is a bit random, is pretty random, is really random, "
    "are kinda random, its random, it's random, its kinda random, it's kinda random, "
    "its so random, it's so random, kinda random, kind of random, a bit random, "
    "pretty random, totally random, really random, "
    "is mid, so mid, kinda mid, lowkey mid",  # teen slang: not good
    # "because" as people type it: what follows is why, not a request (parse._reasons)
    "reason": "bc, bcuz, bcoz, becuz, cuz, cus, coz, b/c, bcs, "
    # who it is for, said after the request ("slow it down a bit, she's only 3")
    "he is little, he's little, hes little, she is little, she's little, shes little, "
    "he is only, he's only, hes only, she is only, she's only, shes only, they're little, "
    "they are little, theyre little, he is small, he's small, she is small, she's small, "
    "they're only, they are only, theyre only, "
    # what will be done with the video, said after the request ("..., we will watch it on the tv")
    + ", ".join(
        f"{who} {verb}"
        for who in (
            "we will",
            "we'll",
            "we're going to",
            "we are going to",
            "we're gonna",
            "were gonna",
            "they will",
            "they'll",
            "she will",
            "she'll",
            "he will",
        )
        for verb in ("watch", "show", "play", "be watching", "be showing", "project")
    )
    + ", "
    # "sepia would be nicer": the choice said as a liking, the choice is the request
    "would be nicer, would be better, would look better, would look nicer, would be lovely, "
    "would be prettier, would look prettier, would be much nicer, would be much better, "
    "is nicer, is much nicer, looks nicer, was nicer, is prettier, looks prettier, "
    # "the portrait of my dad": a photo of a person, not the 9:16 shape
    "portrait of, a portrait of, the portrait of, portraits of, the portraits of, "
    # "..., so it's more dreamy": what it is for, not a request of its own
    "so its, so it's, so it is, so they're, so theyre, so they are, "
    "file size matters, the file size matters, file size is more important, file is smaller, "
    # why, said after a request: "put the dog photo last, it's a nice ending"
    "it looks nicer, it'd look nicer, it would look nicer, it'll look nicer, nicer that way, "
    "better that way, prettier that way, a nice ending, a good ending, a great ending, "
    "a perfect ending, the perfect ending, a nice end, a nice opener, a good opener, "
    "a great opener, a strong opener, a nice start, a good start, a strong start, "
    # how the person feels, not a mood asked of the video ("ok i'm happy, export it")
    "i'm happy, im happy, i am happy, i'm so happy, im so happy, i'm really happy, we're happy, "
    "i'm sad, im sad, i'm so sad, "
    # why this photo, said after where it goes ("move the dog photo to the start pls it's my fav")
    "it's my fav, its my fav, it's my favourite, its my favourite, it's my favorite, "
    "its my favorite, it's the best one, its the best one, it's the cutest, its the cutest, "
    "it's the best, its the best, "
    # what is wrong with the frame now, said before the fit ("..., make them fill the screen")
    "photos are too small, pics are too small, pictures are too small, photos look too small, "
    "photos look tiny, pics look tiny, "
    # what a photo is in the story ("the first photo is the intro so give it 6 secs"): why
    "is the intro, it's the intro, its the intro, it is the intro, is the opener, "
    "it's the opener, its the opener, is the outro, it's the outro, its the outro, "
    # what is wrong now, said after the request ("the title is too big, it covers the beach")
    "it covers, it's covering, its covering, it is covering, it hides, it's hiding, its hiding, "
    "it blocks, it's blocking, its blocking, it is blocking, it covers up, it's in the way, "
    "its in the way, it gets in the way, they cover, they're covering, theyre covering, "
    + ", ".join(f"{who}, my {who}" for who in RELATIVES),
}


# some photos picked by how good they are ("make the good photos longer"): which ones is not
# known, so nothing changes (before, every photo was made longer: a silent wrong edit)
_GOOD: tuple[str, ...] = (
    "good",
    "nice",
    "important",
    "funny",
    "cute",
    "bad",
    "worst",
    "boring",
    "better",
)
_GOOD += ("nicer", "prettiest", "cutest", "funniest", "special", "key", "weaker", "strongest")
_GOOD += ("ugly", "meh")
PICKED = ", ".join(f"{good} {photos}" for good in _GOOD for photos in ("photos", "ones", "pics"))
PICKED += ", " + ", ".join(f"{good} {photos}" for good in _GOOD for photos in ("pictures", "shots"))

# more English values of the lexicon's kinds (merged into ``lexicon.ENTITIES`` like Chinese ones)
EN_ENTITIES: dict[str, dict[str, str]] = {
    "unsupported": {  # value: the topic it is about, for the suggestions
        "music": "narration, a narration, voiceover, voice over, voice-over, a voiceover, "
        "my voice, my own voice, applause, clapping, sound effect, sound effects, sfx, "
        "bird sounds, lyrics, the lyrics, karaoke, autotune, auto-tune, remix, the bass, "
        "more bass, drums, a drum roll, drumroll | 旁白, 解说",
        "general": "where were these taken, where was this taken, where were they taken, "
        "where was it taken, where were the photos taken, where was that taken, "
        "sticker, stickers, logo, my logo, our logo, watermark, a watermark, emoji, "
        "emojis, confetti, a meme, meme, memes, green screen | 贴纸, 水印, 表情包",
        "look": "red eye, red eyes, redeye, glow, a glow, glowing, polaroid, polaroids, "
        "soft focus, dreamy glow",
        "order": "best photos, best ones, best pics, best shots, favourite photos, favorite "
        "photos, my favourites, my favorites, favourites, favorites, by place, by location, "
        "by people, by person, by who is in them, by colour, by color, by event, story order, "
        # "delete the ones where i look bad": photos told by what is in them (no question)
        "the ones where, ones where, the photos where, photos where, the pics where, "
        "pics where, the pictures where, pictures where, the one where, the photo where, "
        "the pic where, the shots where, " + PICKED,
        "motion": "parallax, a parallax, parallax effect",
        # "make the caption scroll": a text animated, which no edit does (before, "scroll"
        # became the caption's words)
        "text": "scroll, scrolling, scrolls, blink, blinks, sparkles, "
        "sparkly, sparkling, wiggle, wiggles, pulse, pulsing, marquee, typewriter, neon",
        "export": "print, print it, print them, printed, airdrop, airdrop it, google photos, "
        "icloud, on icloud, onedrive, a usb stick, usb stick, a cd",
    },
}

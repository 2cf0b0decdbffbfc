"""The video's length said by the song's ("make it last till the music runs out", "length
should match the song", "end when the song ends", "so it lasts the whole song"): one
``song_len`` word, whatever the verbs around it (English)."""

from __future__ import annotations

import re

from .entities import Tok

_SONG = r"(?:the\s+|my\s+|this\s+|our\s+)?(?:music|song|track|audio|soundtrack|bgm|tune)"
_OVER = (
    r"(?:ends|stops|is\s+over|is\s+done|finishes|is\s+finished|runs\s+out|fades\s+out|ends?|"
    r"does|do)"  # "end exactly when the music does"
)
_NOUN = r"(?:music|song|track|audio|soundtrack|bgm|tune)"
_NOT_BEAT = r"(?!\s*(?:'s|’s|s)?\s*(?:beats?|rhythm|tempo))"  # "to the song's beat": the cuts
SAID = re.compile(
    r"\b(?:"
    # "the songs length", "the music's duration", "the duration of the song": its length named
    r"(?:the\s+|my\s+|this\s+|our\s+)?" + _NOUN + r"(?:'s|’s|s)?\s+(?:length|duration|runtime)"
    r"|(?:length|duration|runtime)\s+of\s+" + _SONG +
    # "finish with the song", "end together with the music" (not "end with the music fading")
    r"|(?:end|ends|finish|finishes)\s+(?:(?:right|exactly|together|along)\s+)?"
    # (with its article: "end with Music is Life" is a closing text)
    r"(?:with|along\s+with|together\s+with)\s+(?:the|my|this|our)\s+"
    + _NOUN
    + r"(?!\s+(?:fad|getting|going|playing|softly|quietly|slowly|turned|at\s+\d|is|was)\b)"
    # "use the full song", "let the song play all the way through", "dont cut the song short":
    # all of the song heard, so the video lasts as long
    r"|(?:use|play|keep|hear)\s+(?:the\s+)?(?:full|entire)\s+"
    + _NOUN
    + r"|(?:let|have)\s+"
    + _SONG
    + r"\s+play\s+(?:all\s+the\s+way\s+through|through|out|in\s+full|"
    r"(?:to|till|until)\s+its\s+end)"  # "to the end" may be the video's end
    r"|(?:don'?t|do\s+not|never)\s+cut\s+" + _SONG + r"\s+(?:short|off)"
    # "dont cut off the music", "the music shouldnt get cut off"
    r"|(?:don'?t|do\s+not|never)\s+cut\s+(?:off|short)\s+"
    + _SONG
    + r"|"
    + _SONG
    + r"\s+(?:shouldn'?t|should\s+not|mustn'?t|must\s+not|can'?t|cannot)\s+"
    r"(?:get|be)\s+cut\s+(?:off|short)"
    # "length to song", "fit to music": said as a note
    r"|^\W*(?:length|fit|match|duration)\s+to\s+" + _SONG + r"\W*$"
    # "match length with music"
    r"|(?:match|fit|sync)\w*\s+(?:the\s+)?(?:length|duration|runtime)\s+(?:to|with)\s+" + _SONG +
    # "trim the video to the song", "extend it to the music": its length, said by the verb
    r"|(?:trim|extend|adjust|shorten|lengthen|stretch)\w*\s+(?:the\s+)?(?:video|vid|slideshow|"
    r"whole\s+thing|movie|it)\s+(?:down\s+|out\s+)?to\s+(?:fit\s+)?" + _SONG + _NOT_BEAT + r"|"
    # "match the video to the music length", "sync the length with the song"
    r"(?:match|sync|synch|fit|line\s+up|align)\w*\s+(?:the\s+)?(?:(?:video|vid|it|slideshow|"
    r"whole\s+thing)\s+)?(?:length\s+)?(?:to|with)\s+" + _SONG + r"(?:'?s)?\s+length"
    # "fit the slideshow to the song", "match the video to the music": the whole video, said
    r"|(?:match|fit|stretch|line\s+up)\w*\s+(?:the\s+)?(?:video|vid|slideshow|whole\s+thing|"
    r"movie)\s+(?:to|with)\s+"
    + _SONG
    # "fit it to the track", "match everything to the song" (not "to the song's beat")
    + r"|(?:match|fit|stretch)\w*\s+(?:it|everything|this|them|(?:the\s+|my\s+)?(?:photos|pics|"
    r"pictures|images))\s+(?:to|with)\s+"
    + _SONG
    + _NOT_BEAT
    # "make the video fit the song" (not "fit the song's mood", a choice of music)
    + r"|(?:video|vid|slideshow|it|photos|pics)\s+fits?\s+(?:to\s+)?"
    + _SONG
    + r"(?!\s*(?:'s|’s|s)?\s*(?:beats?|rhythm|tempo|mood|vibe|style|feel|better))"
    # "stretch the photos to match the song", "spread the pics over the whole song"
    + r"|(?:stretch|extend|adjust|spread)\w*\s+(?:the\s+|my\s+)?(?:photos|pics|pictures|video|vid|"
    r"slideshow|it|them)\s+(?:out\s+)?(?:to\s+(?:match|fit)|over|across)\s+"
    r"(?:the\s+(?:whole|entire|full)\s+)?"
    + _SONG
    + _NOT_BEAT
    # "make the video the full song"
    + r"|(?:video|vid|slideshow|it)\s+the\s+(?:full|whole|entire)\s+(?:song|track|music)\b"
    # "make the length the same as the songs"
    + r"|length\s+(?:the\s+)?same\s+as\s+(?:the\s+|my\s+|this\s+)?(?:music|song|track)(?:'?s)?"
    # "let it play to the end of the song", "make it run till the end of the music"
    + r"|(?:play|run|go|last|keep\s+going|continue)s?\s+(?:right\s+|all\s+the\s+way\s+)?"
    r"(?:to|till|until|untill|til)\s+the\s+(?:very\s+)?end\s+of\s+"
    + _SONG
    + r"|(?:sync|synch)\w*\s+(?:the\s+)?length\s+(?:to|with)\s+"
    + _SONG
    # "sync the length of the slideshow with the song", "fit the video's length to the music"
    + r"|(?:match|sync|synch|fit|align|adapt)\w*\s+(?:the\s+|its\s+)?(?:(?:video|vid|slideshow)"
    r"(?:'s|’s)?\s+)?(?:length|duration|runtime)\s+(?:of\s+(?:the\s+|my\s+)?(?:video|vid|"
    r"slideshow|whole\s+thing|photos|pics)\s+)?(?:to|with)\s+"
    + _SONG
    + _NOT_BEAT
    # "length of the video same as the music", "make the video and the music the same length"
    + r"|(?:length|duration)\s+of\s+(?:the\s+)?(?:video|vid|slideshow)\s+(?:the\s+)?same\s+as\s+"
    + _SONG
    + r"|(?:video|vid|slideshow|photos|pics)\s+and\s+"
    + _SONG
    + r"\s+(?:the\s+)?same\s+(?:length|duration)"
    # "so the song plays till the end", "so the music can play out"
    + r"|so\s+(?:that\s+)?"
    + _SONG
    + r"\s+(?:can\s+)?(?:plays?|gets?\s+to\s+play)\s+(?:(?:till|until|to)\s+(?:the|its)\s+end"
    r"|out|through|in\s+full)" +
    # "length should match the song"
    r"|(?:length|timing|duration)\s+(?:should\s+|to\s+|must\s+|needs\s+to\s+|has\s+to\s+)?"
    r"(?:match|fit|sync)\w*\s+"
    r"(?:with\s+|to\s+)?" + _SONG +
    # "last till the music runs out", "end when the song ends", "until the song is over"
    r"|(?:(?:so\s+(?:it|that\s+it)\s+)?(?:lasts?|ends?|stops?|finish(?:es)?|goes|go|runs?|"
    r"plays?)\s+(?:(?:the\s+)?(?:video|vid|slideshow|photos|pics|it)\s+)?)?"
    r"(?:(?:right|just|exactly|only)\s+)?"
    r"(?:till|until|untill|til|when|as\s+soon\s+as)\s+" + _SONG + r"\s+" + _OVER +
    # "so it lasts the whole song"
    r"|(?:so\s+(?:it|that\s+it)\s+)?lasts?\s+(?:for\s+)?(?:the\s+)?(?:whole|entire|full)\s+"
    r"(?:song|track|music|soundtrack)"
    # "so it covers the full song", "so the pics fill the whole track"
    r"|(?:so\s+(?:it|that\s+it|they|the\s+\w+)\s+)?(?:covers?|spans?|fills?|runs?\s+through)\s+"
    r"(?:the\s+)?(?:whole|entire|full)\s+(?:song|track|music|soundtrack)"
    # "the video and the song end at the same time", "adjust the length so it matches the music"
    r"|(?:video|vid|slideshow|photos|pics|it)\s+and\s+" + _SONG + r"\s+(?:to\s+|should\s+|can\s+)?"
    r"(?:end|finish|stop)s?\s+(?:at\s+the\s+same\s+time|together)"
    r"|(?:end|finish|stop)s?\s+(?:at\s+the\s+same\s+time\s+as|together\s+with)\s+"
    + _SONG
    + r"|length\s+so\s+(?:it|that\s+it)\s+(?:matches|fits)\s+"
    + _SONG
    +
    # "last as long as the song"
    r"|(?:so\s+(?:it|that\s+it)\s+)?lasts?\s+(?:just\s+)?as\s+long\s+as\s+"
    + _SONG
    +
    # "long enough for the whole song", "long enough to fit all of the music"
    r"|(?:long|longer)\s+enough\s+(?:for|to\s+(?:fit|cover|include|hold|play|last))\s+"
    r"(?:all\s+(?:of\s+)?|the\s+(?:whole|entire|full)\s+)?" + _SONG + r")\b"
)
# what the song was said to do before: "the song gets cut off, make it long enough for all
# of it", "the music keeps going after the photos end, make them match"
REFERRED = re.compile(
    r"\b(?:(?:long|longer)\s+enough\s+(?:for|to\s+(?:fit|cover|include|hold|play|last))\s+"
    r"(?:all\s+of\s+it|the\s+whole\s+thing|(?:it\s+)?all)"
    # "..., fix it", "make the video longer to fit it": the song said before is what is meant
    r"|(?:fix|sort\s+out)\s+(?:it|that|this)"
    r"|(?:make\s+)?(?:the\s+)?(?:video|vid|slideshow|it|photos|pics|them)\s+(?:longer\s+|long\s+"
    r"enough\s+)?(?:to\s+|so\s+(?:it|they)\s+)(?:fit|fits|cover|covers|match|matches)\s+"
    r"(?:it|that|the\s+whole\s+thing)"
    # "match them up", "line them up"
    r"|(?:match|line|sync)\s+(?:them|em|'em|the\s+two|both)\s+up"
    r"|(?:make|get|have)\s+(?:them|em|'em|the\s+two|both|it)\s+(?:match|line\s+up|"
    r"end\s+together|finish\s+together|the\s+same\s+length)"
    # "fix that so they end together"
    r"|(?:(?:fix|change|adjust)\s+(?:that|it|this)\s+)?(?:so\s+(?:that\s+)?)?(?:they|both|"
    r"the\s+two)\s+(?:end|finish|stop)\s+(?:together|at\s+the\s+same\s+time))\b"
)
# the song outlasting the photos, or cut short by their end: why the length is asked for
OUTLASTS = re.compile(
    r"\b" + _SONG + r"\s+(?:(?:keeps|kept)\s+(?:going|playing)|goes\s+on|plays\s+on|carries\s+on|"
    r"continues|runs\s+on|runs\s+longer|lasts\s+longer|is\s+longer)\s+(?:after|past|when)\s+"
    r"(?:the\s+)?(?:photos|pics|pictures|images|video|slideshow)\s+(?:end|ends|stop|stops|finish|"
    r"finishes|are\s+done|is\s+done|is\s+over|are\s+over|run\s+out)"
    r"|\b" + _SONG + r"\s+(?:gets|is|got)\s+cut\s+(?:off|short)(?:\s+at\s+the\s+end)?\b"
    # "the music is longer than the video"
    r"|\b" + _SONG + r"\s+(?:is|'s|runs|goes\s+on)\s+(?:(?:way|much|a\s+lot|a\s+bit)\s+)?"
    r"longer\s+than\s+(?:the\s+)?(?:photos|pics|pictures|images|video|vid|slideshow)\b"
    # "the video ends before the music"
    r"|\b(?:the\s+)?(?:video|vid|slideshow|photos|pics|pictures|it)\s+(?:ends|end|stops|stop|"
    r"finishes|is\s+over|runs\s+out)\s+(?:before|earlier\s+than|sooner\s+than|ahead\s+of)\s+"
    + _SONG
    + r"(?:\s+does)?\b"
)

# the song ("it") cut short, said after its length was asked for
CUT_AFTER = re.compile(
    r"\b(?:it|that|the\s+end(?:\s+of\s+it)?)\s+(?:gets|is|got|was)\s+(?:being\s+)?cut\s+"
    r"(?:off|short)(?:\s+(?:at\s+the\s+end|now|rn))?\b"
)


def song_length(toks: list[Tok], orig: str) -> list[Tok]:
    toks = song_named_length(toks, orig)
    low = orig.lower()
    told = OUTLASTS.search(low)
    found_all = list(SAID.finditer(low))
    if told is not None:  # "..., make them match": the song said before is what they match
        found_all += [m for m in REFERRED.finditer(low) if m.start() >= told.end()]
        found_all.append(told)
    if found_all:  # "make it long enough for the whole song, it gets cut off": why, said after
        found_all += [m for m in CUT_AFTER.finditer(low) if m.start() >= found_all[0].end()]
    for found in sorted(found_all, key=lambda m: m.start(), reverse=True):
        start, end = found.start(), found.end()
        kind = "reason" if found.re in (OUTLASTS, CUT_AFTER) else "song_len"
        inside = [n for n, t in enumerate(toks) if t.start >= start and 0 <= t.end <= end]
        if not inside or any(
            t.start < end and t.end > start and not (t.start >= start and t.end <= end)
            for t in toks
            if t.start >= 0
        ):
            continue  # a word that reaches out of the phrase: leave it as read
        said = Tok(kind, None, start, end, found.group(0))
        gone = set(inside)
        kept = [t for n, t in enumerate(toks) if n not in gone]
        toks = [*kept[: inside[0]], said, *kept[inside[0] :]]
    return _song_first(toks, orig)


def _song_first(toks: list[Tok], orig: str) -> list[Tok]:
    """ "as long as the song i uploaded": the song named right after the length is set first,
    so that its length is the one matched (before, the old track's length was)."""
    for k in range(len(toks) - 1):
        tok, nxt = toks[k], toks[k + 1]
        joined = not orig[tok.end : nxt.start].strip()
        if tok.kind == "song_len" and nxt.kind in ("uploaded", "song") and joined:
            return [*toks[:k], nxt, tok, *toks[k + 2 :]]
    return toks


# "make it the same length as summer breeze", "as long as it" after the song is named: the
# length said by a song named in the sentence (before, only the song was set, the length
# silently dropped)
_AS_LONG = r"(?:(?:the\s+)?same\s+length\s+as|as\s+long\s+as|the\s+length\s+of)\s+"
BEFORE_SONG = re.compile(_AS_LONG + r"$")
# "as long as it" ends its clause: "as long as it fits" is a condition, no length
AS_IT = re.compile(
    r"\b" + _AS_LONG + r"(?:it|that|that\s+one|that\s+song|this\s+song)"
    r"(?=\s*(?:$|[,.!?;]|(?:pls|please|plz|thanks|thx|and|then|too)\b))"
)
MUSIC = ("song", "music", "uploaded")


def song_named_length(toks: list[Tok], orig: str) -> list[Tok]:
    """The length of a song named just after, or before, "as long as": the song is set and the
    video made as long (the song first, so that its length is the one matched)."""
    low = orig.lower()
    for k, tok in enumerate(toks):
        if tok.kind not in ("song", "uploaded"):  # "as long as my song": the uploaded one
            continue
        said = BEFORE_SONG.search(low[: tok.start])
        if said is None or any(t.start < said.start() < t.end for t in toks):
            continue  # a word that reaches into the phrase: leave it as read
        inside = [n for n, t in enumerate(toks[:k]) if t.start >= said.start()]
        length = Tok("song_len", None, said.start(), said.end(), said.group(0))
        kept = [t for n, t in enumerate(toks) if n not in inside and n != k]
        at = min(inside, default=k)
        return [*kept[:at], tok, length, *kept[at:]]
    found = AS_IT.search(low)
    if found is None or not any(t.kind in MUSIC and t.end <= found.start() for t in toks):
        return toks
    inside = [n for n, t in enumerate(toks) if t.start >= found.start() and t.end <= found.end()]
    if not inside or any(t.start < found.end() < t.end for t in toks):
        return toks
    length = Tok("song_len", None, found.start(), found.end(), found.group(0))
    kept = [t for n, t in enumerate(toks) if n not in inside]
    return [*kept[: inside[0]], length, *kept[inside[0] :]]

"""English as typed about the words on screen and the feel between and around the photos: the
title ("put 'Summer 2026' at the start", "call it ...", "the title should say ..."), the closing
text ("end it with ...", "last screen: ..."), the transitions between photos (their type, their
length, "smoother", "just hard cuts"), the video fading in from or out to black, how loud the
music is ("music is too loud", "turn the song up a little", "music at 50%") and how the photos sit
in the frame ("don't crop my photos", "fill the screen", "show the whole picture"). Typed the way
people chat: lowercase, typos, "pls", a remark before or a reason after the request, follow-ups
to the previous turn, and a few that must be asked about or change nothing. Judged as corpus
lines are (tests/nlu/harness.py) against the fixture: 5 photos of 3 s and a clip, crossfades of
0.75 s, calm music at 100 %, title "Our trip", caption "City lights" on photo 2, a 1 s fade out,
photos fitted over a blurred copy."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter

from photo_video_maker.model.edit_types import Edit

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "nlu"))
from harness import MEDIA, Line, judge, start  # noqa: E402

from photo_video_maker.instruct.interpret import read  # noqa: E402

EDITS = TypeAdapter(list[Edit])
ASK = {"clarify": True}


def _ops(*ops: dict[str, Any]) -> dict[str, Any]:
    return {"ops": list(ops)}


def _title(text: str) -> dict[str, Any]:
    return _ops({"kind": "title", "text": text})


def _closing(text: str) -> dict[str, Any]:
    return _ops({"kind": "closing", "text": text})


def _style(target: str, **style: Any) -> dict[str, Any]:
    return _ops({"kind": "text_style", "target": target, **style})


def _tr(**fields: Any) -> dict[str, Any]:
    return _ops({"kind": "transition", **fields})


def _fade(**ms: int) -> dict[str, Any]:
    return _ops({"kind": "video_fade", **ms})


def _vol(**amount: Any) -> dict[str, Any]:
    return _ops({"kind": "music_volume", **amount})


def _fit(fit: str, index: int | None = None) -> dict[str, Any]:
    return _ops({"kind": "fit", "fit": fit} | ({"index": index} if index is not None else {}))


def _check(text: str, expect: dict[str, Any], after: list[dict[str, Any]] | None = None) -> None:
    line = Line(id="probe", lang="en", text=text, expect=expect,
                after=EDITS.validate_python(after or []))  # fmt: skip
    reading = read(text, start(line), MEDIA, line.after)
    assert judge(line, reading) is None, (text, judge(line, reading), reading)


TITLES: list[tuple[str, dict[str, Any]]] = [
    ("put 'Summer 2026' at the start", _title("Summer 2026")),
    ("the title should say Beach Days pls", _title("Beach Days")),
    ("call it Grandma's 80th", _title("Grandma's 80th")),
    ("can u change the title to Italy 2025", _title("Italy 2025")),
    ("title: Our Honeymoon", _title("Our Honeymoon")),
    ("i want the title to be 'Happy Birthday Mia!'", _title("Happy Birthday Mia!")),
    ("change 'Our trip' to 'Our first trip'", _title("Our first trip")),
    ("the title is wrong, it should be Paris 2024", _title("Paris 2024")),
    ("make the title say camping w the boys", _title("camping w the boys")),
    ("name it Summer Vibes", _title("Summer Vibes")),
    ("put a title at the beginning that says Welcome Home", _title("Welcome Home")),
    ("opening text: Class of 2026", _title("Class of 2026")),
    ("can the title read 'Mom & Dad 30 years'", _title("Mom & Dad 30 years")),
    ("hmm the title needs to say Lake Tahoe not our trip", _title("Lake Tahoe")),
    ("start the video with the words Chapter One", _title("Chapter One")),
    ("titel should be Costa Rica 2025", _title("Costa Rica 2025")),
]  # fmt: skip

TITLE_STYLE: list[tuple[str, dict[str, Any]]] = [
    ("make the title bigger and yellow", _style("title", size=1.25, color="yellow")),
    ("move the title to the top", _style("title", pos="top")),
    ("title font a bit smaller pls", _style("title", size=0.8)),
    ("the title is too big, it covers the beach", _style("title", size=0.8)),
    ("no title pls", _ops({"kind": "remove_text", "which": "title"})),
    ("get rid of the title, i dont need it", _ops({"kind": "remove_text", "which": "title"})),
]  # fmt: skip

CLOSINGS: list[tuple[str, dict[str, Any]]] = [
    ("end it with 'thanks for watching'", _closing("thanks for watching")),
    ("at the end write See you next year", _closing("See you next year")),
    ("closing text should say The End", _closing("The End")),
    ("add 'made with love by nana' at the very end", _closing("made with love by nana")),
    ("last screen: Happy Anniversary", _closing("Happy Anniversary")),
    ("put a goodbye message at the end saying Bye from Tokyo", _closing("Bye from Tokyo")),
    ("finish with a message: love you mom", _closing("love you mom")),
    ("the end card should read Thanks everyone!", _closing("Thanks everyone!")),
    ("outro text: follow for more", _closing("follow for more")),
    ("sign off with xoxo Emma", _closing("xoxo Emma")),
    ("can the last thing on screen say Til next time", _closing("Til next time")),
    ("closing text Happy 10th bday Leo 🎉", _closing("Happy 10th bday Leo 🎉")),
]  # fmt: skip

TRANSITIONS: list[tuple[str, dict[str, Any]]] = [
    ("smoother transitions", _tr(factor=1.25)),
    ("crossfade between them", _tr(name="crossfade")),
    ("no transitions", _tr(name="none")),
    ("can the transitions be a bit smoother pls", _tr(factor=1.25)),
    ("make the transitions way longer", _tr(factor=1.5)),
    ("the transitions feel too long", _tr(factor=0.8)),
    ("use a slide transition", _tr(name="slideleft")),
    ("fade through black between photos", _tr(name="fadeblack")),
    ("dip to white between each photo", _tr(name="fadewhite")),
    ("set the transitions to 1 second", _tr(ms=1000)),
    ("1.5s crossfades", _tr(name="crossfade", ms=1500)),
    ("make every transition half a second", _tr(ms=500)),
    ("just hard cuts pls", _tr(name="none")),
    ("i dont want any transitions, straight cuts", _tr(name="none")),
    ("random transitions", _tr(name="random")),
    ("use a mix of different transitions", _tr(name="random")),
    ("zoom transition between photo 2 and 3", _tr(name="zoom", index=3)),
    ("snappier transitions", _tr(factor=0.8)),
    ("transitions twice as long", _tr(factor=2)),
    ("circle transitions pls", _tr(name="circle")),
    ("wipe up transitions", _tr(name="wipeup")),
    ("the transitions are too fast, i can barely see them", _tr(factor=1.25)),
    ("crossfade 2 sec", _tr(name="crossfade", ms=2000)),
    ("make the transitions a bit quicker", _tr(factor=0.8)),
    ("less abrupt transitions", _tr(factor=1.25)),
    ("longer fades between the pics pls", _tr(factor=1.25)),
    ("can u blend the photos into each other", _tr(name="crossfade")),
    ("transitons smoother", _tr(factor=1.25)),
]  # fmt: skip

VIDEO_FADES: list[tuple[str, dict[str, Any]]] = [
    ("fade to black at the end", _fade(fade_out_ms=1000)),
    ("fade in from black", _fade(fade_in_ms=1000)),
    ("start with a fade from black pls", _fade(fade_in_ms=1000)),
    ("fade out at the end for 3 seconds", _fade(fade_out_ms=3000)),
    ("a 2 sec fade in at the beginning", _fade(fade_in_ms=2000)),
    ("no fade at the end", _fade(fade_out_ms=0)),
    ("dont fade out at the end, just stop", _fade(fade_out_ms=0)),
    ("fade in and out", _fade(fade_in_ms=1000, fade_out_ms=1000)),
    ("fade in at the start and fade out at the end", _fade(fade_in_ms=1000, fade_out_ms=1000)),
    ("end on a 2 second fade to black", _fade(fade_out_ms=2000)),
    ("make the video fade in from black over 1.5 seconds", _fade(fade_in_ms=1500)),
    ("remove the fade in and fade out", _fade(fade_in_ms=0, fade_out_ms=0)),
    ("can it fade from black at the start like a movie", _fade(fade_in_ms=1000)),
    ("video fade out 5s", _fade(fade_out_ms=5000)),
    ("fade the ending out to black slowly over 4 secs", _fade(fade_out_ms=4000)),
    ("i want it to open with a fade in", _fade(fade_in_ms=1000)),
]  # fmt: skip

VOLUMES: list[tuple[str, dict[str, Any]]] = [
    ("music is too loud", _vol(factor=0.8)),
    ("turn the song up a little", _vol(factor=1.25)),
    ("music at 50%", _vol(percent=50)),
    ("the music is way too loud, i cant hear the clip", _vol(factor=0.67)),
    ("lower the music a bit pls", _vol(factor=0.8)),
    ("can you make the song quieter", _vol(factor=0.8)),
    ("bring the music down to 30 percent", _vol(percent=30)),
    ("music volume 70%", _vol(percent=70)),
    ("the bg music is kinda quiet", _vol(factor=1.25)),
    ("louder music!!", _vol(factor=1.25)),
    ("turn down the song", _vol(factor=0.8)),
    ("make the music half as loud", _vol(factor=0.5)),
    ("set the volume of the music to 20", _vol(percent=20)),
    ("music softer", _vol(factor=0.8)),
    ("turn the music way down", _vol(factor=0.67)),
    ("i can barely hear the music", _vol(factor=1.25)),
    ("put the song at full volume", _vol(percent=100)),
    ("reduce music volume by half", _vol(factor=0.5)),
    ("music 25%", _vol(percent=25)),
    ("the music drowns out the party clip", _vol(factor=0.8)),
    ("musci too loud", _vol(factor=0.8)),
    ("can the background song be a little lower", _vol(factor=0.8)),
]  # fmt: skip

FITS: list[tuple[str, dict[str, Any]]] = [
    ("don't crop my photos", _fit("contain")),
    ("fill the screen", _fit("cover")),
    ("show the whole picture", _fit("contain")),
    ("the photos are getting cut off, show all of it", _fit("contain")),
    ("put black bars instead of the blur", _fit("contain")),
    ("make the photos fill the whole frame even if it crops a bit", _fit("cover")),
    ("dont cut off anyones head", _fit("contain")),
    ("fit the whole photo in the frame", _fit("contain")),
    ("crop the photos to fill the screen", _fit("cover")),
    ("photo 3 should fill the screen", _fit("cover", 3)),
    ("dont crop the dog photo", _fit("contain", 3)),
    ("full screen photos pls", _fit("cover")),
    ("letterbox the photos", _fit("contain")),
    ("stretch the pics to fill the screen", _fit("cover")),
    ("blurred background behind the photos", _fit("blur")),
]  # fmt: skip

FOLLOW_UPS: list[tuple[list[dict[str, Any]], str, dict[str, Any]]] = [
    ([{"kind": "title", "text": "Summer"}], "no make it Summer 2026", _title("Summer 2026")),
    ([{"kind": "title", "text": "Paris"}], "actually call it Paris 2024 instead",
     _title("Paris 2024")),
    ([{"kind": "closing", "text": "The End"}], "make the ending text bigger",
     _style("closing", size=1.25)),
    ([{"kind": "closing", "text": "Bye"}], "change the closing to 'See ya'", _closing("See ya")),
    ([{"kind": "transition", "name": "zoom"}], "nah use crossfade instead",
     _tr(name="crossfade")),
    ([{"kind": "transition", "ms": 2000}], "too long, make them 1 sec", _tr(ms=1000)),
    ([{"kind": "music_volume", "percent": 50}], "bit louder than that", _vol(factor=1.25)),
    ([{"kind": "music_volume", "factor": 0.8}], "still too loud", _vol(factor=0.8)),
    ([{"kind": "video_fade", "fade_out_ms": 2000}], "make that fade 3 seconds",
     _fade(fade_out_ms=3000)),
    ([{"kind": "fit", "fit": "cover"}], "hmm no, show the whole photo again", _fit("contain")),
]  # fmt: skip

ASKED_OR_NOT: list[tuple[str, dict[str, Any]]] = [
    ("what does the title say", {"answer": "texts"}),
    ("how loud is the music", {"answer": "music"}),
    ("what transitions are you using", {"answer": "style"}),
    ("i like the transitions", {"none": "transition"}),
    ("the title", {"none": "text"}),
    ("the music is fine", {"none": "music"}),
]  # fmt: skip

# a second batch, harder, written before any fix: the text where the reader must find it, a
# style word where a text could go, a reason after the request with no "because"
HARDER: list[tuple[str, dict[str, Any]]] = [
    ("can we have Summer 2026 as the title", _title("Summer 2026")),
    ("Summer 2026 as the title pls", _title("Summer 2026")),
    ("i'd like it to say 'Emma turns 5' at the beginning", _title("Emma turns 5")),
    ("up front put Family Reunion 2025", _title("Family Reunion 2025")),
    ("the heading should be Our Little Adventure", _title("Our Little Adventure")),
    ("replace 'Our trip' with 'Japan 2026'", _title("Japan 2026")),
    ("swap the title for Hawaii", _title("Hawaii")),
    ("title -> Spring Break", _title("Spring Break")),
    ("first thing ppl see should say Welcome to the family", _title("Welcome to the family")),
    ("lets call the video Weekend in Rome", _title("Weekend in Rome")),
    ("retitle it Best Day Ever", _title("Best Day Ever")),
    ("could the intro say Happy Mother's Day", _title("Happy Mother's Day")),
    ("make the title Our Trip to Norway instead of just our trip", _title("Our Trip to Norway")),
    ("title text in red", _style("title", color="red")),
    ("the title should be at the bottom", _style("title", pos="bottom")),
    ("the title should be bigger", _style("title", size=1.25)),
    ("title should be white", _style("title", color="white")),
    ("lose the title", _ops({"kind": "remove_text", "which": "title"})),
    ("hmm the title looks too small on my phone", _style("title", size=1.25)),
    ("at the very end pls put 'see u soon'", _closing("see u soon")),
    ("and at the end: Love, the Smiths", _closing("Love, the Smiths")),
    ("last slide should say Thank you for coming", _closing("Thank you for coming")),
    ("ending message = Happy retirement Bob", _closing("Happy retirement Bob")),
    ("the video should end with the words Forever Young", _closing("Forever Young")),
    ("closing credits: filmed by Sam", _closing("filmed by Sam")),
    ("finish the video with 'The adventure continues...'", _closing("The adventure continues...")),
    ("get rid of the text at the end", _ops({"kind": "remove_text", "which": "closing"})),
    ("the photos just jump from one to the next, can they blend", _tr(name="crossfade")),
    ("can the pictures fade into each other more slowly", _tr(factor=1.25)),
    ("cut straight from one photo to the next", _tr(name="none")),
    ("push transition pls", _tr(name="pushleft")),
    ("every transition 0.3 sec", _tr(ms=300)),
    ("make the crossfade shorter", _tr(factor=0.8)),
    ("crossfades a bit longer", _tr(factor=1.25)),
    ("slower crossfades", _tr(factor=1.25)),
    ("transition between 3 and 4 should be a fade to black", _tr(name="fadeblack", index=4)),
    ("transitions off", _tr(name="none")),
    ("use fade to white transitions instead of the crossfade", _tr(name="fadewhite")),
    ("make the transitions less long", _tr(factor=0.8)),
    ("the fades between photos are too quick", _tr(factor=1.25)),
    ("transitions: 800ms", _tr(ms=800)),
    ("fade out the ending", _fade(fade_out_ms=1000)),
    ("can the whole thing fade to black when it ends", _fade(fade_out_ms=1000)),
    ("begin from a black screen and fade in", _fade(fade_in_ms=1000)),
    ("add a fade in of 3 secs at the beginning pls", _fade(fade_in_ms=3000)),
    ("the ending stops too suddenly, fade it out", _fade(fade_out_ms=1000)),
    ("no fade in or out", _fade(fade_in_ms=0, fade_out_ms=0)),
    ("remove the fade at the end", _fade(fade_out_ms=0)),
    ("fade in from black at the start and fade to black for 2 seconds at the end",
     _fade(fade_in_ms=1000, fade_out_ms=2000)),
    ("make the video end with a 3s fade out", _fade(fade_out_ms=3000)),
    # no video and no music named: both fade, which one is asked (as "fade in 1s" alone is)
    ("fade in 1s, fade out 2s", ASK),
    ("the music is kind of overpowering", _vol(factor=0.8)),
    ("music needs to be softer so we can hear grandpa talk", _vol(factor=0.8)),
    ("crank up the music", _vol(factor=1.25)),
    ("turn the music down to like 40", _vol(percent=40)),
    ("can u make the music a tad louder", _vol(factor=1.25)),
    ("volume of the song: 60%", _vol(percent=60)),
    ("drop the music volume a lot", _vol(factor=0.67)),
    ("music a bit lower please its too much", _vol(factor=0.8)),
    ("the song is barely audible", _vol(factor=1.25)),
    ("half volume for the music", _vol(percent=50)),
    ("music volume to max", _vol(percent=100)),
    ("lower the bgm", _vol(factor=0.8)),
    ("i want to see the full photo not cropped", _fit("contain")),
    ("the heads are cut off in the forest one", _fit("contain", 4)),
    ("no borders, fill the whole thing", _fit("cover")),
    ("photos should cover the entire screen", _fit("cover")),
    ("fit them in the frame with black around them", _fit("contain")),
    ("keep the whole image visible", _fit("contain")),
    ("don't cut anything off the photos", _fit("contain")),
    ("make pic 2 fit without cropping", _fit("contain", 2)),
    ("edge to edge photos", _fit("cover")),
    ("the transitions are nice", {"none": "transition"}),
    ("why is there blur on the sides", {"answer": "fit"}),
    ("is there a fade at the end", {"answer": "style"}),
]  # fmt: skip

HARDER_AFTER: list[tuple[list[dict[str, Any]], str, dict[str, Any]]] = [
    ([{"kind": "closing", "text": "Bye"}], "closing text in yellow",
     _style("closing", color="yellow")),
    ([{"kind": "music_volume", "percent": 50}], "turn it down a bit", _vol(factor=0.8)),
    ([{"kind": "transition", "name": "fadeblack"}], "make those a bit quicker", _tr(factor=0.8)),
    ([{"kind": "video_fade", "fade_in_ms": 1000}], "make it longer, like 2 secs",
     _fade(fade_in_ms=2000)),
    ([{"kind": "title", "text": "Rome"}], "no wait, Rome 2025", _title("Rome 2025")),
]  # fmt: skip

# a third batch, written before its fixes: an idea of a title ("i'm thinking ..."), texts
# with commas, a step said as a complaint ("kinda choppy"), a fit said as what went wrong
THIRD: list[tuple[str, dict[str, Any]]] = [
    ("ok so for the title i'm thinking Sunny Days", _title('Sunny Days')),
    ('title needs to be Happy 40th Dad', _title('Happy 40th Dad')),
    ('honestly just call it Us', _title('Us')),
    ('could u put Best Friends Forever as the opening text', _title('Best Friends Forever')),
    ('the words at the start should be Welcome Baby Noah', _title('Welcome Baby Noah')),
    ('change the title from our trip to Iceland 2026', _title('Iceland 2026')),
    ('title = Graduation Day', _title('Graduation Day')),
    ('title in caps: SPRING FLING', _title('SPRING FLING')),
    ('put the title a bit lower', _style('title', pos='bottom')),
    ('make the title text yellow pls its hard to see', _style('title', color='yellow')),
    ('the ending should say with love, grandma and grandpa',
     _closing('with love, grandma and grandpa')),
    ('put a see you next time message at the very end', _closing('See you next time')),
    ('end card: Subscribe!', _closing('Subscribe!')),
    ('add closing text saying thanks 4 watching', _closing('thanks 4 watching')),
    ('can u end the video with the words The Beginning', _closing('The Beginning')),
    ('the very last screen should say Merry Christmas from the Johnsons',
     _closing('Merry Christmas from the Johnsons')),
    ('i dont want transitions', _tr(name='none')),
    ('make the photos crossfade', _tr(name='crossfade')),
    ('go with fade to black transitions', _tr(name='fadeblack')),
    ('the fades between pics should be longer', _tr(factor=1.25)),
    ('make transitions 2x faster', _tr(factor=0.5)),
    ('transitions are kinda choppy', _tr(factor=1.25)),
    ('transition length 1s', _tr(ms=1000)),
    ('use slide transitions going left', _tr(name='slideleft')),
    ('i want random transitions for fun', _tr(name='random')),
    ('fade to black at the end pls, like a movie', _fade(fade_out_ms=1000)),
    ('the video should fade out at the end', _fade(fade_out_ms=1000)),
    ('dont fade in at the start', _fade(fade_in_ms=0)),
    ('fade the video in from black for 2 seconds', _fade(fade_in_ms=2000)),
    ('no fade to black at the end pls', _fade(fade_out_ms=0)),
    ('give it a fade in at the beginning and a fade out at the end',
     _fade(fade_in_ms=1000, fade_out_ms=1000)),
    ('the ending should fade to black slowly', _fade(fade_out_ms=1250)),
    ('can you lower the background music', _vol(factor=0.8)),
    ('song volume at 75 percent', _vol(percent=75)),
    ('the music is sooo loud', _vol(factor=0.8)),
    ('pump up the music', _vol(factor=1.25)),
    ('turn the music down a lot pls', _vol(factor=0.67)),
    ('the music should be quieter than the clip', _vol(factor=0.8)),
    ('my photos are being cropped', _fit('contain')),
    ('the top of the photos gets cut off', _fit('contain')),
    ('make them fill the frame', _fit('cover')),
    ('zoom in so there are no black bars', _fit('cover')),
    ('i want blur behind the photos instead of black', _fit('blur')),
    ('pic 5 gets cropped, show all of it', _fit('contain', 5)),
]  # fmt: skip

# written after the fixes, to see the kind of phrasing is read, not the one sentence
VARIANTS: list[tuple[str, dict[str, Any]]] = [
    ("end with a fade out", _fade(fade_out_ms=1000)),
    ("end it with a 2 second fade out", _fade(fade_out_ms=2000)),
    ("we should have Summer 2026 as the title", _title("Summer 2026")),
    ("could you use Beach Bums as the title pls", _title("Beach Bums")),
    ("i'd like to use Our Wedding as the title", _title("Our Wedding")),
    ("lets put see you soon as the ending", _closing("see you soon")),
    ("the caption is too tiny on my phone", _style("captions", size=1.25)),
    ("the music seems quiet on my phone", _vol(factor=1.25)),
    ("let the photos fade into one another faster", _tr(factor=0.8)),
    ("begin from black", _fade(fade_in_ms=1000)),
    ("can it begins from black pls", _fade(fade_in_ms=1000)),
    ("the last thing ppl see should say bye", _closing("bye")),
    ("retitle the video to mom's 60th", _title("mom's 60th")),
    ("pls retitle it to Camping!", _title("Camping!")),
    ("keep the whole photo in view", _fit("contain")),
    ("i want the whole pic visible pls", _fit("contain")),
    ("the song needs to be louder so my dad can hear it", _vol(factor=1.25)),
    ("the title needs to be bigger so grandma can read it", _style("title", size=1.25)),
    ("the closing should be Bigger Than Life", _closing("Bigger Than Life")),
    ("move the caption to the top its covering the dog", _style("captions", pos="top")),
    ("make the title smaller it blocks his face", _style("title", size=0.8)),
    ("closing text: with love, grandma and grandpa", _closing("with love, grandma and grandpa")),
    ("closing text saying with love from all of us", _closing("with love from all of us")),
    ("end it with thanks, grandma and grandpa", _closing("thanks, grandma and grandpa")),
    ("add a see you soon note at the end", _closing("See you soon")),
    ("end with a thanks for watching message", _closing("Thanks for watching")),
    ("the top of pic 3 gets cut off", _fit("contain", 3)),
    ("the bottom of the dog photo is cut off", _fit("contain", 3)),
    ("the sides of my pics get cut off", _fit("contain")),
    ("blur behind the pics pls", _fit("blur")),
    ("put the title at the top of the photos", _style("title", pos="top")),
    ("pick Beach Bums for the title", _title("Beach Bums")),
    ("i'd like Forever Young as the closing", _closing("Forever Young")),
    ("ok, Happy Holidays at the start", _title("Happy Holidays")),
    ("the title is boring, call it Wild West", _title("Wild West")),
    ("the title is kinda boring, change it to 'Wild West'", _title("Wild West")),
    ("swap the transitions to circle", _tr(name="circle")),
    ("a final card saying The End", _closing("The End")),
    ("finally a slide that says see you", _closing("see you")),
    ("a caption on pic 2 saying to infinity and beyond",
     _ops({"kind": "caption", "index": 2, "text": "to infinity and beyond"})),
    ("i want the pics shown fully", _fit("contain")),
    ("show the photos in full", _fit("contain")),
    ("write see you soon at the end of the video", _closing("see you soon")),
    ("add a final slide saying thanks for watching", _closing("thanks for watching")),
    ("final slide: thanks for watching", _closing("thanks for watching")),
    ("the final slide should say Bye", _closing("Bye")),
    ("caption the final slide: Sunset", _ops({"kind": "caption", "index": -1, "text": "Sunset"})),
    ("the final slide should be longer", _ops({"kind": "seconds_per_photo", "index": -1,
                                               "factor": 1.25})),
]  # fmt: skip

# words that point at something, or a photo or a place, are no text
NO_TEXT = [
    "I want it as the title", "I want that as the title", "use it as the title",
    "use the dog photo as the title", "Dog at the start", "call it our summer video",
]  # fmt: skip

VARIANTS_AFTER: list[tuple[list[dict[str, Any]], str, dict[str, Any]]] = [
    ([{"kind": "video_fade", "fade_out_ms": 2000}], "make the fade 3 seconds",
     _fade(fade_out_ms=3000)),
    ([{"kind": "video_fade", "fade_out_ms": 2000}], "that fade longer", _fade(fade_out_ms=2500)),
    ([{"kind": "video_fade", "fade_out_ms": 2000}], "make the fades 3 seconds", _tr(ms=3000)),
    ([{"kind": "music_fade", "fade_out_ms": 3000}], "make that fade 5 seconds",
     _ops({"kind": "music_fade", "fade_out_ms": 5000})),
    ([{"kind": "video_fade", "fade_in_ms": 1000}], "longer like 3 seconds",
     _fade(fade_in_ms=3000)),
    ([{"kind": "title", "text": "Rome"}], "actually, Rome trip!", _title("Rome trip")),
    ([{"kind": "title", "text": "Rome"}], "i meant, Rome Trip", _title("Rome Trip")),
    ([{"kind": "closing", "text": "see you soon"}], "no, see you soon guys",
     _closing("see you soon guys")),
]  # fmt: skip

# a correction with no word of the text written is not taken as the text
NOT_REWRITTEN: list[tuple[list[dict[str, Any]], str]] = [
    ([{"kind": "title", "text": "Rome"}], "no, Lisbon"),
    ([{"kind": "title", "text": "Rome"}], "no wait, 2025"),
]  # fmt: skip

# a fourth batch, written before its fixes: a title said with where it goes, a remark before
# the request, a fit said as how the photos should show
FOURTH: list[tuple[str, dict[str, Any]]] = [
    ("Summer 2026 at the start pls", _title("Summer 2026")),
    ("can u put Our First Christmas as the big title at the start", _title("Our First Christmas")),
    ("the intro text should read Mia's 1st Birthday", _title("Mia's 1st Birthday")),
    ("for the opening title i want 'Barcelona baby'", _title("Barcelona baby")),
    ("i'd like the title Graduation 2026 please", _title("Graduation 2026")),
    ("title it Lake House Weekend, thanks", _title("Lake House Weekend")),
    ("set the title to Family Trip", _title("Family Trip")),
    ("our trip is boring as a title, call it Wild West Road Trip", _title("Wild West Road Trip")),
    ("the title should be a little smaller", _style("title", size=0.8)),
    ("title at the bottom pls", _style("title", pos="bottom")),
    ("can the title be gold", _style("title", color="gold")),
    ("remove the title at the beginning", _ops({"kind": "remove_text", "which": "title"})),
    ("end with 'Thanks for being there'", _closing("Thanks for being there")),
    ("put Happy Birthday Grandpa at the end", _closing("Happy Birthday Grandpa")),
    ("closing message: we love you", _closing("we love you")),
    ("add an ending that says to be continued", _closing("to be continued")),
    ("and finally a card saying The End", _closing("The End")),
    ("swap the transitions for fade to black", _tr(name="fadeblack")),
    ("do crossfades of 1 second", _tr(name="crossfade", ms=1000)),
    ("transitions should be slower and smoother", _tr(factor=1.25)),
    ("cut the transitions", _tr(name="none")),
    ("get rid of all the transitions", _tr(name="none")),
    ("make the transitions way shorter", _tr(factor=0.67)),
    ("the crossfades feel too slow", _tr(factor=0.8)),
    ("slide transitions to the right", _tr(name="slideright")),
    ("fade to black at the very end for like 3 secs", _fade(fade_out_ms=3000)),
    ("fade out the video at the end", _fade(fade_out_ms=1000)),
    ("fade from black at the beginning for 2s", _fade(fade_in_ms=2000)),
    ("open with a fade from black", _fade(fade_in_ms=1000)),
    ("just cut to black at the end, no fade", _fade(fade_out_ms=0)),
    ("longer fade out at the end pls, maybe 3 seconds", _fade(fade_out_ms=3000)),
    ("the music is a bit too loud", _vol(factor=0.8)),
    ("i want the music softer", _vol(factor=0.8)),
    ("music volume down to 60", _vol(percent=60)),
    ("can you turn the music volume up", _vol(factor=1.25)),
    ("music way louder pls", _vol(factor=1.5)),
    ("put the volume of the song at 40%", _vol(percent=40)),
    ("the background track is too loud over the party clip", _vol(factor=0.8)),
    ("half the music volume", _vol(factor=0.5)),
    ("my photos are cropped weird, show the whole thing", _fit("contain")),
    ("i don't want the photos cropped", _fit("contain")),
    ("make the pics fill the screen no blur", _fit("cover")),
    ("the forest photo should show completely", _fit("contain", 4)),
    ("fill the whole screen with each photo", _fit("cover")),
    ("no black bars pls", _fit("cover")),
]  # fmt: skip

# a fifth batch, written before its fixes: the plain ways again, typed differently
FIFTH: list[tuple[str, dict[str, Any]]] = [
    ("Title: 'Nana's 90th 🎂'", _title("Nana's 90th 🎂")),
    ("hey can you make the title say Welcome to Our Wedding", _title("Welcome to Our Wedding")),
    ("I want it titled Road Trip 2026", _title("Road Trip 2026")),
    ("title should read: The Smiths in Spain", _title("The Smiths in Spain")),
    ("put the words Happy Graduation at the beginning of the video", _title("Happy Graduation")),
    ("the opening should say Once upon a time", _title("Once upon a time")),
    ("change the intro text to Hello 2026", _title("Hello 2026")),
    ("make the title pink and bigger", _style("title", color="pink", size=1.25)),
    ("title up top", _style("title", pos="top")),
    ("delete the title", _ops({"kind": "remove_text", "which": "title"})),
    ("outro: thanks for watching, like and subscribe",
     _closing("thanks for watching, like and subscribe")),
    ("end screen should say Made by Lily", _closing("Made by Lily")),
    ("write The End at the very end", _closing("The End")),
    ("put a closing text Love you all", _closing("Love you all")),
    ("remove the closing text", _ops({"kind": "remove_text", "which": "closing"})),
    ("no transitions between the photos pls", _tr(name="none")),
    ("crossfade transitions half a second long", _tr(name="crossfade", ms=500)),
    ("zoom transitions", _tr(name="zoom")),
    ("faster transitions", _tr(factor=0.8)),
    ("transitions 2 seconds each", _tr(ms=2000)),
    ("the transitions are too long, shorten them a bit", _tr(factor=0.8)),
    ("change the transitions to wipes", _tr(name="wiperight")),  # a wipe goes right unless said
    ("fade to white between the photos", _tr(name="fadewhite")),
    ("add a fade in at the start", _fade(fade_in_ms=1000)),
    ("make the ending fade to black over 2 seconds", _fade(fade_out_ms=2000)),
    ("fade the video out for 3 sec at the end", _fade(fade_out_ms=3000)),
    ("no fades at the start or end", _fade(fade_in_ms=0, fade_out_ms=0)),
    ("fade in from black 1.5 sec", _fade(fade_in_ms=1500)),
    ("the start is too abrupt, fade it in", _fade(fade_in_ms=1000)),
    ("the music is drowning everything out", _vol(factor=0.8)),
    ("music quieter pls", _vol(factor=0.8)),
    ("set music to 35%", _vol(percent=35)),
    ("turn the volume of the music up a bit", _vol(factor=1.25)),
    ("lower the song to half", _vol(percent=50)),
    ("music a lot quieter", _vol(factor=0.67)),
    ("the music's too quiet", _vol(factor=1.25)),
    ("make the music 20 percent", _vol(percent=20)),
    ("dont crop anything", _fit("contain")),
    ("show each photo in full", _fit("contain")),
    ("the photos should fill the screen completely", _fit("cover")),
    ("crop photo 2 to fill the frame", _fit("cover", 2)),
    ("use the blurry background again", _fit("blur")),
    ("i want the full photos with black bars", _fit("contain")),
]  # fmt: skip

# a sixth batch, written after the others were fixed: short chat forms of every kind above
SIXTH: list[tuple[str, dict[str, Any]]] = [
    ('the title should just say Paris', _title('Paris')),
    ("title 'Us, Always'", _title('Us, Always')),
    ('pls make the title Happy Bday Sam!!', _title('Happy Bday Sam!!')),
    ('use Costa Brava 2026 for the title', _title('Costa Brava 2026')),
    ('i want Summer Lovin as my title', _title('Summer Lovin')),
    ('opening card: Meet the Millers', _title('Meet the Millers')),
    ('how about the title Spring Days', _title('Spring Days')),
    ('ending text: goodnight moon', _closing('goodnight moon')),
    ('put Adios at the end', _closing('Adios')),
    ('the video should end saying Love, Mia', _closing('Love, Mia')),
    ('fade out over 2 seconds at the end of the video', _fade(fade_out_ms=2000)),
    ('add a fade to black ending', _fade(fade_out_ms=1000)),
    ('fade out slowly at the end', _fade(fade_out_ms=1250)),
    ('i want a fade in at the beginning, 2 secs', _fade(fade_in_ms=2000)),
    ('music down a bit', _vol(factor=0.8)),
    ('music up', _vol(factor=1.25)),
    ('can we lower the volume of the music to 25', _vol(percent=25)),
    ('the song is too quiet compared to the clip', _vol(factor=1.25)),
    ('music much softer', _vol(factor=0.67)),
    ('crossfade the photos', _tr(name='crossfade')),
    ('1 sec transitions', _tr(ms=1000)),
    ('gentler transitions pls', _tr(factor=1.25)),
    ('transitions feel rushed', _tr(factor=1.25)),
    ('show the photos uncropped', _fit('contain')),
    ('no cropping pls', _fit('contain')),
    ('cover the whole screen', _fit('cover')),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expect"), TITLES)
def test_a_title_said_any_way_sets_the_title(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), TITLE_STYLE)
def test_the_title_restyled_or_removed(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), CLOSINGS)
def test_words_for_the_end_set_the_closing_text(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), TRANSITIONS)
def test_transitions_take_the_type_or_length_asked(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), VIDEO_FADES)
def test_fading_in_from_or_out_to_black_is_the_video_fade(
    text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), VOLUMES)
def test_how_loud_the_music_is_said_sets_its_volume(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), FITS)
def test_cropping_filling_or_showing_all_sets_the_fit(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("after", "text", "expect"), FOLLOW_UPS)
def test_a_follow_up_changes_what_the_last_turn_set(
    after: list[dict[str, Any]], text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect, after)


@pytest.mark.parametrize(("text", "expect"), ASKED_OR_NOT)
def test_a_question_or_a_remark_changes_nothing(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), HARDER)
def test_harder_phrasings_of_text_transitions_fades_volume_and_fit(
    text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("after", "text", "expect"), HARDER_AFTER)
def test_a_follow_up_with_it_or_those_means_what_the_last_turn_set(
    after: list[dict[str, Any]], text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect, after)


@pytest.mark.parametrize(("text", "expect"), THIRD)
def test_an_idea_of_a_text_a_complaint_or_what_went_wrong_is_read(
    text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), VARIANTS)
def test_variants_written_after_the_fixes_are_read_too(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("after", "text", "expect"), VARIANTS_AFTER)
def test_follow_up_variants_change_the_fade_or_text_just_set(
    after: list[dict[str, Any]], text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect, after)


@pytest.mark.parametrize(("after", "text"), NOT_REWRITTEN)
def test_a_correction_sharing_no_word_with_the_text_does_not_rewrite_it(
    after: list[dict[str, Any]], text: str
) -> None:
    line = Line(id="probe", lang="en", text=text, expect={}, after=EDITS.validate_python(after))
    reading = read(text, start(line), MEDIA, line.after)
    assert not any(e.kind in ("title", "closing", "caption") for e in reading.edits), reading


@pytest.mark.parametrize(("text", "expect"), FOURTH)
def test_a_text_with_its_place_a_remark_first_or_how_photos_show_is_read(
    text: str, expect: dict[str, Any]
) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), FIFTH)
def test_plain_requests_typed_differently_are_read(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize(("text", "expect"), SIXTH)
def test_short_chat_forms_are_read(text: str, expect: dict[str, Any]) -> None:
    _check(text, expect)


@pytest.mark.parametrize("text", NO_TEXT)
def test_a_pointing_word_a_photo_or_a_place_writes_no_words(text: str) -> None:
    line = Line(id="probe", lang="en", text=text, expect={}, after=[])
    reading = read(text, start(line), MEDIA, [])
    said = [getattr(e, "text", "") for e in reading.edits if e.kind in ("title", "closing")]
    # "call it our summer video": the words are all the title's, the video in them too
    assert said in ([], ["our summer video"]), reading

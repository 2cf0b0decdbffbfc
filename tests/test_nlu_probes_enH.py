"""English about the video's fades and its music, as people type them in a chat: a fade from or
to black at the start or end of the whole video ("start from black", "end on black", "fade to
black only at the end, not between the pics"), kept apart from the fades between photos; the
video made as long as the song ("end when the song ends", "fit it to the track"); how the
photos fill the frame ("don't cut off their heads", "no black bars", "show the whole photo");
the music's volume (a notch, a tad, percentages, "the music is drowning the voices"); the music
chosen by mood or by the track's instrument ("something upbeat", "the piano one"), with a reason
after it that must not become another edit ("dad likes quiet things" picks calm music, it does
not lower the volume); follow-ups to the previous turn; and the sentences that could mean two
fades, or ask for nothing that can be done, which change nothing."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import EDITS, MEDIA, Line, assert_does, judge, probe, start

from photo_video_maker.instruct.interpret import read

OUT = [{"kind": "video_fade", "fade_out_ms": 1000}]
IN = [{"kind": "video_fade", "fade_in_ms": 1000}]

FADES: list[Any] = [
    ("fade to black at the very end pls", OUT),
    ("can it start from black", IN),
    ("i want it to end on black", OUT),
    ("start on a black screen and fade in", IN),
    ("fade in from black at the beginning, its for my nans funeral", IN),
    ("fade in at the start from black 2 sec", [{"kind": "video_fade", "fade_in_ms": 2000}]),
    ("make the ending fade out to black slower", [{"kind": "video_fade", "fade_out_ms": 1250}]),
    ("the fade to black at the end is too long, make it half a second", [
        {"kind": "video_fade", "fade_out_ms": 500}]),
    ("remove the fade to black at the end", [{"kind": "video_fade", "fade_out_ms": 0}]),
    ("get rid of the fade out at the end, i want it to just stop", [
        {"kind": "video_fade", "fade_out_ms": 0}]),
    ("fade it in from black and fade it out to black", [
        {"kind": "video_fade", "fade_in_ms": 1000, "fade_out_ms": 1000}]),
    pytest.param("fade from black in the beginning and to black at the end, 2 secs each", [
        {"kind": "video_fade", "fade_in_ms": 2000, "fade_out_ms": 2000}], marks=pytest.mark.xfail(
            strict=True, reason="'N each' after two fades said by their places (from black at "
            "the start, to black at the end) is read as each photo's length; 'fade in ... fade "
            "out ..., N each' is read")),
    ("start black then fade in over like 3 seconds", [{"kind": "video_fade", "fade_in_ms": 3000}]),
    ("ending should fade to black for 5 secs", [{"kind": "video_fade", "fade_out_ms": 5000}]),
    ("fade out to black at the end but keep the crossfades between photos", OUT),
    ("fade to black only at the end not between the pics", OUT),
    ("dont use fade to black between photos, just at the end of the video", OUT),
    ("the video should fade out to black at the end, like a movie", OUT),
    ("fade to black at the end over 2.5 secs", [{"kind": "video_fade", "fade_out_ms": 2500}]),
    ("can u make it fade in from black at the start 🙏", IN),
    ("begin with a fade-in from black", IN),
    ("fade the whole video out at the end, 3 seconds", [
        {"kind": "video_fade", "fade_out_ms": 3000}]),
    ("a slow fade to black to finish", [{"kind": "video_fade", "fade_out_ms": 1250}]),
    ("end the video with a fade to black pls", OUT),
]  # fmt: skip

TO_SONG = [{"kind": "length_to_song"}]
LENGTH_TO_SONG: list[Any] = [
    ("make the video as long as the song pls", TO_SONG),
    ("match the video to the music length", TO_SONG),
    ("i want it to end when the song ends", TO_SONG),
    ("fit it to the track", TO_SONG),
    ("can you make it the same length as the song", TO_SONG),
    ("the video should last the whole song", TO_SONG),
    ("sync the length with the music", TO_SONG),
    ("the song keeps playing after the pics are done, make it as long as the song", TO_SONG),
    ("make the video long enough for the whole song", TO_SONG),
    ("stretch it to the song length", TO_SONG),
    ("end the video when the music ends", TO_SONG),
    ("video length = song length", TO_SONG),
    ("make the pics last until the song is over", TO_SONG),
    ("let it play to the end of the song", TO_SONG),
    ("match the length of the song", TO_SONG),
]  # fmt: skip

CONTAIN = [{"kind": "fit", "fit": "contain"}]
COVER = [{"kind": "fit", "fit": "cover"}]
FIT: list[Any] = [
    ("dont cut off their heads pls", CONTAIN),
    ("show the whole photo, i dont mind black bars", CONTAIN),
    ("the photos are cropped too much, show everything", CONTAIN),
    ("no black bars at all, fill the whole screen", COVER),
    ("crop to fill pls", COVER),
    ("fill the frame with the photos even if it crops a bit", COVER),
    ("the heads get cut off in the dog pic, show all of it", [
        {"kind": "fit", "fit": "contain", "index": 3}]),
    ("letterbox pls", CONTAIN),
    ("i want the full picture visible", CONTAIN),
    ("make them fit inside the frame without cropping", CONTAIN),
    ("zoom in so theres no bars", COVER),
    ("get rid of the blurry background, just black", CONTAIN),
    ("photo 4 should show fully, its cut off", [{"kind": "fit", "fit": "contain", "index": 4}]),
    ("fill the screen on the beach one", [{"kind": "fit", "fit": "cover", "index": 1}]),
    ("no borders please, full screen", COVER),
    ("my grandmas face is cut off in the city photo", [
        {"kind": "fit", "fit": "contain", "index": 2}]),
]  # fmt: skip

DOWN = [{"kind": "music_volume", "factor": 0.8}]
UP = [{"kind": "music_volume", "factor": 1.25}]
VOLUME: list[Any] = [
    ("the music is drowning the voices", DOWN),
    ("turn the song down a notch", DOWN),
    ("music at 35%", [{"kind": "music_volume", "percent": 35}]),
    ("bring the music down to 40 percent", [{"kind": "music_volume", "percent": 40}]),
    ("can u make the music a tad louder", UP),
    ("a bit quieter on the music pls, my mum says its loud", DOWN),
    ("music volume 60 pls", [{"kind": "music_volume", "percent": 60}]),
    ("i cant hear the music at all, turn it up", UP),
    ("the song is way too loud for a memorial", [{"kind": "music_volume", "factor": 0.67}]),
    ("lower the bgm volume", DOWN),
    ("the music's too quiet", UP),
    ("turn up the music a lot", [{"kind": "music_volume", "factor": 1.5}]),
    ("music volume down to 25%", [{"kind": "music_volume", "percent": 25}]),
    ("reduce the music volume by half", [{"kind": "music_volume", "factor": 0.5}]),
    ("crank the music up", UP),
    ("the music is overpowering the talking in the clip", DOWN),
    ("music softer", DOWN),
    ("put the volume of the song at seventy five percent", [
        {"kind": "music_volume", "percent": 75}]),
    ("the song is a little too loud, turn it down a notch", DOWN),
]  # fmt: skip

MUSIC: list[Any] = [
    ("the music should be calm, dad likes quiet things", [{"kind": "music", "source": "calm"}]),
    ("use the upbeat one", [{"kind": "music", "source": "upbeat"}]),
    ("something upbeat pls", [{"kind": "music", "source": "upbeat"}]),
    ("put some chill music on", [{"kind": "music", "source": "lofi"}]),
    ("dramatic music pls", [{"kind": "music", "source": "cinematic"}]),
    ("go with the lofi track", [{"kind": "music", "source": "lofi"}]),
    ("use my summer breeze song", [{"kind": "music", "source": "song1"}]),
    ("can it have happy music, its for my sons bday", [{"kind": "music", "source": "upbeat"}]),
    # "more chill" is calmer (as "more relaxed" is), so the calm track; "chill" alone is lo-fi
    ("change the music to something more chill", [{"kind": "music", "source": "calm"}]),
    ("this song is too slow, something upbeat", [{"kind": "music", "source": "upbeat"}]),
    ("try the cinematic track", [{"kind": "music", "source": "cinematic"}]),
    ("something relaxing for the music", [{"kind": "music", "source": "calm"}]),
    ("i'd prefer the upbeat track", [{"kind": "music", "source": "upbeat"}]),
    ("play the acoustic one", [{"kind": "music", "source": "acoustic"}]),
    ("music: upbeat", [{"kind": "music", "source": "upbeat"}]),
    ("the song i uploaded pls", [{"kind": "music", "source": "song1"}]),
    ("the guitar one would be nicer", [{"kind": "music", "source": "acoustic"}]),
    pytest.param("upbeat music, its a party video", [{"kind": "music", "source": "upbeat"}],
                 marks=pytest.mark.xfail(strict=True, reason="'party' names the clip party.mp4 "
                 "before 'a party video' is seen as the kind of video: telling the two apart "
                 "needs the article, which the name rule does not look at")),
]  # fmt: skip

FOLLOW_UPS: list[Any] = [
    ("no, the piano one", [{"kind": "music", "source": "upbeat"}],
     [{"kind": "music", "source": "calm"}]),
    ("hmm the piano one was better", [{"kind": "music", "source": "lofi"}],
     [{"kind": "music", "source": "calm"}]),
    ("still too loud", [{"kind": "music_volume", "factor": 0.8}], DOWN),
    ("a bit shorter", [{"kind": "video_fade", "fade_out_ms": 3000}],
     [{"kind": "video_fade", "fade_out_ms": 2400}]),
    pytest.param("no that cuts off the heads, go back", [{"kind": "fit", "fit": "cover"}],
                 [{"kind": "fit", "fit": "blur"}], marks=pytest.mark.xfail(strict=True,
                 reason="the complaint before 'go back' is left unread; read as a fit it would "
                 "ask for black bars against the undo after it")),
    ("actually fill the screen", [{"kind": "fit", "fit": "contain"}], COVER),
    ("and fade in at the start as well", [{"kind": "video_fade", "fade_out_ms": 2000}],
     [{"kind": "video_fade", "fade_in_ms": 2000}]),
    ("now its too quiet", [{"kind": "music_volume", "percent": 20}],
     [{"kind": "music_volume", "percent": 25}]),
]  # fmt: skip

ASKED: list[Any] = [
    pytest.param("make the fade longer", marks=pytest.mark.xfail(strict=True, reason="read as "
                 "the transitions (the fades between photos); the fade at the end is one too, "
                 "but 'the fade' for the transitions is common and the corpus has no line")),
    "fade in 2 seconds",
]  # fmt: skip

NOTHING = [
    "i like the song",
    "the music is fine as it is",
    "can the music get louder when the dog appears",
    "wow the fade at the end is so nice",
]  # fmt: skip


# written after the fixes, to check each covers a kind of phrasing and not one sentence
VARIANTS: list[Any] = [
    ("go with the chill one", [{"kind": "music", "source": "lofi"}]),
    ("i prefer the calmer one", [{"kind": "music", "source": "calm"}]),
    ("the happy one pls", [{"kind": "music", "source": "upbeat"}]),
    ("dramatic music pls, my husband loves movies", [{"kind": "music", "source": "cinematic"}]),
    ("lofi music, my daughter likes chill stuff", [{"kind": "music", "source": "lofi"}]),
    ("music quieter, my dad thinks its too loud", DOWN),
    ("fit everything to the music", TO_SONG),
    ("let it run until the end of the track", TO_SONG),
    ("make the video fit the track", TO_SONG),
    ("make the length the same as the songs", TO_SONG),
    ("my daughters face gets cut off in pic 4", [{"kind": "fit", "fit": "contain", "index": 4}]),
    ("his head is cropped in the beach photo", [{"kind": "fit", "fit": "contain", "index": 1}]),
    ("mum's head gets cut off on the garden one", [
        {"kind": "fit", "fit": "contain", "index": 5}]),
    ("fill the screen, i dont mind cropping", COVER),
    ("i wouldnt mind a bit of cropping", COVER),
    ("everything visible pls", CONTAIN),
    ("the pics are cropped way too much", CONTAIN),
    ("fade out to black at the end, not between the photos", OUT),
    ("no fade to black between pics, only at the very end", OUT),
    ("fade out at the end but not between pics", OUT),
    ("the end fade to black should be slower", [{"kind": "video_fade", "fade_out_ms": 1250}]),
    ("a quicker fade to black at the end", [{"kind": "video_fade", "fade_out_ms": 800}]),
    ("the music is overpowering the voices in the clip", DOWN),
    ("the music overpowers the voices in the party clip", DOWN),
]  # fmt: skip

# a second round, written after the first fixes and before the second
ROUND_TWO: list[Any] = [
    ("bring the volume of the music down a notch", DOWN),
    ("drop the music to 30%", [{"kind": "music_volume", "percent": 30}]),
    ("drop the song volume to 20", [{"kind": "music_volume", "percent": 20}]),
    ("drop the music down to 40%", [{"kind": "music_volume", "percent": 40}]),
    ("drop the music", [{"kind": "remove_music"}]),
    ("take the volume of the song up a bit", UP),
    ("fade from black, 3 sec", [{"kind": "video_fade", "fade_in_ms": 3000}]),
    ("fade out to black, like 4 secs", [{"kind": "video_fade", "fade_out_ms": 4000}]),
    ("fade to black, 1.5 seconds each", [{"kind": "transition", "name": "fadeblack", "ms": 1500}]),
    ("put a fade at the end", OUT),
    ("put a 2 sec fade at the start", [{"kind": "video_fade", "fade_in_ms": 2000}]),
    ("my moms head is chopped off in the 2nd pic", [
        {"kind": "fit", "fit": "contain", "index": 2}]),
    ("his feet are chopped off", CONTAIN),
    ("fade from black at the start slower", [{"kind": "video_fade", "fade_in_ms": 1000}]),
    ("turn the song down a notch, its too much", DOWN),
    ("something mellow", [{"kind": "music", "source": "lofi"}]),
    ("match the duration to the song", TO_SONG),
    ("stretch the photos to match the song", TO_SONG),
    ("spread the photos over the song", TO_SONG),
    ("make the video the full song", TO_SONG),
    # the song named is set first, so that its length is the one matched
    ("video as long as my song pls", [{"kind": "music", "source": "song1"}, *TO_SONG]),
    ("make it as long as the song i uploaded", [
        {"kind": "music", "source": "song1"}, *TO_SONG]),
    ("use my song and make it as long as it", [{"kind": "music", "source": "song1"}, *TO_SONG]),
]  # fmt: skip

VARIANT_FOLLOW_UPS: list[Any] = [
    ("fade in too", [{"kind": "video_fade", "fade_out_ms": 2000}],
     [{"kind": "video_fade", "fade_in_ms": 2000}]),
    ("also fade in at the beginning", [{"kind": "video_fade", "fade_out_ms": 3000}],
     [{"kind": "video_fade", "fade_in_ms": 3000}]),
    ("fade out at the end as well", [{"kind": "music_fade", "fade_in_ms": 3000}],
     [{"kind": "music_fade", "fade_out_ms": 3000}]),
]  # fmt: skip

VARIANT_NOTHING = [
    "music louder whenever the beach pic shows up",
    "can the music get quieter when the clip starts",
    "the music should go quiet when photo 3 shows",
]  # fmt: skip


@pytest.mark.parametrize(("text", "ops"), FADES)
def test_fades_from_and_to_black_are_the_whole_videos(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), LENGTH_TO_SONG)
def test_the_video_made_as_long_as_the_song(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), FIT)
def test_how_the_photos_fill_the_frame(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), VOLUME)
def test_the_music_is_made_louder_or_quieter(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "ops"), MUSIC)
def test_the_music_is_chosen_and_nothing_else_changes(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "before", "ops"), FOLLOW_UPS)
def test_a_follow_up_changes_what_the_previous_turn_made(
    text: str, before: list[dict[str, Any]], ops: list[dict[str, Any]]
) -> None:
    line = Line(
        id="probe", lang="en", text=text, expect={"ops": ops}, after=EDITS.validate_python(before)
    )
    reading = read(text, start(line), MEDIA, line.after)
    assert judge(line, reading) is None, (text, reading)


@pytest.mark.parametrize("text", ASKED)
def test_a_fade_that_could_be_two_is_asked(text: str) -> None:
    reading = probe(text)
    assert reading.clarify and not reading.edits, reading


@pytest.mark.parametrize("text", NOTHING)
def test_a_remark_or_a_thing_not_done_changes_nothing(text: str) -> None:
    assert probe(text).edits == []


@pytest.mark.parametrize(("text", "ops"), VARIANTS)
def test_each_fix_reads_its_kind_of_phrasing(text: str, ops: list[dict[str, Any]]) -> None:
    assert_does(text, ops)


@pytest.mark.parametrize(("text", "before", "ops"), VARIANT_FOLLOW_UPS)
def test_a_fade_added_too_takes_the_length_of_the_one_before(
    text: str, before: list[dict[str, Any]], ops: list[dict[str, Any]]
) -> None:
    line = Line(
        id="probe", lang="en", text=text, expect={"ops": ops}, after=EDITS.validate_python(before)
    )
    reading = read(text, start(line), MEDIA, line.after)
    assert judge(line, reading) is None, (text, reading)


@pytest.mark.parametrize("text", VARIANT_NOTHING)
def test_the_music_louder_at_one_moment_is_not_made_louder_throughout(text: str) -> None:
    reading = probe(text)
    assert reading.edits == [] and reading.topic == "music", reading


@pytest.mark.parametrize(("text", "ops"), ROUND_TWO)
def test_a_second_round_of_fades_volume_and_fit_is_read(
    text: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(text, ops)

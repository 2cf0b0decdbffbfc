"""English phrasings of the families the corpus lines belong to, written apart from the corpus
(issue #15): each is judged like a corpus line, by what its edits do to the fixture draft."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from photo_video_maker.instruct.interpret import read
from photo_video_maker.instruct.reading import Reading
from photo_video_maker.model.edits import apply_edits

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import DATES, EDITS, MEDIA, fixture, outcome
from harness import assert_does as _does
from harness import probe as _read


def _changes_nothing(text: str) -> Reading:
    reading = _read(text)
    assert not reading.edits, (text, reading.edits)
    return reading


@pytest.mark.parametrize(
    ("text", "color", "target"),
    [
        ("title colour #ff8800", "#ff8800", "title"),
        ("make the title #00FF00", "#00ff00", "title"),
        ("change the caption color to #1a2b3c", "#1a2b3c", "captions"),
        ("closing text in #f80 please", "#ff8800", "closing"),
    ],
)
def test_a_hex_colour_code_colours_the_text_it_names(text: str, color: str, target: str) -> None:
    _does(text, [{"kind": "text_style", "target": target, "color": color}])


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        (
            "the party was really loud so make the music louder",
            [{"kind": "music_volume", "factor": 1.25}],
        ),
        (
            "we had a great time at the beach so can you make each photo 4 seconds",
            [{"kind": "seconds_per_photo", "seconds": 4}],
        ),
        (
            "the wedding was beautiful so add a title saying Our Wedding",
            [{"kind": "title", "text": "Our Wedding"}],
        ),
        ("the dog photo is blurry so remove it", [{"kind": "remove", "name": "dog.jpg"}]),
    ],
)
def test_a_request_after_so_is_read_and_the_story_before_it_is_not(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    "text", ["the kids were so loud that day", "the party was so much fun so yeah"]
)
def test_so_as_a_degree_in_a_story_changes_nothing(text: str) -> None:
    _changes_nothing(text)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        (
            "the third photo should be longer",
            [{"kind": "seconds_per_photo", "factor": 1.25, "index": 3}],
        ),
        ("photo 2 should be 5 seconds", [{"kind": "seconds_per_photo", "seconds": 5, "index": 2}]),
        ("the second photo should say Hello", [{"kind": "caption", "index": 2, "text": "Hello"}]),
    ],
)
def test_should_be_after_a_photo_is_a_caption_only_when_words_follow(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        (
            "we spent two weeks hiking in the alps with my cousins, make it black and white",
            [{"kind": "look", "look": "bw"}],
        ),
        (
            "the dog pic is from my neighbours camera, get rid of it",
            [{"kind": "remove", "name": "dog.jpg"}],
        ),
        (
            "so we went to lisbon last summer and loved it, add a title saying Lisbon 2023",
            [{"kind": "title", "text": "Lisbon 2023"}],
        ),
        (
            "cut it down to 12 seconds, attention spans these days lol",
            [{"kind": "total_length", "seconds": 12}],
        ),
    ],
)
def test_a_story_told_around_a_request_is_not_reported_as_words_not_understood(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


def test_an_unknown_verb_and_its_object_beside_a_request_are_still_reported() -> None:
    reading = _read("make it vertical and paint a unicorn")
    assert reading.leftover == ["paint a unicorn"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("add a title saying Happy Birthday please", "Happy Birthday"),
        ("title it Our Trip if that's possible, thank you", "Our Trip"),
        ("call it Summer 2024 thanks", "Summer 2024"),
        ("end with Thank you", "Thank you"),
    ],
)
def test_a_polite_ending_is_not_part_of_an_unquoted_text(text: str, said: str) -> None:
    reading = _read(text)
    assert [getattr(e, "text", None) for e in reading.edits] == [said], reading


@pytest.mark.parametrize(
    "text",
    [
        "put the title at the end",
        "move the title to the end",
        "swap the dog",
        "swap photo 3",
        "remove the photo",
        "delete the picture",
        "make it purple",
    ],
)
def test_a_request_that_leaves_out_what_it_acts_on_is_asked_back(text: str) -> None:
    reading = _read(text)
    assert reading.clarify and not reading.edits, reading


def test_a_colour_after_a_text_was_just_written_colours_that_text() -> None:
    reading = read(
        "make it purple",
        fixture(),
        MEDIA,
        EDITS.validate_python([{"kind": "title", "text": "Hello"}]),
    )
    assert [e.kind for e in reading.edits] == ["text_style"] and not reading.clarify


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("only cuts between the photos", [{"kind": "transition", "name": "none"}]),
        ("swop photos 2 & 4", [{"kind": "swap", "i": 2, "j": 4}]),
        ("it feels hurried", [{"kind": "speed", "factor": 1.25}]),
        ("cn u slow it down a lil", [{"kind": "speed", "factor": 1.25}]),
        (
            "two things: the music is too loud and the title should be red",
            [
                {"kind": "music_volume", "factor": 0.8},
                {"kind": "text_style", "target": "title", "color": "red"},
            ],
        ),
    ],
)
def test_everyday_words_for_common_edits(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "question", "route"),
    [
        ("what's the name of the song", "music", None),
        ("what else can you do", "help", None),
        ("hows many photos are there", "count", None),
        ("show me the current setup", None, "state"),
        ("i'm happy with it, finalize the video", None, "export"),
    ],
)
def test_questions_and_actions_in_everyday_words(
    text: str, question: str | None, route: str | None
) -> None:
    reading = _read(text)
    assert (reading.question, reading.route, reading.edits) == (question, route, []), reading


@pytest.mark.parametrize("text", ["undo your last change", "no put it back", "undo the last edit"])
def test_ways_to_take_back_the_last_change(text: str) -> None:
    assert [e.kind for e in _read(text).edits] == ["undo"]


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        (
            "title Happy Holidays in gold",
            [{"kind": "title", "text": "Happy Holidays", "color": "gold"}],
        ),
        ("add a title Happy Days", [{"kind": "title", "text": "Happy Days"}]),
        (
            "title at the top: GRAND OPENING",
            [{"kind": "title", "text": "GRAND OPENING", "pos": "top"}],
        ),
        (
            "please write Welcome Home in blue as the title",
            [{"kind": "title", "text": "Welcome Home", "color": "blue"}],
        ),
        (
            "title Paris 2019 and black and white",
            [{"kind": "title", "text": "Paris 2019"}, {"kind": "look", "look": "bw"}],
        ),
        (
            "add a title saying music and memories",
            [{"kind": "title", "text": "music and memories"}],
        ),
        (
            "caption photo 4 with 'Grandma's roses'",
            [{"kind": "caption", "index": 4, "text": "Grandma's roses"}],
        ),
    ],
)
def test_an_unquoted_text_keeps_its_known_words_and_stops_at_a_style_or_a_request(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize("text", ["make the title red", "MAKE THE TITLE RED", "title in Red"])
def test_a_colour_after_a_text_noun_is_its_colour_whatever_the_capitals(text: str) -> None:
    _does(text, [{"kind": "text_style", "target": "title", "color": "red"}])


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("delete photos 1, 3 and 5", [{"kind": "remove", "index": i} for i in (5, 3, 1)]),
        ("remove the 2nd, 4th and 5th", [{"kind": "remove", "index": i} for i in (5, 4, 2)]),
        (
            "make photos 2, 3 and 4 longer",
            [{"kind": "seconds_per_photo", "factor": 1.25, "index": i} for i in (2, 3, 4)],
        ),
    ],
)
def test_photos_listed_with_commas_are_one_reference(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("move the dog up one spot", [{"kind": "move", "index": 3, "to": 2}]),
        ("move photo 2 down two places", [{"kind": "move", "index": 2, "to": 4}]),
        ("move the forest pic up a spot", [{"kind": "move", "index": 4, "to": 3}]),
    ],
)
def test_a_photo_moved_some_places_up_or_down(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("change City lights to Downtown", [{"kind": "caption", "index": 2, "text": "Downtown"}]),
        ("get rid of the city lights text", [{"kind": "remove_text", "which": "captions"}]),
        ("scrap the text at the end", [{"kind": "remove_text", "which": "closing"}]),
        (
            "white lettering for the captions",
            [{"kind": "text_style", "target": "captions", "color": "white"}],
        ),
        ("2,5 sec per photo please", [{"kind": "seconds_per_photo", "seconds": 2.5}]),
    ],
)
def test_texts_named_by_their_words_or_place(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize("text", ["move the dog photo", "just swap them", "swap them"])
def test_a_move_or_swap_without_where_is_asked_back(text: str) -> None:
    reading = _read(text)
    assert reading.clarify and not reading.edits, reading


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        (
            "this is for my grandparents 50th anniversary and they are not good with fast stuff "
            "so please slow it down",
            [{"kind": "speed", "factor": 1.25}],
        ),
        (
            "the pictures change too fast for the old folks, slow it down a bit",
            [{"kind": "speed", "factor": 1.25}],
        ),
        ("it's a bit fast for the older guests", [{"kind": "speed", "factor": 1.25}]),
        ("put the dog first, she's the star", [{"kind": "move", "index": 3, "to": "start"}]),
        (
            "my teenager says its cringe, speed it up",
            [{"kind": "speed", "factor": 0.8}],
        ),
        (
            "make the writing at the start bigger",
            [{"kind": "text_style", "target": "title", "size": 1.25}],
        ),
    ],
)
def test_who_it_is_for_and_why_are_not_requests(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("mix them up", [{"kind": "shuffle"}]),
        ("round it off with See you soon", [{"kind": "closing", "text": "See you soon"}]),
        ("the end screen should say Thanks Mum", [{"kind": "closing", "text": "Thanks Mum"}]),
        ("the dog and forest pics are the wrong way around", [{"kind": "swap", "i": 3, "j": 4}]),
        ("trade places: photo 1 with photo 3", [{"kind": "swap", "i": 1, "j": 3}]),
        (
            "on the beach photo write Summer, 2019-2020",
            [{"kind": "caption", "index": 1, "text": "Summer, 2019-2020"}],
        ),
        ("emailable size please", [{"kind": "size_limit", "target": "email"}]),
    ],
)
def test_more_everyday_words(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        (
            "video fade in 1 second, fade out 3 seconds",
            [
                {"kind": "video_fade", "fade_in_ms": 1000},
                {"kind": "video_fade", "fade_out_ms": 3000},
            ],
        ),
        (
            "the music should fade in over 2 seconds and fade out 5",
            [
                {"kind": "music_fade", "fade_in_ms": 2000},
                {"kind": "music_fade", "fade_out_ms": 5000},
            ],
        ),
        (
            "no fades at the start or end of the video",
            [{"kind": "video_fade", "fade_in_ms": 0, "fade_out_ms": 0}],
        ),
        ("no fades between photos", [{"kind": "transition", "name": "none"}]),
    ],
)
def test_a_second_fade_is_of_what_the_first_was(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("it has to fit a 15 second ad slot", [{"kind": "total_length", "seconds": 15}]),
        (
            "the client wants the promo exactly 20 seconds",
            [{"kind": "total_length", "seconds": 20}],
        ),
        ("trim it by 4 seconds", [{"kind": "total_length", "seconds": 15.25}]),
        ("extend it by 10 seconds", [{"kind": "total_length", "seconds": 29.25}]),
        ("the whole video needs five more seconds", [{"kind": "total_length", "seconds": 24.25}]),
        ("4 secs each is too long, make it 2", [{"kind": "seconds_per_photo", "seconds": 2}]),
        ("each photo is 1 second too long", [{"kind": "seconds_per_photo", "seconds": 2}]),
    ],
)
def test_lengths_said_as_a_slot_a_change_by_or_what_it_is_now(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        (
            "it's for my hamster Rex's 5th birthday lol change the title to Happy Birthday Rex",
            [{"kind": "title", "text": "Happy Birthday Rex"}],
        ),
        ("we went to rome last year make it black and white", [{"kind": "look", "look": "bw"}]),
        (
            "video for my bakery shop - put 'Fresh every day' at the end",
            [{"kind": "closing", "text": "Fresh every day"}],
        ),
    ],
)
def test_a_story_running_into_the_request_without_a_comma(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    "text", ["flibber the gribble make it vertical", "paint a unicorn make it vertical"]
)
def test_unknown_verbs_before_a_request_are_not_a_story(text: str) -> None:
    reading = _read(text)
    assert reading.leftover and not reading.edits, reading


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("silence please, no music", [{"kind": "remove_music"}]),
        ("not square, vertical", [{"kind": "aspect", "aspect": "9:16"}]),
        ("not black and white, sepia", [{"kind": "look", "look": "sepia"}]),
        (
            "slides between the photos instead of fades",
            [{"kind": "transition", "name": "slideleft"}],
        ),
        ("fill the screen, no blurry borders", [{"kind": "fit", "fit": "cover"}]),
    ],
)
def test_corrections_and_what_is_not_wanted_beside_what_is(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


def test_mute_alone_is_still_asked_back() -> None:
    assert _read("mute").clarify


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("match the video to the length of the music", [{"kind": "length_to_song"}]),
        ("make it end when the song ends", [{"kind": "length_to_song"}]),
        ("get rid of similar looking photos", [{"kind": "cull", "duplicates": True}]),
        ("no zoom effect please, it looks dated", [{"kind": "motion", "on": False}]),
        ("epic music for the product launch", [{"kind": "music", "source": "cinematic"}]),
        ("480p is fine, the file is too big", [{"kind": "resolution", "resolution": "480p"}]),
    ],
)
def test_why_said_after_the_request_is_not_read_as_another(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        (
            "ok the wedding thing: sort the photos by date",
            [{"kind": "sort", "by": "date"}],
        ),
        ("there are doubles in there, weed them out", [{"kind": "cull", "duplicates": True}]),
        ("faster please, its for a 10 year old", [{"kind": "speed", "factor": 0.8}]),
        (
            "each photo 6 seconds, its a slow memorial video",
            [{"kind": "seconds_per_photo", "seconds": 6}],
        ),
        (
            "the pictures stay up forever, cut their time",
            [{"kind": "seconds_per_photo", "factor": 0.8}],
        ),
        ("forest photo: 5 sec", [{"kind": "seconds_per_photo", "seconds": 5, "index": 4}]),
    ],
)
def test_a_setting_after_a_story_colon_or_a_photo_colon(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


def test_a_subject_named_alone_before_a_request_about_them_is_not_reported() -> None:
    _does(
        "the pictures fly by, make them stay longer",
        [{"kind": "seconds_per_photo", "factor": 1.25}],
    )


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("black and white like an old movie", [{"kind": "look", "look": "bw"}]),
        ("zoom transitions like old cartoons", [{"kind": "transition", "name": "zoom"}]),
        ("make it look like an old film", [{"kind": "look", "look": "sepia"}]),
    ],
)
def test_what_a_request_is_likened_to_is_not_another_request(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("add a fade at the end", [{"kind": "video_fade", "fade_out_ms": 1000}]),
        ("add a 2 second fade at the start", [{"kind": "video_fade", "fade_in_ms": 2000}]),
        (
            "the kids loved the forest so put that photo first",
            [{"kind": "move", "index": 4, "to": "start"}],
        ),
    ],
)
def test_a_fade_added_at_an_end_and_that_photo_after_a_story(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize("text", ["the second half drags a bit", "the first half is too slow"])
def test_a_part_of_the_video_is_not_a_photo_number(text: str) -> None:
    _changes_nothing(text)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        (
            "i'm not very good with computers but i need the photos to be longer",
            [{"kind": "seconds_per_photo", "factor": 1.25}],
        ),
        (
            "she was the best dog ever, add a closing that says Rest in peace Bella",
            [{"kind": "closing", "text": "Rest in peace Bella"}],
        ),
        ("keep the sound from the video", [{"kind": "mute_clips", "on": False}]),
    ],
)
def test_more_stories_and_the_sound_of_the_clip(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ms"),
    [
        ("make the music fade out slower", 2500),
        ("the music should fade out faster", 1600),
        ("make the music fade out a lot longer", 3000),
    ],
)
def test_a_music_fade_made_slower_or_faster_is_a_longer_or_shorter_fade_not_the_pace(
    text: str, ms: int
) -> None:
    _does(text, [{"kind": "music_fade", "fade_out_ms": ms}])


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("put Love you Grandma at the end", [{"kind": "closing", "text": "Love you Grandma"}]),
        (
            "put Beach Day on the first photo",
            [{"kind": "caption", "index": 1, "text": "Beach Day"}],
        ),
        (
            "the caption for photo 4 should be Into the woods",
            [{"kind": "caption", "index": 4, "text": "Into the woods"}],
        ),
        ("put Summer Breeze on", [{"kind": "music", "source": "song1"}]),
    ],
)
def test_put_before_capitalised_words_puts_a_text_but_not_a_song(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


def _does_after(text: str, last: list[dict[str, Any]], ops: list[dict[str, Any]]) -> None:
    """Like ``_does``, with the previous turn's edits applied first ("no, put it second")."""
    before = EDITS.validate_python(last)
    draft, _ = apply_edits(fixture(), before, MEDIA, DATES)
    reading = read(text, draft, MEDIA, before)
    assert not reading.clarify and not reading.question and not reading.leftover, (text, reading)
    assert outcome(draft, reading.edits) == outcome(draft, EDITS.validate_python(ops)), (
        text,
        reading.edits,
    )


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("can the garden one go second", [{"kind": "move", "index": 5, "to": 2}]),
        ("the dog one should go second", [{"kind": "move", "index": 3, "to": 2}]),
        ("put photo three second", [{"kind": "move", "index": 3, "to": 2}]),
        ("each photo 3 second", [{"kind": "seconds_per_photo", "seconds": 3}]),
        (
            "make the first pic 1 second only",
            [{"kind": "seconds_per_photo", "seconds": 1, "index": 1}],
        ),
    ],
)
def test_second_after_a_photo_is_a_place_and_after_a_number_a_length(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


MOVED = [{"kind": "move", "index": 3, "to": "start"}]


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("no, put it second", [{"kind": "move", "index": 1, "to": 2}]),
        ("no, put it at the end", [{"kind": "move", "index": 1, "to": "end"}]),
        ("no, move it to third", [{"kind": "move", "index": 1, "to": 3}]),
        ("actually put it last", [{"kind": "move", "index": 1, "to": "end"}]),
    ],
)
def test_it_after_a_move_is_the_photo_where_it_went(text: str, ops: list[dict[str, Any]]) -> None:
    _does_after(text, MOVED, ops)


@pytest.mark.parametrize(
    ("text", "fit"),
    [
        ("fit the photos inside the screen", "contain"),
        ("can you stop cropping my photos", "contain"),
        ("the photos are getting cropped, show them whole", "contain"),
        ("fit to screen", "contain"),
        ("black background instead of blur", "contain"),
        ("no blurred background behind the photos, just black", "contain"),
        ("put a blurry background behind the pics", "blur"),
        ("use blurred background behind the photos", "blur"),
        ("make the photos fill the whole frame", "cover"),
        ("no black bars on the sides please", "cover"),
    ],
)
def test_ways_to_say_how_a_photo_fills_the_frame(text: str, fit: str) -> None:
    _does(text, [{"kind": "fit", "fit": fit}])


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("the music cuts off abruptly at the end", [{"kind": "music_fade", "fade_out_ms": 2500}]),
        ("the music ends too suddenly", [{"kind": "music_fade", "fade_out_ms": 2500}]),
        ("the music is too abrupt at the end", [{"kind": "music_fade", "fade_out_ms": 2500}]),
        ("the song just stops dead at the end", [{"kind": "music_fade", "fade_out_ms": 2500}]),
        (
            "the music ends too abruptly, fade it out over 3 seconds",
            [{"kind": "music_fade", "fade_out_ms": 3000}],
        ),
    ],
)
def test_a_song_that_stops_dead_gets_a_longer_fade_out(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("what are some things i can say", "help"),
        ("how do i get started", "help"),
        ("what options do i have", "help"),
        ("tell me what you can do", "help"),
        ("show me what you can do", "help"),
        ("what kind of edits can you make", "help"),
        ("can you give me a few ideas", "help"),
        ("which edits are possible", "help"),
        ("what was the last thing you changed", "last_change"),
        ("did you change anything", "last_change"),
    ],
)
def test_asking_what_it_can_do_or_what_it_just_did(text: str, question: str) -> None:
    reading = _changes_nothing(text)
    assert reading.question == question, (text, reading)


@pytest.mark.parametrize("text", ["the clip is too loud", "the party video is way too loud"])
def test_a_loud_clip_asks_whether_to_mute_it_or_lower_the_music(text: str) -> None:
    assert _changes_nothing(text).clarify


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("take photo 3 out", [{"kind": "remove", "index": 3}]),
        ("take the title out", [{"kind": "remove_text", "which": "title"}]),
        ("take the music out", [{"kind": "remove_music"}]),
        ("leave the music out", [{"kind": "remove_music"}]),
        ("leave the dog photo out", [{"kind": "remove", "name": "dog.jpg"}]),
        ("cut photo 2 out", [{"kind": "remove", "index": 2}]),
        ("take the transitions out", [{"kind": "transition", "name": "none"}]),
        ("fade the music out", [{"kind": "music_fade", "fade_out_ms": 2000}]),
        ("turn the order around", [{"kind": "reverse"}]),
        ("use the uploaded mp3", [{"kind": "music", "source": "song1"}]),
        ("put the mp3 on", [{"kind": "music", "source": "song1"}]),
    ],
)
def test_a_verb_split_around_its_object_and_other_everyday_words(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("the video is too much fast", [{"kind": "speed", "factor": 1.25}]),
        ("pics r 2 fast make em longer", [{"kind": "seconds_per_photo", "factor": 1.25}]),
        ("music 2 loud", [{"kind": "music_volume", "factor": 0.8}]),
        ("the photos r 2 slow", [{"kind": "speed", "factor": 0.8}]),
        ("photo 2 longer", [{"kind": "seconds_per_photo", "factor": 1.25, "index": 2}]),
        ("swich to black and whte", [{"kind": "look", "look": "bw"}]),
        ("black n white please", [{"kind": "look", "look": "bw"}]),
        ("smoother playback, 60 frames", [{"kind": "fps", "fps": 60}]),
        ("30 frames", [{"kind": "fps", "fps": 30}]),
        ("fill the whole frame, cropping is fine", [{"kind": "fit", "fit": "cover"}]),
        ("the party clip audio is too noisy, mute it", [{"kind": "mute_clips", "on": True}]),
        ("mute the party clip audio", [{"kind": "mute_clips", "on": True}]),
    ],
)
def test_texting_and_learners_english(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("trim the clip", [{"kind": "seconds_per_photo", "factor": 0.8, "index": 6}]),
        ("trim photo 3", [{"kind": "seconds_per_photo", "factor": 0.8, "index": 3}]),
        ("cut the clip", [{"kind": "remove", "index": 6}]),
        ("keep the party video sound", [{"kind": "mute_clips", "on": False}]),
    ],
)
def test_trimming_a_photo_or_clip_shortens_it(text: str, ops: list[dict[str, Any]]) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    "text", ["add a dog barking sound", "add some magic", "make it go viral", "add confetti"]
)
def test_wishes_the_editor_cannot_do_change_nothing(text: str) -> None:
    _changes_nothing(text)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("write Love, Dad at the end", [{"kind": "closing", "text": "Love, Dad"}]),
        ("put Love, Dad at the end", [{"kind": "closing", "text": "Love, Dad"}]),
        ("write Miss you, Grandma at the end", [{"kind": "closing", "text": "Miss you, Grandma"}]),
        (
            "write Hello, World on photo 2",
            [{"kind": "caption", "index": 2, "text": "Hello, World"}],
        ),
        (
            "put Happy Birthday Sarah at the start",
            [{"kind": "title", "text": "Happy Birthday Sarah"}],
        ),
        ("put Upbeat music on", [{"kind": "music", "source": "upbeat"}]),
        (
            "at the end put a message saying we love you nana",
            [{"kind": "closing", "text": "we love you nana"}],
        ),
        (
            "can you put a little note at the end: miss you",
            [{"kind": "closing", "text": "miss you"}],
        ),
    ],
)
def test_an_unquoted_text_with_a_comma_or_a_mood_word_in_it(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize("text", ["make the file", "send me the video", "give me the video"])
def test_asking_for_the_file_exports(text: str) -> None:
    reading = _changes_nothing(text)
    assert reading.route == "export", (text, reading)


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("the transitions feel slow, speed them up", [{"kind": "transition", "factor": 0.8}]),
        ("the transitions feel slow", [{"kind": "transition", "factor": 0.8}]),
        ("the transitions are slow", [{"kind": "transition", "factor": 0.8}]),
        ("make the transitions feel slower", [{"kind": "transition", "factor": 1.25}]),
        ("the photos are fast", [{"kind": "speed", "factor": 1.25}]),
        ("the pics feel rushed", [{"kind": "speed", "factor": 1.25}]),
        ("each photo is long", [{"kind": "seconds_per_photo", "factor": 0.8}]),
        ("photo 3 is short", [{"kind": "seconds_per_photo", "factor": 1.25, "index": 3}]),
        (
            "i don't like the blurry edges, fill the screen instead",
            [{"kind": "fit", "fit": "cover"}],
        ),
    ],
)
def test_a_description_said_as_a_complaint_asks_for_the_opposite(
    text: str, ops: list[dict[str, Any]]
) -> None:
    _does(text, ops)


@pytest.mark.parametrize(
    "text",
    [
        "the transitions are boring, try something else",
        "the music is boring, try something else",
        "the piano is cheesy, something else please",
    ],
)
def test_something_else_after_a_complaint_asks_which(text: str) -> None:
    assert _changes_nothing(text).clarify


@pytest.mark.parametrize(
    "text", ["the transitions are boring", "i dont like the sepia", "the crossfade is ugly"]
)
def test_a_complaint_alone_changes_nothing(text: str) -> None:
    _changes_nothing(text)

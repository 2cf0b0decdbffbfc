"""Sentences a person typed in a play-test that were misread: a relative "which" read as a
question or losing the photo it is about, and "make it stay longer" after the title read as more
time on every photo."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "nlu"))
from harness import DATES, EDITS, MEDIA, assert_does, fixture, probe

from photo_video_maker.instruct.interpret import read
from photo_video_maker.instruct.reading import Reading
from photo_video_maker.model.draft import Draft
from photo_video_maker.model.edit_types import (
    Move,
    Remove,
    RemoveMusic,
    RemoveText,
    SetCaption,
    SetMusic,
    SetSecondsPerPhoto,
    Undo,
)
from photo_video_maker.model.edits import apply_edits
from photo_video_maker.model.lang import Lang, detect_or
from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow

FIRST_SIX = [{"kind": "seconds_per_photo", "seconds": 4.0, "index": n} for n in (2, 3, 4, 5)] + [
    {"kind": "seconds_per_photo", "seconds": 6.0, "index": 1}
]


@pytest.mark.parametrize(
    "said",
    [
        "each pic 4 secs except the first one which should be 6",
        "every photo 4 seconds, except the first which is 6 seconds",
    ],
)
def test_which_after_a_photo_says_its_value_and_asks_nothing(said: str) -> None:
    assert_does(said, FIRST_SIX)


@pytest.mark.parametrize(
    ("said", "op"),
    [
        (
            "make the dog pic, which is blurry, shorter",
            {"kind": "seconds_per_photo", "factor": 0.8, "index": 3},
        ),
        (
            "the title, which is too small, should be yellow",
            {"kind": "text_style", "target": "title", "color": "yellow"},
        ),
        (
            "the forest one, which is my fave, put it first",
            {"kind": "move", "index": 4, "to": "start"},
        ),
    ],
)
def test_which_between_commas_says_why_and_keeps_what_was_named(
    said: str, op: dict[str, object]
) -> None:
    assert_does(said, [op])  # was: every photo shorter, with words left over


def test_which_in_a_question_is_still_a_question() -> None:
    assert probe("which photo is 6 seconds").question == "length"


def _after(first: str, then: str) -> Reading:
    """``then`` read as the next turn after ``first`` was done."""
    done = read(first, fixture(), MEDIA)
    draft, _ = apply_edits(fixture(), done.edits, MEDIA, DATES)
    return read(then, draft, MEDIA, done.edits)


def test_it_staying_longer_after_the_title_changes_no_photo() -> None:
    reading = _after("put the title in the middle of the screen", "and make it stay longer")
    assert not reading.edits
    assert "cannot be changed yet" in " ".join(reading.suggestions)


def test_it_staying_longer_after_a_photo_is_that_photo() -> None:
    reading = _after("make photo 2 longer", "make it stay longer")
    assert [(e.kind, getattr(e, "index", None)) for e in reading.edits] == [
        ("seconds_per_photo", 2)
    ]


@pytest.mark.parametrize(
    ("said", "mood"),
    [
        ("can we have softer music, something calm", "calm"),
        ("a softer song, like piano", "calm"),
        ("softer music, something chill", "lofi"),
    ],
)
def test_softer_music_with_a_kind_named_is_that_kind_at_the_same_volume(
    said: str, mood: str
) -> None:
    assert_does(said, [{"kind": "music", "source": mood}])  # was: also 20 % quieter


def test_softer_music_alone_is_still_quieter() -> None:
    assert_does("make the music softer", [{"kind": "music_volume", "factor": 0.8}])


def _no_music() -> Draft:
    draft, _ = apply_edits(fixture(), [RemoveMusic()], MEDIA, DATES)
    return draft


@pytest.mark.parametrize("said", ["can we have softer music", "i want quieter music"])
def test_softer_music_with_no_music_yet_adds_calm_music(said: str) -> None:
    reading = read(said, _no_music(), MEDIA)
    assert [e.model_dump(exclude_defaults=True) for e in reading.edits] == [{"source": "calm"}]


def test_turning_down_music_that_is_not_there_adds_none() -> None:
    reading = read("turn the music down", _no_music(), MEDIA)
    assert [e.kind for e in reading.edits] == ["music_volume"]  # told there is none, not guessed


def test_the_last_photo_fading_to_black_at_the_end_is_the_videos_fade_out() -> None:
    reading = _after("remove the clip", "the last photo should fade to black slowly")
    assert [e.kind for e in reading.edits] == ["video_fade"]
    assert [e.model_dump(exclude_defaults=True) for e in reading.edits] == [
        {"fade_out_ms": 1250}
    ]  # a video fade only (was: also the last photo longer)


@pytest.mark.parametrize(
    ("said", "op"),
    [
        ("photo 3 should fade to black", {"name": "fadeblack", "index": 4}),
        (
            "the last photo should fade to black slowly",
            {"name": "fadeblack", "factor": 1.25, "index": 6},
        ),
    ],
)
def test_a_photo_with_more_after_it_fades_to_black_into_the_next(
    said: str, op: dict[str, object]
) -> None:
    assert_does(said, [{"kind": "transition", **op}])  # the clip comes after the last photo


def test_it_after_a_music_with_a_mood_is_the_music() -> None:
    assert_does(
        "add calm music and make it softer",
        [{"kind": "music", "source": "calm"}, {"kind": "music_volume", "factor": 0.8}],
    )  # was: "make it softer" left unplaced


@pytest.mark.parametrize(
    "said", ["make the video fade 2 secs", "make the fade of the video 2 secs"]
)
def test_one_fade_of_the_video_is_its_fade_to_black(said: str) -> None:
    assert_does(said, [{"kind": "video_fade", "fade_out_ms": 2000}])  # was: 2 s crossfades


@pytest.mark.parametrize(
    ("said", "other"),
    [
        ("fades no music", {"kind": "remove_music"}),
        ("crossfades no title", {"kind": "remove_text", "which": "title"}),
        ("fades no zoom", {"kind": "motion", "on": False}),
    ],
)
def test_a_transition_then_no_something_else_are_two_wishes(
    said: str, other: dict[str, object]
) -> None:
    assert_does(said, [{"kind": "transition", "name": "crossfade"}, other])  # was: fade-out gone


@pytest.mark.parametrize(
    ("said", "gone"),
    [
        ("remove the third photo and the fourth", [4, 3]),
        ("delete the second pic and the fifth", [5, 2]),
    ],
)
def test_a_place_listed_after_a_removed_photo_is_removed_too(said: str, gone: list[int]) -> None:
    assert_does(said, [{"kind": "remove", "index": n} for n in gone])  # was: a move


def test_w_typed_for_with_before_music_is_with() -> None:
    assert_does("make a slideshow w music", [{"kind": "slideshow", "with_music": True}])


def test_a_w_written_as_a_title_stays_the_title() -> None:
    assert_does("make the title W", [{"kind": "title", "text": "W"}])


@pytest.mark.parametrize("said", ["wait no the city one first", "actually no the city one first"])
def test_no_the_other_one_after_wait_corrects_and_removes_nothing(said: str) -> None:
    reading = _after("put the dog photo first", said)
    assert [e.kind for e in reading.edits] == ["move"]  # was: photo 1 removed, then a move


def test_a_slideshow_with_music_and_transitions_said_without_a_verb_is_made() -> None:
    assert_does(
        "slideshow with music and transitions",
        [{"kind": "slideshow", "with_music": True, "with_transitions": True}],
    )  # was: "transitions" left unplaced


@pytest.mark.parametrize(
    ("text", "before", "lang"),
    [
        ("export 720p", "zh", "zh"),
        ("undo", "zh", "zh"),
        ("export 720p", "en", "en"),
        ("export it in 720p please", "zh", "en"),
    ],
)
def test_a_bare_command_in_english_keeps_a_chinese_conversation_in_chinese(
    text: str, before: Lang, lang: Lang
) -> None:
    assert detect_or(text, before) == lang  # was: "export 720p" answered in English


@pytest.mark.parametrize(
    "said", ["最后加个ending 写 see you", "at the end add an ending that says see you"]
)
def test_an_ending_added_at_the_end_is_the_closing_text(said: str) -> None:
    assert_does(said, [{"kind": "closing", "text": "see you"}])  # was not understood


@pytest.mark.parametrize(
    "said",
    [
        "the music is kinda overpowering",
        "lower the music a little, its kinda overpowering",
        "music is kinda drowning everything",
    ],
)
def test_music_said_to_overpower_gets_quieter_never_louder(said: str) -> None:
    assert_does(said, [{"kind": "music_volume", "factor": 0.8}])


@pytest.mark.parametrize(
    "said",
    [
        "take out the dog one, its random",
        "the dog picture is kinda random, take it out",
        "remove the dog pic, it's so random",
    ],
)
def test_a_photo_called_random_is_taken_out_and_the_transitions_stay(said: str) -> None:
    assert_does(said, [{"kind": "remove", "index": 3}])


@pytest.mark.parametrize(
    "said",
    [
        "the bird one is my fav, can it stay on screen longer",
        "the bird pic is my favorite, keep it longer",
    ],
)
def test_a_photo_named_by_no_name_it_has_is_asked_about_before_it(said: str) -> None:
    reading = probe(said)
    assert reading.clarify and not reading.edits
    assert {option.label for option in reading.clarify} >= {"photo 1 (beach.jpg)"}


def test_a_name_run_together_is_said_by_its_start() -> None:
    names = ["01_sunset_by_Aitzol.jpg", "02_Dragonfly_by_Bolly.jpg", "07_picosdeeuropa_by_A.jpg"]
    refs = [
        MediaRef(id=f"s{i}", name=name, kind="image", width=400, height=300)
        for i, name in enumerate(names, 1)
    ]
    draft = build_slideshow(refs, SlideshowOptions())
    media = {ref.id: ref for ref in refs}
    said = read("the picos one is my fav, can it stay on screen longer", draft, media)
    assert said.edits == [SetSecondsPerPhoto(factor=1.25, index=3)]
    assert read("the dragon one first", draft, media).edits == [Move(index=2, to="start")]


@pytest.mark.parametrize(
    "said",
    [
        "ok so i want a video out of these for my travel blog",
        "make a video with these for my cooking blog",
        "make a video from these for our family group chat",
        "i need a slideshow of these for my travel blog",
    ],
)
def test_what_a_video_is_made_for_asks_nothing_more(said: str) -> None:
    reading = probe(said)
    assert [edit.kind for edit in reading.edits] == ["slideshow"] and not reading.leftover


@pytest.mark.parametrize(
    "said",
    ["make it for whatsapp", "is good. please make for whatsapp", "can you do it for whatsapp"],
)
def test_for_whatsapp_alone_asks_chat_size_or_status_shape(said: str) -> None:
    reading = probe(said)
    assert not reading.edits
    assert [[edit.kind for edit in option.edits] for option in reading.clarify] == [
        ["size_limit"],
        ["aspect"],
    ]


def test_for_whatsapp_beside_a_request_is_its_reason() -> None:
    assert_does("drop it to 720p for whatsapp", [{"kind": "resolution", "resolution": "720p"}])


@pytest.mark.parametrize(
    ("said", "ops"),
    [
        (
            'i want the title "Anna & Marco" in the begin',
            [{"kind": "title", "text": "Anna & Marco"}],
        ),
        ("put the dog photo in the begin", [{"kind": "move", "index": 3, "to": "start"}]),
        ("the dog should be in first place", [{"kind": "move", "index": 3, "to": "start"}]),
        ("make more big the title", [{"kind": "text_style", "target": "title", "size": 1.25}]),
    ],
)
def test_english_as_learners_type_it(said: str, ops: list[dict[str, Any]]) -> None:
    assert_does(said, ops)


def test_more_slow_after_the_music_is_slower_and_leaves_the_music_alone() -> None:
    reading = read(
        "the photos is change too fast, more slow please",
        fixture(),
        MEDIA,
        [SetMusic(source="calm")],
    )
    assert [edit.kind for edit in reading.edits] == ["speed"]


@pytest.mark.parametrize(
    "said",
    ["第一张停久一点 其他的快一点", "第一张停久一点其他的短一点", "第一张久一点 其余的短一点"],
)
def test_the_others_after_one_photo_are_every_other_photo(said: str) -> None:
    rest = [{"kind": "seconds_per_photo", "factor": 0.8, "index": n} for n in (2, 3, 4, 5)]
    assert_does(said, [{"kind": "seconds_per_photo", "factor": 1.25, "index": 1}, *rest])


def test_what_words_the_video_has_is_answered() -> None:
    assert probe("视频里有什么字").question == "texts"


def test_a_dragonfly_said_in_chinese_names_the_dragonfly_photo() -> None:
    refs = [
        MediaRef(id=f"s{i}", name=name, kind="image", width=400, height=300)
        for i, name in enumerate(["01_sunset.jpg", "02_Dragonfly_by_Bolly.jpg"], 1)
    ]
    draft = build_slideshow(refs, SlideshowOptions())
    said = read("照片太多了 把蜻蜓那张去掉", draft, {ref.id: ref for ref in refs})
    assert said.edits == [Remove(name="02_Dragonfly_by_Bolly.jpg")]


@pytest.mark.parametrize(
    ("said", "ops"),
    [
        (
            "the dog pic needs a caption, good boy",
            [{"kind": "caption", "index": 3, "text": "good boy"}],
        ),
        (
            "give the dog pic a caption, cheers to 40 years",
            [{"kind": "caption", "index": 3, "text": "cheers to 40 years"}],
        ),
        ("add a title, summer in italy", [{"kind": "title", "text": "summer in italy"}]),
        ("add a closing text, love you all", [{"kind": "closing", "text": "love you all"}]),
        (
            "add a title, make it yellow",
            [{"kind": "text_style", "target": "title", "color": "yellow"}],
        ),
    ],
)
def test_a_texts_words_after_a_comma_are_its_words_unless_they_ask(
    said: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(said, ops)


@pytest.mark.parametrize(
    "said",
    ["make the ending text stay longer", "keep the title on screen longer", "标题多停留一会"],
)
def test_a_texts_time_on_screen_is_refused_with_the_photos_time_offered(said: str) -> None:
    reading = probe(said)
    assert not reading.edits and reading.refused and reading.topic == "text"


@pytest.mark.parametrize("said", ["标题改成夏天 结尾淡出", "标题改成夏天 视频结尾淡出"])
def test_a_chinese_title_ends_where_a_fade_at_the_end_is_asked(said: str) -> None:
    assert_does(
        said, [{"kind": "title", "text": "夏天"}, {"kind": "video_fade", "fade_out_ms": 1000}]
    )


@pytest.mark.parametrize(
    ("said", "target"),
    [
        ("change the font color of the title to gold", "title"),
        ("title font colour gold pls", "title"),
        ("color of the closing text should be blue", "closing"),
        ("the caption text should be gold", "captions"),
    ],
)
def test_the_font_colour_of_a_named_text_is_that_texts_colour(said: str, target: str) -> None:
    colour = "blue" if "blue" in said else "gold"
    assert_does(said, [{"kind": "text_style", "target": target, "color": colour}])


@pytest.mark.parametrize(
    ("said", "text"),
    [
        ("and at the end put With love from us", "With love from us"),
        ("put the title With love", "With love"),
        ("end With love from us", "love from us"),  # "end with": the lead-in
    ],
)
def test_a_capital_with_after_put_is_the_texts_first_word(said: str, text: str) -> None:
    reading = probe(said)
    assert [getattr(edit, "text", None) for edit in reading.edits] == [text]


@pytest.mark.parametrize(
    ("said", "ops"),
    [
        ("Could the photo of the dog be taken out", [{"kind": "remove", "name": "dog.jpg"}]),
        ("can the dog photo be left out", [{"kind": "remove", "name": "dog.jpg"}]),
        ("can the music be dropped a bit", [{"kind": "music_volume", "factor": 0.8}]),
        ("can the photos not move about so much", [{"kind": "motion", "factor": 0.8}]),
        ("the pictures shouldn't move so much", [{"kind": "motion", "factor": 0.8}]),
    ],
)
def test_an_older_persons_polite_passive_requests_are_read(
    said: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(said, ops)


def test_photos_that_dont_move_much_is_not_a_wish_for_less() -> None:
    assert not probe("the photos dont move much").edits


@pytest.mark.parametrize("said", ["what is the video called", "what's it called"])
def test_what_the_video_is_called_tells_its_texts(said: str) -> None:
    assert probe(said).question == "texts"


@pytest.mark.parametrize(
    ("said", "kind"),
    [("have you got something more classical", "classical"), ("来点摇滚", "摇滚")],
)
def test_a_kind_of_music_there_is_no_track_for_offers_the_tracks_there_are(
    said: str, kind: str
) -> None:
    reading = probe(said)
    assert not reading.edits and reading.topic == "music"
    assert kind in reading.refused and (
        "Cinematic strings" in reading.refused or "电影感弦乐" in reading.refused
    )


def test_music_only_during_one_photo_or_with_drums_is_no_kind_of_music() -> None:
    for said in ("play the music only during the dog photo", "can the music have drums in it"):
        reading = probe(said)
        assert "built in" not in reading.refused and not reading.clarify


@pytest.mark.parametrize(
    ("said", "ops"),
    [
        ("less zoom its giving me a headache", [{"kind": "motion", "factor": 0.8}]),
        ("turn the music down it hurts my ears", [{"kind": "music_volume", "factor": 0.8}]),
        ("remove the dog pic its blurry", [{"kind": "remove", "name": "dog.jpg"}]),
    ],
)
def test_a_reason_said_with_no_comma_after_the_request_keeps_the_request(
    said: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(said, ops)


@pytest.mark.parametrize("said", ["make it zorp", "the title is my bananas"])
def test_unknown_words_with_no_request_before_them_are_no_reason(said: str) -> None:
    reading = probe(said)
    assert not reading.edits and reading.leftover


@pytest.mark.parametrize(
    ("said", "factor"),
    [("make it hit harder, faster cuts", 0.8), ("faster cuts", 0.8), ("slower cuts pls", 1.25)],
)
def test_faster_cuts_is_the_pace(said: str, factor: float) -> None:
    assert_does(said, [{"kind": "speed", "factor": factor}])


@pytest.mark.parametrize(
    ("said", "ops"),
    [
        ('put "Casa Mia" big at the start', [{"kind": "title", "text": "Casa Mia", "size": 1.25}]),
        ('at the end put "thanks" big', [{"kind": "closing", "text": "thanks", "size": 1.25}]),
        ("add our phone number at the end: 555-0123", [{"kind": "closing", "text": "555-0123"}]),
        ("结尾加上电话号码：555-0123", [{"kind": "closing", "text": "555-0123"}]),
        (
            "at the end put our website www.casamia.com",
            [{"kind": "closing", "text": "www.casamia.com"}],
        ),
    ],
)
def test_a_business_card_at_the_end_and_a_big_title_are_read(
    said: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(said, ops)


@pytest.mark.parametrize("said", ["add calm music and fade it out over 20 seconds"])
def test_a_music_fade_may_be_longer_than_the_pictures(said: str) -> None:
    """The music may fade over up to 30 s; only the picture's fade stops at 10 s."""
    assert_does(
        said,
        [{"kind": "music", "source": "calm"}, {"kind": "music_fade", "fade_out_ms": 20000}],
    )


@pytest.mark.parametrize("said", ["make the export please", "do the export"])
def test_making_the_export_exports(said: str) -> None:
    assert probe(said).route == "export"


@pytest.mark.parametrize(
    ("said", "ops"),
    [
        ("the photo of dog put in the final", [{"kind": "move", "index": 3, "to": "end"}]),
        (
            'i want put the name "Anna & Marco" in begin of video',
            [{"kind": "title", "text": "Anna & Marco"}],
        ),
        (
            "please do video from my photos with music romantic",
            [{"kind": "slideshow", "with_music": True, "mood": "calm"}],
        ),
    ],
)
def test_a_learners_words_for_the_start_the_end_and_making_are_read(
    said: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(said, ops)


@pytest.mark.parametrize(
    "said", ["change the music, this one is sad", "the music is sad, change it", "this song is sad"]
)
def test_music_said_to_be_sad_is_a_complaint_never_sad_music(said: str) -> None:
    reading = probe(said)
    assert not reading.edits and reading.clarify


def test_the_track_complained_of_is_not_offered_again() -> None:
    labels = [option.label for option in probe("the music is too sad").clarify]
    assert "Cinematic strings" not in labels and "Upbeat pop" in labels


@pytest.mark.parametrize("said", ["what's the name of the music", "what is the name of the song"])
def test_the_name_of_the_music_is_asked_of_the_music(said: str) -> None:
    assert probe(said).question == "music"


@pytest.mark.parametrize(
    ("said", "ops"),
    [
        ("first of all make it landscape", [{"kind": "aspect", "aspect": "16:9"}]),
        ("firstly the dog one should be last", [{"kind": "move", "index": 3, "to": "end"}]),
        ("to begin with make it vertical", [{"kind": "aspect", "aspect": "9:16"}]),
    ],
)
def test_first_of_all_opens_the_request_and_names_no_photo(
    said: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(said, ops)


@pytest.mark.parametrize(
    ("said", "ops"),
    [
        ("标题 青春不散场", [{"kind": "title", "text": "青春不散场"}]),
        ("标题：青春不散场", [{"kind": "title", "text": "青春不散场"}]),
        ("加个标题 永不放弃", [{"kind": "title", "text": "永不放弃"}]),
        ("第五张加个 感谢同窗四年", [{"kind": "caption", "index": 5, "text": "感谢同窗四年"}]),
        ("照片太多了 挑几张好的就行", [{"kind": "cull", "duplicates": True, "blurry": True}]),
        ("just keep the best ones", [{"kind": "cull", "duplicates": True, "blurry": True}]),
    ],
)
def test_a_graduation_chat_in_chinese_is_read(said: str, ops: list[dict[str, Any]]) -> None:
    assert_does(said, ops)


@pytest.mark.parametrize("said", ["第五张加个 转场", "标题 不要"])
def test_a_space_before_a_request_word_writes_no_text(said: str) -> None:
    assert not any(getattr(edit, "text", None) for edit in probe(said).edits)


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("make the photos change with the beat", "cut_to_beat"),
        ("the photos should change with the beat of the song", "cut_to_beat"),
        ("cut it to the length of the song", "length_to_song"),
        ("cut the video to the length of the music", "length_to_song"),
    ],
)
def test_the_beat_and_the_songs_length_said_plainly_are_the_smart_slideshow(
    said: str, kind: str
) -> None:
    assert [edit.kind for edit in probe(said).edits] == [kind]


def test_the_photos_named_first_then_a_comma_are_what_the_request_is_about() -> None:
    assert_does(
        "ok now the photos, each one 4 seconds", [{"kind": "seconds_per_photo", "seconds": 4}]
    )
    assert_does("照片，每张3秒", [{"kind": "seconds_per_photo", "seconds": 3}])


def test_a_photo_named_after_the_comma_is_still_that_photo() -> None:
    assert probe("the photos, remove the dog one").edits == [Remove(name="dog.jpg")]


@pytest.mark.parametrize(
    ("said", "told"),
    [
        ("can you add a voiceover?", "not something I can do yet: a voiceover"),
        ("can i change the font", "not something I can do yet: font"),
        ("add stickers", "not something I can do yet: stickers"),
        ("加个贴纸", "暂时还做不到：贴纸"),
    ],
)
def test_a_feature_there_is_not_is_told_as_not_possible_not_as_not_understood(
    said: str, told: str
) -> None:
    reading = probe(said)
    assert not reading.edits and told in reading.refused


def test_a_vague_wish_is_not_refused_as_a_feature() -> None:
    assert probe("this is boring").refused == ""


def _sample_read(said: str) -> Reading:
    """Read against photos named as the bundled samples are ("05_Picture_0B_by_freespace")."""
    names = ["01_sunset_by_A.jpg", "05_Picture_0B_by_freespace.jpg", "beach_4k.jpg"]
    refs = [
        MediaRef(id=f"s{i}", name=n, kind="image", width=400, height=300)
        for i, n in enumerate(names)
    ]
    return read(said, build_slideshow(refs, SlideshowOptions()), {r.id: r for r in refs})


def test_a_code_of_letters_and_digits_in_a_file_name_names_that_photo() -> None:
    assert _sample_read("remove the picture 0B one").edits == [
        Remove(name="05_Picture_0B_by_freespace.jpg")
    ]
    assert [e.kind for e in _sample_read("make it 4k").edits] == ["resolution"]


def test_a_spaced_want_before_a_colour_is_no_word_of_the_title() -> None:
    assert_does("标题写 新婚快乐 要红色的", [{"kind": "title", "text": "新婚快乐", "color": "red"}])


def test_two_photos_changed_into_black_and_white_swaps_nothing() -> None:
    assert not any(edit.kind == "swap" for edit in probe("第一张和最后一张换成黑白").edits)
    assert_does("第一张和第三张换一下", [{"kind": "swap", "i": 1, "j": 3}])


def test_the_title_and_the_ending_removed_together_are_both_removed() -> None:
    assert [e.which for e in probe("标题和结尾都去掉").edits if isinstance(e, RemoveText)] == [
        "title",
        "closing",
    ]


@pytest.mark.parametrize(
    "said", ["帧率太低了 卡卡的", "帧率太低 看着卡卡的", "帧数不够 一卡一卡的"]
)
def test_a_low_frame_rate_with_its_stutter_asks_for_a_higher_one(said: str) -> None:
    assert_does(said, [{"kind": "fps", "fps": 60}])


def test_a_rate_said_with_its_stutter_is_only_the_complaint() -> None:
    assert probe("60帧太卡了").edits == []
    assert_does("60帧太卡了 还是30吧", [{"kind": "fps", "fps": 30}])


def test_a_polite_qing_wen_asks_nothing_by_itself() -> None:
    assert probe("请问现在视频多长").question == "length"
    assert probe("请问一下 一共几张照片").question == "count"
    assert [e.kind for e in probe("你好 请问能帮我做个视频吗").edits] == ["slideshow"]


@pytest.mark.parametrize(
    "said", ["keep only the best photos", "pick the best shots", "just use the best pics"]
)
def test_the_best_photos_kept_leaves_out_the_doubles_and_blurred(said: str) -> None:
    assert [e.kind for e in probe(said).edits] == ["cull"]


def test_the_best_photos_put_first_is_no_cull() -> None:
    assert probe("put the best photos first").edits == []


@pytest.mark.parametrize(
    ("said", "look"),
    [
        ("make it black and white, like an old movie", "bw"),
        ("add a warm filter, like instagram", "warm"),
    ],
)
def test_a_likeness_after_a_comma_describes_the_look_asked(said: str, look: str) -> None:
    assert_does(said, [{"kind": "look", "look": look}])


@pytest.mark.parametrize(
    ("said", "ops"),
    [
        ("wait the dog should be last not first", [{"kind": "move", "index": 3, "to": "end"}]),
        ("the beach should be first, not last", [{"kind": "move", "index": 1, "to": "start"}]),
        ("move the dog to the end not the start", [{"kind": "move", "index": 3, "to": "end"}]),
        ("remove the first not the last", [{"kind": "remove", "index": 1}]),
    ],
)
def test_a_place_ruled_out_after_the_place_meant_removes_nothing(
    said: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(said, ops)


@pytest.mark.parametrize(
    "said", ["speed up the clip", "slow down the video clip", "视频片段加速", "那段视频快进一点"]
)
def test_a_pace_asked_of_a_clip_is_refused_with_how_to_trim_it(said: str) -> None:
    reading = probe(said)
    assert reading.edits == [] and reading.refused
    assert ("shorter" in reading.refused) or ("剪短" in reading.refused)


def test_a_clip_said_shorter_is_still_trimmed() -> None:
    assert [e.kind for e in probe("make the clip shorter").edits] == ["seconds_per_photo"]


@pytest.mark.parametrize(
    ("said", "ops"),
    [
        ("the last transition is too long", [{"kind": "transition", "factor": 0.8, "index": -1}]),
        ("make the first transition longer", [{"kind": "transition", "factor": 1.25, "index": 2}]),
        ("change the second transition to a wipe", [
            {"kind": "transition", "name": "wiperight", "index": 3}]),
        ("第一个转场换成滑动", [{"kind": "transition", "name": "slideleft", "index": 2}]),
        ("最后一个转场短一点", [{"kind": "transition", "factor": 0.8, "index": -1}]),
    ],
)  # fmt: skip
def test_a_transition_counted_is_the_one_into_the_photo_after_it(
    said: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(said, ops)


def test_transitions_counted_in_the_plural_are_all_of_them() -> None:
    edits = probe("first transitions longer, then louder music").edits
    assert [getattr(e, "index", None) for e in edits if e.kind == "transition"] == [None]


@pytest.mark.parametrize("said", ["转场简单点", "转场太花了 简单点就行", "过渡简单点"])
def test_transitions_said_plainer_are_the_crossfade(said: str) -> None:
    assert_does(said, [{"kind": "transition", "name": "crossfade"}])


def test_transitions_too_busy_before_their_removal_leave_the_colours() -> None:
    reading = read("转场太花了 去掉吧", fixture(), MEDIA)
    assert [e.kind for e in reading.edits] == ["transition"] and not reading.leftover


def test_the_ending_explained_with_ma_moves_no_photo() -> None:
    assert_does(
        "最后那张照片停留时间长一点 收尾嘛",
        [{"kind": "seconds_per_photo", "factor": 1.25, "index": 5}],
    )
    assert_does("狗那张 最后吧", [{"kind": "move", "index": 3, "to": "end"}])


@pytest.mark.parametrize("said", ["刚才那步不要 退回去", "上一步不要了"])
def test_the_last_step_not_wanted_is_undone_once(said: str) -> None:
    reading = probe(said)
    assert reading.edits == [Undo(steps=1)] and not reading.leftover


@pytest.mark.parametrize(
    ("said", "ops"),
    [
        ("title should be all caps", [{"kind": "title", "text": "OUR TRIP"}]),
        ("标题全大写", [{"kind": "title", "text": "OUR TRIP"}]),
        ("make the captions uppercase", [{"kind": "caption", "index": 2, "text": "CITY LIGHTS"}]),
        ("all the text in lowercase", [
            {"kind": "title", "text": "our trip"},
            {"kind": "caption", "index": 2, "text": "city lights"}]),
    ],
)  # fmt: skip
def test_a_case_asked_of_a_text_rewrites_it_never_renames_it(
    said: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(said, ops)


def test_a_case_asked_of_a_text_not_there_is_refused() -> None:
    reading = probe("put the ending text in capital letters")
    assert reading.edits == [] and reading.refused
    assert_does("title: ALL CAPS WEEKEND", [{"kind": "title", "text": "ALL CAPS WEEKEND"}])


def test_music_swapped_for_my_upload_is_the_uploaded_song() -> None:
    assert_does("swap the music for my upload", [{"kind": "music", "source": "song1"}])


def test_a_choice_said_to_be_nicer_is_the_choice() -> None:
    assert_does("sepia is nicer", [{"kind": "look", "look": "sepia"}])


@pytest.mark.parametrize(
    ("said", "ops"),
    [
        ("no transitions, 2 seconds each", [
            {"kind": "transition", "name": "none"}, {"kind": "seconds_per_photo", "seconds": 2}]),
        ("square format, no transitions, 2 seconds each", [
            {"kind": "aspect", "aspect": "1:1"}, {"kind": "transition", "name": "none"},
            {"kind": "seconds_per_photo", "seconds": 2}]),
        ("crossfade transitions between all photos, 1 second each", [
            {"kind": "transition", "name": "crossfade", "ms": 1000}]),
    ],
)  # fmt: skip
def test_a_length_each_after_transitions_refused_is_each_photos(
    said: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(said, ops)


def test_two_photos_each_with_what_it_says_get_two_captions() -> None:
    assert_does(
        "add a caption to photo 1 saying day one and to photo 2 saying day two",
        [
            {"kind": "caption", "index": 1, "text": "day one"},
            {"kind": "caption", "index": 2, "text": "day two"},
        ],
    )
    assert_does(
        "the caption should say me and the dog says woof",
        [{"kind": "caption", "index": 2, "text": "me and the dog says woof"}],
    )


@pytest.mark.parametrize(
    ("said", "seconds"),
    [("make it longer than 30 seconds", 30), ("can it be longer than a minute", 60)],
)
def test_longer_than_a_length_is_at_least_that_long_never_that_much_more(
    said: str, seconds: int
) -> None:
    assert_does(said, [{"kind": "total_length", "seconds": seconds}])


def test_longer_than_the_others_is_still_that_photo_a_step_longer() -> None:
    assert_does(
        "make the dog one longer than the others",
        [{"kind": "seconds_per_photo", "factor": 1.25, "index": 3}],
    )


def test_a_transition_counted_past_the_last_is_refused_with_how_many_there_are() -> None:
    reading = probe("change the tenth transition to a wipe")
    assert reading.edits == [] and "5" in reading.refused


def _read_after(said: str, last: list[Any]) -> Reading:
    edits = EDITS.validate_python(last)
    draft, _ = apply_edits(fixture(), edits, MEDIA, DATES)
    return read(said, draft, MEDIA, edits)


@pytest.mark.parametrize(
    "said",
    ["i meant the dog one", "it should be on the dog", "wrong photo, it should be on the dog"],
)
def test_a_caption_said_to_belong_on_another_photo_moves_there_never_reads_it(said: str) -> None:
    reading = _read_after(said, [{"kind": "caption", "index": 1, "text": "Day one"}])
    assert reading.edits == [Undo(), SetCaption(index=3, text="Day one")]


def test_a_title_said_to_be_on_a_photo_is_not_renamed() -> None:
    reading = _read_after("it should be on the dog", [{"kind": "title", "text": "Hi"}])
    assert reading.edits == []


@pytest.mark.parametrize(
    ("said", "last"),
    [
        ("even less", {"kind": "motion", "factor": 0.8}),
        ("even less", {"kind": "music_volume", "factor": 0.8}),
        ("再少一点", {"kind": "motion", "factor": 0.8}),
    ],
)
def test_even_less_after_less_is_the_same_step_again(said: str, last: dict[str, Any]) -> None:
    assert _read_after(said, [last]).edits == EDITS.validate_python([last])


@pytest.mark.parametrize("said", ["放错了 应该是狗那张", "是第三张"])
def test_a_chinese_caption_said_to_belong_on_another_photo_moves_there(said: str) -> None:
    reading = _read_after(said, [{"kind": "caption", "index": 1, "text": "第一天"}])
    assert reading.edits == [Undo(), SetCaption(index=3, text="第一天")]


@pytest.mark.parametrize("said", ["两边被裁掉了", "头被裁掉了 完整显示吧"])
def test_sides_said_cut_off_show_the_whole_photo(said: str) -> None:
    assert_does(said, [{"kind": "fit", "fit": "contain"}])


def test_the_other_direction_in_chinese_flips_the_slide() -> None:
    reading = _read_after("反方向", [{"kind": "transition", "name": "slideleft"}])
    assert [e.model_dump(exclude_none=True) for e in reading.edits] == [
        {"kind": "transition", "name": "slideright"}
    ]


def test_a_title_said_to_last_longer_is_refused_not_every_photo_lengthened() -> None:
    reading = _read_after("make it last longer", [{"kind": "title", "text": "Summer"}])
    assert reading.edits == [] and reading.refused
    assert_does(
        "make photo 2 last longer", [{"kind": "seconds_per_photo", "factor": 1.25, "index": 2}]
    )


def test_it_said_to_start_later_right_after_the_song_changed_is_the_song() -> None:
    reading = _read_after("can it start a bit later", [{"kind": "music", "source": "upbeat"}])
    assert [e.kind for e in reading.edits] == ["music_start"]
    started = _read_after(
        "make it start with the second photo", [{"kind": "music", "source": "upbeat"}]
    )
    assert [e.kind for e in started.edits] == ["music_start"]
    assert [e.kind for e in probe("start with the dog photo").edits] == ["move"]


@pytest.mark.parametrize(
    ("said", "last"),
    [
        ("some music after all", {"kind": "remove_music"}),
        ("transitions after all please", {"kind": "transition", "name": "none"}),
    ],
)
def test_a_thing_wanted_after_all_right_after_it_went_is_brought_back(
    said: str, last: dict[str, Any]
) -> None:
    assert _read_after(said, [last]).edits == [Undo()]


@pytest.mark.parametrize("said", ["blur instead of black", "use blur for the bars"])
def test_blur_said_instead_of_black_bars_is_the_blurred_fill(said: str) -> None:
    assert_does(said, [{"kind": "fit", "fit": "blur"}])


@pytest.mark.parametrize("said", ["that's it", "that's all, thanks", "it's perfect"])
def test_a_done_said_with_an_apostrophe_is_a_thanks(said: str) -> None:
    assert probe(said).question == "thanks"


def test_all_alone_is_no_thanks() -> None:
    assert probe("all").question != "thanks"


@pytest.mark.parametrize("said", ["音乐太欢快了", "太欢快了", "太嗨了"])
def test_too_much_of_a_mood_in_chinese_never_asks_for_more_of_it(said: str) -> None:
    reading = probe(said)
    assert reading.edits == [] and reading.clarify


def test_not_too_much_of_a_mood_beside_a_song_asked_keeps_the_music() -> None:
    assert_does("换个欢快点的音乐 不要太欢快", [{"kind": "music", "source": "upbeat"}])


@pytest.mark.parametrize(
    "said",
    [
        "the transitions are too flashy",
        "simpler transitions please",
        "honestly the transitions are kinda cheesy, can we do something simpler",
        "can the transitions be less fancy",
    ],
)
def test_transitions_wanted_plainer_are_the_crossfade(said: str) -> None:
    assert_does(said, [{"kind": "transition", "name": "crossfade"}])


def test_a_simple_slideshow_is_still_a_slideshow() -> None:
    assert [e.kind for e in probe("just a simple slideshow please").edits] == ["slideshow"]


@pytest.mark.parametrize("said", ["标题换个颜色 显眼点", "标题换个颜色", "change the title color"])
def test_a_new_colour_asked_for_a_title_asks_which_never_writes_it(said: str) -> None:
    reading = probe(said)
    assert reading.edits == [] and len(reading.clarify) >= 3


def test_a_new_colour_said_for_a_title_is_that_colour() -> None:
    assert_does(
        "给标题换个颜色 黄色", [{"kind": "text_style", "target": "title", "color": "yellow"}]
    )


@pytest.mark.parametrize(
    ("said", "text"), [("标题太长了 改成 旅行", "旅行"), ("标题太长了 改成 海南", "海南")]
)
def test_a_text_renamed_after_a_complaint_takes_an_occasion_word_too(said: str, text: str) -> None:
    assert_does(said, [{"kind": "title", "text": text}])


@pytest.mark.parametrize(
    ("said", "ops"),
    [
        ("no zoom on the dog and the city", [
            {"kind": "motion", "on": False, "index": 3},
            {"kind": "motion", "on": False, "index": 2}]),
        ("less zoom on photo 2 and photo 4", [
            {"kind": "motion", "factor": 0.8, "index": 2},
            {"kind": "motion", "factor": 0.8, "index": 4}]),
        ("no zoom on the dog and remove the city", [
            {"kind": "motion", "on": False, "index": 3}, {"kind": "remove", "name": "city.jpg"}]),
    ],
)  # fmt: skip
def test_a_change_of_the_move_said_of_two_photos_is_each_ones_never_a_removal(
    said: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(said, ops)


def test_the_zoom_the_other_way_never_reverses_the_photos() -> None:
    assert probe("the zoom should go the other way").edits == []
    assert [e.kind for e in probe("zoom in and reverse the order").edits] == ["motion", "reverse"]


def test_a_video_for_a_projector_is_wide() -> None:
    assert_does("it will be projected at the party", [{"kind": "aspect", "aspect": "16:9"}])


def test_a_photo_to_end_with_after_a_photo_to_start_with_is_moved_never_written() -> None:
    assert_does(
        "start with the beach and end with the garden",
        [{"kind": "move", "index": 1, "to": "start"}, {"kind": "move", "index": 5, "to": "end"}],
    )
    assert_does("end with Thanks Grandma", [{"kind": "closing", "text": "Thanks Grandma"}])


def test_music_said_for_a_new_video_after_another_request_is_still_its_music() -> None:
    edits = probe("帮我做个视频 要竖的 有音乐 每张两秒").edits
    assert [e.kind for e in edits] == ["slideshow", "aspect", "seconds_per_photo"]
    assert getattr(edits[0], "with_music", False)


@pytest.mark.parametrize(
    "said", ["make a slideshow, with music", "make a slideshow, vertical, with music"]
)
def test_music_said_in_a_clause_after_an_english_slideshow_is_its_music(said: str) -> None:
    reading = probe(said)
    assert getattr(reading.edits[0], "with_music", False) and not reading.leftover


@pytest.mark.parametrize("said", ["这张是哪天拍的", "这是什么时候拍的"])
def test_asked_when_a_photo_was_taken_writes_no_dates(said: str) -> None:
    assert probe(said).edits == []


def test_dates_asked_to_be_marked_are_still_written() -> None:
    assert [e.kind for e in probe("每张是哪天拍的 标出来").edits] == ["date_captions"]


@pytest.mark.parametrize(
    ("said", "ops"),
    [
        ("add a title to the video", []),
        ("put a title on the video that says Hello", [{"kind": "title", "text": "Hello"}]),
        ("add a title to the video saying Summer 2026", [{"kind": "title", "text": "Summer 2026"}]),
    ],
)
def test_the_video_a_title_goes_on_is_never_its_words(said: str, ops: list[dict[str, Any]]) -> None:
    reading = probe(said)
    assert reading.edits == EDITS.validate_python(ops)


def test_louder_music_said_with_watching_on_a_phone_keeps_the_shape() -> None:
    assert_does(
        "make the music louder, when i watch it on my phone i cant hear it",
        [{"kind": "music_volume", "factor": 1.25}],
    )


@pytest.mark.parametrize(
    ("said", "ops"),
    [
        ("move photo 5 to the start and caption it garden", [
            {"kind": "move", "index": 5, "to": "start"},
            {"kind": "caption", "index": 1, "text": "garden"}]),
        ("put the dog first and caption it Rex", [
            {"kind": "move", "index": 3, "to": "start"},
            {"kind": "caption", "index": 1, "text": "Rex"}]),
    ],
)  # fmt: skip
def test_a_photo_moved_then_captioned_gets_the_caption_never_the_title(
    said: str, ops: list[dict[str, Any]]
) -> None:
    assert_does(said, ops)


@pytest.mark.parametrize(
    "said",
    ["theres black on the sides", "there are black bars on the sides", "the black bars are ugly"],
)
def test_black_bars_said_to_be_there_ask_how_to_fill_the_frame(said: str) -> None:
    reading = probe(said)
    assert reading.edits == [] and reading.clarify


def test_black_bars_asked_for_are_still_black_bars() -> None:
    assert_does("use black bars", [{"kind": "fit", "fit": "contain"}])


def test_the_final_transition_is_the_last_one() -> None:
    assert_does(
        "the final transition should be a fade to black",
        [{"kind": "transition", "name": "fadeblack", "index": -1}],
    )
    edits = probe("final transitions should be slides").edits
    assert [getattr(e, "index", 0) for e in edits] == [None]


def test_the_last_photo_held_at_the_end_is_not_moved_past_the_clip() -> None:
    assert_does(
        "hold the last photo for 6 secs at the end",
        [{"kind": "seconds_per_photo", "seconds": 6, "index": 5}],
    )
    assert [e.kind for e in probe("the dog 6 seconds at the end").edits] == [
        "seconds_per_photo",
        "move",
    ]


def test_a_photo_put_where_another_is_takes_its_place() -> None:
    assert_does("put the dog where the city is", [{"kind": "move", "index": 3, "to": 2}])
    assert_does(
        "put the dog where the city is and the city where the dog is",
        [{"kind": "swap", "i": 3, "j": 2}],
    )
    assert probe("where is the dog").question == "output"


def test_asking_how_to_say_it_lists_what_can_be_said() -> None:
    assert probe("我应该怎么说").question == "help"


@pytest.mark.parametrize("said", ["nope", "nah", "hmm maybe not", "不行"])
def test_a_plain_no_right_after_a_change_offers_to_take_it_back(said: str) -> None:
    reading = _read_after(said, [{"kind": "aspect", "aspect": "9:16"}])
    assert reading.edits == [] and [o.edits for o in reading.clarify] == [[Undo()]]


def test_what_its_called_right_after_the_song_changed_names_the_song() -> None:
    reading = _read_after("what's it called", [{"kind": "music", "source": "upbeat"}])
    assert reading.question == "music"


@pytest.mark.parametrize(
    ("said", "kind"), [("把它调小一点", "music_volume"), ("它叫什么名字", None)]
)
def test_it_right_after_the_song_changed_is_the_song_in_chinese(
    said: str, kind: str | None
) -> None:
    reading = _read_after(said, [{"kind": "music", "source": "upbeat"}])
    if kind is None:
        assert reading.question == "music"
    else:
        assert [e.kind for e in reading.edits] == [kind]


def test_it_too_fast_right_after_the_transitions_changed_is_them() -> None:
    reading = _read_after("它太快了", [{"kind": "transition", "name": "slideleft"}])
    assert [e.kind for e in reading.edits] == ["transition"]


def test_what_i_asked_last_is_the_last_change() -> None:
    assert probe("what did i ask you to do last").question == "last_change"


@pytest.mark.parametrize(
    "said", ["mute the music while the video plays", "lower the music during the clip"]
)
def test_the_music_turned_down_for_a_moment_changes_nothing_for_the_whole_song(said: str) -> None:
    assert probe(said).edits == []


def test_a_case_asked_of_words_already_so_says_so_and_changes_nothing() -> None:
    reading = _read_after("标题全大写", [{"kind": "title", "text": "毕业快乐"}])
    assert reading.edits == [] and "大小写" in reading.refused


def test_it_right_after_the_music_volume_changed_is_the_song() -> None:
    reading = _read_after("它叫什么名字", [{"kind": "music_volume", "factor": 0.8}])
    assert reading.question == "music"

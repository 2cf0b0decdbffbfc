"""The entity pass: numbers, durations, photo references, percentages, texts, colours, shapes,
sizes, frame rates, moods, transitions, places and degrees, in English and Chinese."""

from __future__ import annotations

from typing import Any

import pytest

from photo_video_maker.instruct.context import Ctx, lookup_names
from photo_video_maker.instruct.entities import EXTRA, phrases, table
from photo_video_maker.instruct.fillers import FILLER
from photo_video_maker.instruct.lexicon import ENTITIES
from photo_video_maker.instruct.normalize import normalize
from photo_video_maker.instruct.parse import tokens
from photo_video_maker.instruct.words import WORDS
from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow

NAMES = ["beach.jpg", "city.jpg", "dog.jpg", "forest.jpg", "garden.jpg"]
PHOTOS = [
    MediaRef(id=f"m{i}", name=name, kind="image", width=4000, height=3000)
    for i, name in enumerate(NAMES, 1)
]
SONG = MediaRef(id="song1", name="Summer Breeze.mp3", kind="audio", duration_ms=120_000)
MEDIA = {ref.id: ref for ref in [*PHOTOS, SONG]}
DRAFT = build_slideshow(PHOTOS, SlideshowOptions())


def found(text: str, kind: str) -> Any:
    """The value of the first entity of ``kind`` in ``text``."""
    names, stems = lookup_names(DRAFT, MEDIA)
    ctx = Ctx(DRAFT, MEDIA, "zh" if normalize(text) != text.lower() else "en", (), names, stems)
    return next((tok.value for tok in tokens(text, ctx) if tok.kind == kind), None)


@pytest.mark.parametrize(
    ("text", "value"),
    [("2", 2.0), ("2.5", 2.5), ("two", 2.0), ("twenty-one", 21.0), ("三", 3.0), ("两", 2.0),
     ("十二", 12.0), ("二十五", 25.0), ("一百零五", 105.0), ("一点五", 1.5), ("一个半", 1.5),
     ("a couple of", 2.0)],
)  # fmt: skip
def test_numbers_are_read_in_digits_words_and_chinese(text: str, value: float) -> None:
    assert found(text, "num") == value


def test_a_word_that_is_no_number_is_not_one() -> None:
    assert found("banana", "num") is None
    assert found("someone", "num") is None


@pytest.mark.parametrize(
    ("text", "ms"),
    [("2.5s", 2500), ("3 secs", 3000), ("two seconds", 2000), ("two and a half seconds", 2500),
     ("1 minute 30 seconds", 90_000), ("a minute and a half", 90_000), ("1.5 minutes", 90_000),
     ("half a minute", 30_000), ("500ms", 500), ("a second", 1000), ("3-second", 3000),
     ("三秒", 3000), ("两秒半", 2500), ("1.5秒", 1500), ("一分钟", 60_000), ("一分半", 90_000),
     ("1分30秒", 90_000), ("半分钟", 30_000), ("20秒", 20_000)],
)  # fmt: skip
def test_durations_are_read_in_english_and_chinese(text: str, ms: int) -> None:
    assert found(text, "dur") == ms


@pytest.mark.parametrize(
    ("text", "index"),
    [("the third photo", 3), ("the third one", 3), ("pic 3", 3), ("#3", 3), ("photo #3", 3),
     ("photo twelve", 12), ("the 3rd picture", 3), ("the last one", -1), ("the last photo", -1),
     ("the second to last photo", -2), ("第二张", 2), ("第十二张", 12), ("第三张照片", 3),
     ("最后一张", -1), ("倒数第二张", -2), ("照片3", 3), ("the dog photo", "dog.jpg"),
     ("dog.jpg", "dog.jpg"), ("the photo of the forest", "forest.jpg")],
)  # fmt: skip
def test_photos_are_named_as_people_name_them(text: str, index: int | str) -> None:
    assert found(text, "photo") == index


def test_an_ordinal_alone_and_a_span_of_photos_are_read() -> None:
    assert found("first", "ord") == 1
    assert found("last", "ord") == -1
    assert found("the first two photos", "photos") == [1, 2]
    assert found("前两张", "photos") == [1, 2]
    assert found("move it to position 3", "slot") == 3
    assert found("第四位", "slot") == 4


@pytest.mark.parametrize(
    ("text", "value"), [("30%", 30.0), ("thirty percent", 30.0), ("百分之五十", 50.0)]
)
def test_percentages_are_read_in_english_and_chinese(text: str, value: float) -> None:
    assert found(text, "pct") == value


@pytest.mark.parametrize(
    ("text", "said"),
    [("title 'Our trip'", "Our trip"), ('title "Our trip"', "Our trip"),
     ("标题“我们的旅行”", "我们的旅行"), ("标题「我们的旅行」", "我们的旅行"),
     ("标题《夏天》", "夏天"), ("title ‘Rock’", "Rock"), ("title 『Hi』", "Hi")],
)  # fmt: skip
def test_quoted_text_in_every_quote_style_keeps_its_spelling(text: str, said: str) -> None:
    assert found(text, "text") == said


@pytest.mark.parametrize(
    ("text", "said"),
    [("call it Summer in Lisbon", "Summer in Lisbon"),
     ("a heading up front that says Our trip to Spain", "Our trip to Spain"),
     ("sign it with Love Dad", "Love Dad"), ("add the title Summer 2026", "Summer 2026"),
     ("加标题夏天2026", "夏天2026"), ("call it Golden Hour at the top", "Golden Hour")],
)  # fmt: skip
def test_unquoted_text_after_a_lead_in_is_read_to_the_end_of_the_request(
    text: str, said: str
) -> None:
    assert found(text, "text") == said


def test_a_colour_or_a_place_after_a_lead_in_is_no_text() -> None:
    assert found("标题改成黄色", "text") is None
    assert found("make the title say nothing, at the top", "pos") == "top"


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [("yellow", "color", "yellow"), ("浅蓝色", "color", "light blue"), ("竖屏", "aspect", "9:16"),
     ("widescreen", "aspect", "16:9"), ("9:16", "aspect", "9:16"), ("16比9", "aspect", "16:9"),
     ("for tiktok", "platform", "TikTok"), ("小红书", "platform", "Xiaohongshu"),
     ("4k", "res", "2160p"), ("1080p", "res", "1080p"), ("高清", "res", "1080p"),
     ("1080x1920", "size", (1080, 1920)), ("60 fps", "fps", 60), ("60帧", "fps", 60),
     ("frame rate to 24", "fps", 24), ("帧率30", "fps", 30), ("lo-fi", "mood", "lofi"),
     ("欢快", "mood", "upbeat"), ("fade to black", "trans", "fadeblack"),
     ("淡入淡出", "trans", "crossfade"), ("at the top", "pos", "top"), ("底部", "pos", "bottom"),
     ("a bit", "degree", "small"), ("way more", "degree", "big"), ("两倍", "degree", "double"),
     ("一半", "degree", "half"), ("一点", "degree", "small"), ("by date", "sort_key", "date"),
     ("Summer Breeze", "song", "song1")],
)  # fmt: skip
def test_named_values_are_read_from_one_lexicon_in_both_languages(
    text: str, kind: str, value: Any
) -> None:
    assert found(text, kind) == value


def test_the_longest_phrase_wins() -> None:
    assert found("black and white", "look") == "bw"
    assert found("black and white", "color") is None
    assert found("快手", "platform") == "Kuaishou"
    assert found("快手", "faster") is None


def test_every_phrase_of_the_lexicon_means_one_thing() -> None:
    seen: dict[str, str] = {}
    tables = [*ENTITIES.items(), *EXTRA.items()]
    specs = [(f"{kind}={val}", spec) for kind, vals in tables for val, spec in vals.items()]
    specs += [*WORDS.items(), ("filler", FILLER)]
    clashes = []
    for owner, spec in specs:
        for phrase in phrases(spec):
            if phrase in seen and seen[phrase] != owner:
                clashes.append((phrase, seen[phrase], owner))
            seen.setdefault(phrase, owner)
    assert clashes == []
    assert len(table()) == len(seen)

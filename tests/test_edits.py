"""Edits as data and apply_edits: new drafts, plain-word changes, clear errors, no mutation."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import Any

import pytest
from pydantic import BaseModel, TypeAdapter, ValidationError

from photo_video_maker.errors import DraftError, InputError
from photo_video_maker.model.draft import Draft, check_draft
from photo_video_maker.model.edits import (
    Edit,
    MakeSlideshow,
    Move,
    MuteClips,
    Redo,
    Remove,
    RemoveMusic,
    RemoveText,
    Reverse,
    SetAspect,
    SetCaption,
    SetClosing,
    SetFit,
    SetFps,
    SetLook,
    SetMotion,
    SetMusic,
    SetMusicFade,
    SetMusicStart,
    SetMusicVolume,
    SetResolution,
    SetSecondsPerPhoto,
    SetTextStyle,
    SetTitle,
    SetTotalLength,
    SetTransition,
    SetVideoFade,
    Shuffle,
    Sort,
    Speed,
    Swap,
    Undo,
    apply_edits,
)
from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow
from photo_video_maker.model.meta import AudioMeta, Transition
from photo_video_maker.model.summary import summarize

NAMES = ["beach.jpg", "city.jpg", "dog.jpg", "forest.jpg", "garden.jpg"]
PHOTOS = [
    MediaRef(id=f"m{i}", name=name, kind="image", width=4000, height=3000)
    for i, name in enumerate(NAMES, 1)
]
SONG = MediaRef(id="song1", name="Summer Breeze.mp3", kind="audio", duration_ms=120_000)
CLIP = MediaRef(id="clip1", name="party.mp4", kind="video", duration_ms=4000, has_audio=True)
MEDIA = {ref.id: ref for ref in [*PHOTOS, SONG, CLIP]}
DATES = {"m1": 500.0, "m2": 100.0, "m3": 300.0, "m4": 200.0, "m5": 400.0}


def slideshow(*extra: MediaRef) -> Draft:
    return build_slideshow([*PHOTOS, *extra], SlideshowOptions())


def apply(*edits: Edit, draft: Draft | None = None) -> tuple[Draft, list[str]]:
    return apply_edits(draft or slideshow(), list(edits), MEDIA, DATES)


def video(draft: Draft) -> list[Any]:
    track = draft.video_track()
    assert track is not None
    return track.sg


def meta(draft: Draft) -> dict[str, Any]:
    """The draft's metadata including extra keys (look, fades)."""
    return draft.m.model_dump()


def names(draft: Draft) -> list[str]:
    return [seg.m.name for seg in video(draft)]


def durations(draft: Draft) -> list[int]:
    return [seg.d for seg in video(draft)]


def texts(draft: Draft) -> list[tuple[str, str]]:
    track = draft.text_track()
    return [(seg.m.role, seg.m.text) for seg in track.sg] if track else []


def first_text_style(draft: Draft) -> tuple[str | None, float | None, str | None]:
    m = text_segments(draft)[0].m
    return m.color, m.size, m.pos


def music_or_none(draft: Draft) -> AudioMeta | None:
    track = draft.bgm_track()
    return track.sg[0].m if track and track.sg else None


def music(draft: Draft) -> AudioMeta:
    found = music_or_none(draft)
    assert found is not None
    return found


def music_segment(draft: Draft) -> Any:
    track = draft.bgm_track()
    assert track is not None
    return track.sg[0]


def text_segments(draft: Draft) -> list[Any]:
    track = draft.text_track()
    assert track is not None
    return track.sg


# (edits, what to look at, expected value)
ROWS: list[tuple[list[Edit], Callable[[Draft], Any], Any]] = [
    ([SetSecondsPerPhoto(seconds=2)], durations, [2000] * 5),
    ([SetSecondsPerPhoto(seconds=5, index=3)], durations, [3000, 3000, 5000, 3000, 3000]),
    ([SetSecondsPerPhoto(seconds=4, index=-1)], durations, [3000, 3000, 3000, 3000, 4000]),
    ([SetSecondsPerPhoto(factor=1.25)], durations, [3800] * 5),
    ([SetSecondsPerPhoto(factor=0.5, index=2)], durations, [3000, 1500, 3000, 3000, 3000]),
    ([SetTotalLength(seconds=30)], lambda d: d.d, 30_000),
    ([SetTotalLength(seconds=60)], lambda d: d.d, 60_000),
    ([SetAspect(aspect="9:16")], lambda d: (d.m.aspect, d.m.w, d.m.h), ("9:16", 1080, 1920)),
    ([SetAspect(aspect="1:1")], lambda d: (d.m.w, d.m.h), (1080, 1080)),
    ([SetAspect(aspect="4:5")], lambda d: (d.m.w, d.m.h), (1080, 1350)),
    ([SetResolution(resolution="2160p")], lambda d: (d.m.w, d.m.h), (3840, 2160)),
    ([SetResolution(resolution="4k")], lambda d: (d.m.w, d.m.h), (3840, 2160)),
    (
        [SetAspect(aspect="9:16"), SetResolution(resolution="720p")],
        lambda d: (d.m.w, d.m.h),
        (720, 1280),
    ),
    ([SetFps(fps=60)], lambda d: d.m.fps, 60),
    ([SetFit(fit="contain")], lambda d: {s.m.fit for s in video(d)}, {"contain"}),
    ([SetFit(fit="cover", index=2)], lambda d: video(d)[1].m.fit, "cover"),
    ([SetLook(look="bw")], lambda d: meta(d)["look"], "bw"),
    (
        [SetVideoFade(fade_in_ms=1500)],
        lambda d: (meta(d)["fade_in"], meta(d)["fade_out"]),
        (1500, 1000),
    ),
    ([SetVideoFade(fade_out_ms=0)], lambda d: meta(d)["fade_out"], 0),
    ([SetMotion(on=False)], lambda d: {s.m.motion.type for s in video(d)}, {"none"}),
    (
        [SetMotion(on=False), SetMotion(on=True)],
        lambda d: {s.m.motion.type for s in video(d)},
        {"kenburns"},
    ),
    ([SetTransition(name="none")], lambda d: [s.m.transition for s in video(d)], ["none"] * 5),
    (
        [SetTransition(name="fade to black", ms=1000)],
        lambda d: [s.m.transition for s in video(d)][1:],
        [Transition(type="fadeblack", d=1000)] * 4,
    ),
    (
        [SetTransition(name="slide")],
        lambda d: {s.m.transition.type for s in video(d)[1:]},
        {"slideleft"},
    ),
    ([SetTitle(text="Summer 2026")], texts, [("title", "Summer 2026")]),
    (
        [SetTitle(text="Old"), SetTitle(text="New")],
        texts,
        [("title", "New")],
    ),
    ([SetCaption(index=2, text="Me and Anna")], texts, [("caption", "Me and Anna")]),
    (
        [SetClosing(text="Thanks for watching")],
        lambda d: [(s.m.role, s.m.anchor, s.end == d.d) for s in text_segments(d)],
        [("closing", "end", True)],
    ),
    ([SetTitle(text="A"), RemoveText(which="title")], texts, []),
    (
        [SetTitle(text="A"), SetCaption(index=1, text="B"), RemoveText(which="captions")],
        texts,
        [("title", "A")],
    ),
    (
        [SetTitle(text="A"), SetTextStyle(target="title", color="yellow", size=1.25, pos="top")],
        first_text_style,
        ("#FFD400", 1.25, "top"),
    ),
    (
        [SetTitle(text="A"), SetTextStyle(target="title", color="red"), SetTitle(text="B")],
        lambda d: (text_segments(d)[0].m.text, text_segments(d)[0].m.color),
        ("B", "#E53935"),
    ),
    ([SetMusic(source="calm")], lambda d: music(d).src, "builtin:calm"),
    ([SetMusic(source="builtin:lofi")], lambda d: music(d).name, "Lo-fi chill"),
    ([SetMusic(source="song1")], lambda d: music(d).name, "Summer Breeze.mp3"),
    (
        [SetMusic(source="calm"), SetMusicVolume(percent=30)],
        lambda d: music(d).volume,
        0.3,
    ),
    (
        [SetMusic(source="calm"), SetMusicVolume(factor=0.5)],
        lambda d: music(d).volume,
        0.5,
    ),
    (
        [SetMusic(source="calm"), SetMusicVolume(factor=5)],
        lambda d: music(d).volume,
        1.0,
    ),
    (
        [SetMusic(source="calm"), SetMusicFade(fade_in_ms=1000, fade_out_ms=3000)],
        lambda d: (music(d).fade_in, music(d).fade_out),
        (1000, 3000),
    ),
    ([SetMusic(source="calm"), RemoveMusic()], music_or_none, None),
    ([Reverse()], names, NAMES[::-1]),
    ([Sort()], names, ["city.jpg", "forest.jpg", "dog.jpg", "garden.jpg", "beach.jpg"]),
    (
        [Sort(reverse=True)],
        names,
        ["beach.jpg", "garden.jpg", "dog.jpg", "forest.jpg", "city.jpg"],
    ),
    (
        [Move(index=3, to="start")],
        names,
        ["dog.jpg", "beach.jpg", "city.jpg", "forest.jpg", "garden.jpg"],
    ),
    (
        [Move(index=2, to="end")],
        names,
        ["beach.jpg", "dog.jpg", "forest.jpg", "garden.jpg", "city.jpg"],
    ),
    (
        [Move(index=1, to=3)],
        names,
        ["city.jpg", "dog.jpg", "beach.jpg", "forest.jpg", "garden.jpg"],
    ),
    ([Move(index=-1, to="start")], names, ["garden.jpg", *NAMES[:4]]),
    ([Swap(i=2, j=4)], names, ["beach.jpg", "forest.jpg", "dog.jpg", "city.jpg", "garden.jpg"]),
    ([Swap(i=1, j=-1)], names, ["garden.jpg", "city.jpg", "dog.jpg", "forest.jpg", "beach.jpg"]),
    ([Remove(index=-1)], names, NAMES[:4]),
    ([Remove(index=1)], names, NAMES[1:]),
    ([Remove(name="dog.jpg")], names, ["beach.jpg", "city.jpg", "forest.jpg", "garden.jpg"]),
    ([Remove(name="DOG")], names, ["beach.jpg", "city.jpg", "forest.jpg", "garden.jpg"]),
    ([Speed(factor=0.75)], durations, [2300] * 5),
    ([Speed(factor=1.33)], durations, [4000] * 5),
    (
        [SetMotion(on=False), SetTransition(name="none"), MakeSlideshow(with_music=True)],
        lambda d: (
            {s.m.motion.type for s in video(d)},
            {s.m.transition.type for s in video(d)[1:]},
            music(d).src,
        ),
        ({"kenburns"}, {"crossfade"}, "builtin:calm"),
    ),
    (
        [MakeSlideshow(with_music=True, mood="upbeat")],
        lambda d: music(d).src,
        "builtin:upbeat",
    ),
]


@pytest.mark.parametrize(("edits", "look", "expected"), ROWS)
def test_each_edit_changes_the_draft_as_asked(
    edits: list[Edit], look: Callable[[Draft], Any], expected: Any
) -> None:
    new, changes = apply(*edits)
    assert look(new) == expected
    assert 1 <= len(changes) <= len(edits)  # photos removed together: one sentence
    check_draft(new)


@pytest.mark.parametrize(("edits", "look", "expected"), ROWS)
def test_edits_never_change_the_draft_they_are_given(
    edits: list[Edit], look: Callable[[Draft], Any], expected: Any
) -> None:
    draft = slideshow()
    before = draft.model_dump()
    apply(*edits, draft=draft)
    assert draft.model_dump() == before


CHANGES = [
    (SetSecondsPerPhoto(seconds=2), "Photos now last 2 s each"),
    (SetSecondsPerPhoto(seconds=5, index=3), "Photo 3 (dog.jpg) now stays on screen for 5 s"),
    (
        SetAspect(aspect="9:16", platform="TikTok"),
        "Aspect ratio is now 9:16 (1080x1920) for TikTok",
    ),
    (SetMusic(source="calm"), "Added calm music (Calm piano) at 100% volume"),
    (SetMusic(source="song1"), 'Added "Summer Breeze.mp3" as background music at 100% volume'),
    (SetTitle(text="Summer 2026"), 'Added the title "Summer 2026"'),
    (
        SetTitle(text="Summer 2026", color="white", pos="top"),
        'Added the title "Summer 2026" (white and at the top)',
    ),
    (
        SetClosing(text="Bye", color="red"),
        'The video now ends with "Bye" (red) on a card after the last photo (it is now 15 s long)',
    ),
    (Move(index=2, to="end"), "Moved photo 2 (city.jpg) to the end"),
    (Swap(i=2, j=4), "Swapped photo 2 (city.jpg) and photo 4 (forest.jpg)"),
    (Remove(index=-1), "Removed photo 5 (garden.jpg); 4 photos left (say 'undo' to bring it back)"),
    (SetTransition(name="none"), "Removed the transitions: photos now cut straight to the next"),
    (SetLook(look="sepia"), "Colours are now sepia (vintage)"),
    (SetFps(fps=60), "Frame rate is now 60 fps"),
    (RemoveMusic(), "There was no music to remove"),
    (SetTotalLength(seconds=30), "The video now lasts 30 s (each photo about 6.6 s)"),
]


@pytest.mark.parametrize(("edit", "said"), CHANGES)
def test_changes_are_told_in_plain_words(edit: Edit, said: str) -> None:
    _, changes = apply(edit)
    assert changes == [said]
    assert "button" not in said.lower() and "panel" not in said.lower()


ERRORS: list[tuple[list[Edit], type[InputError], str]] = [
    ([Remove(index=12)], DraftError, "there is no photo 12; the video has 5 photos"),
    ([SetCaption(index=6, text="x")], DraftError, "there is no photo 6"),
    ([SetSecondsPerPhoto(seconds=2, index=9)], DraftError, "there is no photo 9"),
    ([Move(index=1, to=8)], DraftError, "there is no position 8"),
    ([Swap(i=0, j=2)], DraftError, "there is no photo 0"),
    ([Remove(name="cat.jpg")], DraftError, "there is no photo called 'cat.jpg'"),
    ([SetSecondsPerPhoto(seconds=0.1)], DraftError, "can't be 0.1 s"),
    ([SetMusicVolume(percent=30)], DraftError, "there is no music yet"),
    ([SetTextStyle(target="title", color="yellow")], DraftError, "there is no title yet"),
    ([SetMusic(source="polka")], DraftError, "no uploaded song or built-in music called"),
    ([SetMusic(source="m1")], DraftError, "beach.jpg is a photo, not a song"),
    ([Sort()], DraftError, "don't know when these photos were taken"),
]


@pytest.mark.parametrize(("edits", "error", "message"), ERRORS)
def test_impossible_edits_raise_a_clear_error(
    edits: list[Edit], error: type[InputError], message: str
) -> None:
    dates = {} if isinstance(edits[0], Sort) else DATES
    with pytest.raises(error, match=message.replace("(", r"\(")):
        apply_edits(slideshow(), edits, MEDIA, dates)


@pytest.mark.parametrize(
    ("kind", "data", "allowed"),
    [
        (SetFps, {"fps": 50}, "24, 25, 30 or 60"),
        (SetAspect, {"aspect": "5:7"}, "'16:9', '9:16', '1:1'"),
        (SetTransition, {"name": "spin"}, "'crossfade', 'fadeblack'"),
        (SetResolution, {"resolution": "8k"}, "'480p', '720p', '1080p'"),
    ],
)
def test_an_edit_outside_the_allowed_values_is_refused_naming_them(
    kind: type[BaseModel], data: dict[str, object], allowed: str
) -> None:
    with pytest.raises(ValidationError, match=allowed):
        kind.model_validate(data)


@pytest.mark.parametrize(
    ("kind", "data", "expected"),
    [
        (SetResolution, {"resolution": "4K"}, "2160p"),
        (SetResolution, {"resolution": "1080"}, "1080p"),
        (SetTransition, {"name": "dissolve"}, "crossfade"),
    ],
)
def test_edits_take_the_names_people_use(
    kind: type[BaseModel], data: dict[str, object], expected: str
) -> None:
    assert expected in kind.model_validate(data).model_dump().values()


def transitions(draft: Draft) -> list[Any]:
    return [seg.m.transition for seg in video(draft)[1:]]


def zooms(draft: Draft) -> list[float]:
    return [max(seg.m.motion.zoom) for seg in video(draft)]


RELATIVE: list[tuple[list[Edit], Callable[[Draft], Any], Any, str]] = [
    (
        [SetTransition(factor=2)],
        transitions,
        [Transition(type="crossfade", d=1500)] * 4,
        "Transitions are now crossfade (1.5 s, was 0.75 s)",
    ),
    (
        [SetTransition(ms=300)],
        transitions,
        [Transition(type="crossfade", d=300)] * 4,
        "Transitions are now crossfade (0.3 s)",
    ),
    (
        [SetTransition(name="slideleft")],
        transitions,
        [Transition(type="slideleft", d=750)] * 4,
        "Transitions are now slide left (0.75 s)",
    ),
    ([SetMotion(factor=0.5)], zooms, [1.05] * 5, "Photos now move less (zoom 1.05x, was 1.1x)"),
    (
        [SetMotion(zoom=1.3)],
        zooms,
        [1.3] * 5,
        "Photos now zoom and pan strongly (Ken Burns, zoom 1.3x)",
    ),
    (
        [SetSecondsPerPhoto(factor=1.5, index=1)],
        durations,
        [4500, 3000, 3000, 3000, 3000],
        "Photo 1 (beach.jpg) now stays on screen for 4.5 s (was 3 s)",
    ),
]


@pytest.mark.parametrize(("edits", "look", "expected", "said"), RELATIVE)
def test_relative_edits_change_the_current_value_and_say_the_step(
    edits: list[Edit], look: Callable[[Draft], Any], expected: Any, said: str
) -> None:
    new, changes = apply(*edits)
    assert look(new) == expected
    assert changes == [said]


def test_new_texts_take_their_style_with_them() -> None:
    new, _ = apply(
        SetTitle(text="Hello", color="yellow", pos="top"),
        SetClosing(text="Love, Dad", size=1.5, color="#112233"),
    )
    by_role = {seg.m.role: seg.m for seg in text_segments(new)}
    assert (by_role["title"].color, by_role["title"].pos) == ("#FFD400", "top")
    assert (by_role["closing"].size, by_role["closing"].color) == (1.5, "#112233")
    assert by_role["closing"].pos == "center"


def test_photos_sort_by_file_name_with_numbers_in_order() -> None:
    refs = [
        MediaRef(id=f"n{i}", name=name, kind="image", width=4000, height=3000)
        for i, name in enumerate(["IMG_10.jpg", "img_2.jpg", "IMG_1.jpg"])
    ]
    draft = build_slideshow(refs, SlideshowOptions())
    media = {ref.id: ref for ref in refs}
    new, _ = apply_edits(draft, [Sort(by="name")], media)
    assert names(new) == ["IMG_1.jpg", "img_2.jpg", "IMG_10.jpg"]
    new, _ = apply_edits(draft, [Sort(by="name", reverse=True)], media)
    assert names(new) == ["IMG_10.jpg", "img_2.jpg", "IMG_1.jpg"]


def test_a_shuffle_without_a_seed_repeats_for_the_same_draft_and_changes_the_next_time() -> None:
    draft = slideshow()
    once, _ = apply(Shuffle(), draft=draft)
    assert names(apply(Shuffle(), draft=draft)[0]) == names(once) != NAMES
    twice, _ = apply(Shuffle(), draft=once)
    assert names(twice) != names(once)
    assert names(apply(Shuffle(), draft=once)[0]) == names(twice)


def test_a_failing_edit_leaves_no_half_applied_draft() -> None:
    draft = slideshow()
    before = draft.model_dump()
    with pytest.raises(DraftError):
        apply_edits(draft, [SetAspect(aspect="9:16"), Remove(index=12)], MEDIA)
    assert draft.model_dump() == before


def test_removing_the_only_photo_is_refused() -> None:
    one = build_slideshow(PHOTOS[:1], SlideshowOptions())
    with pytest.raises(DraftError, match="only one left"):
        apply_edits(one, [Remove(index=1)], MEDIA)


@pytest.mark.parametrize(
    "edit", [Reverse(), Move(index=3, to="start"), Swap(i=1, j=5), Shuffle(seed=7), Sort()]
)
def test_after_reordering_only_the_first_photo_has_no_transition(edit: Edit) -> None:
    new, _ = apply(edit)
    transitions = [seg.m.transition for seg in video(new)]
    assert transitions[0] == "none"
    assert all(isinstance(t, Transition) and t.type == "crossfade" for t in transitions[1:])
    check_draft(new)


def test_after_reordering_neighbouring_photos_move_differently() -> None:
    new, _ = apply(Reverse())
    motions = [seg.m.motion for seg in video(new)]
    assert all(a != b for a, b in pairwise(motions))


def test_shuffle_is_the_same_for_the_same_seed_and_differs_for_another() -> None:
    a, _ = apply(Shuffle(seed=1))
    b, _ = apply(Shuffle(seed=1))
    orders = {tuple(names(apply(Shuffle(seed=s))[0])) for s in range(6)}
    assert names(a) == names(b)
    assert sorted(names(a)) == sorted(NAMES)
    assert len(orders) > 1


def test_removing_a_photo_takes_its_caption_along() -> None:
    new, changes = apply(SetCaption(index=2, text="Me"), Remove(index=2))
    assert texts(new) == []
    assert (
        changes[-1]
        == "Removed photo 2 (city.jpg) and its caption; 4 photos left (say 'undo' to bring it back)"
    )


def test_a_caption_follows_its_photo_when_the_order_changes() -> None:
    new, _ = apply(SetCaption(index=2, text="Me"), Move(index=2, to="end"))
    caption = text_segments(new)[0]
    last = video(new)[-1]
    # from the middle of the transition into the last photo to the end
    half = last.m.transition.d // 2 if isinstance(last.m.transition, Transition) else 0
    assert (caption.s, caption.end) == (last.s + half, last.end)


def test_muting_clips_sets_their_volume_and_leaves_photos_alone() -> None:
    draft = slideshow(CLIP)
    new, changes = apply(MuteClips(on=True), draft=draft)
    assert video(new)[-1].m.volume == 0.0
    assert "volume" not in video(new)[0].m.model_dump()  # a photo has no sound to set
    assert changes == ["Muted the sound of 1 video clip"]


def test_seconds_per_photo_leaves_clips_their_own_length() -> None:
    new, _ = apply(SetSecondsPerPhoto(seconds=2), draft=slideshow(CLIP))
    assert durations(new) == [2000] * 5 + [4000]


def test_replacing_music_keeps_the_chosen_volume() -> None:
    new, changes = apply(
        SetMusic(source="calm"), SetMusicVolume(percent=30), SetMusic(source="song1")
    )
    assert music(new).volume == 0.3
    assert changes[-1] == 'Music is now "Summer Breeze.mp3" at 30% volume'


def test_music_lasts_as_long_as_the_video_after_every_edit() -> None:
    new, _ = apply(SetMusic(source="calm"), SetSecondsPerPhoto(seconds=6), Remove(index=1))
    assert music_segment(new).d == new.d


def test_music_comes_in_with_a_photo_and_stays_at_that_time_when_photos_change() -> None:
    new, changes = apply(SetMusic(source="calm"), SetMusicStart(index=2))
    start = video(new)[1].s
    assert music_segment(new).s == start and music_segment(new).d == new.d - start
    assert changes[-1].startswith("Music now comes in with photo 2 (city.jpg), ")
    later, _ = apply(SetSecondsPerPhoto(seconds=6), SetMusic(source="upbeat"), draft=new)
    assert music_segment(later).s == start and music_segment(later).d == later.d - start


def test_music_comes_in_later_and_earlier_by_a_step_and_never_before_the_video() -> None:
    new, changes = apply(SetMusic(source="calm"), SetMusicStart(seconds=2), SetMusicStart(shift=1))
    assert music_segment(new).s == 3000 and changes[-1].endswith("(was 2 s)")
    new, changes = apply(SetMusicStart(shift=-5), draft=new)
    assert music_segment(new).s == 0 and changes[-1] == "Music now starts with the video"


def test_music_cannot_come_in_after_the_video_and_the_draft_is_kept() -> None:
    with_music, _ = apply(SetMusic(source="calm"))
    with pytest.raises(DraftError, match="cannot start at 60 s"):
        apply(SetMusicStart(seconds=60), draft=with_music)
    assert music_segment(with_music).s == 0


def test_a_shorter_video_brings_late_music_in_while_a_second_of_it_still_fits() -> None:
    late = [SetMusic(source="calm"), SetMusicStart(seconds=10)]
    new, _ = apply(*late, SetSecondsPerPhoto(seconds=1))
    assert music_segment(new).s == new.d - 1000 and music_segment(new).d == 1000


@pytest.mark.parametrize("step", [Undo(), Redo()])
def test_undo_and_redo_are_left_to_the_caller(step: Undo | Redo) -> None:
    with pytest.raises(ValueError, match="the caller keeps history"):
        apply(step)


def test_edits_travel_as_json_and_come_back_equal() -> None:
    edits: list[Edit] = [SetAspect(aspect="9:16"), Move(index=2, to="end"), Remove(name="dog.jpg")]
    adapter = TypeAdapter(list[Edit])
    assert adapter.validate_json(adapter.dump_json(edits)) == edits


ONE_OF_EACH: list[Edit] = [
    SetSecondsPerPhoto(seconds=2),
    SetSecondsPerPhoto(factor=1.25, index=2),
    SetTotalLength(seconds=20),
    SetTransition(name="slideleft", ms=500),
    SetTransition(factor=1.25),
    SetMotion(factor=0.8),
    SetMotion(on=False),
    SetMotion(zoom=1.2),
    SetAspect(aspect="9:16", platform="抖音"),
    SetResolution(resolution="720p"),
    SetFps(fps=25),
    SetFit(fit="cover"),
    SetFit(fit="contain", index=1),
    SetLook(look="sepia"),
    SetLook(look="none"),
    Speed(factor=0.8),
    SetVideoFade(fade_in_ms=500, fade_out_ms=0),
    SetTitle(text="夏天"),
    SetTitle(text="夏天 2026"),
    SetCaption(index=1, text="海边"),
    SetClosing(text="再见"),
    SetTextStyle(target="title", color="yellow", size=1.25, pos="top"),
    RemoveText(which="captions"),
    SetMusic(source="calm"),
    SetMusic(source="Summer Breeze"),
    SetMusicVolume(percent=50),
    SetMusicVolume(factor=0.8),
    SetMusicFade(fade_in_ms=1000, fade_out_ms=3000),
    SetMusicStart(index=2),
    SetMusicStart(shift=-1),
    MuteClips(),
    Reverse(),
    Sort(),
    Sort(by="name", reverse=True),
    Shuffle(seed=3),
    Move(index=2, to="end"),
    Swap(i=1, j=2),
    Remove(index=1),
    RemoveMusic(),
    MakeSlideshow(with_music=True),
]


def test_every_change_is_told_in_chinese_to_a_chinese_speaker() -> None:
    draft = slideshow(CLIP)
    for edit in ONE_OF_EACH:
        draft, changes = apply_edits(draft, [edit], MEDIA, DATES, lang="zh")
        words = set(re.findall(r"[A-Za-z]{3,}", changes[0]))
        # file names, track titles and "fps"-like units may stay as they are
        allowed = {"jpg", "mp", "beach", "city", "dog", "forest", "garden", "party", "Calm"}
        allowed |= {"piano", "Summer", "Breeze", "mp3"}
        assert re.search(r"[\u4e00-\u9fff]", changes[0]), (edit, changes)
        assert words <= allowed, (edit, changes)


def test_the_timeline_summary_speaks_chinese_too() -> None:
    draft, _ = apply(
        SetMusic(source="calm"), SetTitle(text="夏天"), SetLook(look="bw"), draft=slideshow(CLIP)
    )
    text = summarize(draft, "zh")
    assert text.startswith("时间线（3 条轨道，")
    assert "背景音乐：Calm piano" in text and "标题：“夏天”" in text and "色彩：黑白" in text
    assert not re.search(r"\b(?:Video|Title|BGM|look|photos?)\b", text)


@pytest.mark.parametrize(
    ("chosen", "amount"),
    [
        (SetTransition(name="wiperight"), SetTransition(name="wiperight", factor=0.8)),
        (SetTransition(name="crossfade"), SetTransition(factor=1.25)),
        (SetMotion(on=True), SetMotion(factor=0.8)),
    ],
)
def test_a_choice_and_its_amount_are_said_in_one_sentence(
    chosen: SetTransition | SetMotion, amount: SetTransition | SetMotion
) -> None:
    start = slideshow()
    together, told = apply(chosen, amount, draft=start)
    one_by_one, _ = apply(amount, draft=apply(chosen, draft=start)[0])
    assert together == one_by_one
    assert len(told) == 1


def test_an_amount_set_before_another_is_not_joined_to_it() -> None:
    """1 s then 1.25x is 1.25 s: joining them would lose the first length."""
    draft, told = apply(SetTransition(name="crossfade", ms=1000), SetTransition(factor=1.25))
    assert len(told) == 2
    assert {s.m.transition.d for s in video(draft)[1:]} == {1250}


def test_photos_removed_together_are_said_in_one_sentence_as_the_person_counts_them() -> None:
    draft, told = apply(Remove(index=4), Remove(index=2))
    _, by_name = apply(Remove(name="beach"), Remove(index=-1))
    assert by_name[0].startswith("Removed photo 1 (beach.jpg) and photo 5 (garden.jpg); 3 photos")
    assert names(draft) == ["beach.jpg", "dog.jpg", "garden.jpg"]
    assert told == [
        "Removed photo 2 (city.jpg) and photo 4 (forest.jpg); 3 photos left"
        " (say 'undo' to bring them back)"
    ]


def test_photos_removed_together_in_chinese_are_one_sentence() -> None:
    _, told = apply_edits(slideshow(), [Remove(index=5), Remove(index=1)], MEDIA, DATES, "zh")
    assert told == [
        "已删除第 1 张照片（beach.jpg）和第 5 张照片（garden.jpg）；"
        "还剩 3 张照片（说“撤销”可以恢复）"
    ]


def test_a_relative_change_lands_on_a_tenth_of_a_second_but_always_takes_a_step() -> None:
    draft, told = apply(SetSecondsPerPhoto(factor=0.67))
    assert durations(draft) == [2000] * 5 and told == ["Photos now last 2 s each (was 3 s)"]
    one, _ = apply(SetSecondsPerPhoto(seconds=1))
    nudged, _ = apply(SetSecondsPerPhoto(factor=0.97), draft=one)
    assert durations(nudged) == [970] * 5  # 1 s to a tenth would be no step at all

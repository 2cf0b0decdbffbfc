"""read(): English and Chinese sentences -> edits, judged by what they do to the draft (equivalent
edits are equally right, as in tests/nlu/harness.py).

Rows of the earlier interpreter that contradict docs/nlu-corpus.md follow the conventions now:
relative words take one step of 1.25 / 0.8 ("a bit louder", "quieter", "faster", "make photo 3
longer", "faster transitions"), "much" 1.5; a bare short duration ("3 seconds") is asked about.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.config import Settings
from photo_video_maker.errors import PVMError
from photo_video_maker.instruct.interpret import read
from photo_video_maker.instruct.suggest import GENERAL_EN, GENERAL_ZH
from photo_video_maker.model.draft import Draft
from photo_video_maker.model.edits import (
    Edit,
    MakeSlideshow,
    Move,
    MuteClips,
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

from support import gradient, save_photo

NAMES = ["beach.jpg", "city.jpg", "dog.jpg", "forest.jpg", "garden.jpg"]
PHOTOS = [
    MediaRef(id=f"m{i}", name=name, kind="image", width=4000, height=3000)
    for i, name in enumerate(NAMES, 1)
]
SONG = MediaRef(id="song1", name="Summer Breeze.mp3", kind="audio", duration_ms=120_000)
MEDIA = {ref.id: ref for ref in [*PHOTOS, SONG]}
PHOTOS_ONLY = {ref.id: ref for ref in PHOTOS}


def slideshow() -> Draft:
    return build_slideshow(PHOTOS, SlideshowOptions())


def outcome(draft: Draft, edits: list[Edit]) -> Any:
    """What the edits leave behind (ids aside), or the error they fail with."""
    try:
        new, _ = apply_edits(draft, [e for e in edits if not isinstance(e, Undo)], MEDIA)
    except PVMError as exc:
        return ("error", type(exc).__name__)
    data = new.to_json()
    for track in data["t"]:
        track.pop("id")
        for seg in track["sg"]:
            seg.pop("id")
            seg["m"].pop("anchor", None)
    return data, any(isinstance(e, Undo) for e in edits)


ENGLISH: list[tuple[str, list[Edit]]] = [
    ("make a slideshow", [MakeSlideshow()]),
    (
        "turn my photos into a slideshow with music and transitions",
        [MakeSlideshow(with_music=True)],
    ),
    ("make a slideshow with upbeat music", [MakeSlideshow(with_music=True, mood="upbeat")]),
    ("3 seconds per photo", [SetSecondsPerPhoto(seconds=3)]),
    ("make each photo 2.5s", [SetSecondsPerPhoto(seconds=2.5)]),
    ("two and a half seconds per photo", [SetSecondsPerPhoto(seconds=2.5)]),
    ("each picture for two seconds", [SetSecondsPerPhoto(seconds=2)]),
    ("photo 3 for 5 seconds", [SetSecondsPerPhoto(seconds=5, index=3)]),
    ("the third photo 5 seconds", [SetSecondsPerPhoto(seconds=5, index=3)]),
    ("the last photo for 4 seconds", [SetSecondsPerPhoto(seconds=4, index=-1)]),
    ("make photo 3 longer", [SetSecondsPerPhoto(factor=1.25, index=3)]),
    ("make it 30 seconds long", [SetTotalLength(seconds=30)]),
    ("1 minute", [SetTotalLength(seconds=60)]),
    ("a minute and a half", [SetTotalLength(seconds=90)]),
    ("total length 45 seconds", [SetTotalLength(seconds=45)]),
    ("use fade to black transitions", [SetTransition(name="fadeblack")]),
    ("slide transitions of 1 second", [SetTransition(name="slideleft", ms=1000)]),
    ("crossfade transitions", [SetTransition(name="crossfade")]),
    ("1 second transitions", [SetTransition(name="crossfade", ms=1000)]),
    ("no transitions", [SetTransition(name="none")]),
    ("random transitions", [SetTransition(name="random")]),
    ("faster transitions", [SetTransition(factor=0.8)]),
    ("no zoom", [SetMotion(on=False)]),
    ("turn off Ken Burns", [SetMotion(on=False)]),
    ("static photos", [SetMotion(on=False)]),
    ("add motion", [SetMotion(on=True)]),
    ("9:16", [SetAspect(aspect="9:16")]),
    ("4:5", [SetAspect(aspect="4:5")]),
    ("make it vertical", [SetAspect(aspect="9:16")]),
    ("portrait", [SetAspect(aspect="9:16")]),
    ("square", [SetAspect(aspect="1:1")]),
    ("landscape", [SetAspect(aspect="16:9")]),
    ("widescreen", [SetAspect(aspect="16:9")]),
    ("for TikTok", [SetAspect(aspect="9:16", platform="TikTok")]),
    ("make it vertical for TikTok", [SetAspect(aspect="9:16", platform="TikTok")]),
    ("Reels", [SetAspect(aspect="9:16", platform="Reels")]),
    ("youtube shorts", [SetAspect(aspect="9:16", platform="YouTube Shorts")]),
    ("Instagram stories", [SetAspect(aspect="9:16", platform="Instagram Reels and Stories")]),
    ("for an instagram post", [SetAspect(aspect="1:1", platform="an Instagram post")]),
    (
        "instagram portrait post",
        [SetAspect(aspect="4:5", platform="an Instagram portrait post")],
    ),
    ("for YouTube", [SetAspect(aspect="16:9", platform="YouTube")]),
    ("4k", [SetResolution(resolution="2160p")]),
    ("720p", [SetResolution(resolution="720p")]),
    ("full hd", [SetResolution(resolution="1080p")]),
    ("1080x1920", [SetAspect(aspect="9:16"), SetResolution(resolution="1080p")]),
    ("60 fps", [SetFps(fps=60)]),
    ("set the frame rate to 24", [SetFps(fps=24)]),
    ("fill the frame", [SetFit(fit="cover")]),
    ("crop to fill", [SetFit(fit="cover")]),
    ("show the whole photo", [SetFit(fit="contain")]),
    ("don't crop", [SetFit(fit="contain")]),
    ("blurred background", [SetFit(fit="blur")]),
    ("add the title 'Summer 2026'", [SetTitle(text="Summer 2026")]),
    ('add the title "Summer 2026"', [SetTitle(text="Summer 2026")]),
    ("title: Summer 2026", [SetTitle(text="Summer 2026")]),
    ("call it Summer 2026", [SetTitle(text="Summer 2026")]),
    ("add the title 'Black and White'", [SetTitle(text="Black and White")]),
    ("caption the second photo 'Me and Anna'", [SetCaption(index=2, text="Me and Anna")]),
    ("add a caption to photo 4: 'Dinner'", [SetCaption(index=4, text="Dinner")]),
    ("end with 'Thanks for watching'", [SetClosing(text="Thanks for watching")]),
    ("closing text 'See you'", [SetClosing(text="See you")]),
    ("remove the title", [RemoveText(which="title")]),
    ("no text", [RemoveText(which="all")]),
    ("remove the captions", [RemoveText(which="captions")]),
    ("make the title yellow", [SetTextStyle(target="title", color="yellow")]),
    ("title at the top", [SetTextStyle(target="title", pos="top")]),
    ("put the title in the middle", [SetTextStyle(target="title", pos="center")]),
    (
        "add the title 'Trip' at the bottom",
        [SetTitle(text="Trip"), SetTextStyle(target="title", pos="bottom")],
    ),
    ("bigger title", [SetTextStyle(target="title", size=1.25)]),
    ("make the captions smaller", [SetTextStyle(target="captions", size=0.8)]),
    ("add calm music", [SetMusic(source="calm")]),
    ("some upbeat music", [SetMusic(source="upbeat")]),
    ("add some epic music", [SetMusic(source="cinematic")]),
    ("add background music", [SetMusic(source="song1")]),
    ("use the song I uploaded", [SetMusic(source="song1")]),
    ("use Summer Breeze", [SetMusic(source="song1")]),
    ("music at 30%", [SetMusicVolume(percent=30)]),
    ("set the volume to 50 percent", [SetMusicVolume(percent=50)]),
    ("music quieter", [SetMusicVolume(factor=0.8)]),
    ("make the music a bit louder", [SetMusicVolume(factor=1.25)]),
    ("the music is too loud", [SetMusicVolume(factor=0.8)]),
    ("mute the music", [SetMusicVolume(percent=0)]),
    ("fade the music out over 3 seconds", [SetMusicFade(fade_out_ms=3000)]),
    ("fade in the music", [SetMusicFade(fade_in_ms=1000)]),
    ("no music", [RemoveMusic()]),
    ("remove the music", [RemoveMusic()]),
    ("mute the videos", [MuteClips(on=True)]),
    ("keep the original sound", [MuteClips(on=False)]),
    ("reverse the order", [Reverse()]),
    ("sort by date", [Sort()]),
    ("newest first", [Sort(reverse=True)]),
    ("in chronological order", [Sort()]),
    ("move the third photo to the beginning", [Move(index=3, to="start")]),
    ("move photo 2 to the end", [Move(index=2, to="end")]),
    ("move the first photo to position 3", [Move(index=1, to=3)]),
    ("put photo 5 after photo 1", [Move(index=5, to=2)]),
    ("put photo 1 before photo 4", [Move(index=1, to=3)]),
    ("swap photos 2 and 4", [Swap(i=2, j=4)]),
    ("swap the first and the third photo", [Swap(i=1, j=3)]),
    ("swap photo 2 with photo 5", [Swap(i=2, j=5)]),
    ("remove the last photo", [Remove(index=-1)]),
    ("delete photo 3", [Remove(index=3)]),
    ("remove the second to last photo", [Remove(index=-2)]),
    ("delete beach.jpg", [Remove(name="beach.jpg")]),
    ("move forest.jpg to the start", [Move(index=4, to="start")]),
    ("add a title that says Summer 2026", [SetTitle(text="Summer 2026")]),
    ("put the garden photo first", [Move(index=5, to="start")]),
    ("use the beach photo as the last one", [Move(index=1, to="end")]),
    ("can you make each picture last longer", [Speed(factor=1.25)]),
    ("make all the photos a bit shorter", [Speed(factor=0.8)]),
    ("delete the dog photo", [Remove(name="dog.jpg")]),
    ("black and white", [SetLook(look="bw")]),
    ("sepia", [SetLook(look="sepia")]),
    ("vintage", [SetLook(look="sepia")]),
    ("warm", [SetLook(look="warm")]),
    ("cool tones", [SetLook(look="cool")]),
    ("vivid", [SetLook(look="vivid")]),
    ("more colorful", [SetLook(look="vivid")]),
    ("original colors", [SetLook(look="none")]),
    ("make it faster", [Speed(factor=0.8)]),
    ("slow it down", [Speed(factor=1.25)]),
    ("make it shorter", [Speed(factor=0.8)]),
    ("make the video much longer", [Speed(factor=1.5)]),
    ("fade in from black", [SetVideoFade(fade_in_ms=1000)]),
    ("fade out at the end", [SetVideoFade(fade_out_ms=1000)]),
    ("fade in and out", [SetVideoFade(fade_in_ms=1000, fade_out_ms=1000)]),
    ("no fade out", [SetVideoFade(fade_out_ms=0)]),
    ("undo", [Undo()]),
    ("go back", [Undo()]),
    ("UNDO that", [Undo()]),
]

CHINESE: list[tuple[str, list[Edit]]] = [
    ("做成幻灯片", [MakeSlideshow()]),
    ("做成带音乐和转场的幻灯片", [MakeSlideshow(with_music=True)]),
    ("每张照片三秒", [SetSecondsPerPhoto(seconds=3)]),
    ("每张照片两秒", [SetSecondsPerPhoto(seconds=2)]),
    ("每张1.5秒", [SetSecondsPerPhoto(seconds=1.5)]),
    ("第三张照片5秒", [SetSecondsPerPhoto(seconds=5, index=3)]),
    ("第十二张照片两秒半", [SetSecondsPerPhoto(seconds=2.5, index=12)]),
    ("总时长一分钟", [SetTotalLength(seconds=60)]),
    ("一分半", [SetTotalLength(seconds=90)]),
    ("时长30秒", [SetTotalLength(seconds=30)]),
    ("转场用淡入淡出", [SetTransition(name="crossfade")]),
    ("不要转场", [SetTransition(name="none")]),
    ("随机转场", [SetTransition(name="random")]),
    ("转场1秒", [SetTransition(name="crossfade", ms=1000)]),
    ("不要动效", [SetMotion(on=False)]),
    ("加动效", [SetMotion(on=True)]),
    ("竖屏", [SetAspect(aspect="9:16")]),
    ("横屏", [SetAspect(aspect="16:9")]),
    ("方形", [SetAspect(aspect="1:1")]),
    ("正方形", [SetAspect(aspect="1:1")]),
    ("改成16比9", [SetAspect(aspect="16:9")]),
    ("抖音", [SetAspect(aspect="9:16", platform="Douyin")]),
    ("快手", [SetAspect(aspect="9:16", platform="Kuaishou")]),
    ("B站", [SetAspect(aspect="16:9", platform="Bilibili")]),
    ("高清", [SetResolution(resolution="1080p")]),
    ("改成4k", [SetResolution(resolution="2160p")]),
    ("60帧", [SetFps(fps=60)]),
    ("铺满", [SetFit(fit="cover")]),
    ("裁剪", [SetFit(fit="cover")]),
    ("完整显示", [SetFit(fit="contain")]),
    ("不要裁剪", [SetFit(fit="contain")]),
    ("模糊背景", [SetFit(fit="blur")]),
    ("标题“夏天 2026”", [SetTitle(text="夏天 2026")]),
    ("加标题夏天2026", [SetTitle(text="夏天2026")]),
    ("第二张照片加字幕“我和安娜”", [SetCaption(index=2, text="我和安娜")]),
    ("结尾文字谢谢观看", [SetClosing(text="谢谢观看")]),
    ("删除标题", [RemoveText(which="title")]),
    ("去掉文字", [RemoveText(which="all")]),
    ("标题改成黄色", [SetTextStyle(target="title", color="yellow")]),
    ("标题放在顶部", [SetTextStyle(target="title", pos="top")]),
    ("字大一点", [SetTextStyle(target="all", size=1.25)]),
    ("加一段欢快的音乐", [SetMusic(source="upbeat")]),
    ("背景音乐换成欢快的", [SetMusic(source="upbeat")]),
    ("音乐换成舒缓的", [SetMusic(source="calm")]),
    ("change the music to something upbeat", [SetMusic(source="upbeat")]),
    ("switch the song to a calm one", [SetMusic(source="calm")]),
    ("来点轻松的音乐", [SetMusic(source="calm")]),
    ("用我上传的音乐", [SetMusic(source="song1")]),
    ("音乐小声一点", [SetMusicVolume(factor=0.8)]),
    ("音量50%", [SetMusicVolume(percent=50)]),
    ("音量百分之三十", [SetMusicVolume(percent=30)]),
    ("音乐淡出3秒", [SetMusicFade(fade_out_ms=3000)]),
    ("去掉音乐", [RemoveMusic()]),
    ("不要背景音乐", [RemoveMusic()]),
    ("静音视频", [MuteClips(on=True)]),
    ("倒序", [Reverse()]),
    ("按时间排序", [Sort()]),
    ("随机顺序", [Shuffle()]),
    ("把第二张移到最后", [Move(index=2, to="end")]),
    ("把第二张照片移到最后", [Move(index=2, to="end")]),
    ("把最后一张放到最前面", [Move(index=-1, to="start")]),
    ("第二张移到第四位", [Move(index=2, to=4)]),
    ("把第五张放到第一张后面", [Move(index=5, to=2)]),
    ("把第一张放到第四张前面", [Move(index=1, to=3)]),
    ("第一张和第三张交换", [Swap(i=1, j=3)]),
    ("不要第三张", [Remove(index=3)]),
    ("给第一张加字幕“你好”", [SetCaption(index=1, text="你好")]),
    ("交换第一张和第三张", [Swap(i=1, j=3)]),
    ("删除第三张", [Remove(index=3)]),
    ("删掉最后一张", [Remove(index=-1)]),
    ("黑白", [SetLook(look="bw")]),
    ("复古", [SetLook(look="sepia")]),
    ("怀旧", [SetLook(look="sepia")]),
    ("暖色", [SetLook(look="warm")]),
    ("冷色", [SetLook(look="cool")]),
    ("鲜艳", [SetLook(look="vivid")]),
    ("快一点", [Speed(factor=0.8)]),
    ("慢一点", [Speed(factor=1.25)]),
    ("撤销", [Undo()]),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH + CHINESE)
def test_requests_become_edits_that_do_what_was_asked(text: str, expected: list[Edit]) -> None:
    draft = slideshow()
    reading = read(text, draft, MEDIA)
    assert outcome(draft, reading.edits) == outcome(draft, expected), reading.edits
    assert reading.leftover == []
    assert reading.clarify == [] and reading.question is None and reading.route is None


def segments(track: Any) -> list[Any]:
    assert track is not None
    return list(track.sg)


def video_names(d: Draft) -> list[str]:
    return [seg.m.name for seg in segments(d.video_track())]


def video_durations(d: Draft) -> list[int]:
    return [seg.d for seg in segments(d.video_track())]


def bgm(d: Draft) -> tuple[str, float] | None:
    track = d.bgm_track()
    return (track.sg[0].m.name, track.sg[0].m.volume) if track else None


def text_segments(d: Draft) -> list[tuple[str, str]]:
    track = d.text_track()
    return [(s.m.role, s.m.text) for s in track.sg] if track else []


DRAFT_ROWS: list[tuple[str, Callable[[Draft], Any], Any]] = [
    (
        "make it vertical, 2 seconds per photo and add calm music",
        lambda d: (d.m.aspect, d.m.w, d.m.h, video_durations(d), bgm(d)),
        ("9:16", 1080, 1920, [2000] * 5, ("Calm piano", 1.0)),
    ),
    (
        "竖屏，每张照片两秒，然后加一段欢快的音乐",
        lambda d: (d.m.aspect, video_durations(d), bgm(d)),
        ("9:16", [2000] * 5, ("Upbeat pop", 1.0)),
    ),
    (
        "把第二张照片移到最后",
        video_names,
        ["beach.jpg", "dog.jpg", "forest.jpg", "garden.jpg", "city.jpg"],
    ),
    (
        "swap photos 2 and 4",
        video_names,
        ["beach.jpg", "forest.jpg", "dog.jpg", "city.jpg", "garden.jpg"],
    ),
    ("delete beach.jpg and the last photo", video_names, ["city.jpg", "dog.jpg", "forest.jpg"]),
    ("make it 30 seconds long", lambda d: d.d, 30_000),
    ("4k, square", lambda d: (d.m.w, d.m.h), (2160, 2160)),
    (
        "add the title 'Summer 2026', caption the second photo 'Me and Anna' and end with 'Bye'",
        text_segments,
        [("title", "Summer 2026"), ("caption", "Me and Anna"), ("closing", "Bye")],
    ),
    (
        "add calm music, then music at 30% and fade it out over 3 seconds",
        lambda d: (bgm(d), segments(d.bgm_track())[0].m.fade_out, d.m.model_dump()["fade_out"]),
        (("Calm piano", 0.3), 3000, 1000),
    ),
    (
        "add the title 'Hi' and make it yellow and bigger",
        lambda d: (segments(d.text_track())[0].m.color, segments(d.text_track())[0].m.size),
        ("#FFD400", 1.25),
    ),
]


@pytest.mark.parametrize(("text", "look", "expected"), DRAFT_ROWS)
def test_interpreted_edits_change_the_draft_as_asked(
    text: str, look: Callable[[Draft], Any], expected: Any
) -> None:
    draft = slideshow()
    result = read(text, draft, MEDIA)
    new, changes = apply_edits(draft, result.edits, MEDIA)
    assert look(new) == expected
    assert 1 <= len(changes) <= len(result.edits)  # photos removed together: one sentence
    assert result.leftover == []


SEVERAL: list[tuple[str, list[Edit]]] = [
    (
        "make it vertical, 2 seconds per photo and add calm music",
        [SetAspect(aspect="9:16"), SetSecondsPerPhoto(seconds=2), SetMusic(source="calm")],
    ),
    (
        "black and white, no zoom, then 4k",
        [SetLook(look="bw"), SetMotion(on=False), SetResolution(resolution="2160p")],
    ),
    ("shuffle and also add the title 'Trip'", [Shuffle(), SetTitle(text="Trip")]),
    (
        "swap the first and the third photo then remove the last one",
        [Swap(i=1, j=3), Remove(index=-1)],
    ),
    (
        "no transitions; slower; fade out at the end",
        [SetTransition(name="none"), Speed(factor=1.25), SetVideoFade(fade_out_ms=1000)],
    ),
    (
        "竖屏、高清、黑白",
        [SetAspect(aspect="9:16"), SetResolution(resolution="1080p"), SetLook(look="bw")],
    ),
    ("交换第一张和第三张，然后删除第二张", [Swap(i=1, j=3), Remove(index=2)]),
    (
        "每张照片三秒并且加一段欢快的音乐",
        [SetSecondsPerPhoto(seconds=3), SetMusic(source="upbeat")],
    ),
    ("去掉音乐和转场", [RemoveMusic(), SetTransition(name="none")]),
    ("remove the title and captions", [RemoveText(which="title"), RemoveText(which="captions")]),
]


@pytest.mark.parametrize(("text", "expected"), SEVERAL)
def test_several_requests_in_one_sentence_are_all_understood(
    text: str, expected: list[Edit]
) -> None:
    result = read(text, slideshow(), MEDIA)
    assert result.edits == expected
    assert result.leftover == []  # every word found its place


CJK = re.compile(r"[\u4e00-\u9fff]")
# (phrase, a word the first suggestion must contain; None: no topic, general examples)
UNKNOWN: list[tuple[str, str | None]] = [
    ("make it pop", None),
    ("blah blah blah", None),  # "hello there" is a greeting, answered with what to say
    ("add jazz music", "music"),
    ("让它更好看", None),
    ("change the font to Comic Sans", "title"),
    ("some weird polka music please", "music"),
    ("use the song I uploaded", "music"),  # only photos were uploaded
    ("I love the second photo", "second"),
    ("remove the second transition", "transition"),
]


@pytest.fixture(scope="module")
def two_photos(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("photos")
    return [save_photo(folder / f"{i}.png", gradient(64, 48, seed=i)) for i in range(2)]


@pytest.mark.parametrize(("text", "topic_word"), UNKNOWN)
def test_unknown_phrases_change_nothing_and_get_related_suggestions(
    text: str, topic_word: str | None, tmp_path: Path, two_photos: list[Path]
) -> None:
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    sid = backend.upload([str(p) for p in two_photos], [], [], None).session_id
    before = backend.state(sid).draft

    reply = backend.edit(text, sid)

    assert (reply.understood, reply.changes) == (False, [])
    assert backend.state(sid).draft == before
    # the phrase left no step behind, and undo never takes back the upload that made the video
    assert backend.undo(sid).changes == []
    assert backend.state(sid).draft == before
    chinese = bool(CJK.search(text))
    assert 3 <= len(reply.suggestions) <= 5
    assert all(bool(CJK.search(s)) == chinese for s in reply.suggestions)
    general = (GENERAL_ZH if chinese else GENERAL_EN)[:3]
    if topic_word is None:
        assert reply.suggestions == general
    else:  # examples about what was asked, first of all, rather than the general ones
        assert topic_word in reply.suggestions[0], reply.suggestions
        assert reply.suggestions[:3] != general


def test_words_that_fit_nothing_are_reported_beside_what_was_understood() -> None:
    result = read("make it vertical and paint a unicorn", slideshow(), MEDIA)
    assert result.edits == [SetAspect(aspect="9:16")]
    assert result.leftover == ["paint a unicorn"]


def test_quoted_text_keeps_its_own_spelling_and_words() -> None:
    result = read("Add the title 'Rock And Roll, Then Export'", slideshow(), MEDIA)
    assert result.edits == [SetTitle(text="Rock And Roll, Then Export")]
    assert result.route is None


def test_full_width_punctuation_is_read_like_ascii() -> None:
    result = read("竖屏，ｔｉｔｌｅ：Ｈｉ", slideshow(), MEDIA)
    assert result.edits == [SetAspect(aspect="9:16"), SetTitle(text="Ｈｉ")]


def test_shuffling_twice_gives_a_new_order() -> None:
    draft = slideshow()
    once, _ = apply_edits(draft, read("shuffle", draft, MEDIA).edits, MEDIA)
    twice, _ = apply_edits(once, read("shuffle", once, MEDIA).edits, MEDIA)
    assert video_names(once) != video_names(twice)


def test_out_of_range_photo_numbers_are_understood_but_refused_when_applied() -> None:
    draft = slideshow()
    result = read("remove photo 12", draft, MEDIA)
    assert result.edits == [Remove(index=12)]
    with pytest.raises(Exception, match="there is no photo 12; the video has 5 photos"):
        apply_edits(draft, result.edits, MEDIA)


@pytest.mark.parametrize("text", ["淡入", "淡出3秒", "fade out over 2 seconds"])
def test_a_fade_with_no_subject_asks_whether_the_video_or_the_music(text: str) -> None:
    result = read(text, slideshow(), MEDIA)
    assert result.edits == []
    assert [type(o.edits[0]) for o in result.clarify] == [SetVideoFade, SetMusicFade]


def test_a_bare_short_duration_is_asked_about_and_changes_nothing() -> None:
    result = read("3 seconds", slideshow(), MEDIA)
    assert result.edits == []
    assert [o.edits for o in result.clarify] == [
        [SetSecondsPerPhoto(seconds=3)],
        [SetTotalLength(seconds=3)],
    ]


# 643 and 851 are seeds whose shuffle of five leaves them in place
@pytest.mark.parametrize("seed", [643, 851, *range(20)])
def test_a_shuffle_never_leaves_the_order_as_it_was(seed: int) -> None:
    draft = slideshow()
    shuffled, _ = apply_edits(draft, [Shuffle(seed=seed)], MEDIA)
    assert video_names(shuffled) != video_names(draft)

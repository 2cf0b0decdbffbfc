"""The smart slideshow from the chat: the person's words (English and Chinese) become the
typed edits, on the real backend over real uploads; the export is decoded back; the HTTP
service does the same through its own door."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.config import Settings
from test_http_api import auth, run_sse, serve, texts

from smart_media import (
    BPM,
    FIRST_CLICK,
    LISBON,
    click_track,
    cut_frames,
    small_photos,
    variants,
    with_exif,
)
from support import decode_video


@pytest.fixture
def backend(tmp_path: Path) -> LocalBackend:
    return LocalBackend(Settings(home=tmp_path / "home"))


def _names(backend: LocalBackend, sid: str) -> list[str]:
    video = backend.state(sid).draft.video_track()
    assert video is not None
    return [seg.m.name or "" for seg in video.sg]


def test_culling_from_the_chat_says_why_undo_brings_back_and_a_photo_put_back_stays(
    backend: LocalBackend, tmp_path: Path
) -> None:
    pics = variants(tmp_path)
    sid = backend.upload([str(p) for p in pics], [], [], None).session_id
    reply = backend.edit("leave out duplicates and blurry shots", sid)
    said = " ".join(reply.changes)
    assert "Left out 3 photos" in said and "near-duplicate" in said and "blurred" in said
    assert "undo" in said
    assert len(_names(backend, sid)) == 4
    backend.undo(sid)
    assert len(_names(backend, sid)) == 7  # undo brings every one back
    backend.edit("leave out duplicates and blurry shots", sid)
    # the person puts the blurred photo back (uploads it again): a later cull keeps it
    again = tmp_path / "again"
    again.mkdir()
    shutil.copy(pics[-1], again / pics[-1].name)
    backend.upload([str(again / pics[-1].name)], [], [], sid)
    assert pics[-1].name in _names(backend, sid)
    reply = backend.edit("remove the blurry shots", sid)
    assert pics[-1].name in _names(backend, sid), reply.changes


def test_culling_never_leaves_out_every_photo(backend: LocalBackend, tmp_path: Path) -> None:
    pics = variants(tmp_path)  # the crop and the first photo are near-duplicates of each other
    sid = backend.upload([str(pics[0]), str(pics[4])], [], [], None).session_id
    reply = backend.edit("remove the duplicates", sid)
    assert len(_names(backend, sid)) == 1, reply.changes


def _dated(tmp_path: Path) -> list[Path]:
    pics = small_photos(tmp_path / "src", 3)
    folder = tmp_path / "dated"
    folder.mkdir()
    return [
        with_exif(pics[0], folder / "lisbon.jpg", "2024:07:03 18:30:00", LISBON),
        with_exif(pics[1], folder / "undated-place.jpg", None, LISBON),
        with_exif(pics[2], folder / "dated.jpg", "2024:07:04 09:00:00", None),
    ]


def _captions(backend: LocalBackend, sid: str) -> list[str]:
    track = backend.state(sid).draft.text_track()
    return [seg.m.text for seg in track.sg] if track is not None else []


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("put the date and place on each photo", ["Lisbon, 3 July 2024", "4 July 2024"]),
        ("每张照片加上日期和地点", ["里斯本，2024年7月3日", "2024年7月4日"]),
        # the date said as when it was taken, then the place on its own
        ("每张照片加上拍摄日期和地点", ["里斯本，2024年7月3日", "2024年7月4日"]),
        (
            "label each photo with the date taken and location",
            ["Lisbon, 3 July 2024", "4 July 2024"],
        ),
        ("add the date to each photo", ["3 July 2024", "4 July 2024"]),
    ],
)
def test_date_and_place_captions_from_the_chat_in_the_persons_language(
    backend: LocalBackend, tmp_path: Path, words: str, expected: list[str]
) -> None:
    sid = backend.upload([str(p) for p in _dated(tmp_path)], [], [], None).session_id
    reply = backend.edit(words, sid)
    # a photo with a place but no date gets nothing: a place alone says little of a moment
    assert _captions(backend, sid) == expected, reply.changes
    assert expected[0] in " ".join(reply.changes)


def test_cut_to_the_beat_and_as_long_as_the_song_from_the_chat_then_export(
    backend: LocalBackend, tmp_path: Path
) -> None:
    clicks = click_track(tmp_path / "song.wav", 12.0)
    pics = small_photos(tmp_path / "photos", 4)
    sid = backend.upload([str(p) for p in [*pics, tmp_path / "song.wav"]], [], [], None).session_id
    reply = backend.edit("use song.wav, cut to the beat and make it as long as the song", sid)
    said = " ".join(reply.changes)
    assert "on the beat" in said and "as long as the song" in said, said
    draft = backend.state(sid).draft
    assert abs(draft.d - 12_000) <= 1
    backend.edit("no transitions and 480p", sid)
    export = backend.start_export(sid, "mp4", "480p", "beat.mp4")
    done = backend.wait_export(export.job_id, 120, None)
    assert done.status == "completed", done
    frames, facts = decode_video(Path(str(done.path)))
    fps = float(str(facts["fps"]))
    assert abs(len(frames) / fps - 12.0) <= 1 / fps
    cuts = cut_frames(frames)
    assert len(cuts) == 3
    for frame in cuts:
        nearest = min(clicks, key=lambda c: abs(c - frame / fps))
        assert abs(frame / fps - nearest) * fps <= 1.0, (frame, nearest)
    assert clicks[0] == FIRST_CLICK and BPM == 97.0


def test_the_http_service_cuts_to_the_beat_in_the_persons_words(tmp_path: Path) -> None:
    clicks = click_track(tmp_path / "song.wav", 15.0)
    pics = small_photos(tmp_path / "photos", 3)
    settings = Settings(home=tmp_path / "home", max_upload_bytes=5_000_000)
    with serve(tmp_path / "home", settings) as live:
        token = live.token("client-beat")
        sid = live.session(token)
        for path, kind in [
            *((p, "image/jpeg") for p in pics),
            (tmp_path / "song.wav", "audio/wav"),
        ]:
            r = live.client.post(
                f"/api/upload-video/nemo_agent/me/{sid}",
                files=[("files", (path.name, path.read_bytes(), kind))],
                headers=auth(token),
            )
            assert r.status_code == 200, r.text
        status, events, _ = run_sse(live, token, sid, "use song.wav and cut to the beat")
        assert status == 200
        assert "on the beat" in "\n".join(texts(events))
        draft: dict[str, Any] = live.state(token, sid)["draft"]
    video = next(t["sg"] for t in draft["t"] if t["tt"] == 0)
    for seg in video[1:]:
        change = (seg["s"] + seg["m"]["transition"]["d"] // 2) / 1000
        assert min(abs(change - c) for c in clicks) < 0.010  # the tracker's error, a few ms


def test_a_photo_moved_after_a_cull_is_spared_by_the_next(
    backend: LocalBackend, tmp_path: Path
) -> None:
    pics = variants(tmp_path)
    sid = backend.upload([str(p) for p in pics], [], [], None).session_id
    backend.edit("leave out duplicates and blurry shots", sid)
    backend.edit("move photo 3 to the start", sid)
    draft = backend.state(sid).draft
    video = draft.video_track()
    assert video is not None
    moved = video.sg[0].m
    assert moved.name == "03_Wine_by_Jakkub_Mede.jpg"
    assert moved.src in draft.m.model_dump()["spared"]

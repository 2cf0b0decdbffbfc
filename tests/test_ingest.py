"""Paths handed to the server are untrusted: allowed roots, symlinks and names."""

from __future__ import annotations

from pathlib import Path

import pytest

from photo_video_maker.errors import MediaNotFound, UnsupportedMedia
from photo_video_maker.media.ingest import check_path, clean_name, decode_inline

from support import gradient, save_photo


def test_a_file_inside_an_allowed_root_is_accepted(tmp_path: Path) -> None:
    root = tmp_path / "photos"
    root.mkdir()
    photo = save_photo(root / "a.png", gradient(8, 8))
    assert check_path(str(photo), (root.resolve(),)) == photo.resolve()


def test_a_sibling_folder_with_the_same_prefix_is_outside(tmp_path: Path) -> None:
    (tmp_path / "photos").mkdir()
    evil = tmp_path / "photos_evil"
    evil.mkdir()
    photo = save_photo(evil / "a.png", gradient(8, 8))
    with pytest.raises(UnsupportedMedia, match="outside the folders"):
        check_path(str(photo), ((tmp_path / "photos").resolve(),))


def test_a_symlink_out_of_an_allowed_root_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "photos"
    root.mkdir()
    secret = tmp_path / "secret.png"
    save_photo(secret, gradient(8, 8))
    (root / "link.png").symlink_to(secret)
    with pytest.raises(UnsupportedMedia):
        check_path(str(root / "link.png"), (root.resolve(),))


def test_dot_dot_paths_are_resolved_before_the_check(tmp_path: Path) -> None:
    root = tmp_path / "photos"
    root.mkdir()
    save_photo(tmp_path / "b.png", gradient(8, 8))
    with pytest.raises(UnsupportedMedia):
        check_path(str(root / ".." / "b.png"), (root.resolve(),))


def test_a_missing_path_says_so_without_echoing_control_characters(tmp_path: Path) -> None:
    with pytest.raises(MediaNotFound) as info:
        check_path(str(tmp_path / "no\u202efile\x00.jpg"), ())
    assert "\u202e" not in str(info.value) and "\x00" not in str(info.value)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("../../etc/passwd", "passwd"),
        ("-i http:\\\\x.mp4", "x.mp4"),
        ("a\u202egpj.exe", "agpj.exe"),
        ("$(id).mp4", "$(id).mp4"),
        ("x" * 300, "x" * 120),
        ("\x00", "file"),
    ],
)
def test_display_names_lose_folders_and_invisible_characters(raw: str, clean: str) -> None:
    assert clean_name(raw) == clean


def test_inline_data_must_be_base64_and_small() -> None:
    with pytest.raises(UnsupportedMedia):
        decode_inline("data:image/png,notbase64", 0)
    with pytest.raises(UnsupportedMedia):
        decode_inline("@@@", 0)
    data, name = decode_inline("data:image/png;base64,aGVsbG8=", 2)
    assert data == b"hello" and name == "pasted-3"

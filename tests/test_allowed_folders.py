"""Allowed folders: uploads read only inside them, symlinks or not; exports write only inside
the exports folder and them; a refusal never tells whether a file outside exists."""

from __future__ import annotations

from pathlib import Path

import pytest

from photo_video_maker.backends.cloud_upload import local_files
from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.backends.output_path import checked_output
from photo_video_maker.config import Settings
from photo_video_maker.errors import InputError, MediaError

from support import gradient, save_photo


@pytest.fixture
def allowed(tmp_path: Path) -> Path:
    folder = tmp_path / "allowed"
    folder.mkdir()
    return folder


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the allowed one with a photo and a text file in it."""
    folder = tmp_path / "outside"
    folder.mkdir()
    save_photo(folder / "secret.png", gradient(64, 48, seed=9))
    (folder / "notes.txt").write_text("private notes")
    return folder


def trip(allowed: Path, name: str, link_to: Path) -> Path:
    """A folder inside the allowed one: a photo of its own and ``link.png`` -> ``link_to``."""
    folder = allowed / name
    folder.mkdir()
    save_photo(folder / "own.png", gradient(64, 48, seed=1))
    (folder / "link.png").symlink_to(link_to)
    return folder


def stored_bytes(home: Path) -> list[bytes]:
    return [p.read_bytes() for p in sorted((home / "media").iterdir())]


@pytest.mark.parametrize("given_by", ["settings", "host"])
def test_a_symlink_in_an_uploaded_folder_to_a_photo_outside_is_refused(
    tmp_path: Path, allowed: Path, outside: Path, given_by: str
) -> None:
    folder = trip(allowed, "trip", outside / "secret.png")
    home = tmp_path / "home"
    if given_by == "settings":
        backend = LocalBackend(Settings(home=home, allowed_roots=(allowed,)))
        result = backend.upload([str(folder)], [], [], None)
    else:
        backend = LocalBackend(Settings(home=home))
        result = backend.upload([str(folder)], [], [], None, roots=(str(allowed),))

    assert [m.name for m in result.media] == ["own.png"]
    assert result.skipped == ["link.png is outside the folders this server may read"]
    assert f"Move it into one of: {allowed}" in result.summary
    assert (outside / "secret.png").read_bytes() not in stored_bytes(home)


def test_a_refusal_reads_the_same_whether_or_not_the_file_outside_exists(
    tmp_path: Path, allowed: Path, outside: Path
) -> None:
    backend = LocalBackend(Settings(home=tmp_path / "home", allowed_roots=(allowed,)))
    named: list[str] = []
    for target in (outside / "secret.png", tmp_path / "nowhere" / "secret.png"):
        with pytest.raises(MediaError) as refused:
            backend.upload([str(target)], [], [], None)
        named.append(str(refused.value))
    assert named[0] == named[1]
    assert "outside the folders" in named[0]

    in_folders = [
        backend.upload([str(trip(allowed, f"trip{i}", target))], [], [], None).skipped
        for i, target in enumerate(
            (outside / "secret.png", outside / "missing.png", outside / "notes.txt")
        )
    ]
    assert in_folders[0] == in_folders[1] == in_folders[2]
    assert len(in_folders[0]) == 1 and "outside the folders" in in_folders[0][0]


def test_the_cloud_upload_checks_a_folders_symlinks_before_anything_leaves(
    tmp_path: Path, allowed: Path, outside: Path
) -> None:
    folder = trip(allowed, "trip", outside / "secret.png")
    settings = Settings(home=tmp_path / "home", allowed_roots=(allowed,))

    files, skipped, _, _ = local_files([str(folder)], [], (), settings)

    assert [name for _, name in files] == ["own.png"]
    assert len(skipped) == 1 and "link.png is outside the folders" in skipped[0]


@pytest.fixture
def backend_with_a_photo(tmp_path: Path) -> tuple[LocalBackend, str]:
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    photo = save_photo(tmp_path / "photo.png", gradient(64, 48))
    return backend, backend.upload([str(photo)], [], [], None).session_id


@pytest.mark.parametrize(
    "where", ["../../x.mp4", "../x.mp4", "{tmp}/x.mp4", "link/x.mp4", "out.mp4", "{tmp}/nowhere/x"]
)
def test_an_export_outside_the_exports_folder_is_refused_with_the_default_settings(
    tmp_path: Path, backend_with_a_photo: tuple[LocalBackend, str], where: str
) -> None:
    backend, sid = backend_with_a_photo
    exports = backend.settings.exports_dir
    exports.mkdir(parents=True, exist_ok=True)
    # symlinks in the exports folder that lead out: to a folder, and to a file not yet there
    (exports / "link").symlink_to(tmp_path)
    (exports / "out.mp4").symlink_to(tmp_path / "target.mp4")
    before = sorted(tmp_path.rglob("*"))

    with pytest.raises(InputError, match="only inside the exports folder and the allowed"):
        backend.start_export(sid, "mp4", "480p", where.format(tmp=tmp_path))

    assert sorted(tmp_path.rglob("*")) == before  # nothing written anywhere
    assert backend.jobs.latest(sid) is None  # no render was started


def test_exports_may_go_anywhere_inside_the_exports_folder_and_the_allowed_folders(
    tmp_path: Path, allowed: Path
) -> None:
    settings = Settings(home=tmp_path / "home", allowed_roots=(allowed,))
    exports = settings.exports_dir.resolve()

    assert checked_output("x.mp4", ".mp4", settings) == exports / "x.mp4"
    assert checked_output("trip/../x", ".mp4", settings) == exports / "x.mp4"
    assert checked_output(str(allowed / "v.mov"), ".mp4", settings) == allowed / "v.mov.mp4"
    with pytest.raises(InputError, match="does not exist"):
        checked_output(str(allowed / "sub" / "v.mp4"), ".mp4", settings)

"""Shared fixtures."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# bench/cluster.py starts real clusters (redis-server, the API, workers) for tests and benches
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.config import Settings

from support import gradient, save_photo, shared_data


@pytest.fixture
def photos_dir() -> Path:
    return shared_data("photos")


@pytest.fixture
def audio_file() -> Path:
    return shared_data("audio") / "crossroads_by_Shawn_Parrotte_40s.mp3"


@pytest.fixture
def three_photos(tmp_path: Path) -> LocalBackend:
    """A local backend whose session has three small photos a.jpg, b.jpg and c.jpg (3 s each,
    crossfades, no music)."""
    folder = tmp_path / "media"
    folder.mkdir()
    for i, name in enumerate("abc"):
        save_photo(folder / f"{name}.jpg", gradient(320, 240, seed=i))
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    backend.upload([str(folder)], [], [], None)
    return backend


@pytest.fixture(autouse=True, scope="session")
def _own_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Built-in tracks are cached in a folder of the test run's own, not the user's."""
    before = os.environ.get("PVM_CACHE_DIR")
    os.environ["PVM_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if before is None:
        os.environ.pop("PVM_CACHE_DIR", None)
    else:
        os.environ["PVM_CACHE_DIR"] = before


# The OpenAPI fuzzing (tests/openapi, schemathesis) is a run of its own: `make test` runs it
# after the main suite with PVM_OPENAPI_RUN=1.
collect_ignore = [] if os.environ.get("PVM_OPENAPI_RUN") else ["openapi"]

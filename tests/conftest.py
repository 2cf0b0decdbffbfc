"""Shared fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import testdata


@pytest.fixture
def photos_dir() -> Path:
    return testdata("photos")


@pytest.fixture
def audio_file() -> Path:
    return testdata("audio") / "crossroads_by_Shawn_Parrotte_40s.mp3"

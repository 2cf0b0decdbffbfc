"""Shared fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import shared_data


@pytest.fixture
def photos_dir() -> Path:
    return shared_data("photos")


@pytest.fixture
def audio_file() -> Path:
    return shared_data("audio") / "crossroads_by_Shawn_Parrotte_40s.mp3"

"""Helpers the tests share: where the shared test data lives, small synthetic pictures."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

TESTDATA = Path(__file__).resolve().parents[1].parent / "shared" / "testdata"


def testdata(sub: str) -> Path:
    """A folder of ../shared/testdata, or a skip that says why."""
    folder = TESTDATA / sub
    if not folder.is_dir():
        pytest.skip(f"test data folder {folder} is absent (it lives beside the repository)")
    return folder


def gradient(w: int, h: int, seed: int = 0) -> np.ndarray:
    """A colourful RGB test picture, different for each seed."""
    rng = np.random.default_rng(seed)
    base = rng.integers(40, 215, size=3)
    yy, xx = np.mgrid[0:h, 0:w]
    img = np.empty((h, w, 3), np.uint8)
    img[..., 0] = (base[0] + 40 * np.sin(xx / max(w, 1) * 6.28)).clip(0, 255)
    img[..., 1] = (base[1] + 40 * np.cos(yy / max(h, 1) * 6.28)).clip(0, 255)
    img[..., 2] = base[2]
    return img

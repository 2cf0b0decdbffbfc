"""Media the smart slideshow's tests make: a click track, small copies of the shared photos,
near-duplicates and blurred copies, and photos with EXIF date and GPS written in."""

from __future__ import annotations

import io
from pathlib import Path

import av
import numpy as np
from PIL import Image, ImageFilter

from support import shared_data

BPM = 97.0  # not a round number of frames per beat: 18.56 frames at 30 fps
FIRST_CLICK = 0.3
LISBON = (38.7169, -9.1399)


def click_track(path: Path, seconds: float, bpm: float = BPM, rate: int = 44100) -> list[float]:
    """A WAV of short 1.5 kHz clicks on every beat from 0.3 s; returns the click times."""
    n = int(seconds * rate)
    samples = np.zeros(n, np.float32)
    t = np.arange(int(0.03 * rate)) / rate
    click = (np.sin(2 * np.pi * 1500 * t) * np.exp(-t / 0.006)).astype(np.float32)
    clicks = list(np.arange(FIRST_CLICK, seconds - 0.1, 60 / bpm))
    for at in clicks:
        i = round(at * rate)
        samples[i : i + len(click)] += 0.8 * click[: n - i]
    with av.open(str(path), "w") as out:
        stream = out.add_stream("pcm_s16le", rate=rate)
        stream.layout = "mono"
        pcm = (samples * 32767).astype(np.int16)[None, :]
        frame = av.AudioFrame.from_ndarray(pcm, format="s16", layout="mono")
        frame.sample_rate = rate
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            out.mux(packet)
    return clicks


def small_photos(folder: Path, count: int) -> list[Path]:
    """Copies of the shared test photos, 640 pixels across (renders stay quick)."""
    folder.mkdir(exist_ok=True)
    out = []
    for src in sorted(shared_data("photos").glob("[0-9]*.jpg"))[:count]:
        im = Image.open(src).convert("RGB")
        im.thumbnail((640, 640))
        out.append(folder / src.name)
        im.save(out[-1], quality=90)
    return out


def cut_frames(frames: list[np.ndarray]) -> list[int]:
    """Frames where the picture changes at once (a cut between two different photos)."""
    diffs = [
        float(np.abs(frames[i].astype(np.int16) - frames[i - 1]).mean())
        for i in range(1, len(frames))
    ]
    return [i for i in range(1, len(frames)) if diffs[i - 1] > 20]


def variants(tmp_path: Path) -> list[Path]:
    """Four photos, a recompressed small crop of the first, a blurred copy of the third, and
    a blurred copy of a fifth photo whose sharp original is not among them."""
    pics = small_photos(tmp_path / "photos", 5)
    im = Image.open(pics[0])
    w, h = im.size
    buf = io.BytesIO()
    im.crop((w // 50, h // 40, w - w // 60, h - h // 50)).save(buf, "JPEG", quality=50)
    crop = tmp_path / "photos" / "05_copy.jpg"
    crop.write_bytes(buf.getvalue())
    blurred_twin = tmp_path / "photos" / "06_blurred_twin.jpg"
    Image.open(pics[2]).filter(ImageFilter.GaussianBlur(4)).save(blurred_twin)
    blurred = tmp_path / "photos" / "07_blurred.jpg"
    Image.open(pics[4]).filter(ImageFilter.GaussianBlur(4)).save(blurred)
    pics[4].unlink()
    return [*pics[:4], crop, blurred_twin, blurred]


def with_exif(src: Path, dst: Path, when: str | None, gps: tuple[float, float] | None) -> Path:
    exif = Image.Exif()
    if when:
        exif.get_ifd(0x8769)[36867] = when  # DateTimeOriginal
    if gps is not None:
        info = exif.get_ifd(0x8825)
        for ref, key, value, signs in ((1, 2, gps[0], "NS"), (3, 4, gps[1], "EW")):
            degrees = abs(value)
            minutes = (degrees % 1) * 60
            info[ref] = signs[0] if value >= 0 else signs[1]
            info[key] = (float(int(degrees)), float(int(minutes)), round((minutes % 1) * 60, 2))
    Image.open(src).save(dst, exif=exif, quality=90)
    return dst

"""Media ingest: type sniffing, probing, verifying, and decoding photos, clips and audio."""

from __future__ import annotations

import gc
import os
import random
import shutil
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from collections import Counter
from datetime import UTC, datetime
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest
from PIL import Image
from PIL.JpegImagePlugin import JpegImageFile

from photo_video_maker.errors import (
    CorruptMedia,
    MediaError,
    MediaNotFound,
    MediaTooLarge,
    UnsupportedMedia,
)
from photo_video_maker.media.audio import load_audio
from photo_video_maker.media.image import cover_size, load_image
from photo_video_maker.media.probe import MediaInfo, probe, verify
from photo_video_maker.media.sniff import MediaKind, sniff
from photo_video_maker.media.video import ClipReader, display_size

TESTDATA = Path(__file__).resolve().parents[1].parent / "shared" / "testdata"
KLEIBER = "photos/04_Kleiber_by_Lukas_Baubkus.jpg"
ASTRONAUT = "photos/10_astronaut_Eileen_Collins_NASA.png"
MUSIC = "audio/crossroads_by_Shawn_Parrotte_40s.mp3"
# Decoded sizes from heic/SOURCES.md (Pillow 13 + pillow-heif 1.8.1).
HEIC_SIZES = {
    "L_8__128x128.heif": (128, 128),
    "L_exif_xmp_iptc.heic": (64, 64),
    "RGBA_8__128x128.heif": (128, 128),
    "RGB_10__128x128.heif": (128, 128),
    "RGB_8__128x128.heif": (128, 128),
    "arrow.heic": (3024, 4032),
    "pug.heic": (4032, 3024),
    "xiaomi.heic": (2592, 1944),
    "zPug_3.heic": (64, 64),
}
EXIF_SAMPLES = [f"{shape}_{n}.jpg" for shape in ("Landscape", "Portrait") for n in range(9)]


def shared(relative: str) -> Path:
    """A file from ../shared/testdata, or skip the test when that folder is not checked out."""
    path = TESTDATA / relative
    if not path.exists():
        pytest.skip(f"shared test data not found: {path} (see ../shared/testdata/README.md)")
    return path


# --- generated media -------------------------------------------------------------------------


def make_clip(
    path: Path,
    *,
    frames: int = 25,
    fps: int = 25,
    upright: np.ndarray | None = None,
    rotation: int = 0,
    audio: bool = True,
    container: str | None = None,
    codec: str = "libx264",
    metadata: dict[str, str] | None = None,
) -> Path:
    """Encode a tiny clip: frame i is grey level 10*i with a white top-left marker.

    ``upright`` replaces the picture; with ``rotation`` the pixels are stored turned so that a
    player honouring the display matrix shows ``upright``.
    """
    container = container or "mp4"
    # faststart puts the index first, as phones and editors do, so a cut file still probes.
    options = {"movflags": "faststart"} if container in ("mp4", "mov") else {}
    with av.open(str(path), "w", format=container, options=options) as out:
        out.metadata.update(metadata or {})
        video = out.add_stream(codec, rate=fps)
        height, width = (48, 64) if upright is None else upright.shape[:2]
        turns = round(rotation / 90) % 4
        if turns % 2:
            width, height = height, width
        video.width, video.height, video.pix_fmt = width, height, "yuv420p"
        if codec == "libx264":
            video.options = {"qp": "0", "preset": "ultrafast"}
        if rotation:
            video.set_display_rotation(rotation)
        sound = out.add_stream("aac", rate=48000) if audio else None  # all streams before muxing
        for i in range(frames):
            picture = upright
            if picture is None:
                picture = np.full((48, 64, 3), 10 * i, np.uint8)
                picture[:12, :16] = 255
            stored = np.ascontiguousarray(np.rot90(picture, -turns))
            for packet in video.encode(av.VideoFrame.from_ndarray(stored, format="rgb24")):
                out.mux(packet)
        for packet in video.encode():
            out.mux(packet)
        if sound is not None:
            _encode_tone(out, sound, frames / fps, channels=2)
    return path


def make_audio(
    path: Path,
    container: str,
    codec: str,
    *,
    seconds: float = 1.0,
    rate: int = 48000,
    mono: bool = False,
) -> Path:
    """Encode a 440 Hz tone of ``seconds`` into ``container`` with ``codec``."""
    with av.open(str(path), "w", format=container) as out:
        stream = out.add_stream(codec, rate=rate)
        stream.layout = "mono" if mono else "stereo"
        _encode_tone(out, stream, seconds, channels=1 if mono else 2)
    return path


def _encode_tone(
    out: av.container.OutputContainer, stream: av.AudioStream, seconds: float, channels: int
) -> None:
    """A 440 Hz tone at half level, in whichever sample format the encoder takes."""
    rate = stream.rate
    offered = {f.name for f in stream.codec_context.codec.audio_formats}
    fmt = next(f for f in ("fltp", "flt", "s16p", "s16") if f in offered)
    t = np.arange(round(seconds * rate)) / rate
    tone = 0.5 * np.sin(2 * np.pi * 440 * t)
    step = stream.codec_context.frame_size or 1024
    for at in range(0, len(tone), step):
        chunk = np.tile(tone[at : at + step], (channels, 1))
        data = (
            (chunk * 32767).astype(np.int16) if fmt.startswith("s16") else chunk.astype(np.float32)
        )
        if not fmt.endswith("p"):  # packed: one interleaved row
            data = data.T.reshape(1, -1)
        frame = av.AudioFrame.from_ndarray(
            np.ascontiguousarray(data), format=fmt, layout=stream.layout.name
        )
        frame.sample_rate, frame.pts = rate, at
        for packet in stream.encode(frame):
            out.mux(packet)
    for packet in stream.encode():
        out.mux(packet)


def png_bytes(width: int, height: int) -> bytes:
    """A tiny PNG whose header declares ``width`` x ``height`` (a decompression bomb if large)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def thumb(path: Path) -> np.ndarray:
    return load_image(path, 90, 90).astype(np.int16)


# --- sniff -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("relative", "kind", "fmt"),
    [
        (KLEIBER, MediaKind.IMAGE, "jpeg"),
        (ASTRONAUT, MediaKind.IMAGE, "png"),
        ("heic/arrow.heic", MediaKind.IMAGE, "heif"),
        ("heic/RGB_10__128x128.heif", MediaKind.IMAGE, "heif"),
        (MUSIC, MediaKind.AUDIO, "mp3"),
    ],
)
def test_probe_identifies_shared_samples_by_content(
    relative: str, kind: MediaKind, fmt: str
) -> None:
    info = probe(shared(relative))
    assert (info.kind, info.format) == (kind, fmt)


def test_heic_is_a_photo_even_though_ffmpeg_opens_it() -> None:
    path = shared("heic/pug.heic")
    assert av.open(str(path)).format.name.startswith("mov")  # the trap
    assert sniff(path) == (MediaKind.IMAGE, "heif")
    with pytest.raises(UnsupportedMedia, match="photo"):
        ClipReader(path)


def test_content_decides_the_type_not_the_extension(tmp_path: Path) -> None:
    png_as_jpg = tmp_path / "holiday.jpg"
    shutil.copy(shared(ASTRONAUT), png_as_jpg)
    mp4_as_jpg = make_clip(tmp_path / "clip.jpg", audio=False)
    assert (probe(png_as_jpg).kind, probe(png_as_jpg).format) == (MediaKind.IMAGE, "png")
    info = probe(mp4_as_jpg)
    assert (info.kind, info.format, info.width, info.height) == (MediaKind.VIDEO, "mp4", 64, 48)
    assert load_image(png_as_jpg, 64, 64).shape == (64, 64, 3)
    with pytest.raises(UnsupportedMedia, match="video"):
        load_image(mp4_as_jpg, 64, 64)


@pytest.mark.parametrize(
    ("name", "container", "codec", "kind", "fmt"),
    [
        ("a.mov", "mov", "libx264", MediaKind.VIDEO, "mov"),
        ("a.mkv", "matroska", "libx264", MediaKind.VIDEO, "mkv"),
        ("a.webm", "webm", "libvpx-vp9", MediaKind.VIDEO, "webm"),
        ("a.avi", "avi", "mpeg4", MediaKind.VIDEO, "avi"),
    ],
)
def test_probe_identifies_generated_clips(
    tmp_path: Path, name: str, container: str, codec: str, kind: MediaKind, fmt: str
) -> None:
    path = make_clip(tmp_path / name, frames=5, audio=False, container=container, codec=codec)
    info = probe(path)
    assert (info.kind, info.format, info.width, info.height) == (kind, fmt, 64, 48)
    assert info.fps == pytest.approx(25)
    assert not info.has_audio


@pytest.mark.parametrize(
    ("name", "container", "codec", "fmt"),
    [
        ("a.wav", "wav", "pcm_s16le", "wav"),
        ("a.flac", "flac", "flac", "flac"),
        ("a.ogg", "ogg", "libopus", "ogg"),
        ("a.aac", "adts", "aac", "aac"),
        ("a.m4a", "ipod", "aac", "m4a"),
        ("a.mp3", "mp3", "libmp3lame", "mp3"),
    ],
)
def test_probe_identifies_generated_audio(
    tmp_path: Path, name: str, container: str, codec: str, fmt: str
) -> None:
    path = make_audio(tmp_path / name, container, codec, seconds=1.0)
    info = probe(path)
    assert (info.kind, info.format, info.has_audio) == (MediaKind.AUDIO, fmt, True)
    assert info.width is None and info.megapixels is None
    assert info.duration_ms == pytest.approx(1000, abs=80)
    samples = load_audio(path)
    assert samples.shape[1] == 2 and samples.dtype == np.float32
    assert samples.shape[0] / 48000 == pytest.approx(1.0, abs=0.08)


def test_probe_identifies_webp_and_gif_photos(tmp_path: Path) -> None:
    picture = Image.new("RGB", (40, 30), (10, 200, 30))
    picture.save(tmp_path / "a.webp")
    picture.save(tmp_path / "a.gif")
    assert sniff(tmp_path / "a.webp") == (MediaKind.IMAGE, "webp")
    assert sniff(tmp_path / "a.gif") == (MediaKind.IMAGE, "gif")
    assert (probe(tmp_path / "a.webp").width, probe(tmp_path / "a.gif").height) == (40, 30)


@pytest.mark.parametrize(
    ("content", "looks_like"),
    [
        (b"II*\x00\x08\x00\x00\x00" + bytes(64), "TIFF"),
        (b"\x00\x00\x00\x0cjP  \r\n\x87\n" + bytes(64), "JPEG 2000"),
        (b"\xc5\xd0\xd3\xc6" + bytes(64), "EPS"),
        (b"<!DOCTYPE html><html><body>hi</body></html>", "HTML"),
        (b"#EXTM3U\n#EXT-X-VERSION:3\nhttp://example.com/a.ts\n", "playlist"),
        (b"ffconcat version 1.0\nfile '/etc/passwd'\n", "ffconcat"),
        (b"", "empty"),
        (b"just some notes\n", "text"),
        (b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf", "AVIF"),
        (b"\x00\x00\x00\x18ftypcrx \x00\x00\x00\x01crx isom", "CR3"),
        (b"\x00\x00\x00\x14ftypXYZW\x00\x00\x00\x00XYZW", "brand 'XYZW'"),
    ],
)
def test_things_that_are_not_media_are_refused_with_what_they_look_like(
    tmp_path: Path, content: bytes, looks_like: str
) -> None:
    path = tmp_path / "upload.mp4"
    path.write_bytes(content)
    with pytest.raises(UnsupportedMedia, match=looks_like):
        probe(path)


def test_zip_and_real_tiff_are_refused(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "photos.jpg", "w") as archive:
        archive.writestr("a.txt", "hello")
    Image.new("RGB", (8, 8)).save(tmp_path / "scan.jpg", format="TIFF")
    with pytest.raises(UnsupportedMedia, match="ZIP"):
        sniff(tmp_path / "photos.jpg")
    with pytest.raises(UnsupportedMedia, match="TIFF"):
        load_image(tmp_path / "scan.jpg", 8, 8)


def test_missing_file_and_folder_are_reported(tmp_path: Path) -> None:
    with pytest.raises(MediaNotFound):
        probe(tmp_path / "nope.jpg")
    with pytest.raises(UnsupportedMedia, match="folder"):
        sniff(tmp_path)


# --- photos ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", EXIF_SAMPLES)
def test_every_exif_orientation_sample_loads_upright(name: str) -> None:
    path = shared(f"exif/{name}")
    landscape = name.startswith("Landscape")
    reference = shared("exif/Landscape_1.jpg" if landscape else "exif/Portrait_1.jpg")
    info = probe(path)
    assert (info.width, info.height) == ((1800, 1200) if landscape else (1200, 1800))
    assert info.orientation == max(1, int(name[-5]))
    full = load_image(path, 10_000, 10_000)
    assert full.shape == (info.height, info.width, 3)
    small = thumb(path)
    assert small.shape == ((90, 135, 3) if landscape else (135, 90, 3))
    assert np.abs(small - thumb(reference)).mean() < 8


@pytest.mark.parametrize(("name", "size"), HEIC_SIZES.items())
def test_heic_files_decode_at_their_documented_size(name: str, size: tuple[int, int]) -> None:
    path = shared(f"heic/{name}")
    info = probe(path)
    assert (info.width, info.height, info.orientation) == (*size, 1)
    pixels = load_image(path, 10_000, 10_000)
    assert pixels.shape == (size[1], size[0], 3) and pixels.dtype == np.uint8
    assert pixels.flags.c_contiguous


def test_the_heif_library_is_loaded_only_when_a_heif_photo_is_opened() -> None:
    # a fresh interpreter: this one has long since opened HEIC files
    script = (
        "import sys; from photo_video_maker.media.image import load_image; "
        f"load_image({str(shared(KLEIBER))!r}, 64, 64); "
        "before = 'pillow_heif' in sys.modules; "
        f"pixels = load_image({str(shared('heic/pug.heic'))!r}, 64, 64); "
        "print(before, 'pillow_heif' in sys.modules, pixels.shape)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False True (64, 85, 3)"


@pytest.mark.parametrize(
    "name",
    ["pug.heic", "arrow.heic", "RGBA_8__128x128.heif", "L_8__128x128.heif", "RGB_10__128x128.heif"],
)
def test_heif_photos_decode_as_pillow_sees_them(name: str) -> None:
    path = shared(f"heic/{name}")
    pixels = load_image(path, 400, 400)
    with Image.open(path) as im:  # the HEIF plugin is registered by the decode above
        rgba = im.convert("RGBA")
    reference = Image.new("RGB", rgba.size)
    reference.paste(rgba, mask=rgba.getchannel("A"))  # alpha over black, as load_image does
    expected = np.asarray(reference.resize(pixels.shape[1::-1], Image.Resampling.BOX))
    assert pixels.flags.writeable and pixels.flags.c_contiguous
    assert np.abs(pixels.astype(int) - expected).mean() < 1.0


_PEAK_OF_A_DECODE = """
import sys
from pathlib import Path
from photo_video_maker.media.image import load_image

def status(field):
    line = next(x for x in open("/proc/self/status") if x.startswith(field))
    return int(line.split()[1]) // 1024

load_image(Path(sys.argv[1]).with_name("zPug_3.heic"), 64, 64)  # libraries loaded
Path("/proc/self/clear_refs").write_text("5")  # the peak resident size starts again from now
before = status("VmRSS")
load_image(Path(sys.argv[1]), 1782, 1336)
print(status("VmHWM") - before)
"""


def test_a_phone_heic_is_held_once_while_it_is_reduced() -> None:
    # 12 MP: libheif's RGB pixels alone are 36 MB; through Pillow's 4-byte copy the peak was 95 MB
    path = shared("heic/pug.heic")
    if not Path("/proc/self/clear_refs").exists():
        pytest.skip("needs Linux /proc to measure a peak resident size")
    done = subprocess.run(
        [sys.executable, "-c", _PEAK_OF_A_DECODE, str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert int(done.stdout) < 80


def test_heic_rotated_by_the_phone_is_not_rotated_twice() -> None:
    pixels = load_image(shared("heic/arrow.heic"), 300, 400)
    assert pixels.shape == (400, 300, 3)
    dark_rows = np.nonzero((pixels.max(axis=2) < 80).any(axis=1))[0]
    tip = np.nonzero(pixels[dark_rows[0]].max(axis=1) < 80)[0]
    # The arrow points up: its tip is the highest dark mark, half-way across.
    assert dark_rows[0] < 200 and 100 < tip.mean() < 200


def test_large_jpeg_is_reduced_while_decoding_to_cover_the_output(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = shared(KLEIBER)  # 6028 x 3391
    decoded: list[tuple[int, int]] = []
    original = JpegImageFile.draft

    def spy(self: JpegImageFile, mode: str | None, size: tuple[int, int] | None) -> object:
        result = original(self, mode, size)
        decoded.append(self.size)
        return result

    monkeypatch.setattr(JpegImageFile, "draft", spy)
    load_image(path, 1920, 1080)  # warm up
    started = time.perf_counter()
    pixels = load_image(path, 1920, 1080)
    elapsed = time.perf_counter() - started
    assert pixels.shape == (1080, 1920, 3)
    assert decoded[-1] == (3014, 1696)  # DCT-scaled by 1/2 inside libjpeg
    assert elapsed < 1.0, f"load_image took {elapsed:.2f} s"


def test_load_image_covers_the_box_and_never_upscales() -> None:
    assert load_image(shared("photos/03_Wine_by_Jakkub_Mede.jpg"), 1920, 1080).shape == (
        2878,
        1920,
        3,
    )
    assert load_image(shared(ASTRONAUT), 1920, 1080).shape == (512, 512, 3)
    assert cover_size((6028, 3391), (1920, 1080)) == (1920, 1080)
    assert cover_size((1000, 1000), (1920, 1080)) == (1000, 1000)
    assert cover_size((4000, 1000), (100, 100)) == (400, 100)


def test_alpha_is_composited_over_black_and_16_bit_grey_keeps_its_range(tmp_path: Path) -> None:
    rgba = np.zeros((4, 4, 4), np.uint8)
    rgba[..., :3] = 200
    rgba[:2, :, 3] = 255
    Image.fromarray(rgba).save(tmp_path / "alpha.png")
    pixels = load_image(tmp_path / "alpha.png", 4, 4)
    assert pixels[:2].min() == 200 and pixels[2:].max() == 0
    grey = np.full((4, 4), 32768, np.uint16)
    Image.fromarray(grey).save(tmp_path / "grey16.png")
    assert load_image(tmp_path / "grey16.png", 4, 4).mean() == pytest.approx(128, abs=1)
    heif_alpha = load_image(shared("heic/RGBA_8__128x128.heif"), 128, 128)
    assert heif_alpha.shape == (128, 128, 3)


def test_palette_cmyk_and_animated_images_become_rgb(tmp_path: Path) -> None:
    Image.new("CMYK", (8, 8), (0, 255, 255, 0)).save(tmp_path / "cmyk.jpg")
    red = load_image(tmp_path / "cmyk.jpg", 8, 8)
    assert red[..., 0].mean() > 200 and red[..., 1].mean() < 60
    frames = [Image.new("RGB", (8, 8), c) for c in ((0, 0, 255), (255, 0, 0))]
    frames[0].save(tmp_path / "anim.gif", save_all=True, append_images=frames[1:], duration=100)
    first = load_image(tmp_path / "anim.gif", 8, 8)
    assert first[..., 2].mean() > 200 and first[..., 0].mean() < 50


def test_exif_capture_time_is_read_and_broken_exif_is_ignored(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = "2023:07:14 18:30:05"  # DateTimeOriginal
    exif.get_ifd(0x8769)[0x9011] = "+02:00"  # OffsetTimeOriginal
    Image.new("RGB", (16, 16)).save(tmp_path / "dated.jpg", exif=exif)
    captured = probe(tmp_path / "dated.jpg").captured_at
    assert captured == datetime(2023, 7, 14, 16, 30, 5, tzinfo=UTC)
    Image.new("RGB", (16, 16)).save(
        tmp_path / "junk.jpg", exif=b"Exif\x00\x00MM\x00*\xff\xff\xff\xff" + bytes(20)
    )
    info = probe(tmp_path / "junk.jpg")
    assert (info.orientation, info.captured_at, info.width) == (1, None, 16)
    assert load_image(tmp_path / "junk.jpg", 16, 16).shape == (16, 16, 3)
    assert (
        info.file_time.tzinfo is not None
        and info.size_bytes == (tmp_path / "junk.jpg").stat().st_size
    )


def test_pixel_bomb_is_refused_before_decoding(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_bytes(100_000, 100_000))
    started = time.perf_counter()
    with pytest.raises(MediaTooLarge, match=r"bomb\.png has .* over the 120 megapixel limit"):
        probe(bomb)
    with pytest.raises(MediaTooLarge, match=r"bomb\.png has .* over the 120 megapixel limit"):
        load_image(bomb, 100, 100)
    assert time.perf_counter() - started < 1.0
    with pytest.raises(MediaTooLarge, match="has 20 megapixels, over the 10 megapixel limit"):
        load_image(shared(KLEIBER), 100, 100, max_pixels=10_000_000)
    with pytest.raises(MediaTooLarge, match=r"Kleiber.* is \d.* MB, over the 1 MB limit"):
        probe(shared(KLEIBER), max_bytes=1_000_000)


def test_truncated_photos_are_corrupt_at_verify(tmp_path: Path) -> None:
    for name in ("exif/Landscape_3.jpg", "heic/pug.heic", ASTRONAUT):
        data = shared(name).read_bytes()
        cut = tmp_path / f"cut_{Path(name).name}"
        cut.write_bytes(data[: len(data) * 7 // 10])
        info = probe(cut)  # the header is intact
        with pytest.raises(CorruptMedia, match="corrupt or truncated"):
            verify(cut, info)
    with pytest.raises(CorruptMedia):
        load_image(tmp_path / "cut_Landscape_3.jpg", 100, 100)


def open_files() -> set[str]:
    """What this process has open (Linux), after collecting garbage that may still hold any."""
    gc.collect()
    fds = Path("/proc/self/fd")
    return {os.readlink(fd) for fd in fds.iterdir() if fd.exists()} if fds.is_dir() else set()


def test_damaged_files_fail_only_with_media_errors(tmp_path: Path) -> None:
    """Random byte damage and cuts: each file is refused with a MediaError or read in full,
    never anything else; a cut file is always refused; no file is left open."""
    sources = [
        shared("exif/Portrait_6.jpg"),
        shared(ASTRONAUT),
        shared("heic/RGB_8__128x128.heif"),
        make_clip(tmp_path / "source.mp4"),
    ]
    rng = random.Random(7)
    before = open_files()
    outcomes: Counter[str] = Counter()
    for i in range(48):
        data = bytearray(sources[i % len(sources)].read_bytes())
        cut = i % 3 == 2
        if cut:
            data = data[: rng.randrange(len(data))]
        else:
            span = 4096 if i % 3 == 0 else len(data)  # headers, or anywhere
            for _ in range(rng.randint(1, 30)):
                data[rng.randrange(min(span, len(data)))] = rng.randrange(256)
        damaged = tmp_path / f"damaged{i}"
        damaged.write_bytes(bytes(data))
        try:
            info = probe(damaged)
            verify(damaged, info)
            if info.kind is MediaKind.IMAGE:
                picture = load_image(damaged, 32, 32)
                assert picture.ndim == 3 and picture.shape[2] == 3 and min(picture.shape[:2]) > 0
            elif info.kind is MediaKind.VIDEO:
                with ClipReader(damaged) as reader:
                    assert reader.frame_at(500).shape == (48, 64, 3)
            if info.has_audio:
                assert len(load_audio(damaged)) > 0
        except MediaError:
            outcomes["refused cut" if cut else "refused"] += 1
            continue
        assert not cut, f"damaged{i} was cut to {len(data)} bytes and still passed verify"
        outcomes["read"] += 1
    assert outcomes["refused cut"] == 16  # every cut
    assert outcomes["refused"] and outcomes["read"]  # the damage exercised both ways
    assert open_files() <= before


WHOLE = ["exif/Portrait_6.jpg", ASTRONAUT, "heic/xiaomi.heic", MUSIC]


def test_whole_files_pass_verify(tmp_path: Path) -> None:
    """Whole files pass; the same bytes less their last fifth do not, so passing means that
    verify read them well past their headers. (Audio is allowed to decode 10 % short of its
    declared length, so a smaller cut of the MP3 would pass.)"""
    files = [shared(name) for name in WHOLE] + [make_clip(tmp_path / "whole.mp4")]
    for path in files:
        assert verify(path, probe(path)) is None
        data = path.read_bytes()
        cut = tmp_path / f"cut-{path.name}"
        cut.write_bytes(data[: len(data) * 4 // 5])
        with pytest.raises(CorruptMedia, match="corrupt or truncated"):
            verify(cut, probe(cut))


# --- clips -----------------------------------------------------------------------------------


def test_clip_probe_reports_size_duration_audio_and_creation_time(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "c.mp4", metadata={"creation_time": "2024-05-01T10:00:00.000000Z"})
    info = probe(clip)
    assert info == MediaInfo(
        path=clip,
        kind=MediaKind.VIDEO,
        format="mp4",
        width=64,
        height=48,
        orientation=1,
        duration_ms=info.duration_ms,
        fps=25.0,
        has_audio=True,
        captured_at=datetime(2024, 5, 1, 10, 0, tzinfo=UTC),
        file_time=info.file_time,
        size_bytes=clip.stat().st_size,
    )
    assert info.duration_ms == pytest.approx(1000, abs=30)
    assert info.megapixels == pytest.approx(64 * 48 / 1e6)


def test_clip_reader_returns_the_frame_at_each_requested_time(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "c.mp4")  # 25 fps: frame i covers [40 i, 40 i + 40) ms

    def index(pixels: np.ndarray) -> int:
        return round(float(pixels[24:, 32:].mean()) / 10)

    with ClipReader(clip) as reader:
        seen = [index(reader.frame_at(t)) for t in (0, 39, 40, 41, 500, 960, 999, 5000)]
    assert seen == [0, 0, 1, 1, 12, 24, 24, 24]
    with ClipReader(clip, start_ms=400, size=(32, 32)) as reader:
        first = reader.frame_at(0)
        assert first.shape == (32, 43, 3)
        assert [index(first), index(reader.frame_at(200))] == [10, 15]


def test_clip_reader_turns_rotated_phone_clips_upright(tmp_path: Path) -> None:
    upright = np.zeros((64, 48, 3), np.uint8)  # portrait, as the person held the phone
    upright[:16, :12] = 255  # white mark top-left
    upright[48:, :, 0] = 255  # red band at the bottom
    for rotation in (90, -90, 180):
        clip = make_clip(
            tmp_path / f"r{rotation}.mp4", frames=3, upright=upright, rotation=rotation, audio=False
        )
        info = probe(clip)
        assert (info.width, info.height) == (48, 64)
        with ClipReader(clip) as reader:
            frame = reader.frame_at(0)
        assert frame.shape == (64, 48, 3)
        assert np.abs(frame.astype(int) - upright).mean() < 8, f"rotation {rotation}"
        with ClipReader(clip, size=(24, 24)) as reader:
            assert reader.frame_at(0).shape == (32, 24, 3)


def test_truncated_clip_is_corrupt_at_verify(tmp_path: Path) -> None:
    data = make_clip(tmp_path / "c.mp4").read_bytes()
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(data[: len(data) * 6 // 10])
    info = probe(cut)  # moov is up front (faststart): the headers are fine
    assert info.duration_ms == pytest.approx(1000, abs=30)
    with pytest.raises(CorruptMedia, match="corrupt or truncated"):
        verify(cut, info)


def test_short_decoding_audio_is_corrupt_at_verify(tmp_path: Path) -> None:
    data = shared(MUSIC).read_bytes()
    cut = tmp_path / "cut.mp3"
    cut.write_bytes(data[: len(data) // 2])
    info = probe(cut)  # the Xing header still declares 40 s
    with pytest.raises(CorruptMedia, match="decodes to"):
        verify(cut, info)


def test_mp4_without_video_is_audio(tmp_path: Path) -> None:
    path = make_audio(tmp_path / "voice.mp4", "mp4", "aac")
    info = probe(path)
    assert (info.kind, info.format) == (MediaKind.AUDIO, "m4a")


# --- audio -----------------------------------------------------------------------------------


def test_load_audio_decodes_the_music_sample_to_stereo_48k() -> None:
    path = shared(MUSIC)
    info = probe(path)
    assert info.duration_ms == pytest.approx(40_000, abs=100)
    samples = load_audio(path)
    assert samples.dtype == np.float32 and samples.ndim == 2 and samples.shape[1] == 2
    assert samples.shape[0] / 48000 == pytest.approx(40.0, abs=0.1)
    assert 0.5 < np.abs(samples).max() <= 1.0
    part = load_audio(path, start_ms=10_000, duration_ms=2_000)
    assert part.shape == (96_000, 2)
    # The seek lands on the right sample: the excerpt lines up with the same span of the full
    # decode (not bit-exact: the resampler's phase differs by under half a sample).
    mismatch = {
        lag: np.abs(part - samples[480_000 + lag : 576_000 + lag]).mean() for lag in range(-20, 21)
    }
    assert abs(min(mismatch, key=mismatch.__getitem__)) <= 1


def test_load_audio_copies_mono_wav_to_both_channels_at_full_level(tmp_path: Path) -> None:
    wav = make_audio(tmp_path / "mono.wav", "wav", "pcm_s16le", seconds=2.0, rate=44100, mono=True)
    samples = load_audio(wav)
    assert samples.shape[1] == 2
    assert samples.shape[0] == pytest.approx(96_000, abs=50)
    assert np.array_equal(samples[:, 0], samples[:, 1])
    assert np.abs(samples).max() == pytest.approx(0.5, abs=0.01)
    assert load_audio(wav, rate=22050, start_ms=500, duration_ms=1000).shape == (22050, 2)


def test_load_audio_reads_the_sound_of_a_clip_and_refuses_silent_ones(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "c.mp4")
    samples = load_audio(clip)
    assert samples.shape[0] / 48000 == pytest.approx(1.0, abs=0.05)
    assert np.abs(samples).max() == pytest.approx(0.5, abs=0.05)
    silent = make_clip(tmp_path / "s.mp4", audio=False)
    assert not probe(silent).has_audio
    with pytest.raises(UnsupportedMedia, match="no audio"):
        load_audio(silent)


def test_non_square_pixels_and_rotation_give_the_display_size() -> None:
    assert display_size(720, 480, Fraction(8, 9), 0) == (640, 480)
    assert display_size(1920, 1080, None, 1) == (1080, 1920)
    assert display_size(1920, 1080, Fraction(1, 1), 2) == (1920, 1080)

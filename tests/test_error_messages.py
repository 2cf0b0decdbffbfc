"""Errors reach the person in words they can act on, at each edge: MCP, HTTP and the CLI."""

from __future__ import annotations

import struct
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from mcp import Client
from PIL import Image

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.config import Settings
from photo_video_maker.mcp_server import build_server
from test_http_api import Live, auth, serve

from support import decode_video, gradient, save_photo

EXE = str(Path(sys.executable).with_name("photo-video-maker"))
ENCODER_FORMATS = ("mp4", "mov", "mkv", "webm", "gif")


def _cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([EXE, *args], capture_output=True, text=True, timeout=300, cwd=cwd)


def _text(result: Any) -> str:
    return str(result.content[0].text)


def png_with_huge_text(path: Path) -> Path:
    """A valid small PNG carrying a zTXt chunk that inflates past Pillow's text limit."""
    save_photo(path, gradient(32, 24))
    raw = path.read_bytes()
    body = b"zTXt" + b"Comment\x00\x00" + zlib.compress(b"A" * (2**20 + 10))
    chunk = struct.pack(">I", len(body) - 4) + body + struct.pack(">I", zlib.crc32(body))
    path.write_bytes(raw[:33] + chunk + raw[33:])  # right after IHDR
    return path


def jpeg_with_broken_exif(path: Path) -> Path:
    """A JPEG whose EXIF points past its end: Pillow warns while reading it."""
    ifd = struct.pack("<2sHI", b"II", 42, 8) + struct.pack("<H", 1)
    ifd += struct.pack("<HHII", 0x010E, 2, 1000, 9999) + struct.pack("<I", 0)
    Image.fromarray(np.full((48, 64, 3), 120, np.uint8)).save(path, exif=b"Exif\0\0" + ifd)
    return path


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path / "home")


@pytest.fixture
def photos(tmp_path: Path) -> Path:
    folder = tmp_path / "photos"
    folder.mkdir()
    for i in range(2):
        save_photo(folder / f"{i + 1:02d}.jpg", gradient(320, 240, seed=i))
    return folder


# -- MCP -------------------------------------------------------------------------------------
@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_an_empty_or_blank_instruction_says_what_to_write(settings: Settings) -> None:
    async with Client(build_server(LocalBackend(settings))) as client:
        for instruction in ("", "   \n"):
            result = await client.call_tool("edit", {"instruction": instruction})
            assert result.is_error
            assert _text(result).startswith("the instruction is empty. Say what to change")


@pytest.mark.anyio
async def test_an_unsupported_format_or_resolution_lists_what_is_supported(
    settings: Settings, photos: Path
) -> None:
    async with Client(build_server(LocalBackend(settings))) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        avi = await client.call_tool("export", {"format": "avi"})
        eight_k = await client.call_tool("export", {"resolution": "8k"})
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
    assert avi.is_error and eight_k.is_error
    assert _text(avi).startswith(
        "export: format is 'avi', not allowed: input should be 'mp4', 'mov', 'mkv', 'webm' or 'gif'"
    )
    assert "'480p', '720p', '1080p', '1440p' or '2160p'" in _text(eight_k)
    assert "pydantic" not in _text(eight_k) and len(_text(eight_k)) < 300
    schema = tools["export"].input_schema["properties"]
    assert tuple(schema["format"]["enum"]) == ENCODER_FORMATS


def test_the_tool_schema_offers_exactly_the_formats_the_encoder_writes() -> None:
    from photo_video_maker.render.encode import FORMATS

    assert tuple(FORMATS) == ENCODER_FORMATS


@pytest.mark.anyio
@pytest.mark.slow
async def test_export_without_arguments_keeps_the_resolution_the_draft_has(
    settings: Settings, photos: Path
) -> None:
    async with Client(build_server(LocalBackend(settings))) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        await client.call_tool("edit", {"instruction": "480p, 1 second per photo"})
        done = await client.call_tool("export", {})
    data = dict(done.structured_content or {})
    assert data["status"] == "completed", data
    assert (data["width"], data["height"]) == (854, 480)


@pytest.mark.anyio
async def test_a_huge_session_id_is_not_echoed_in_full(settings: Settings) -> None:
    async with Client(build_server(LocalBackend(settings))) as client:
        result = await client.call_tool("state", {"session_id": "x" * 100_000})
    assert result.is_error and len(_text(result)) < 150
    assert _text(result).startswith("no session 'xxx") and "…" in _text(result)


@pytest.mark.anyio
async def test_a_file_too_large_is_named_once_with_the_200_mb_limit_and_advice_once(
    settings: Settings, tmp_path: Path
) -> None:
    big = save_photo(tmp_path / "holiday.jpg", gradient(64, 48))
    with big.open("r+b") as fh:
        fh.truncate(settings.max_upload_bytes + 1)  # sparse
    notes = tmp_path / "notes.jpg"
    notes.write_text("not a photo")
    async with Client(build_server(LocalBackend(settings))) as client:
        one = await client.call_tool("upload", {"paths": [str(big)]})
        two = await client.call_tool("upload", {"paths": [str(big), str(notes)]})
    assert _text(one) == (
        "nothing was uploaded: holiday.jpg is 201 MB, over the 200 MB limit. "
        "Compress or resize the photo, or trim the clip, and try again"
    )
    assert _text(two).count("holiday.jpg") == 1 and _text(two).count("notes.jpg") == 1
    assert _text(two).count("Use photos (JPEG") == 1 and _text(two).count("Compress") == 1


@pytest.mark.anyio
async def test_decoder_words_and_raw_bytes_never_reach_the_person(
    settings: Settings, tmp_path: Path
) -> None:
    texty = png_with_huge_text(tmp_path / "texty.png")
    brand = tmp_path / "odd.mp4"
    brand.write_bytes(struct.pack(">I", 24) + b"ftyp\x00\x01\x02\x03" + bytes(12))
    async with Client(build_server(LocalBackend(settings))) as client:
        results = [
            await client.call_tool("upload", {"paths": [str(path)]}) for path in (texty, brand)
        ]
    text = " ".join(_text(result) for result in results)
    assert "corrupt or truncated image: texty.png" in text and "odd.mp4" in text
    for internal in ("PngImagePlugin", "MAX_TEXT_CHUNK", "\\x00", "\x00", str(tmp_path)):
        assert internal not in text


# -- HTTP ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    with serve(tmp_path_factory.mktemp("pvm-errors")) as running:
        yield running


def test_http_upload_errors_name_the_file_and_never_a_server_path(live: Live) -> None:
    token = live.token("client-paths")
    sid = live.session(token)
    broken = ("files", ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(40), "image/jpeg"))
    r = live.client.post(
        f"/api/upload-video/nemo_agent/me/{sid}", files=[broken], headers=auth(token)
    )
    body = r.json()
    assert r.status_code == 400 and body["code"] == 4001
    assert "photo.jpg" in body["message"]
    for leak in (str(live.home), "upload-", "/tmp", "cannot identify"):
        assert leak not in body["message"]


def test_http_size_limit_is_stated_in_the_unit_it_is_set_in(live: Live) -> None:
    token = live.token("client-limit")
    sid = live.session(token)
    big = ("files", ("big.jpg", b"\xff\xd8\xff" + bytes(400_000), "image/jpeg"))
    r = live.client.post(f"/api/upload-video/nemo_agent/me/{sid}", files=[big], headers=auth(token))
    assert r.status_code == 413 and r.json()["code"] == 4002
    assert r.json()["message"].startswith("big.jpg is larger than the 0.3 MB limit")


# -- CLI -------------------------------------------------------------------------------------
def _one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


def test_a_quality_out_of_range_gives_the_range_not_disk_advice(tmp_path: Path) -> None:
    photo = save_photo(tmp_path / "a.png", gradient(64, 48))
    line = _one_error_line(_cli("make", str(photo), "-o", str(tmp_path / "o.mp4"), "--crf", "0"))
    assert "--crf" in line and "1 to 51" in line and "disk" not in line
    assert not list(tmp_path.glob("*.mp4"))


def test_a_length_of_zero_or_too_short_for_the_photos_is_refused(tmp_path: Path) -> None:
    photos = [save_photo(tmp_path / f"{i}.png", gradient(64, 48, seed=i)) for i in range(5)]
    out = str(tmp_path / "o.mp4")
    for length in ("0", "0.01", "-2", "nan"):
        line = _one_error_line(_cli("make", str(photos[0]), "-o", out, "--length", length))
        assert "--length" in line and "1 to 3600 s" in line
    line = _one_error_line(_cli("make", *map(str, photos), "-o", out, "--length", "1"))
    assert line.startswith("error: --length 1 s is too short for 5 photos") and "1.5" in line
    line = _one_error_line(
        _cli("make", str(photos[0]), "-o", out, "--length", "1", "--fade-out", "1")
    )
    assert "the fades" in line and "whole 1 s video" in line
    assert not list(tmp_path.glob("*.mp4"))


def test_the_default_fade_to_black_fits_a_short_video(tmp_path: Path) -> None:
    photo = save_photo(tmp_path / "a.png", np.full((48, 64, 3), 200, np.uint8))
    out = tmp_path / "o.mp4"
    result = _cli("make", str(photo), "-o", str(out), "--length", "1", "--music", "none")
    assert result.returncode == 0, result.stderr
    frames, _ = decode_video(out)
    assert len(frames) == 30
    assert frames[14].mean() > 150 and frames[-1].mean() < 40  # bright, then faded to black


def test_an_unknown_output_extension_lists_the_formats(tmp_path: Path) -> None:
    photo = save_photo(tmp_path / "a.png", gradient(64, 48))
    line = _one_error_line(_cli("make", str(photo), "-o", str(tmp_path / "o.avi")))
    assert "'avi'" in line and "mp4, mov, mkv, webm, gif" in line


def test_library_warnings_are_not_printed_before_a_cli_error(tmp_path: Path) -> None:
    odd = jpeg_with_broken_exif(tmp_path / "odd.jpg")
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(40))
    line = _one_error_line(_cli("make", str(odd), str(broken), "-o", str(tmp_path / "o.mp4")))
    assert line == (
        "error: corrupt or truncated image: broken.jpg. "
        "Re-export or re-download the file and try again"
    )

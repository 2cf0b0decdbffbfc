"""Photos that record no capture time: "sort by date" orders them by their files' dates and
says so, since the date captions will then find no date to show."""

from __future__ import annotations

from pathlib import Path

import pytest
from mcp import Client

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.config import Settings
from photo_video_maker.mcp_server import build_server

from support import gradient, save_photo

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def test_sorting_photos_without_capture_times_says_it_used_the_files_dates(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    for i in range(3):
        save_photo(folder / f"{i + 1}.jpg", gradient(320, 240, seed=i))  # no EXIF date
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    async with Client(build_server(backend), raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(folder)]})
        dated = await client.call_tool("edit", {"instruction": "can you add dates to the photos"})
        assert "None of the photos records when it was taken" in str(dated.structured_content)
        for said, told in [
            ("put them in order by date", "none of them records when it was taken"),
            ("按拍摄时间排一下", "照片里都没有记录拍摄日期，按文件日期排"),
        ]:
            result = await client.call_tool("edit", {"instruction": said})
            assert told in str((result.structured_content or {}).get("changes")), result

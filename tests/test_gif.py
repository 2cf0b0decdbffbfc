"""GIF output: written frame by frame, so memory stays flat however long the GIF."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow
from photo_video_maker.planner import plan_render
from photo_video_maker.render.engine import render

from support import decode_video, gradient, save_photo, small

pytestmark = pytest.mark.slow

# a render in a process of its own, which prints its peak resident memory (KiB)
CHILD = """
import resource, sys
from pathlib import Path
from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow
from photo_video_maker.planner import plan_render
from photo_video_maker.render.engine import render
seconds, photo, out = float(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
ref = MediaRef(id="p", name="p.png", kind="image", width=480, height=480)
options = SlideshowOptions("1:1", "480p", 24, seconds_per_photo=seconds, fade_out_ms=0)
render(plan_render(build_slideshow([ref], options), lambda _: photo), out, resolve=lambda _: photo)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _peak_kib(tmp_path: Path, seconds: float) -> int:
    photo = save_photo(tmp_path / "p.png", gradient(480, 480, seed=5))
    out = tmp_path / f"{seconds:g}.gif"
    args = [sys.executable, "-c", CHILD, str(seconds), str(photo), str(out)]
    done = subprocess.run(args, capture_output=True, text=True, check=True, timeout=120)
    return int(done.stdout.split()[-1])


def test_a_gif_four_times_as_long_takes_no_more_memory(tmp_path: Path) -> None:
    """Holding the frames cost about 0.45 MiB a frame here: 48 MiB more for the longer GIF."""
    short, long = _peak_kib(tmp_path, 3.0), _peak_kib(tmp_path, 12.0)
    assert long - short < 12 * 1024, (short, long)


def test_a_gif_shows_the_video_and_its_delays_add_up_to_its_length(tmp_path: Path) -> None:
    files = {f"m{i}": save_photo(tmp_path / f"{i}.png", gradient(320, 240, i)) for i in range(2)}
    refs = [MediaRef(id=k, name=k, kind="image", width=320, height=240) for k in files]
    options = SlideshowOptions(
        "4:3", "480p", 30, seconds_per_photo=1.3, transition="none", motion=False, fade_out_ms=0
    )
    draft = build_slideshow(refs, options)
    out = tmp_path / "show.gif"
    result = render(plan_render(draft, files.__getitem__), out, resolve=files.__getitem__)
    frames, facts = decode_video(out)
    assert facts["codec"] == "gif" and len(frames) == result.frames
    assert (result.width, result.height, result.fps) == (640, 480, 15)
    with Image.open(out) as gif:
        delays = []
        for i in range(gif.n_frames):
            gif.seek(i)
            delays.append(gif.info["duration"])
    assert sum(delays) == result.duration_ms == 2600  # hundredths, exact
    assert set(delays) == {70, 60}  # 6.67 hundredths a frame, alternately rounded
    mp4 = tmp_path / "show.mp4"
    render(plan_render(draft, files.__getitem__), mp4, resolve=files.__getitem__)
    video, _ = decode_video(mp4)
    for gif_frame, video_frame in ((frames[5], video[10]), (frames[-5], video[-10])):
        assert abs(small(gif_frame) - small(video_frame)).mean() < 6  # 256 colours, dithered

"""Clip frames go from the decoder's YUV straight into the frame where nothing needs RGB."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest

from photo_video_maker.media.video import ClipReader
from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow
from photo_video_maker.planner import plan_render
from photo_video_maker.render.compose import fit_rgb
from photo_video_maker.render.engine import render
from photo_video_maker.render.yuv import I420, from_rgb, to_rgb

from support import decode_video, gradient, make_clip

pytestmark = pytest.mark.slow


def _bt709_clip(path: Path, size: tuple[int, int], frames: int = 30) -> Path:
    """A moving gradient, tagged BT.709 limited range as phones and cameras tag HD video."""
    w, h = size
    base = gradient(w + frames * 4, h, seed=5)
    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=30)
        stream.width, stream.height, stream.pix_fmt = w, h, "yuv420p"
        stream.codec_context.colorspace, stream.codec_context.color_range = 1, 1
        for i in range(frames):
            rgb = np.ascontiguousarray(base[:, i * 4 : i * 4 + w])
            frame = av.VideoFrame.from_ndarray(rgb, format="rgb24").reformat(
                format="yuv420p", dst_colorspace="ITU709", dst_color_range="MPEG"
            )
            frame.colorspace, frame.color_range = 1, 1
            frame.pts = i
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return path


def test_the_yuv_path_keeps_the_clips_values_and_draws_what_the_rgb_path_draws(
    tmp_path: Path,
) -> None:
    clip = _bt709_clip(tmp_path / "c.mp4", (1280, 720))
    with ClipReader(clip, size=(854, 480)) as reader:
        decoded = reader.decoded_at(500)
        source = decoded.to_ndarray(format="yuv420p")[:720]  # the clip's own luma
        planes = reader.to_i420(decoded, 854, 480)
        assert planes is not None
        direct = I420(854, 480)
        for src, dst in zip(planes, direct.planes(), strict=True):
            np.copyto(dst, src)
        via_rgb = from_rgb(fit_rgb(reader.to_rgb(decoded), 854, 480, "cover"))
    # the same picture, scaled: its brightness is the clip's (the RGB round trip loses about
    # two levels of luma to rounding; this path is the more faithful one)
    assert abs(direct.y.mean() - source.mean()) < 0.3
    assert abs(via_rgb.y.mean() - source.mean()) < 2.5
    diff = np.abs(to_rgb(direct).astype(int) - to_rgb(via_rgb).astype(int))
    assert diff.mean() < 3 and np.percentile(diff, 99) <= 8


def test_frames_that_need_rgb_are_left_to_it(tmp_path: Path) -> None:
    untagged = make_clip(tmp_path / "u.mp4", 0.5, None, (640, 360))  # colours not stated
    tagged = _bt709_clip(tmp_path / "t.mp4", (640, 360), frames=5)
    with ClipReader(untagged, size=(320, 180)) as reader:
        assert reader.to_i420(reader.decoded_at(0), 320, 180) is None
    with ClipReader(tagged, size=(854, 480)) as reader:
        assert reader.to_i420(reader.decoded_at(0), 854, 480) is None  # smaller: enlarged
    with ClipReader(tagged, size=(320, 240)) as reader:
        frame = reader.decoded_at(0)
        assert reader.to_i420(frame, 320, 240, crop=False) is None  # 16:9 in 4:3: bars
        assert reader.to_i420(frame, 320, 240) is not None  # cover: cut to 4:3


def rendered_clip(
    tmp_path: Path, size: tuple[int, int], frames: int
) -> tuple[Path, list[np.ndarray]]:
    """A test clip of ``size`` rendered alone at 480p: the clip and the decoded frames."""
    clip = _bt709_clip(tmp_path / "c.mp4", size, frames=frames)
    ms = frames * 1000 // 30
    ref = MediaRef(
        id="c", name="c.mp4", kind="video", width=size[0], height=size[1], duration_ms=ms
    )
    draft = build_slideshow([ref], SlideshowOptions(resolution="480p", fade_out_ms=0))
    out = tmp_path / "out.mp4"
    render(plan_render(draft, lambda _: clip), out, resolve=lambda _: clip)
    decoded, facts = decode_video(out)
    assert (facts["width"], facts["height"]) == (854, 480)
    return clip, decoded


def test_a_rendered_clip_through_the_yuv_path_matches_its_source(tmp_path: Path) -> None:
    clip, frames = rendered_clip(tmp_path, (1280, 720), 45)
    with ClipReader(clip, size=(854, 480)) as reader:
        for index in (0, 20, 40):
            expected = fit_rgb(reader.frame_at(round(index * 1000 / 30)), 854, 480, "cover")
            error = np.abs(frames[index].astype(int) - expected.astype(int)).mean()
            assert error < 4, (index, error)

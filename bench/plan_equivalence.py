"""Did the frame plan change any render? Renders fixed drafts, saves what they decode to.

Run on the code before a change and after it, then compare (docs/frame-plan.md):

    PYTHONPATH=/old/checkout/server .venv/bin/python bench/plan_equivalence.py /tmp/old
    .venv/bin/python bench/plan_equivalence.py /tmp/new
    .venv/bin/python bench/plan_equivalence.py --compare /tmp/old /tmp/new

The drafts: two real photos (one portrait, blurred fit), a clip with its own tone, a real song
started 36.5 s in so that it loops, faded in over 400 ms and out over 1 s, ducked under the
clip, a title and an end card, fades from and to black; the same at 1080p with a 1 MB limit
(made at a smaller frame); a GIF; a storyboard sheet. Saved: every decoded frame, the decoded
sound, the raw mix before AAC (also with a fade of 433 ms, no whole number of frames, which
the plan rounds to 13), the sheet's bytes. It works with both renderer inputs (the draft
before, the plan after). It exits 0 when every render and the whole-frame mix are identical.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
TESTDATA = ROOT.parent / "shared" / "testdata"
PLANNED = importlib.util.find_spec("photo_video_maker.planner") is not None


def _drafts(media: Path) -> tuple[dict[str, Path], Callable[..., Any], Callable[[], Any]]:
    from photo_video_maker.model.layout import (
        MediaRef,
        SlideshowOptions,
        build_slideshow,
        relayout,
        set_text,
    )
    from photo_video_maker.model.share_size import MB, set_size_limit

    from support import make_clip

    clip = media / "clip.mp4"
    if not clip.exists():
        make_clip(clip, 2.0, 440.0, (320, 240))
    files = {
        "p0": TESTDATA / "photos" / "01_sunset_by_Aitzol_Berasategi.jpg",
        "p1": TESTDATA / "exif" / "Portrait_3.jpg",
        "c0": clip,
        "song": TESTDATA / "audio" / "crossroads_by_Shawn_Parrotte_40s.mp3",
    }
    refs = [
        MediaRef(id="p0", name="a.jpg", kind="image", width=1920, height=1280),
        MediaRef(id="c0", name="c.mp4", kind="video", width=320, height=240, duration_ms=2000),
        MediaRef(id="p1", name="b.jpg", kind="image", width=450, height=600),
    ]
    song = MediaRef(id="song", name="s.mp3", kind="audio")

    def mixed(fade_in: int = 400) -> Any:
        opts = SlideshowOptions(
            resolution="480p",
            seconds_per_photo=1.7,
            transition_ms=400,
            music=song,
            music_volume=0.8,
            music_fade_out_ms=1000,
            fade_in_ms=300,
            fade_out_ms=500,
            title="Hello",
        )
        draft = build_slideshow(refs, opts)
        bgm = draft.bgm_track()
        assert bgm is not None
        bgm.sg[0].m.in_ = 36500  # the 40 s song runs out and loops inside the video
        bgm.sg[0].m.fade_in = fade_in
        bgm.sg[0].m.duck = 0.3
        set_text(draft, "The end", role="closing", anchor="end")
        return relayout(draft)

    def sized() -> Any:
        opts = SlideshowOptions(
            resolution="1080p", seconds_per_photo=3.0, music=song, fade_out_ms=0
        )
        draft = build_slideshow([refs[0], refs[2]], opts)
        set_size_limit(draft, 1 * MB, "tiny")
        return relayout(draft)

    return files, mixed, sized


def _render(draft: Any, out: Path, files: dict[str, Path], fmt: str | None) -> Any:
    from photo_video_maker.render import engine

    render: Any = engine.render
    if PLANNED:
        from photo_video_maker.planner import plan_render

        return render(
            plan_render(draft, files.__getitem__), out, resolve=files.__getitem__, fmt=fmt
        )
    return render(draft, out, resolve=files.__getitem__, fmt=fmt)


def _mix(draft: Any, files: dict[str, Path]) -> np.ndarray:
    from photo_video_maker.model.layout import relayout
    from photo_video_maker.model.plan import make_plan
    from photo_video_maker.render import audio_mix

    mix_blocks: Any = audio_mix.mix_blocks
    if PLANNED:
        from photo_video_maker.planner import plan_render

        blocks = mix_blocks(plan_render(draft, files.__getitem__), files.__getitem__)
    else:
        laid = relayout(draft)
        blocks = mix_blocks(laid, make_plan(laid), files.__getitem__)
    return np.concatenate(list(blocks))


def save(folder: Path) -> None:
    from photo_video_maker.model.layout import relayout
    from photo_video_maker.model.plan import make_plan
    from photo_video_maker.render import storyboard

    from support import decode_audio, decode_video

    (folder / "media").mkdir(parents=True, exist_ok=True)
    files, mixed, sized = _drafts(folder / "media")
    summary: dict[str, Any] = {}
    for name, make, fmt in (("main", mixed, None), ("sized", sized, None), ("gif", mixed, "gif")):
        out = folder / f"{name}.{fmt or 'mp4'}"
        result = _render(make(), out, files, fmt)
        arrays: dict[str, Any] = {"frames": np.stack(decode_video(out)[0])}
        if fmt is None:
            arrays["audio"] = decode_audio(out)[0]
        np.savez_compressed(folder / f"{name}.npz", **arrays)
        keys = ("frames", "width", "height", "fps", "duration_ms", "size_bytes", "warnings")
        summary[name] = {key: getattr(result, key) for key in keys}
        summary[name]["limit"] = [result.limit_bytes, result.limit_for]
    # 433 ms is no whole number of frames (13 frames are 433.3 ms): the plan rounds it
    whole, rounded = _mix(mixed(), files), _mix(mixed(433), files)
    np.savez_compressed(folder / "mix.npz", whole=whole, rounded=rounded)
    board: Any = storyboard.storyboard
    sheet = board(make_plan(relayout(mixed())) if PLANNED else mixed(), files.__getitem__)
    (folder / "sheet.jpg").write_bytes(sheet[0])
    summary["sheet"] = {"times": sheet[1], "width": sheet[2], "height": sheet[3]}
    (folder / "summary.json").write_text(json.dumps(summary, indent=1))


def _differs(a: np.ndarray, b: np.ndarray) -> str:
    if a.shape != b.shape:
        return f"shapes differ: {a.shape} {b.shape}"
    diff = np.abs(a.astype(np.float64) - b.astype(np.float64))
    if not diff.any():
        return f"identical {a.shape}"
    rows = np.nonzero(diff.reshape(len(diff), -1).max(axis=1))[0]
    return f"max diff {diff.max():.3g} in {len(rows)} of {len(a)} (from {rows[0]} to {rows[-1]})"


def compare(old: Path, new: Path) -> bool:
    same = True
    before, after = (json.loads((f / "summary.json").read_text()) for f in (old, new))
    for name in before:
        changed = {k: (v, after[name][k]) for k, v in before[name].items() if after[name][k] != v}
        print(f"{name}: result {changed or 'the same'}")
        same &= not changed
    for name in ("main", "sized", "gif"):
        a, b = np.load(old / f"{name}.npz"), np.load(new / f"{name}.npz")
        for key in a.files:
            line = _differs(a[key], b[key])
            print(f"{name} {key}: {line}")
            same &= line.startswith("identical")
    a, b = np.load(old / "mix.npz"), np.load(new / "mix.npz")
    for key in a.files:
        print(f"raw mix ({key} fade, samples): {_differs(a[key], b[key])}")
    same &= np.array_equal(a["whole"], b["whole"])
    sheet = (old / "sheet.jpg").read_bytes() == (new / "sheet.jpg").read_bytes()
    print(f"storyboard sheet: {'identical bytes' if sheet else 'differs'}")
    return same and sheet


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--compare", action="store_true", help="compare two saved folders")
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args()
    if args.compare:
        sys.exit(0 if compare(*args.folders[:2]) else 1)
    save(args.folders[0])


if __name__ == "__main__":
    main()

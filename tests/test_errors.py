"""One error tree: every error class in errors.py, one table of HTTP statuses, and messages
that are short, name files, and blame the disk only when the disk is full."""

from __future__ import annotations

import ast
import logging
from pathlib import Path

import pytest

from photo_video_maker import errors
from photo_video_maker.errors import (
    DISK_HINT,
    HTTP_STATUS,
    InputError,
    MediaTooLarge,
    PVMError,
    RenderError,
    for_person,
    http_status,
    megabytes,
    shorten,
)
from photo_video_maker.media.ingest import ingest
from photo_video_maker.media.probe import probe
from photo_video_maker.model.layout import MediaRef, SlideshowOptions, build_slideshow
from photo_video_maker.planner import plan_render
from photo_video_maker.render.boundary import boundary
from photo_video_maker.render.encode import EncodeSettings
from photo_video_maker.render.engine import render

from support import gradient, save_photo

PACKAGE = Path(errors.__file__).parent
ERROR_CLASSES = {
    name
    for name, value in vars(errors).items()
    if isinstance(value, type) and issubclass(value, BaseException)
}
# Raised on purpose and never let out of their package, each for the reason given; anything
# else raised in the package must be an errors.py class.
INTERNAL = {
    ("model/edits.py", "ValueError"): "apply_edits is never handed Undo: backends undo by history",
    ("model/edits.py", "TypeError"): "only the typed edit union reaches apply_edits",
    ("model/edit_types.py", "ValueError"): "inside pydantic validators, as pydantic expects",
    ("render/kenburns.py", "ValueError"): "an invariant of the prepared canvas (a bug if seen)",
    ("render/subpixel.py", "ValueError"): "an invariant of the prepared canvas (a bug if seen)",
    ("render/text.py", "ValueError"): "TextStyle's own checks; overlay.style_of makes DraftError",
    ("render/transitions.py", "RuntimeError"): "import-time check of the transition registry",
    ("music/tracks.py", "ValueError"): "parsing the built-in scores, fixed at release",
    ("music/dsp.py", "ValueError"): "wave shapes of the built-in instruments, fixed at release",
    ("music/builtin.py", "ValueError"): "the sample rate is the mixer's constant",
    ("cloud/wire.py", "ValueError"): "CloudExports._parse turns it into BackendError",
    ("cloud/client.py", "AssertionError"): "after a retry loop that always returns or raises",
    ("mcp_server.py", "ToolError"): "the MCP edge's own translation of the error tree",
}


def _raised(path: Path) -> list[tuple[str, int]]:
    """Names of the classes ``path`` raises, outside pydantic validators."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    validators = {
        id(node)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
        and any("validator" in ast.unparse(d) for d in node.decorator_list)
    }
    found = []

    def visit(node: ast.AST, in_validator: bool) -> None:
        in_validator = in_validator or id(node) in validators
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            func = node.exc.func
            name = func.id if isinstance(func, ast.Name) else None
            # lower-case names are factories typed to return an errors.py class (mypy checks)
            if name and name[0].isupper() and not in_validator:
                found.append((name, node.lineno))
        for child in ast.iter_child_nodes(node):
            visit(child, in_validator)

    visit(tree, False)
    return found


def _classes_defined(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        and any(ast.unparse(base) in ERROR_CLASSES | {"Exception"} for base in node.bases)
    ]


def test_every_exception_the_package_raises_is_a_class_of_errors_py() -> None:
    stray = []
    for path in sorted(PACKAGE.rglob("*.py")):
        where = str(path.relative_to(PACKAGE))
        for name, line in _raised(path):
            if name not in ERROR_CLASSES and (where, name) not in INTERNAL:
                stray.append(f"{where}:{line} raises {name}")
        if where != "errors.py":
            stray += [f"{where} defines {name}" for name in _classes_defined(path)]
    assert stray == []


def test_the_scan_sees_a_stray_raise_and_a_stray_error_class(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("class Oops(PVMError):\n    pass\n\n\ndef f():\n    raise KeyError('x')\n")
    assert _raised(bad) == [("KeyError", 6)] and _classes_defined(bad) == ["Oops"]


def test_one_table_maps_every_error_code_to_its_http_status() -> None:
    from photo_video_maker.http_api.envelope import error_response

    codes = {
        value.code
        for value in vars(errors).values()
        if isinstance(value, type) and issubclass(value, PVMError) and value is not PVMError
    }
    assert codes <= set(HTTP_STATUS)
    assert (http_status(1002), http_status(4002), http_status(2001)) == (404, 413, 402)
    for code in codes:
        assert error_response(code, "x").status_code == http_status(code)


def test_echoed_input_is_cut_to_about_80_characters_with_an_ellipsis() -> None:
    assert shorten("sess_1") == "'sess_1'"
    long = shorten("x" * 100_000)
    assert len(long) <= 80 and "…" in long and long.startswith("'xxx") and long.endswith("x'")
    huge = PVMError("no session " + "y" * 100_000, "Start a new session")
    assert len(for_person(huge)) <= 1000 and for_person(huge).endswith("Start a new session")


def test_sizes_read_as_the_limit_is_set_so_200_mb_is_200_mb() -> None:
    mib = 1024 * 1024
    assert megabytes(200 * mib) == "200 MB"
    assert megabytes(200 * mib + 1) == "201 MB"  # just over the limit never reads as the limit
    assert megabytes(300_000) == "0.3 MB" and megabytes(3 * mib) == "3 MB"


def test_a_file_over_the_limit_is_named_and_the_limit_reads_200_mb(tmp_path: Path) -> None:
    big = tmp_path / "holiday.jpg"
    save_photo(big, gradient(64, 48))
    limit = 200 * 1024 * 1024
    with big.open("r+b") as fh:
        fh.truncate(limit + 1)  # sparse: 200 MB on paper, nothing on disk
    for check in (
        lambda: ingest(big, tmp_path / "store", max_bytes=limit, max_pixels=10**8),
        lambda: probe(big, max_bytes=limit),
    ):
        with pytest.raises(MediaTooLarge) as caught:
            check()
        assert caught.value.message == "holiday.jpg is 201 MB, over the 200 MB limit"


def test_only_a_full_disk_asks_for_free_disk_space(tmp_path: Path) -> None:
    with pytest.raises(RenderError) as full, boundary("the render"), open("/dev/full", "wb") as fh:
        fh.write(b"frame")
        fh.flush()  # the kernel answers ENOSPC, as a full disk does
    assert full.value.hint == DISK_HINT and "disk is full" in full.value.message
    with pytest.raises(RenderError) as missing, boundary("the render"):
        (tmp_path / "gone" / "out.mp4").write_bytes(b"frame")
    assert "disk" not in str(missing.value) and "No such file" in missing.value.message
    assert str(tmp_path) not in str(missing.value)


def test_a_quality_out_of_range_is_refused_with_the_range_before_anything_renders() -> None:
    for crf in (0, 52, -3):
        with pytest.raises(InputError) as caught:
            EncodeSettings(crf=crf)
        assert "1 to 51" in str(caught.value) and "disk" not in str(caught.value)
    with pytest.raises(InputError, match="Use one of ultrafast"):
        EncodeSettings(preset="warp")


def test_a_bug_inside_the_renderer_is_logged_with_its_traceback_then_is_a_render_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    photo = save_photo(tmp_path / "a.png", gradient(64, 48))
    draft = build_slideshow(
        [MediaRef(id="m1", name="a.png", kind="image", width=64, height=48)],
        SlideshowOptions(resolution="480p"),
    )
    files = {"m9": photo}  # the draft's m1 is missing: a lookup that raises KeyError inside
    with (
        caplog.at_level(logging.ERROR, logger="photo_video_maker.render"),
        pytest.raises(RenderError) as caught,
    ):
        render(
            plan_render(draft, files.__getitem__), tmp_path / "out.mp4", resolve=files.__getitem__
        )
    assert "internal error" in caught.value.message and "KeyError" not in str(caught.value)
    assert isinstance(caught.value.__cause__, KeyError)
    (record,) = [r for r in caplog.records if r.name == "photo_video_maker.render"]
    assert record.exc_info is not None and record.exc_info[0] is KeyError
    assert not list(tmp_path.glob("*.mp4")) and not list(tmp_path.glob(".*part*"))

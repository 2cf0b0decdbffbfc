"""Hostile input at every edge gets a clear error from the error tree, never a crash.

MCP: a tool error with a message of our own (never the SDK's bare "Error executing tool").
HTTP: the JSON envelope with its code and the status the one table gives. CLI: one
``error: ...`` line and exit code 1. Everywhere: short, no server paths, nothing logged as a
crash. Inputs are chosen so that nothing renders (the session has no photos; CLI values are
out of range), so each example costs milliseconds.
"""

from __future__ import annotations

import base64
import contextlib
import io
import logging
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import anyio
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mcp import Client

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.cli import main
from photo_video_maker.config import Settings
from photo_video_maker.errors import MAX_MESSAGE, http_status
from photo_video_maker.mcp_server import build_server
from photo_video_maker.model.catalog import ASPECTS, RESOLUTIONS, TRANSITION_ALIASES, TRANSITIONS
from test_http_api import Live, auth, serve

from support import gradient, save_photo

FUZZ = settings(
    max_examples=80,
    deadline=None,
    derandomize=True,  # the same inputs every run: a failure is reproducible, not flaky
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
WORDS = [
    "",
    " ",
    "\n\t ",
    "x" * 100_000,
    "é" * 5000 + "🎬" * 5000,
    "../../../etc/passwd",
    "\u202e\u0000\x7f",
    "null",
    "%s%n{0}",
    "'; DROP TABLE sessions; --",
]
TEXT = st.one_of(st.sampled_from(WORDS), st.text(max_size=200))
NUMBER = st.one_of(
    st.sampled_from([-1, 0, 10**30, -(10**30), 1e308]),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
)
ANY = st.one_of(TEXT, NUMBER, st.none(), st.booleans(), st.lists(st.integers(), max_size=3))


class Crashes(logging.Handler):
    """Records logged at ERROR or above: a crash anywhere is logged there."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextlib.contextmanager
def crashes() -> Iterator[list[logging.LogRecord]]:
    handler = Crashes()
    logging.getLogger().addHandler(handler)
    try:
        yield handler.records
    finally:
        logging.getLogger().removeHandler(handler)


def assert_clear(message: str, home: Path) -> None:
    """A message a person can act on: ours, bounded, without server paths or tracebacks."""
    assert message.strip(), "an empty error message"
    assert not message.startswith("Error executing tool"), message[:200]
    assert len(message) <= MAX_MESSAGE + 100, message[:200]
    for bad in ("Traceback", "internal error", str(home), "pydantic.dev"):
        assert bad not in message, message[:300]


# -- MCP -------------------------------------------------------------------------------------
def _calls() -> st.SearchStrategy[tuple[str, dict[str, Any]]]:
    sid = st.one_of(st.none(), TEXT)
    missing = TEXT.map(lambda t: "no-such-session-" + t)  # export never renders
    return st.one_of(
        st.tuples(st.just("edit"), st.fixed_dictionaries({"instruction": ANY, "session_id": sid})),
        st.tuples(
            st.just("export"),
            st.fixed_dictionaries(
                {"session_id": missing},
                optional={"format": ANY, "resolution": ANY, "output_path": ANY},
            ),
        ),
        st.tuples(
            st.just("export"),
            st.fixed_dictionaries({}, optional={"format": ANY, "resolution": ANY}),
        ),
        st.tuples(
            st.just("export_status"),
            st.fixed_dictionaries({"job_id": ANY}, optional={"wait_seconds": NUMBER}),
        ),
        st.tuples(
            st.just("upload"),
            st.fixed_dictionaries(
                {},
                optional={
                    "paths": st.lists(ANY, max_size=3),
                    "urls": st.lists(
                        st.sampled_from(
                            [
                                "ftp://x/y.jpg",
                                "http://127.0.0.1:9/a.jpg",
                                "http://10.0.0.1/b",
                                "file:///etc/passwd",
                                "not a url",
                                "http://[::1]/c",
                                "x" * 5000,
                            ]
                        ),
                        max_size=2,
                    ),
                    "inline": st.lists(
                        st.one_of(
                            TEXT,
                            st.binary(max_size=300).map(lambda b: base64.b64encode(b).decode()),
                        ),
                        max_size=2,
                    ),
                    "session_id": sid,
                },
            ),
        ),
        st.tuples(st.sampled_from(["state", "undo", "list_music", "preview"]), st.just({})),
        st.tuples(
            st.sampled_from(["state", "undo", "list_music", "preview"]),
            st.fixed_dictionaries({"session_id": ANY}),
        ),
        st.tuples(TEXT, st.dictionaries(TEXT, ANY, max_size=2)),  # unknown tools
    )


@pytest.fixture
def mcp_settings(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path / "home")


@FUZZ
@given(call=_calls())
def test_hostile_tool_calls_get_clear_tool_errors(
    mcp_settings: Settings, call: tuple[str, dict[str, Any]]
) -> None:
    name, arguments = call
    backend = LocalBackend(mcp_settings)
    backend.new_session()  # the latest session is empty: an export can only be refused

    async def run() -> Any:
        async with Client(build_server(backend)) as client:
            return await client.call_tool(name, arguments)

    with crashes() as crashed:
        result = anyio.run(run)
    assert crashed == [], [r.getMessage() for r in crashed]
    if result.is_error:
        assert_clear(str(result.content[0].text), mcp_settings.home)


# -- HTTP ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    with serve(tmp_path_factory.mktemp("pvm-fuzz"), workers=0) as running:  # renders only queue
        yield running


# the first bytes of media files: the content is sniffed as media and the decoders get to
# say what is wrong with the rest
BROKEN_HEADS = [
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    b"\x89PNG\r\n\x1a\n",
    b"GIF89a",
    b"RIFF\x00\x00\x00\x00WEBPVP8 ",
    b"\x00\x00\x00\x18ftypheic",
    b"\x00\x00\x00\x18ftypisom",
    b"\x00\x00\x00\x18ftyp\x00\x01\x02\x03",
    b"\x1a\x45\xdf\xa3",
    b"ID3\x04\x00\x00\x00\x00\x00\x00",
    b"fLaC",
    b"OggS",
]
PATH_TEXT = st.one_of(
    st.sampled_from(["", "x" * 4000, "..", "%00", "a/b"]), st.text(max_size=80)
).map(lambda text: quote(text, safe=""))
JSON = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False, allow_infinity=False),
        TEXT,
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=10), inner, max_size=3)
    ),
    max_leaves=8,
)


def _request(sid: str) -> st.SearchStrategy[tuple[str, str, dict[str, Any]]]:
    """(method, path, httpx keyword arguments) for the service's endpoints."""
    session = st.one_of(st.just(sid), PATH_TEXT)
    render = st.fixed_dictionaries(
        {"id": st.one_of(st.just("render_fuzz"), PATH_TEXT), "sessionId": session},
        optional={
            "draft": st.one_of(st.none(), JSON),
            "output": st.fixed_dictionaries(
                {}, optional={"format": ANY, "resolution": ANY, "quality": ANY}
            ),
        },
    )
    message = st.fixed_dictionaries(
        {"session_id": session, "new_message": st.one_of(JSON, st.builds(_parts, TEXT))}
    )
    content = st.one_of(
        st.binary(max_size=2000),
        st.tuples(st.sampled_from(BROKEN_HEADS), st.binary(max_size=200)).map(b"".join),
    )
    files = st.lists(st.tuples(st.text(max_size=300), content), min_size=1, max_size=3)
    return st.one_of(
        st.tuples(st.just("POST"), st.just("/api/render/proxy/lambda"), render.map(_json)),
        st.tuples(st.just("POST"), st.just("/api/render/proxy/lambda"), JSON.map(_json)),
        st.tuples(st.just("POST"), st.just("/run_sse"), message.map(_json)),
        st.tuples(
            st.just("POST"),
            session.map(lambda s: f"/api/upload-video/nemo_agent/me/{s}"),
            files.map(lambda fs: {"files": [("files", (n, b, "image/jpeg")) for n, b in fs]}),
        ),
        st.tuples(
            st.just("POST"), st.just(f"/api/upload-video/nemo_agent/me/{sid}"), JSON.map(_json)
        ),
        st.tuples(
            st.just("GET"),
            st.one_of(
                session.map(lambda s: f"/api/state/nemo_agent/me/{s}/latest"),
                PATH_TEXT.map(lambda r: f"/api/render/proxy/lambda/{r}"),
                PATH_TEXT.map(lambda r: f"/api/render/download/{r}"),
            ),
            st.just({}),
        ),
        st.tuples(
            st.just("POST"), st.just("/api/tasks/me/with-session/nemo_agent"), JSON.map(_json)
        ),
    )


def _parts(text: str) -> dict[str, Any]:
    return {"parts": [{"text": text}]}


def _json(body: Any) -> dict[str, Any]:
    return {"json": body}


@pytest.fixture(scope="module")
def account(live: Live) -> tuple[str, str]:
    """A token and a session of its own (empty: nothing can render)."""
    token = live.token("client-fuzz")
    return token, live.session(token)


@FUZZ
@given(data=st.data())
def test_hostile_http_requests_get_an_envelope_with_the_right_status(
    live: Live, account: tuple[str, str], data: st.DataObject
) -> None:
    token, sid = account
    method, path, options = data.draw(_request(sid))
    headers = auth(data.draw(st.sampled_from([token, token, "t" * 43, "x"])))
    with crashes() as crashed:
        r = live.client.request(method, path, headers=headers, **options)
    assert crashed == [], [rec.getMessage() for rec in crashed]
    if r.status_code < 400:  # an answer, or a redirect to the path without its final slash
        assert "Traceback" not in r.text and str(live.home) not in r.text
        return
    body = r.json()
    code = body["code"]
    assert isinstance(code, int) and code not in (0, 500), body
    assert r.status_code == (http_status(code) if code >= 1000 or code in (400, 402) else code)
    assert_clear(body["message"], live.home)


# -- CLI -------------------------------------------------------------------------------------
def _outside(low: float, high: float) -> st.SearchStrategy[str]:
    numbers = st.floats(allow_nan=True).filter(lambda v: not (low <= v <= high))
    words = st.text(max_size=20).filter(lambda t: not _is_number(t))
    return st.one_of(numbers.map(repr), words, st.sampled_from(["nan", "inf", "-inf", "1e999"]))


def _is_number(text: str) -> bool:
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False


def _not_in(valid: set[str]) -> st.SearchStrategy[str]:
    return TEXT.filter(lambda t: t.strip().lower().replace(" ", "") not in valid)


TRANSITION_NAMES = {*TRANSITIONS, *TRANSITION_ALIASES, "random", "none"}
CLI_OPTIONS: dict[str, st.SearchStrategy[str]] = {
    "--crf": st.one_of(_outside(1, 51), st.sampled_from(["0", "52", "20.5"])),
    "--seconds": _outside(0.5, 3600),
    "--length": _outside(1, 3600),
    "--transition-seconds": _outside(0, 10),
    "--zoom": _outside(1, 1.5),
    "--music-volume": _outside(0, 100),
    "--fade-in": _outside(0, 10),
    "--fade-out": _outside(0, 10),
    "--music-fade-out": _outside(0, 30),
    "--fps": _not_in({"24", "25", "30", "60"}),
    "--resolution": _not_in(set(RESOLUTIONS)),
    "--aspect": _not_in(set(ASPECTS)),
    "--transition": _not_in(TRANSITION_NAMES),
    "--preset": _not_in({"ultrafast", "superfast", "veryfast", "faster", "fast", "medium"}),
    "--format": _not_in({"mp4", "mov", "mkv", "webm", "gif"}),
    "--title": st.text(st.characters(blacklist_characters="\x00"), min_size=201, max_size=400),
    "--music": _not_in({"calm", "upbeat", "cinematic", "lofi", "acoustic", "none"}).map(
        lambda t: "no-such-song-" + t.replace("\x00", "")
    ),
}


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    return save_photo(tmp_path / "in" / "a.png", gradient(64, 48))


@FUZZ
@given(data=st.data())
def test_hostile_command_lines_get_one_error_line_and_exit_code_1(
    photo: Path, tmp_path: Path, data: st.DataObject
) -> None:
    option = data.draw(st.sampled_from(sorted(CLI_OPTIONS)))
    value = data.draw(CLI_OPTIONS[option]).replace("\x00", "")
    inputs = [str(photo)]
    if data.draw(st.booleans()):  # a broken file among the inputs instead
        broken = photo.parent / data.draw(st.sampled_from(["b.jpg", "b.heic", "b.mp4", "b.mp3"]))
        broken.write_bytes(data.draw(st.binary(min_size=0, max_size=600)))
        inputs, option, value = [str(broken)], "--fps", "30"
    argv = ["make", *inputs, "-o", str(tmp_path / "out.mp4"), "--quiet", f"{option}={value}"]
    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            code = main(argv)
        except SystemExit as exit_:
            code = exit_.code
    lines = err.getvalue().strip().splitlines()
    assert code == 1 and out.getvalue() == "", (argv[-1][:100], err.getvalue()[:300])
    assert len(lines) == 1 and lines[0].startswith("error: "), err.getvalue()[:500]
    assert len(lines[0]) <= MAX_MESSAGE + 100
    assert not (tmp_path / "out.mp4").exists()

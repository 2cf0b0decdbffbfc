"""Typed operations through the MCP `edit` tool: every kind changes the draft as it says, a
call applies all of its operations or none, and an invalid one names what is allowed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, get_args

import pytest
from mcp import Client

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.config import Settings
from photo_video_maker.mcp_server import build_server
from photo_video_maker.model.edit_types import Edit

from support import gradient, make_clip, save_photo

pytestmark = pytest.mark.anyio
Draft = dict[str, Any]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def video(d: Draft) -> list[dict[str, Any]]:
    return next(t["sg"] for t in d["t"] if t["tt"] == 0)


def texts(d: Draft) -> dict[str, dict[str, Any]]:
    found = [s["m"] for t in d["t"] if t["tt"] == 7 for s in t["sg"]]
    return {m["role"]: m for m in found}


def music(d: Draft) -> dict[str, Any] | None:
    tracks = [t for t in d["t"] if t["tt"] == 1 and t["m"].get("role") == "bgm"]
    return tracks[0]["sg"][0]["m"] if tracks else None


def music_at(d: Draft) -> int:
    """Where the music comes in, ms into the video."""
    (track,) = [t for t in d["t"] if t["tt"] == 1 and t["m"].get("role") == "bgm"]
    return int(track["sg"][0]["s"])


def names(d: Draft) -> list[str]:
    return [s["m"]["name"] for s in video(d)]


def durations(d: Draft) -> list[int]:
    return [s["d"] for s in video(d)]


def zoom(d: Draft) -> float:
    return max(max(s["m"]["motion"].get("zoom", [1.0])) for s in video(d)[:4])


# (operations, what must be true of the draft before -> after); the session starts with
# four photos a.jpg..d.jpg (3 s each, crossfades, calm music at 100 %) and the clip e.mp4
CASES: list[tuple[list[dict[str, Any]], Callable[[Draft, Draft], bool]]] = [
    ([{"kind": "seconds_per_photo", "seconds": 2}], lambda a, b: durations(b)[:4] == [2000] * 4),
    (
        [{"kind": "seconds_per_photo", "factor": 1.5, "index": 2}],
        lambda a, b: durations(b)[1] == 4500 and durations(b)[0] == 3000,
    ),
    ([{"kind": "total_length", "seconds": 20}], lambda a, b: b["d"] == 20000),
    ([{"kind": "speed", "factor": 0.5}], lambda a, b: durations(b)[:4] == [1500] * 4),
    (
        [{"kind": "aspect", "aspect": "9:16", "platform": "TikTok"}],
        lambda a, b: (b["m"]["w"], b["m"]["h"], b["m"]["aspect"]) == (1080, 1920, "9:16"),
    ),
    ([{"kind": "resolution", "resolution": "4K"}], lambda a, b: b["m"]["h"] == 2160),
    ([{"kind": "fps", "fps": 25}], lambda a, b: b["m"]["fps"] == 25),
    (
        [{"kind": "fit", "fit": "contain"}],
        lambda a, b: {s["m"]["fit"] for s in video(b)} == {"contain"},
    ),
    (
        [{"kind": "fit", "fit": "cover", "index": -1}],
        lambda a, b: video(b)[-1]["m"]["fit"] == "cover" and video(b)[0]["m"]["fit"] != "cover",
    ),
    ([{"kind": "look", "look": "sepia"}], lambda a, b: b["m"]["look"] == "sepia"),
    (
        [{"kind": "transition", "name": "fadeblack", "ms": 500}],
        lambda a, b: video(b)[1]["m"]["transition"] == {"type": "fadeblack", "d": 500},
    ),
    (
        [{"kind": "transition", "factor": 2}],
        lambda a, b: video(b)[1]["m"]["transition"] == {"type": "crossfade", "d": 1500},
    ),
    (
        [{"kind": "transition", "name": "none"}],
        lambda a, b: video(b)[1]["m"]["transition"] == "none",
    ),
    (
        [{"kind": "transition", "name": "slideup", "index": 3}],
        lambda a, b: (
            video(b)[2]["m"]["transition"]["type"] == "slideup"
            and video(b)[1]["m"]["transition"] == video(a)[1]["m"]["transition"]
        ),
    ),
    (
        [{"kind": "motion", "on": False}],
        lambda a, b: video(b)[0]["m"]["motion"] == {"type": "none"},
    ),
    ([{"kind": "motion", "zoom": 1.3}], lambda a, b: zoom(b) == 1.3),
    ([{"kind": "motion", "factor": 0.5}], lambda a, b: zoom(b) == 1.05),
    (
        [{"kind": "motion", "on": False, "index": 2}],
        lambda a, b: (
            video(b)[1]["m"]["motion"] == {"type": "none"}
            and video(b)[0]["m"]["motion"] == video(a)[0]["m"]["motion"]
        ),
    ),
    (
        [{"kind": "title", "text": "Summer 2026", "color": "yellow", "pos": "top"}],
        lambda a, b: (
            texts(b)["title"]["text"] == "Summer 2026" and texts(b)["title"]["pos"] == "top"
        ),
    ),
    (
        [{"kind": "caption", "index": 2, "text": "Me and Anna"}],
        lambda a, b: texts(b)["caption"]["text"] == "Me and Anna",
    ),
    (
        [{"kind": "closing", "text": "Love, Dad", "size": 1.5}],
        lambda a, b: (
            texts(b)["closing"]["text"] == "Love, Dad" and texts(b)["closing"]["size"] == 1.5
        ),
    ),
    (
        [{"kind": "title", "text": "T"}, {"kind": "remove_text", "which": "title"}],
        lambda a, b: "title" not in texts(b),
    ),
    (
        [{"kind": "title", "text": "T"}, {"kind": "text_style", "target": "title", "color": "red"}],
        lambda a, b: texts(b)["title"]["color"] == "#E53935",
    ),
    (
        [{"kind": "music", "source": "upbeat"}],
        lambda a, b: (music(b) or {})["src"] == "builtin:upbeat",
    ),
    (
        [{"kind": "music", "source": "song.wav"}],
        lambda a, b: (music(b) or {})["name"] == "song.wav",
    ),
    ([{"kind": "music_volume", "percent": 40}], lambda a, b: (music(b) or {})["volume"] == 0.4),
    ([{"kind": "music_volume", "factor": 0.8}], lambda a, b: (music(b) or {})["volume"] == 0.8),
    (
        [{"kind": "music_fade", "fade_in_ms": 1000, "fade_out_ms": 4000}],
        lambda a, b: ((music(b) or {})["fade_in"], (music(b) or {})["fade_out"]) == (1000, 4000),
    ),
    (
        [{"kind": "music_start", "index": 2}],
        lambda a, b: music_at(b) == video(b)[1]["s"] > 0 and music_at(a) == 0,
    ),
    ([{"kind": "remove_music"}], lambda a, b: music(b) is None),
    ([{"kind": "mute_clips"}], lambda a, b: video(b)[-1]["m"]["volume"] == 0.0),
    (
        [{"kind": "video_fade", "fade_in_ms": 800, "fade_out_ms": 0}],
        lambda a, b: (b["m"]["fade_in"], b["m"]["fade_out"]) == (800, 0),
    ),
    ([{"kind": "reverse"}], lambda a, b: names(b) == names(a)[::-1]),
    (
        [{"kind": "sort", "by": "name", "reverse": True}],
        lambda a, b: names(b) == sorted(names(a))[::-1],
    ),
    (
        [{"kind": "shuffle", "seed": 4}],
        lambda a, b: sorted(names(b)) == sorted(names(a)) != names(b),
    ),
    ([{"kind": "move", "index": 4, "to": "start"}], lambda a, b: names(b)[0] == "d.jpg"),
    ([{"kind": "swap", "i": 1, "j": 2}], lambda a, b: names(b)[:2] == ["b.jpg", "a.jpg"]),
    ([{"kind": "remove", "index": 1}], lambda a, b: names(b) == names(a)[1:]),
    ([{"kind": "remove", "name": "c"}], lambda a, b: "c.jpg" not in names(b)),
    (
        [{"kind": "remove_music"}, {"kind": "slideshow", "with_music": True, "mood": "epic"}],
        lambda a, b: (music(b) or {})["src"] == "builtin:cinematic",
    ),
    (
        [{"kind": "undo"}],
        lambda a, b: (
            (music(a) or {})["src"] == "builtin:calm" and (music(b) or {})["name"] == "song.wav"
        ),
    ),
    ([{"kind": "undo"}, {"kind": "fps", "fps": 60}], lambda a, b: b["m"]["fps"] == 60),
    # nothing was undone here, so nothing changes (test_redo makes undone changes again)
    ([{"kind": "redo"}], lambda a, b: a == b),
    # calm music is 72 BPM: each change (a start plus half its crossfade) on a beat
    ([{"kind": "cut_to_beat"}], lambda a, b: on_beats(b, 60_000 / 72)),
    # the calm loop (53.3 s) is far longer than the 11 s that 4 photos and a clip need: the
    # end of the first four-bar phrase (16 beats, 13.33 s) is the first past them; music fades
    (
        [{"kind": "length_to_song"}],
        lambda a, b: abs(b["d"] - 16 * 60_000 / 72) <= 1 and (music(b) or {})["fade_out"] >= 3000,
    ),
    # the four gradients share one pattern (only their colours differ): some go, never all,
    # never the clip
    ([{"kind": "cull"}], lambda a, b: "e.mp4" in names(b) and 2 <= len(names(b)) < 5),
    # these photos record no date: no caption is made up
    ([{"kind": "date_captions", "place": True}], lambda a, b: "caption" not in texts(b)),
    (
        [{"kind": "size_limit", "target": "discord"}],
        lambda a, b: (b["m"]["max_size"], b["m"]["size_for"]) == (10_000_000, "Discord"),
    ),
]


def on_beats(d: Draft, beat_ms: float) -> bool:
    changes = [s["s"] + s["m"]["transition"]["d"] // 2 for s in video(d)[1:]]
    return all(abs(c / beat_ms - round(c / beat_ms)) * beat_ms <= 1 for c in changes)


@pytest.fixture
def backend(tmp_path: Path) -> LocalBackend:
    folder = tmp_path / "media"
    folder.mkdir()
    for i, name in enumerate("abcd"):
        save_photo(folder / f"{name}.jpg", gradient(320, 240, seed=i))
    make_clip(folder / "e.mp4", 2.0, 440.0, (160, 90))
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    backend.upload([str(folder)], [], [], None)
    _song(tmp_path / "song.wav")
    backend.upload([str(tmp_path / "song.wav")], [], [], None)
    backend.edit(None, None, operations=_ops([{"kind": "music", "source": "calm"}]))
    return backend


def _song(path: Path) -> None:
    import wave

    import numpy as np

    tone = (np.sin(np.arange(44100 * 3) * 2 * np.pi * 330 / 44100) * 8000).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(44100)
        out.writeframes(tone.tobytes())


def _ops(data: list[dict[str, Any]]) -> list[Edit]:
    from pydantic import TypeAdapter

    return TypeAdapter(list[Edit]).validate_python(data)


def test_the_cases_cover_every_operation_kind() -> None:
    kinds = {get_args(m.model_fields["kind"].annotation)[0] for m in get_args(get_args(Edit)[0])}
    covered = {op["kind"] for ops, _ in CASES for op in ops}
    assert covered == kinds


@pytest.mark.parametrize(("operations", "check"), CASES, ids=lambda v: str(v)[:60])
async def test_each_operation_kind_changes_the_draft_as_it_says(
    backend: LocalBackend, operations: list[dict[str, Any]], check: Callable[[Draft, Draft], bool]
) -> None:
    async with Client(build_server(backend), raise_exceptions=True) as client:
        before = (await client.call_tool("state", {})).structured_content["draft"]
        result = await client.call_tool("edit", {"operations": operations})
        assert not result.is_error, result.content
        assert result.structured_content["action"] == "edit"
        after = (await client.call_tool("state", {})).structured_content["draft"]
    assert check(before, after), result.structured_content["changes"]


async def test_a_call_applies_all_its_operations_or_none(backend: LocalBackend) -> None:
    before = backend.state(None).draft
    ops = [{"kind": "fps", "fps": 60}, {"kind": "swap", "i": 1, "j": 12}]
    async with Client(build_server(backend)) as client:
        result = await client.call_tool("edit", {"operations": ops})
    assert result.is_error and "there is no photo 12" in result.content[0].text
    assert backend.state(None).draft == before


async def test_an_undo_before_a_failing_operation_is_not_made_either(
    backend: LocalBackend,
) -> None:
    # the last change set the music to calm; undo would bring back song.wav
    before = backend.state(None).draft
    ops = [{"kind": "undo"}, {"kind": "swap", "i": 1, "j": 12}]
    async with Client(build_server(backend)) as client:
        result = await client.call_tool("edit", {"operations": ops})
        assert result.is_error and "there is no photo 12" in result.content[0].text
        assert backend.state(None).draft == before
        # and the change is still there to undo, once
        done = await client.call_tool("edit", {"operations": [{"kind": "undo"}]})
    assert not done.is_error
    assert (music(backend.state(None).draft.to_json()) or {})["name"] == "song.wav"


async def test_undo_then_an_edit_is_one_change_that_one_undo_takes_back(
    backend: LocalBackend,
) -> None:
    base = backend.state(None).draft
    async with Client(build_server(backend)) as client:
        await client.call_tool("edit", {"operations": [{"kind": "fps", "fps": 60}]})
        both = await client.call_tool(
            "edit", {"operations": [{"kind": "undo"}, {"kind": "fps", "fps": 24}]}
        )
        assert not both.is_error
        assert both.structured_content["changes"][0].startswith("Undid the last change (it was:")
        assert backend.state(None).draft.m.fps == 24
        await client.call_tool("edit", {"operations": [{"kind": "undo"}]})
    assert backend.state(None).draft == base  # back before the 60 fps, in one undo


@pytest.mark.parametrize(
    ("operation", "named"),
    [
        ({"kind": "fps", "fps": 50}, ["fps", "50", "24, 25, 30 or 60"]),
        ({"kind": "spin"}, ["spin", "seconds_per_photo", "undo"]),
        ({"kind": "aspect", "aspect": "5:4"}, ["aspect", "5:4", "'9:16'"]),
        ({"kind": "seconds_per_photo"}, ["seconds", "factor"]),
        ({"kind": "fps", "fps": 25}, []),
    ],
)
async def test_an_invalid_operation_is_refused_naming_the_field_the_value_and_what_is_allowed(
    backend: LocalBackend, operation: dict[str, Any], named: list[str]
) -> None:
    async with Client(build_server(backend)) as client:
        result = await client.call_tool("edit", {"operations": [operation]})
    text = result.content[0].text
    assert result.is_error == bool(named), text
    for word in named:
        assert word in text, text
    assert "pydantic" not in text and "validation error for" not in text


async def test_undo_can_only_come_first(backend: LocalBackend) -> None:
    async with Client(build_server(backend)) as client:
        ops = [{"kind": "fps", "fps": 60}, {"kind": "undo"}]
        result = await client.call_tool("edit", {"operations": ops})
    assert result.is_error and "undo" in result.content[0].text


async def test_undo_with_steps_takes_back_that_many_changes_and_says_so(
    backend: LocalBackend,
) -> None:
    base = backend.state(None).draft
    async with Client(build_server(backend), raise_exceptions=True) as client:
        for fps in (24, 60):
            await client.call_tool("edit", {"operations": [{"kind": "fps", "fps": fps}]})
        said = await client.call_tool("edit", {"instruction": "undo the last 2 changes"})
        assert said.structured_content["changes"] == ["Undid the last 2 changes"]
        assert backend.state(None).draft == base
        more = await client.call_tool("edit", {"operations": [{"kind": "undo", "steps": 9}]})
        told = more.structured_content["changes"]
        assert len(told) == 1 and told[0].startswith("Undid the last")  # what there was
        none = await client.call_tool("edit", {"operations": [{"kind": "undo"}]})
    assert none.structured_content["changes"] == []


async def test_several_undos_with_other_operations_are_refused(backend: LocalBackend) -> None:
    async with Client(build_server(backend)) as client:
        ops = [{"kind": "undo", "steps": 2}, {"kind": "fps", "fps": 60}]
        result = await client.call_tool("edit", {"operations": ops})
    assert result.is_error and "alone" in result.content[0].text

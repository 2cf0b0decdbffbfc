"""Typed metadata of tracks and segments: the JSON contract kept, and described to MCP hosts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from mcp import Client

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.config import Settings
from photo_video_maker.errors import DraftError
from photo_video_maker.mcp_server import build_server
from photo_video_maker.model.draft import (
    AudioTrack,
    Draft,
    TextTrack,
    VideoTrack,
    parse_draft,
)
from photo_video_maker.model.meta import AudioMeta, Motion, TextMeta, Transition, VideoMeta
from photo_video_maker.store.db import Database
from photo_video_maker.store.sessions import SessionStore

from support import gradient, save_photo

# shared/spec/draft-format.md's example, as the spec writes it
SPEC_EXAMPLE = """{"v": 1, "d": 10000,
 "m": {"w": 1920, "h": 1080, "fps": 30, "aspect": "16:9"},
 "t": [
  {"id": "trk-video", "tt": 0, "m": {"name": "Video"}, "sg": [
    {"id": "seg-1", "s": 0, "d": 5375, "m": {"src": "med-1", "name": "beach.jpg", "kind": "image",
      "transition": "none", "fit": "blur", "motion": {"type": "kenburns", "zoom": [1.0, 1.1]}}},
    {"id": "seg-2", "s": 4625, "d": 5375, "m": {"src": "med-2", "name": "city.jpg", "kind": "image",
      "transition": {"type": "crossfade", "d": 750}, "fit": "blur", "motion": {"type": "kenburns", "zoom": [1.1, 1.0]}}}]},
  {"id": "trk-bgm", "tt": 1, "m": {"name": "BGM", "role": "bgm"}, "sg": [
    {"id": "seg-3", "s": 0, "d": 10000, "m": {"src": "med-3", "name": "Lo-fi", "volume": 0.35, "fade_in": 0, "fade_out": 1500}}]},
  {"id": "trk-text", "tt": 7, "m": {"name": "Titles"}, "sg": [
    {"id": "seg-4", "s": 0, "d": 3000, "m": {"text": "Urban Dreams", "role": "title", "pos": "center"}}]}
 ]}"""  # noqa: E501

# a draft as the version before typed metadata stored it: every key its code wrote, a clip,
# a caption anchored to a photo, a fit the person chose, and a key this version does not know
STORED = {
    "v": 1,
    "d": 5250,
    "m": {"w": 1920, "h": 1080, "fps": 30, "aspect": "16:9", "look": "none", "fade_in": 0,
          "fade_out": 1000},
    "t": [
        {"id": "t1", "tt": 0, "m": {"name": "Video"}, "sg": [
            {"id": "s1", "s": 0, "d": 3000, "m": {
                "src": "m1", "name": "a.jpg", "kind": "image", "transition": "none",
                "fit": "cover", "fit_by": "person",
                "motion": {"type": "kenburns", "zoom": [1.0, 1.1],
                           "pan": [[0.0, 0.0], [0.0, 0.0]]}}},
            {"id": "s2", "s": 2250, "d": 3000, "m": {
                "src": "c1", "name": "b.mp4", "kind": "video",
                "transition": {"type": "crossfade", "d": 750}, "fit": "blur",
                "motion": {"type": "none"}, "in": 0, "volume": 0.0, "rating": 5}},
        ]},
        {"id": "t2", "tt": 1, "m": {"name": "BGM", "role": "bgm"}, "sg": [
            {"id": "s3", "s": 0, "d": 5250, "m": {
                "src": "builtin:calm", "name": "Calm piano", "volume": 1.0, "fade_in": 0,
                "fade_out": 2000, "loop": True, "duck": 0.35}},
        ]},
        {"id": "t3", "tt": 7, "m": {"name": "Titles"}, "sg": [
            {"id": "s4", "s": 0, "d": 3000, "m": {
                "text": "Hi", "role": "title", "pos": "top", "anchor": "start", "len": 3000,
                "fade_in": 400, "fade_out": 400, "color": "#FFD400", "size": 1.25}},
            {"id": "s5", "s": 2250, "d": 3000, "m": {
                "text": "Me", "role": "caption", "pos": "bottom", "anchor": "s2", "len": 3000,
                "fade_in": 400, "fade_out": 400}},
        ]},
    ],
}  # fmt: skip


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = schema["$defs"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def _definition(schema: dict[str, Any], name: str) -> dict[str, Any]:
    return schema["$defs"][name]["properties"]


def test_the_spec_example_loads_typed_and_dumps_back_identically() -> None:
    data = json.loads(SPEC_EXAMPLE)
    draft = parse_draft(data, known_media={"med-1", "med-2", "med-3"})
    video, bgm, text = draft.video_track(), draft.bgm_track(), draft.text_track()
    assert video is not None and bgm is not None and text is not None
    assert video.sg[1].m.transition == Transition(type="crossfade", d=750)
    assert video.sg[0].m.motion.zoom == (1.0, 1.1) and video.sg[0].m.kind == "image"
    assert (bgm.sg[0].m.volume, bgm.sg[0].m.fade_out) == (0.35, 1500)
    assert (text.sg[0].m.role, text.sg[0].m.pos) == ("title", "center")
    assert draft.to_json() == data
    assert json.dumps(draft.to_json()) == json.dumps(data)  # the same keys in the same order


def test_a_stored_draft_loads_from_sqlite_and_is_written_back_unchanged(tmp_path: Path) -> None:
    store = SessionStore(Database(tmp_path / "pvm.sqlite3"))
    sid = store.create()
    with store.db.write() as conn:
        conn.execute("UPDATE sessions SET draft = ? WHERE id = ?", (json.dumps(STORED), sid))
    draft = store.draft(sid)
    clip = draft.t[0].sg[1].m
    assert isinstance(clip, VideoMeta) and (clip.in_, clip.volume) == (0, 0.0)
    assert clip.model_extra == {"rating": 5}  # kept, and ignored
    store.save_draft(sid, draft)
    assert store.draft(sid).to_json() == STORED
    assert json.dumps(draft.to_json()) == json.dumps(STORED)


def test_keys_never_given_read_as_their_defaults_and_are_not_written() -> None:
    meta = TextMeta.model_validate({"text": "Hello"})
    assert (meta.role, meta.anchor, meta.fade_in, meta.size) == (None, "start", 0, None)
    assert meta.model_dump() == {"text": "Hello"}
    song = AudioMeta(src="m9")
    assert (song.volume, song.loop, song.duck, song.in_) == (1.0, True, 0.35, 0)
    song.in_ = 1500  # set by an edit: written from now on, as "in"
    assert song.model_dump() == {"src": "m9", "in": 1500}
    assert song.model_dump(by_alias=False) == {"src": "m9", "in_": 1500}
    assert AudioMeta.model_validate({"src": "m9", "in": 1500}).in_ == 1500
    assert Motion(type="none").model_dump(mode="json") == {"type": "none"}


def test_tracks_are_typed_by_tt_and_so_are_their_segments() -> None:
    draft = Draft.model_validate(STORED)
    assert [type(track) for track in draft.t] == [VideoTrack, AudioTrack, TextTrack]
    assert [type(seg.m) for track in draft.t for seg in track.sg] == [
        VideoMeta, VideoMeta, AudioMeta, TextMeta, TextMeta,
    ]  # fmt: skip
    video = draft.video_track()
    assert video is not None and video.sg[0].m.fit_by == "person"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["t"][0].update(tt=5), r"t\.0\.tt: Input should be 0, 1 or 7"),
        (lambda d: d["t"][0].pop("tt"), r"t\.0\.tt"),
        (lambda d: d["t"][0]["sg"][0]["m"].update(kind="photo"), r"t\.0\.sg\.0\.m\.kind: .*image"),
        (lambda d: d["t"][0]["sg"][0]["m"].update(fit="stretch"), r"t\.0\.sg\.0\.m\.fit: "),
        (lambda d: d["t"][0]["sg"][0]["m"].pop("src"), r"t\.0\.sg\.0\.m\.src: Field required"),
        (lambda d: d["t"][0]["sg"][1]["m"]["transition"].pop("d"), r"m\.transition\.d: Field"),
        (lambda d: d["t"][0]["sg"][1]["m"].update(transition="fade"), r"transition: .*'none'"),
        (lambda d: d["t"][0]["sg"][0]["m"]["motion"].update(type="spin"), r"m\.motion\.type: "),
        (lambda d: d["t"][2]["sg"][0]["m"].update(role="subtitle"), r"t\.2\.sg\.0\.m\.role: "),
        (lambda d: d["t"][2]["sg"][0]["m"].update(text=" "), r"t\.2\.sg\.0\.m\.text: a text"),
    ],
)
def test_a_draft_with_metadata_of_the_wrong_shape_is_rejected_naming_key_and_reason(
    change: Any, message: str
) -> None:
    data = json.loads(SPEC_EXAMPLE)
    change(data)
    with pytest.raises(DraftError, match=message):
        parse_draft(data)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_the_state_tool_describes_the_typed_metadata_and_the_spec_example_fits_it(
    tmp_path: Path,
) -> None:
    for i in range(2):
        save_photo(tmp_path / f"{i}.jpg", gradient(320, 240, seed=i))
    backend = LocalBackend(Settings(home=tmp_path / "home"))
    async with Client(build_server(backend), raise_exceptions=True) as client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
        await client.call_tool(
            "upload", {"paths": [str(tmp_path / "0.jpg"), str(tmp_path / "1.jpg")]}
        )
        state = (await client.call_tool("state", {})).structured_content
    schema = tools["state"].output_schema
    assert schema is not None and state is not None
    draft = _resolve(schema, schema["properties"]["draft"])
    assert draft["properties"]["t"]["items"]["discriminator"]["propertyName"] == "tt"
    video = _definition(schema, "VideoMeta")
    for key in ("src", "kind", "transition", "fit", "motion", "in", "volume"):
        assert video[key]["description"], key
    assert video["fit"]["enum"] == ["contain", "cover", "blur"]
    assert "kenburns" in json.dumps(_definition(schema, "Motion")["type"])
    text = _definition(schema, "TextMeta")
    assert text["role"]["description"] and "caption" in json.dumps(text["role"])
    assert {"fade_in", "fade_out", "loop", "duck"} <= set(_definition(schema, "AudioMeta"))
    # what the tool returns, and the spec's own example, both fit the schema it publishes
    assert state["draft"]["t"][0]["sg"][1]["m"]["transition"]["type"] == "crossfade"
    jsonschema.validate(state, schema)
    jsonschema.validate({**state, "draft": json.loads(SPEC_EXAMPLE)}, schema)

"""What people and agents read: SKILL.md follows the Agent Skills format and names every tool
the model sees; the README starts with the two commands for a fresh machine and tells the
Claude Desktop steps before the command line; the MCPB manifest names the server's tools."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
from mcp import Client

from photo_video_maker.backends.local import LocalBackend
from photo_video_maker.config import Settings
from photo_video_maker.mcp_server import build_server

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def frontmatter(text: str) -> dict[str, object]:
    """The YAML frontmatter of a SKILL.md: scalars, and one level of mapping (metadata)."""
    match = re.match(r"---\n(.*?)\n---\n", text, re.DOTALL)
    assert match, "SKILL.md must open with a --- frontmatter block"
    found: dict[str, object] = {}
    current: dict[str, str] | None = None
    for line in match.group(1).splitlines():
        if line.startswith("  ") and current is not None:
            key, _, value = line.strip().partition(":")
            current[key] = value.strip().strip('"')
            continue
        key, _, value = line.partition(":")
        if value.strip():
            found[key] = value.strip()
            current = None
        else:
            current = {}
            found[key] = current
    return found


async def model_tools(tmp_path: Path) -> set[str]:
    """The tools a host shows the model (those visible to the app only are left out)."""
    server = build_server(LocalBackend(Settings(home=tmp_path / "home")))
    async with Client(server, raise_exceptions=True) as client:
        tools = (await client.list_tools()).tools
    return {
        t.name
        for t in tools
        if "model" in (t.meta or {}).get("ui", {}).get("visibility", ["model"])
    }


async def test_skill_md_follows_the_agent_skills_format_and_names_every_tool(
    tmp_path: Path,
) -> None:
    text = (ROOT / "SKILL.md").read_text(encoding="utf-8")
    front = frontmatter(text)
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    name, description = str(front["name"]), str(front["description"])
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name) and len(name) <= 64
    assert 0 < len(description) <= 1024 and "Use it when" in description
    assert front["metadata"] == {"version": version, "mcp-server": "photo-video-maker"}
    assert set(front) <= {"name", "description", "license", "compatibility", "metadata"}
    body = text.split("\n---\n", 1)[1]
    for tool in await model_tools(tmp_path):
        assert f"`{tool}(" in body or f"`{tool}`" in body, tool


def test_the_readme_starts_with_two_commands_then_tells_people_how_to_use_it() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = text.split("```")[1]
    assert [line.split()[:2] for line in first_block.strip().splitlines()[1:]] == [
        ["make", "demo"],
        ["make", "test"],
    ]
    headings = re.findall(r"^## (.+)$", text, re.MULTILINE)
    assert headings.index("Use it in Claude Desktop") < headings.index("Command line")
    install = text[text.index("## Other ways to install") :]
    order = [install.index(form) for form in ("uvx --from", "pipx install", "From a clone")]
    assert order == sorted(order)
    assert "separated by `;`" in text  # Windows' separator between allowed folders


async def test_the_extension_manifest_names_the_servers_tools_and_prompts(
    tmp_path: Path,
) -> None:
    manifest = json.loads((ROOT / "tools" / "mcpb" / "manifest.json").read_text())
    server = build_server(LocalBackend(Settings(home=tmp_path / "home")))
    async with Client(server, raise_exceptions=True) as client:
        prompts = {p.name for p in (await client.list_prompts()).prompts}
    assert {t["name"] for t in manifest["tools"]} == await model_tools(tmp_path)
    assert {p["name"] for p in manifest["prompts"]} == prompts
    assert manifest["server"]["type"] == "uv"
    assert (ROOT / "tools" / "mcpb" / manifest["server"]["entry_point"].split("/")[-1]).is_file()

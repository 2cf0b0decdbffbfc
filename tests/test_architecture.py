"""The layers of shared/guides/architecture.md, checked on the source: imports point one way."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "server" / "photo_video_maker"
LAYER = {
    "model": 0, "instruct": 0, "errors": 0, "config": 0,
    "media": 1, "render": 1, "music": 1, "store": 1, "cloud": 1, "planner": 1,
    "backends": 2, "jobqueue": 2,
    "mcp_server": 3, "mcp_app": 3, "mcp_prompts": 3,
    "http_api": 3, "cli": 3, "commands": 3, "__main__": 3,
}  # fmt: skip
SHARED = {"errors", "config", "__init__"}  # every layer may use these
# the renderer's one input is the frame plan (model/plan.py): no draft, no laying it out
DRAFT_MODULES = tuple(f"photo_video_maker.model.{name}" for name in ("draft", "layout", "timeline"))
PROBE = "photo_video_maker.media.probe"  # the plan carries the facts (planner.plan_render)


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _top(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def _imports(path: Path) -> list[str]:
    """Absolute names of what ``path`` imports (relative imports resolved in the package)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = list(path.relative_to(PACKAGE).with_suffix("").parts)
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - node.level]
                target = ".".join(
                    ["photo_video_maker", *base, *([node.module] if node.module else [])]
                )
                names += [target] + [f"{target}.{a.name}" for a in node.names]
            elif node.module:
                names.append(node.module)
    return names


def _violations(top: str, names: list[str]) -> list[str]:
    """What a module in layer ``top`` must not import, among ``names``."""
    bad = []
    for name in names:
        root = name.split(".")[0]
        if root == "mcp" and not top.startswith("mcp_"):
            bad.append(f"{name}: only the mcp_*.py edge talks MCP")
        if root == "httpx" and top != "cloud":
            bad.append(f"{name}: only cloud/ uses httpx")
        if top == "render" and root in ("sqlite3", "fastapi", "starlette"):
            bad.append(f"{name}: the renderer knows nothing of storage or HTTP")
        if top == "render" and any(name == m or name.startswith(m + ".") for m in DRAFT_MODULES):
            bad.append(f"{name}: the renderer takes a frame plan (model/plan.py), not the draft")
        if top == "render" and (name == PROBE or name.startswith(PROBE + ".")):
            bad.append(f"{name}: what the renderer needs of a file was read into the plan")
        if root != "photo_video_maker" or name == "photo_video_maker":
            continue
        other = name.split(".")[1]
        if other in SHARED or top in SHARED or other not in LAYER or top not in LAYER:
            continue
        if LAYER[other] > LAYER[top]:
            bad.append(f"{name}: imports upwards")
        elif top in ("model", "instruct") and other not in ("model", "instruct"):
            bad.append(f"{name}: the pure core imports only itself")
    return bad


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_module_imports_only_downwards_and_its_own_libraries(path: Path) -> None:
    assert _violations(_top(path), _imports(path)) == []


def test_the_check_sees_violations() -> None:
    assert _violations("model", ["photo_video_maker.render.engine"])
    assert _violations("model", ["photo_video_maker.music.builtin"])
    assert _violations("render", ["photo_video_maker.backends.local"])
    assert _violations("render", ["mcp.server"]) and _violations("store", ["httpx"])
    assert _violations("backends", ["mcp.server.apps"]) and not _violations("mcp_app", ["mcp"])
    assert not _violations("backends", ["photo_video_maker.render.engine"])


def test_the_renderer_may_read_the_frame_plan_but_never_the_draft() -> None:
    assert _violations(
        "render", ["photo_video_maker.model.draft", "photo_video_maker.model.draft.Draft"]
    )
    assert _violations("render", ["photo_video_maker.model.layout.relayout"])
    assert _violations("render", ["photo_video_maker.model.timeline"])
    assert not _violations("render", ["photo_video_maker.model.plan.FramePlan"])
    assert not _violations("render", ["photo_video_maker.model.drafting"])  # a name, not a prefix
    assert not _violations("planner", ["photo_video_maker.model.draft.Draft"])
    assert _violations("render", ["photo_video_maker.media.probe.probe"])
    assert not _violations("render", ["photo_video_maker.media.video.ClipReader"])

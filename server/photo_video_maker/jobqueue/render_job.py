"""Render one queued job on this machine, from what the service put on the board.

Paths in a job are relative to the data folder (``PVM_HOME``), which every worker mounts from
shared storage, so a worker on another machine finds the same media and writes the video
where the service serves it from. The engine writes a temporary file beside the final path
and renames it when complete: a worker killed mid-render leaves no torn file at that path.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import DraftError
from ..model.draft import Draft
from ..planner import plan_render
from ..render.engine import render


def under(home: Path, path: str) -> Path:
    """A job's path on this machine (relative paths are inside the data folder)."""
    found = Path(path)
    return found if found.is_absolute() else home / found


def relative(home: Path, path: Path) -> str:
    """How a job names ``path``: relative to the data folder when inside it."""
    try:
        return str(path.relative_to(home))
    except ValueError:
        return str(path)


def render_payload(
    home: Path, payload: dict[str, Any], on_progress: Callable[[int, int], None]
) -> dict[str, Any]:
    """Render the job; its result (path relative to ``home``) or a PVMError."""
    draft = Draft.model_validate(payload["draft"])
    files = {media_id: under(home, p) for media_id, p in dict(payload["files"]).items()}
    out = under(home, str(payload["out"]))
    out.parent.mkdir(parents=True, exist_ok=True)

    def resolve(src: str) -> Path:
        if src not in files:
            raise DraftError(f"the draft refers to media {src!r} that is not in this session")
        return files[src]

    plan = plan_render(draft, resolve)
    made = render(plan, out, on_progress, resolve=resolve, fmt=str(payload["format"]))
    return {
        "path": str(payload["out"]),
        "format": made.format,
        "width": made.width,
        "height": made.height,
        "duration_ms": made.duration_ms,
        "size_bytes": made.size_bytes,
        "seconds": round(made.seconds, 2),
        "limit_bytes": made.limit_bytes,
        "limit_for": made.limit_for,
    }

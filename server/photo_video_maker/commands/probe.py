"""``photo-video-maker probe``: what the engine sees in each file."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

from ..errors import PVMError
from ..media.probe import probe


def run_probe(files: list[Path]) -> int:
    table = Table("file", "type", "size", "orientation", "duration", "captured")
    failed = 0
    for path in files:
        try:
            info = probe(path)
        except PVMError as exc:
            table.add_row(path.name, "[red]error[/]", str(exc), "", "", "")
            failed += 1
            continue
        size = f"{info.width}x{info.height}" if info.width else "-"
        duration = f"{info.duration_ms / 1000:.2f} s" if info.duration_ms else "-"
        captured = info.captured_at.isoformat(sep=" ") if info.captured_at else "-"
        table.add_row(
            path.name,
            f"{info.kind.value} ({info.format})",
            size,
            str(info.orientation),
            duration,
            captured,
        )
    Console().print(table)
    return 1 if failed else 0

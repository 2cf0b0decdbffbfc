"""Stage and pack the Claude Desktop extension: ``make mcpb`` -> dist/photo-video-maker-V.mcpb.

The bundle uses the MCPB ``uv`` server type: it carries the package's source and
pyproject.toml, and Claude Desktop installs Python and the dependencies with uv on first use
(a bundle of compiled dependencies would need one per platform). The manifest's version is
the package's. The MCPB CLI (tools/package.json) validates the manifest and packs the folder.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "tools" / "mcpb"
MCPB = ROOT / "tools" / "node_modules" / ".bin" / "mcpb"
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")


def stage(folder: Path) -> Path:
    """Lay out the bundle in ``folder``; the manifest's path."""
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "server").mkdir(parents=True)
    manifest = json.loads((SOURCE / "manifest.json").read_text())
    manifest["version"] = version
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
    for name in ("icon.png", ".mcpbignore"):
        shutil.copy(SOURCE / name, folder / name)
    shutil.copy(SOURCE / "main.py", folder / "server" / "main.py")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, folder / name)
    shutil.copytree(
        ROOT / "server" / "photo_video_maker", folder / "server" / "photo_video_maker", ignore=SKIP
    )
    return folder / "manifest.json"


def main() -> int:
    if not MCPB.exists():
        print("error: run `npm ci` in tools/ first (make mcpb does)", file=sys.stderr)
        return 1
    staged = ROOT / "build" / "mcpb"
    manifest = stage(staged)
    version = json.loads(manifest.read_text())["version"]
    subprocess.run([str(MCPB), "validate", str(manifest)], check=True)
    out = ROOT / "dist" / f"photo-video-maker-{version}.mcpb"
    out.parent.mkdir(exist_ok=True)
    out.unlink(missing_ok=True)
    subprocess.run([str(MCPB), "pack", str(staged), str(out)], check=True)
    print(f"{out.relative_to(ROOT)}: {out.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

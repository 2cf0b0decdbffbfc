"""The Claude Desktop extension's entry point: the MCP server over stdio.

The host runs it with uv in the extension's folder, where pyproject.toml names the
dependencies; the package itself lies beside this file.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from photo_video_maker.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["serve"]))

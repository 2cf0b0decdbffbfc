"""Settings, built once at an entry point from ``PVM_*`` environment variables.

The library below the entry points never reads the environment: it is handed a Settings.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_data_dir


@dataclass(frozen=True)
class Settings:
    home: Path
    allowed_roots: tuple[Path, ...] = ()  # empty: any folder the user can read
    max_upload_bytes: int = 200 * 1024 * 1024
    max_pixels: int = 120_000_000
    credits_allowance: int = 0  # 0: the local engine charges nothing
    export_cost: int = 0
    inline_render_seconds: float = 45.0  # hosts cut tool calls off after about 60 s
    allow_private_urls: bool = False  # tests turn this on for their loopback fixture server
    api_base: str = "https://mega-api-prod.nemovideo.ai"
    cloud_token: str | None = field(default=None, repr=False)

    @property
    def db_path(self) -> Path:
        return self.home / "pvm.sqlite3"

    @property
    def media_dir(self) -> Path:
        return self.home / "media"

    @property
    def exports_dir(self) -> Path:
        return self.home / "exports"


def from_env(env: Mapping[str, str] | None = None) -> Settings:
    """Settings from the environment (``PVM_HOME``, ``PVM_ALLOWED_ROOTS``, ...)."""
    env = os.environ if env is None else env
    home = Path(env.get("PVM_HOME") or user_data_dir("photo-video-maker", appauthor=False))
    roots = tuple(
        Path(p).expanduser().resolve()
        for p in env.get("PVM_ALLOWED_ROOTS", "").split(os.pathsep)
        if p.strip()
    )
    return Settings(
        home=home.expanduser(),
        allowed_roots=roots,
        max_upload_bytes=int(env.get("PVM_MAX_UPLOAD_MB", "200")) * 1024 * 1024,
        credits_allowance=int(env.get("PVM_CREDITS", "0")),
        export_cost=int(env.get("PVM_EXPORT_COST", "0")),
        inline_render_seconds=float(env.get("PVM_INLINE_RENDER_SECONDS", "45")),
        api_base=env.get("PVM_API_BASE", "https://mega-api-prod.nemovideo.ai"),
        cloud_token=env.get("NEMO_TOKEN") or None,
    )

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
    # The self-hosted service (commands/api.py) and its render workers (commands/worker.py)
    queue_url: str | None = field(default=None, repr=False)  # redis://...: Celery workers
    queue_name: str = "pvm-renders"
    render_lease_s: float = 30.0  # a worker silent this long is taken for dead
    queue_visibility_s: float | None = None  # None: sized to the longest allowed render
    renders_per_account: int = 2  # renders of one account at once
    max_render_seconds: float = 1800.0  # the longest video a render may make
    max_render_items: int = 500  # photos and clips on the timeline of one render
    render_seconds_per_day: float = 4 * 3600.0  # video seconds one account may render a day
    max_message_chars: int = 2000  # one /run_sse message, all parts together
    require_attribution: bool = True  # export without X-Skill-* headers answers 402

    @property
    def visibility_timeout_s(self) -> float:
        """How long a broker waits before it hands an unacknowledged render to another worker:
        longer than the slowest allowed render (about twice its length at 2160p on one core)."""
        if self.queue_visibility_s is not None:
            return self.queue_visibility_s
        return max(3600.0, 4 * self.max_render_seconds)

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
        queue_url=env.get("PVM_QUEUE_URL") or None,
        queue_name=env.get("PVM_QUEUE_NAME", "pvm-renders"),
        render_lease_s=float(env.get("PVM_RENDER_LEASE_S", "30")),
        queue_visibility_s=float(env["PVM_QUEUE_VISIBILITY_S"])
        if env.get("PVM_QUEUE_VISIBILITY_S")
        else None,
        renders_per_account=int(env.get("PVM_RENDERS_PER_ACCOUNT", "2")),
        max_render_seconds=float(env.get("PVM_MAX_RENDER_SECONDS", "1800")),
        max_render_items=int(env.get("PVM_MAX_RENDER_ITEMS", "500")),
        render_seconds_per_day=float(env.get("PVM_RENDER_SECONDS_PER_DAY", "14400")),
        max_message_chars=int(env.get("PVM_MAX_MESSAGE_CHARS", "2000")),
        require_attribution=env.get("PVM_API_REQUIRE_ATTRIBUTION", "1") != "0",
    )

"""``photo-video-maker api``: the self-hosted cloud API, on loopback unless told otherwise.

Environment: ``PVM_API_ALLOW_PUBLIC=1`` allows an address beyond loopback (then
``PVM_API_HOSTS``, comma-separated, names the Host headers to answer; default any);
``PVM_API_GRANT`` (100), ``PVM_API_EDIT_COST`` (1), ``PVM_API_WORKERS`` (1) and
``PVM_API_RENDER_COST`` (0); ``PVM_QUEUE_URL`` sends renders to ``photo-video-maker worker``
processes (docs/workers.md).
"""

from __future__ import annotations

import argparse
import ipaddress
import logging
import os
import sys

from ..config import from_env

LOOPBACK_NAMES = ("localhost",)


def is_loopback(host: str) -> bool:
    """Whether binding to ``host`` keeps the service on this machine."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def run_api(args: argparse.Namespace) -> int:
    """Serve the API with uvicorn until interrupted; 1 when the address is refused."""
    public = not is_loopback(args.host)
    if public and os.environ.get("PVM_API_ALLOW_PUBLIC") != "1":
        print(
            f"error: refusing to serve on {args.host}, which other machines can reach; "
            "use 127.0.0.1, or set PVM_API_ALLOW_PUBLIC=1 behind a proxy you trust",
            file=sys.stderr,
        )
        return 1
    import uvicorn

    from ..http_api import build_app
    from ..http_api.guard import LOOPBACK_HOSTS

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    hosts: tuple[str, ...] = LOOPBACK_HOSTS
    if public:
        hosts = tuple(h.strip() for h in os.environ.get("PVM_API_HOSTS", "*").split(",") if h)
    try:
        numbers = {
            key: int(os.environ.get(name, default))
            for key, name, default in (
                ("grant", "PVM_API_GRANT", "100"),
                ("edit_cost", "PVM_API_EDIT_COST", "1"),
                ("workers", "PVM_API_WORKERS", "1"),
                ("render_cost", "PVM_API_RENDER_COST", "0"),
            )
        }
    except ValueError:
        print(
            "error: PVM_API_GRANT, PVM_API_EDIT_COST, PVM_API_WORKERS and PVM_API_RENDER_COST "
            "must be whole numbers",
            file=sys.stderr,
        )
        return 1
    app = build_app(from_env(), allowed_hosts=hosts, **numbers)
    uvicorn.run(app, host=args.host, port=args.port, proxy_headers=False)
    return 0

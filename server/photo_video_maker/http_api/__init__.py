"""The self-hosted HTTP service: the cloud API of docs/cloud-api.md over the local engine.

guard.py     Host and Origin checks (DNS rebinding, cross-site requests)
envelope.py  the JSON envelope; every error becomes one, here and only here
auth.py      anonymous accounts and hashed bearer tokens
ledger.py    credits: grant, reserve (frozen), settle, release
owners.py    which account owns which session
edits.py     one /run_sse turn;  sse.py: the event stream and its heartbeats
uploads.py   multipart streamed to disk, or URLs through cloud/fetch.py
renders.py   the render queue, its worker pool and restart recovery
routes.py    the endpoints;  app.py: build_app
"""

from .app import build_app

__all__ = ["build_app"]

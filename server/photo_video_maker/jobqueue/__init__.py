"""Render workers on a distributed queue (Celery with Redis): see docs/workers.md."""

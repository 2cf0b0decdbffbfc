"""What both render queues answer the same way (renders.py in this process, renders_remote.py
on workers): the job rows are the record, and each queue only adds how a job gets run and how
its live progress is seen."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from pathlib import Path

from .render_request import RenderRequest
from .render_rows import RenderJob, RenderRows


class Renders(ABC):
    """A render queue; the endpoints know it only by this surface."""

    rows: RenderRows

    @abstractmethod
    def start(self) -> None:
        """Pick up what an earlier process left unfinished, then start taking work."""

    @abstractmethod
    def stop(self) -> None:
        """Stop taking work; unfinished jobs stay in the rows for the next start."""

    @abstractmethod
    def _queue(self, job: RenderJob) -> None:
        """Hand a newly accepted job to whatever runs it."""

    @abstractmethod
    def _live(self, job: RenderJob) -> RenderJob:
        """The job with the progress of a render under way, where one can be seen."""

    def find(self, account_id: str, render_id: str) -> RenderJob | None:
        """The account's job with this id, if any, as it is now."""
        job = self.rows.find(account_id, render_id)
        return None if job is None else self._live(job)

    def get(self, account_id: str, render_id: str) -> RenderJob:
        """The account's job with this id as it is now, or RenderNotFound."""
        return self._live(self.rows.get(account_id, render_id))

    def submit(
        self,
        account_id: str,
        render_id: str,
        session_id: str,
        request: RenderRequest,
        hold: str | None,
        check: Callable[[float, float], None] | None = None,
    ) -> tuple[RenderJob, bool]:
        """Queue a job: ``(job, new)``; an id seen before returns the job it already names.
        ``check`` may refuse a new job from the account's seconds of the day (RenderRows.insert)."""
        new = self.rows.insert(
            account_id,
            render_id,
            session_id,
            request.row(),
            hold=hold,
            seconds=request.seconds,
            check=check,
        )
        if new:
            self._queue(self.rows.get(account_id, render_id))
        return self.get(account_id, render_id), new

    def completed(self, account_id: str, session_id: str) -> list[RenderJob]:
        """Finished renders of a session, oldest first."""
        return self.rows.completed(account_id, session_id)

    def output_file(self, job: RenderJob) -> Path | None:
        """The finished video on disk, if the job completed and the file is still there."""
        return self.rows.output_file(job)

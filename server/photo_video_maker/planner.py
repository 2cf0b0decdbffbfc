"""A draft made ready to render: checked, laid out, in frames, its files read once.

The renderer takes only the frame plan (model/plan.py): what it needs to know of the files
(a photo's size, a clip's sound) is read here, once, with media/probe, and carried in the
plan, so that render/ knows nothing of drafts and probes nothing again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .media.probe import probe
from .model.draft import Draft, check_draft
from .model.layout import relayout
from .model.plan import FramePlan, SourceFacts, make_plan
from .render.boundary import boundary

Resolve = Callable[[str], Path]


def plan_render(draft: Draft, resolve: Resolve) -> FramePlan:
    """The frame plan of ``draft``, with the facts of every photo and clip it shows.

    Raises DraftError for a draft that breaks the contract, NothingToRender for an empty
    timeline, and the media errors of ``probe`` for a file that cannot be read.
    """
    with boundary("the render"):  # a bug while reading the files is logged, as in a render
        check_draft(draft)
        return make_plan(relayout(draft), facts_of(resolve))


def facts_of(resolve: Resolve) -> Callable[[str], SourceFacts]:
    """Reads each file's facts from its headers, once however often it is shown."""
    known: dict[str, SourceFacts] = {}

    def facts(src: str) -> SourceFacts:
        if src not in known:
            info = probe(resolve(src))
            known[src] = SourceFacts(info.width, info.height, info.duration_ms, info.has_audio)
        return known[src]

    return facts

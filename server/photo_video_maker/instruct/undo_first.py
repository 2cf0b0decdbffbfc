""" "hmm too long, go back", "too loud, undo": the complaint is why the change is taken back,
not a second request; the reading was a step and then an undo, which the backend refuses
("undo can only be the first operation"), so the person read an internal error. An undo said
after an exact request ("make them 4 seconds, undo") is still done first."""

from __future__ import annotations

from ..model.edit_types import Edit, Undo


def undo_first(edits: list[Edit]) -> list[Edit]:
    """The undo first; a relative step said before it (a complaint) dropped."""
    at = next((k for k, e in enumerate(edits) if isinstance(e, Undo)), None)
    if not at:  # none, or already first
        return edits
    before = [e for e in edits[:at] if getattr(e, "factor", None) is None]
    return [edits[at], *before, *edits[at + 1 :]]

""" "hmm too long, go back", "too loud, undo": the complaint is why the change is taken back,
not a second request; the reading was a step and then an undo, which the backend refuses
("undo can only be the first operation"), so the person read an internal error. A "don't want
this" before it ("不要这个 换回原来的" after the music changed) is the same complaint, not a
removal of the music. An undo said after an exact request ("make them 4 seconds, undo") is
still done first."""

from __future__ import annotations

from ..model.edit_types import Edit, RemoveMusic, RemoveText, Undo

# "不要这个": a removal of the thing just changed, said as the reason to go back
REJECTED = (RemoveMusic, RemoveText)


def undo_first(edits: list[Edit]) -> list[Edit]:
    """The undo first; a relative step said before it (a complaint) dropped."""
    at = next((k for k, e in enumerate(edits) if isinstance(e, Undo)), None)
    if not at:  # none, or already first
        return edits
    before = [
        e for e in edits[:at] if getattr(e, "factor", None) is None and not isinstance(e, REJECTED)
    ]
    return [edits[at], *before, *edits[at + 1 :]]

"""Cutting to the beat needs a song to take the beats from.

"做个卡点视频", "make it cut to the beat" with no music yet: a person asking for a video that
follows the beat wants music, so upbeat music comes first (the reply says so); music named in
the same sentence ("cut to the beat with calm music") is put before the cut, whose beats it gives.
"""

from __future__ import annotations

from ..model.draft import Draft
from ..model.edit_types import CutToBeat, Edit, RemoveMusic, SetMusic


def music_first(edits: list[Edit], draft: Draft) -> list[Edit]:
    cut = next((k for k, edit in enumerate(edits) if isinstance(edit, CutToBeat)), None)
    if cut is None:
        return edits
    named = [e for e in edits[cut + 1 :] if isinstance(e, SetMusic)]
    if named:  # "卡点，音乐要动感的": the named song gives the beats
        rest = [e for e in edits if not any(e is n for n in named)]
        return [*rest[:cut], *named, *rest[cut:]]
    before = edits[:cut]
    has_music = draft.bgm_track() is not None and not any(
        isinstance(e, RemoveMusic) for e in before
    )
    if has_music or any(isinstance(e, SetMusic) for e in before):
        return edits
    return [*before, SetMusic(source="upbeat"), *edits[cut:]]

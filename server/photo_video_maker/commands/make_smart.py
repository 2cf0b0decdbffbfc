"""The smart options of ``make`` (``--cull``, ``--cuts beat``, ``--length song``,
``--captions``): typed edits, applied by the same code as the chat's and MCP's."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..backends.facts import FileFacts
from ..model.draft import Draft
from ..model.edit_photo_smart import UNDO_EN
from ..model.edit_types import Cull, CutToBeat, DateCaptions, Edit, LengthToSong, SetTotalLength
from ..model.edits import apply_edits
from ..model.layout import MediaRef


def smart_edits(
    draft: Draft, args: argparse.Namespace, refs: list[MediaRef], files: dict[str, Path]
) -> tuple[Draft, list[str]]:
    """The draft with the smart options applied, and one sentence for each (for the summary).

    Culling goes first, so the beats and the song's length are shared by the photos that stay.
    """
    edits: list[Edit] = []
    if args.cull:
        edits.append(Cull())
    if args.cuts == "beat":
        edits.append(CutToBeat())
        if isinstance(args.length, float | int):  # the total, kept: it ends on a beat near it
            edits.append(SetTotalLength(seconds=float(args.length)))
    if args.length == "song":
        edits.append(LengthToSong())
    if args.captions != "none":
        edits.append(DateCaptions(place=args.captions == "date-place"))
    if not edits:
        return draft, []
    media = {ref.id: ref for ref in refs}
    draft, told = apply_edits(draft, edits, media, facts=FileFacts(files.__getitem__))
    # there is no undo on the command line: the same command without --cull keeps them all
    return draft, [line.replace(UNDO_EN, " (without --cull all stay)") for line in told]

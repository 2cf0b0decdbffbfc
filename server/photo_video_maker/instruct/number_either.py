"""Two lengths with "or" between them ("3 or 4 seconds per photo", "2 or 3 sec each"): the
same request with either number, asked (not "each photo or the whole video" about the first)."""

from __future__ import annotations

from collections.abc import Callable

from ..model.edit_types import Edit
from .context import Ctx
from .entities import Tok
from .intents import said
from .reading import Option


def number_either(
    text: str, toks: list[Tok], reread: Callable[[str], list[Edit]], ctx: Ctx
) -> list[Option]:
    for k in range(1, len(toks) - 1):
        a, b = toks[k - 1], toks[k + 1]
        if toks[k].kind != "or" or a.kind != "dur" or b.kind != "dur" or a.end > toks[k].start:
            continue
        if not isinstance(a.value, float | int) or not isinstance(b.value, float | int):
            continue
        edits = reread(text[: a.start] + text[b.start :])  # "4 seconds per photo"
        first = [_with(edit, float(b.value), float(a.value)) for edit in edits]
        if not edits or first == edits:
            continue  # the number is not in what was read: nothing to choose between
        return [
            Option(said(ctx, f"{a.value / 1000:g} s", f"{a.value / 1000:g} 秒"), first),
            Option(said(ctx, f"{b.value / 1000:g} s", f"{b.value / 1000:g} 秒"), edits),
        ]
    return []


def _with(edit: Edit, ms: float, other: float) -> Edit:
    """The edit with the length said (seconds or ms) replaced by the other one."""
    update: dict[str, float | int] = {}
    for field, value in edit.model_dump().items():
        if not isinstance(value, float | int) or isinstance(value, bool):
            continue
        if field.endswith("ms") and value == round(ms):
            update[field] = round(other)
        elif field == "seconds" and abs(value - ms / 1000) < 1e-6:
            update[field] = other / 1000
    return edit.model_copy(update=update) if update else edit

"""Where an export may be written: the exports folder and the allowed folders, nowhere else.

The path comes from a person or a model and is untrusted: ``..`` and symlinks are resolved
before the check, and the check comes before any question of existence, so a refusal never
tells whether a folder outside exists.
"""

from __future__ import annotations

from pathlib import Path

from ..config import Settings
from ..errors import InputError
from ..media.collect import within


def checked_output(requested: str, extension: str, settings: Settings) -> Path:
    """The real path to write for ``requested`` (relative: inside the exports folder), with
    ``extension`` added when it has another; InputError when it leads outside the exports folder
    and ``settings.allowed_roots``, or into a folder that does not exist."""
    out = Path(requested).expanduser()
    if not out.is_absolute():
        out = settings.exports_dir / out
    if out.suffix.lower() != extension:
        out = out.with_name(out.name + extension)
    try:
        real = out.resolve()
    except (OSError, RuntimeError, ValueError):  # a NUL in the path, a symlink loop
        raise InputError(f"cannot write to {requested!r}", "Pick a plain file name") from None
    places = (settings.exports_dir, *settings.allowed_roots)
    if not within(real, places):
        shown = ", ".join(str(p) for p in places)
        raise InputError(
            f"cannot write to {out.parent}: videos are written only inside the exports folder "
            "and the allowed folders",
            f"Pick a path inside one of: {shown} (a plain file name goes to the exports folder)",
        )
    if real.parent == settings.exports_dir.resolve():
        real.parent.mkdir(parents=True, exist_ok=True)
    if not real.parent.is_dir():
        raise InputError(f"the folder {out.parent} does not exist", "Create it first")
    return real

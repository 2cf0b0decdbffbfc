"""Share by size: a file-size limit on the draft ("small enough for WhatsApp").

The limit lives in the draft's metadata (``m.max_size``, bytes, and ``m.size_for``, who it is
for), so that every way a video is made honours it the same: the CLI, a chat turn, the MCP
``edit``/``export`` tools and the HTTP service all render the draft through one engine. The
renderer chooses the bitrate to meet it (render/size_target.py).
"""

from __future__ import annotations

import re

from ..errors import InputError, shorten
from .draft import Draft
from .edit_common import EditContext
from .edit_types import SetSizeLimit
from .lang import say

MB = 1_000_000  # as apps and mail servers count their limits: 16 MB is 16,000,000 bytes
# who it is for -> (the name in a reply, the limit); the services' own limits for a file sent
PRESETS: dict[str, tuple[str, int]] = {
    "whatsapp": ("WhatsApp", 16 * MB),
    "email": ("email", 25 * MB),
    "discord": ("Discord", 10 * MB),
}
MIN_BYTES = 1 * MB  # below this not even a few seconds of video look like anything
MAX_BYTES = 4_000 * MB
_UNITS = {"": MB, "b": 1, "kb": 1000, "k": 1000, "mb": MB, "m": MB, "gb": 1000 * MB, "g": 1000 * MB}
_SIZE = re.compile(r"\s*(\d+(?:[.,]\d+)?)\s*([kmg]?b?)\s*", re.IGNORECASE)


def parse_size(text: str) -> int:
    """Bytes from "16MB", "16 mb", "500KB", "1.5GB" or a bare number of MB."""
    found = _SIZE.fullmatch(text)
    if found is None:
        raise InputError(
            f"cannot read the size {shorten(text)}", 'Give it like "16MB", "500KB" or "1.5GB"'
        )
    value = float(found.group(1).replace(",", "."))
    return _checked(round(value * _UNITS[found.group(2).lower()]))


def preset_size(name: str) -> tuple[str, int]:
    """(label, bytes) of a preset: whatsapp, email or discord."""
    key = name.strip().lower()
    if key not in PRESETS:
        raise InputError(
            f"no size preset {shorten(name)}", f"Use one of {', '.join(PRESETS)}, or a size"
        )
    return PRESETS[key]


def _checked(size: int) -> int:
    if not MIN_BYTES <= size <= MAX_BYTES:
        raise InputError(
            f"a size limit of {size / MB:g} MB is out of range",
            f"Use {MIN_BYTES // MB} MB to {MAX_BYTES // MB} MB",
        )
    return size


def set_size_limit(draft: Draft, size: int | None, label: str | None = None) -> str:
    """Set (or, with None, remove) the draft's file-size limit; what changed, for a person."""
    extra = draft.m.model_extra
    assert extra is not None  # Meta keeps extra keys: look, fades, and these
    if size is None:
        had = extra.pop("max_size", None) is not None
        extra.pop("size_for", None)
        return "no size limit any more" if had else "there was no size limit"
    extra["max_size"] = _checked(size)
    if label:
        extra["size_for"] = label
    else:
        extra.pop("size_for", None)
    return f"the video will be made at most {describe(size, label)}"


def size_limit_edit(draft: Draft, edit: SetSizeLimit, ctx: EditContext) -> str:
    """The typed edit (chat, MCP ``edit``, HTTP): the same change the CLI's flags make."""
    if edit.off:
        had = size_limit(draft) is not None
        set_size_limit(draft, None)
        if had:
            return say(ctx.lang, "The video has no size limit any more", "已取消文件大小限制")
        return say(ctx.lang, "The video had no size limit", "视频本来就没有大小限制")
    if edit.target is not None:
        label, size = preset_size(edit.target)
    else:
        label, size = None, round((edit.mb or 0) * MB)
    set_size_limit(draft, size, label)
    limit = describe(size, label)
    zh_for = {"WhatsApp": "WhatsApp 的上限", "email": "邮件附件的上限", "Discord": "Discord 的上限"}
    zh = f"{size / MB:g} MB" + (f"（{zh_for[label]}）" if label else "")
    return say(
        ctx.lang,
        f"The video will be made to fit {limit}",
        f"视频将压缩到 {zh} 以内",
    )


def size_limit_edit_for(said: str) -> SetSizeLimit:
    """The edit for a size as an export option takes it: a preset name or a size."""
    key = said.strip().lower()
    if key in PRESETS:
        return SetSizeLimit(target=key)
    return SetSizeLimit(mb=parse_size(said) / MB)


def size_limit(draft: Draft) -> tuple[int, str | None] | None:
    """The draft's file-size limit and who it is for, or None."""
    extra = draft.m.model_extra or {}
    size = extra.get("max_size")
    if not isinstance(size, int) or isinstance(size, bool) or size <= 0:
        return None
    label = extra.get("size_for")
    return size, label if isinstance(label, str) and label else None


def describe(size: int, label: str | None) -> str:
    """How a limit is said: "16 MB, WhatsApp's limit"."""
    mb = f"{size / MB:g} MB"
    if label is None:
        return mb
    who = "an email attachment" if label == "email" else label
    return f"{mb}, {who}'s limit"


def within_limit(result: dict[str, object]) -> str:
    """ ", within 16 MB, WhatsApp's limit" for a render result (a job's record) made within a
    size limit; empty for one made without."""
    limit, size, label = (
        result.get("limit_bytes"),
        result.get("size_bytes"),
        result.get("limit_for"),
    )
    if not isinstance(limit, int) or not isinstance(size, int) or size > limit:
        return ""
    return f", within {describe(limit, label if isinstance(label, str) else None)}"

"""Where the video goes, said after a size as why: "just 720 hd, it's for email", "720p, it's
for whatsapp". The size was given outright; the place it is sent to explains it and asks for
nothing more (no file-size limit on top of the resolution)."""

from __future__ import annotations

from .entities import Tok

SIZES = ("res",)  # a resolution said outright


def share_as_reason(toks: list[Tok]) -> list[Tok]:
    """A place to send to that is a clause of its own, after a resolution, is a reason."""
    out = list(toks)
    for k, tok in enumerate(out):
        if tok.kind != "share" or k < 2 or out[k - 1].kind != "sep":
            continue
        alone = k + 1 == len(out) or out[k + 1].kind == "sep"
        said = [t.kind for t in out[: k - 1]]
        if alone and said and said[-1] in SIZES and "sep" not in said:
            out[k] = Tok("reason", None, tok.start, tok.end, tok.surface)
    return out

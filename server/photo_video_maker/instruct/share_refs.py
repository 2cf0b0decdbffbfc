"""Where a smaller file is sent, said as the reason for making it smaller: "compress it so i
can email it", "shrink it for whatsapp". Told on its own, "for whatsapp" or "so i can email
it" is an explanation around another request ("drop it to 720p for whatsapp" only lowers
the resolution); after a word of making the file smaller it is the size the file must fit."""

from __future__ import annotations

from .entities import Tok

# the words that make the file smaller ("compress" is its own keyword; "shrink" is "smaller")
SHRINKING = ("compress", "smaller", "fits_in")
# reasons that are themselves about the file's size ("make the file smaller, 720p is fine")
FILE_SMALLER = ("file smaller", "smaller file", "file size", "file is too big", "too big")
# what a reason or an unknown request says about where the file goes -> the share target
TARGETS: tuple[tuple[str, str], ...] = (
    ("whatsapp", "whatsapp"), ("whats app", "whatsapp"), ("discord", "discord"),
    ("e-mail", "email"), ("email", "email"), ("mail", "email"),
)  # fmt: skip
CLAUSE_ENDS = ("sep", "and", "then")


def _target(tok: Tok) -> str | None:
    if tok.kind == "share":
        return str(tok.value)
    if tok.kind not in ("reason", "unsupported", "?"):
        return None
    said = tok.surface.lower()
    return next((target for word, target in TARGETS if word in said), None)


def _shrinks(tok: Tok) -> bool:
    file_size = tok.kind == "reason" and any(w in tok.surface.lower() for w in FILE_SMALLER)
    return tok.kind in SHRINKING or file_size


def sent_to(toks: list[Tok]) -> list[Tok]:
    """After a shrinking word, the reason that names WhatsApp, email or Discord becomes the
    share target; the words that lead up to it ("so i can send it") go with it."""
    out: list[Tok] = []
    shrink: Tok | None = None  # the clause's shrinking word, once said
    waiting: list[Tok] = []  # words after it that may lead up to where the file goes
    for tok in toks:
        if tok.kind in CLAUSE_ENDS:
            shrink, out, waiting = None, out + waiting, []
        target = _target(tok) if shrink is not None else None
        if shrink is not None and target is not None:
            if shrink.kind == "reason":  # "make the file smaller for whatsapp"
                out[out.index(shrink)] = Tok("compress", None, shrink.start, shrink.end, "")
            start = waiting[0].start if waiting else tok.start
            out.append(Tok("share", target, start, tok.end, tok.surface))
            shrink, waiting = None, []
            continue
        if shrink is not None and (waiting or tok.kind == "reason"):
            waiting.append(tok)
            continue
        out.append(tok)
        if _shrinks(tok):
            shrink = tok
    return out + waiting

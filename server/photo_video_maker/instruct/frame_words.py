"""How people name a shape without its sign: "make it instagram ready", "tiktok friendly", "make
it fit on a phone screen" (the platform's shape, not a file small enough to send), "make it
9 16" (a ratio typed with a space)."""

from __future__ import annotations

import re

from .entities import Tok

# words after a platform that say "in its shape" ("instagram ready"), not a request of their own
SUITED = ("ready", "friendly", "compatible", "optimized", "optimised", "format", "style")
# ratios typed with a space that no pair of photo numbers or lengths would be
SPACED_RATIOS = {(9, 16): "9:16", (16, 9): "16:9", (21, 9): "21:9"}


def platform_shaped(toks: list[Tok]) -> list[Tok]:
    """A platform with "ready"/"friendly" after it, or "fit on" before it, is its shape."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        prev = toks[k - 1] if k > 0 else None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        suited = tok.surface.lower() in SUITED and tok.kind in ("done_bare", "?", "format")
        if suited and prev is not None and prev.kind == "platform":
            continue  # "instagram ready": the word only says "for instagram"
        if tok.kind == "fits_in" and nxt is not None and nxt.kind == "platform":
            continue  # "fit on a phone screen": the phone's shape, not a size limit
        out.append(tok)
    return out


# "fit the dog photo to the screen": the verb, a photo, then the screen it must fit
FIT_ONE = re.compile(
    r"\bfit\b(.{1,40}?)\b(?:to|in|into|on|inside|within) (?:the )?(?:screen|frame)\b"
)


def one_photo_fitted(toks: list[Tok], orig: str) -> list[Tok]:
    """ "fit the dog photo to the screen", "fit photo 3 in the frame": that photo shown whole
    (the verb is a filler elsewhere, and "to the screen" alone is no fit)."""
    found = FIT_ONE.search(orig.lower())
    if found is None:
        return toks
    inside = [t for t in toks if found.start() <= t.start and t.end <= found.end()]
    named = [t for t in inside if t.kind in ("photo", "ord", "pic")]
    if not named or any(t.kind not in ("photo", "ord", "pic", "to", "in", "num") for t in inside):
        return toks
    said = orig[named[-1].end : found.end()]
    place = Tok("fit", "contain", named[-1].end, found.end(), said.strip())
    kept = [t for t in toks if t.end <= named[-1].end or t.start >= found.end()]
    at = next((k for k, t in enumerate(kept) if t.start >= found.end()), len(kept))
    return [*kept[:at], place, *kept[at:]]


def spaced_ratio(toks: list[Tok], orig: str) -> list[Tok]:
    """ "make it 9 16": two numbers of a known ratio with only a space between."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        after = toks[k + 2] if k + 2 < len(toks) else None
        if tok.kind == "num" and nxt is not None and nxt.kind == "num":
            pair = (tok.value, nxt.value)
            ratio = SPACED_RATIOS.get((int(tok.value), int(nxt.value))) if _whole(pair) else None
            spaced = not orig[tok.end : nxt.start].strip()
            if ratio is not None and spaced and (after is None or after.kind != "unit"):
                out.append(Tok("aspect", ratio, tok.start, nxt.end, orig[tok.start : nxt.end]))
                k += 2
                continue
        out.append(tok)
        k += 1
    return out


def _whole(pair: tuple[object, object]) -> bool:
    return all(isinstance(v, int | float) and float(v).is_integer() for v in pair)

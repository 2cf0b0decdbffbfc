"""A photo said only as "one of the photos" ("make one of the pics longer", "move one photo to
the end"): which one is not said, so nothing changes and the person is asked, with each photo
as an option (the sentence read again with that photo's number in its place). Read without it,
the sentence would change every photo.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model.edit_types import Edit
from ..model.lang import item_name
from .context import Ctx
from .entities import Tok
from .reading import Option
from .unknown_photo import changes_nothing

KIND = "one_photo"
_PICS = r"(?:photos?|pics?|pictures?|images?|shots?|slides?|snaps?|ones)"
SAID = re.compile(
    r"\b(?:(?:just\s+|only\s+)?one\s+of\s+(?:the\s+|my\s+|these\s+|those\s+|our\s+|them\b)?"
    r"(?:\s*" + _PICS + r")?|one\s+(?:photo|pic|picture|image|shot|slide|snap)|"
    r"(?:a\s+)?(?:certain|random|single)\s+(?:photo|pic|picture|image|shot|slide))\b",
    re.IGNORECASE,
)
AFTER = ("pic", "photos", "it")
# "each one of the photos", "which one of the pics", "from one photo to the next"
LEAD = ("each", "every", "any", "no", "not", "which", "than", "and", "from", "at", "than")
ONWARD = re.compile(
    r"\s*(?:to\s+(?:the\s+)?(?:next|another|other)|after\s+(?:another|the\s+other)|at\s+a\s+time|"
    r"by\s+one|per\s+)",
    re.IGNORECASE,
)  # the noun read after "one of the"


def one_of_them(toks: list[Tok], orig: str) -> list[Tok]:
    """The words "one of the pics" as one token no template takes."""
    for found in reversed(list(SAID.finditer(orig))):
        start, end = found.start(), found.end()
        before = orig[:start].lower().rstrip()
        if before.endswith(LEAD) or ONWARD.match(orig, end):
            continue  # "each one of the photos", "from one photo to the next": not one unnamed
        inside = [n for n, t in enumerate(toks) if t.start >= start and 0 <= t.end <= end]
        if any(toks[n].kind not in AFTER for n in inside):
            continue
        reaching = any(t.start < end < t.end or t.start < start < t.end for t in toks)
        if reaching:
            continue
        at = (
            inside[0]
            if inside
            else next((n for n, t in enumerate(toks) if t.start >= end), len(toks))
        )
        kept = [t for n, t in enumerate(toks) if n not in set(inside)]
        toks = [*kept[:at], Tok(KIND, None, start, end, found.group(0)), *kept[at:]]
    return toks


def which_one(
    text: str, toks: list[Tok], ctx: Ctx, reread: Callable[[str], list[Edit]]
) -> list[Option]:
    """Each photo as an option when the sentence acts on "one of the photos"."""
    said = [t for t in toks if t.kind == KIND]
    if len(said) != 1:
        return []
    begin, end = said[0].start, said[0].end
    options: list[Option] = []
    for number, seg in enumerate(ctx.segments(), 1):
        if seg.m.kind == "video":
            continue
        edits = reread(text[:begin] + f"photo {number}" + text[end:])
        if not edits:
            return []
        if changes_nothing(ctx, edits):
            continue
        options.append(Option(item_name(seg.m.kind, number, seg.m.name, ctx.lang), edits))
    kinds = {tuple(edit.kind for edit in option.edits) for option in options}
    changes = {tuple(edit.model_dump_json() for edit in option.edits) for option in options}
    if len(options) < 2 or len(kinds) != 1 or len(changes) < len(options):
        return []  # not a change of one photo
    return options

"""Right after something was taken off, the person wants it back: "刚才那个不删了", "还是不删了",
"恢复第四张", "第二张还是要的", "don't delete it" after a removal; "还是要转场" after the
transitions were taken off, "还是要音乐" after the music, "原声还是要的" after the clips were
muted. The change is taken back (before, a
photo named was read as one more removal: "恢复第四张" removed the photo now fourth; and "还是要
转场" was not understood).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model.edit_types import (
    Edit,
    MuteClips,
    Remove,
    RemoveMusic,
    RemoveText,
    SetMotion,
    SetTransition,
    Undo,
)
from .entities import Tok
from .fillers import SOFT

# every word of such a sentence is one of these: "that", "no", "keep", "undo", "wrong", ...
ABOUT = {"it", "just", "sep", "wrong", "or", "not", "no", "remove", "keep", "undo", "then"}
ABOUT |= {"again", "instead"}
# "第二张还是要的", "还是要转场", "刚才那张我还要": wanted after all, said without a verb of keeping
AFTER_ALL = re.compile(r"\bafter all\b")
WANTED = re.compile(r"还是要|还要|要回|要的[吧啊呀]?$|要留|^要")


def _subjects(edit: Edit) -> set[str] | None:
    """The words that name what ``edit`` took off (None: it took nothing off)."""
    if isinstance(edit, Remove):
        return {"photo", "pic"}
    if isinstance(edit, RemoveMusic):
        return {"music", "song"}
    if isinstance(edit, SetTransition) and edit.name == "none":
        return {"transition"}
    if isinstance(edit, SetMotion) and edit.on is False:
        return {"motion"}
    if isinstance(edit, RemoveText):
        return {"title", "caption", "closing", "textnoun"}
    if isinstance(edit, MuteClips) and edit.on:
        return {"clip_sound"}  # "视频声音还是要的" after the clips were muted
    return None


def brought_back(text: str, toks: list[Tok], last: Sequence[Edit]) -> list[Edit] | None:
    """The last change taken back, when it took something off and the sentence asks for
    nothing but that thing back."""
    said = [_subjects(edit) for edit in last]
    if not last or any(s is None for s in said) or not toks:
        return None  # (a bare "要" may answer something else)
    subjects = set().union(*(s for s in said if s is not None))
    move_named = any(t.kind == "motion" and not t.surface.endswith("动") for t in toks)
    if "motion" in subjects and move_named:  # "还是要动" (no move named): the undo
        # "动效加回来", "动效还是要的": the camera's move named is turned on, as said (as
        # "把动效重新打开" is), never an undo beside it
        return None
    toks = [_back(t) for t in toks]  # "还是加回来", "放回去": added back is kept
    after_all = AFTER_ALL.search(text.lower()) is not None  # "some music after all"
    if after_all:
        toks = [t for t in toks if text[t.start : t.end].lower() not in ("after", "all")]
    if any(t.kind not in ABOUT | subjects and t.kind not in SOFT for t in toks):
        return None
    kinds = [t.kind for t in toks if t.kind != "sep"]
    removals = [k for k, kind in enumerate(kinds) if kind == "remove"]
    negated = [k for k in removals if k and kinds[k - 1] in ("not", "no")]
    if len(negated) != len(removals):
        return None  # "恢复第二张，删掉第三张": a removal asked too
    back = bool(negated) or any(k in ("keep", "undo") for k in kinds) or bool(WANTED.search(text))
    back = back or after_all
    if not back:
        return None
    named = [t.value for t in toks if t.kind == "photo"]
    if named:
        removed = {e.index for e in last if isinstance(e, Remove)} | {
            e.name.lower() for e in last if isinstance(e, Remove) and e.name
        }
        photos = {n.lower() if isinstance(n, str) else n for n in named}
        if len(last) != 1 or not photos <= removed:
            return None  # another photo than the one just removed: read as said
    if all(isinstance(edit, MuteClips) for edit in last):
        return [MuteClips(on=False)]  # the sound turned back on, as said ("keep the clip sound")
    songs = [t for t in toks if t.kind in ("song", "builtin") and t.value]
    if songs and any(isinstance(edit, RemoveMusic) for edit in last):
        return None  # "把summer breeze加回来": that song, read as said (not the one removed)
    return [Undo()]


BACK = ("加回", "放回", "拿回", "装回", " back")  # never "做回幻灯片": made into one again


def _back(tok: Tok) -> Tok:
    """ "加回来", "放回去", "add it back": an adding that brings back is a keeping."""
    if tok.kind in ("add", "put") and any(w in tok.surface for w in BACK):
        return Tok("keep", None, tok.start, tok.end, tok.surface)
    return tok


# what "…不要删" may be about: a photo, the music, a text
KEPT = ABOUT | {"photo", "pic", "ord", "clip", "music", "song", "transition"}
KEPT |= {"title", "caption", "closing", "textnoun", "off"}

PLACING = ("put", "place", "move", "stick", "bring")


def kept_anyway(toks: list[Tok]) -> bool:
    """ "第四张不要删", "第四张别删", "别删第四张", "音乐不要关": nothing is to go, so nothing
    changes (the photo named was removed, the music turned off: the "不要" was read as "don't
    want")."""
    if any(t.kind not in KEPT and t.kind not in SOFT for t in toks):
        return False
    if any(t.kind == "move" or (t.kind == "put" and t.surface in PLACING) for t in toks):
        return False  # "put the dog one first, don't remove it": a move, said not to remove
    kinds = [t.kind for t in toks if t.kind != "sep"]
    removals = [k for k, kind in enumerate(kinds) if kind in ("remove", "off")]  # 关 turns off
    negated = [k for k in removals if k and kinds[k - 1] in ("not", "no")]
    return bool(removals) and negated == removals

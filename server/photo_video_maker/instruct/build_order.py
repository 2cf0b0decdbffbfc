"""Builders for the order of photos: reverse, sort, shuffle, move, swap, remove (also as a
dislike with a reason: "the fifth one is blurry, leave it out"), and undo."""

from __future__ import annotations

from typing import Any

from ..model.edit_types import (
    Edit,
    Move,
    Redo,
    Remove,
    Reverse,
    SetSecondsPerPhoto,
    SetTransition,
    Shuffle,
    Sort,
    Swap,
    TextTarget,
    Undo,
)
from .context import Ctx
from .entities import Tok
from .intents import Out, Slots, intent, refuse, said
from .reading import Option

PLACES = ("photo", "ord")
TEXTS: dict[str, TextTarget] = {
    "title": "title",
    "caption": "captions",
    "closing": "closing",
    "textnoun": "all",
}


@intent("reverse")
def reverse(slots: Slots, ctx: Ctx) -> Out:
    return Out([Reverse()])


@intent("sort")
def sort(slots: Slots, ctx: Ctx) -> Out:
    keys = [str(tok.value) for tok in slots.all("sort_key")]  # "by date, newest first"
    keys = keys or ["date"]  # "sort by the dates": the date said as a caption's word
    key = next((k for k in keys if k.endswith("_desc")), keys[0])
    last = slots.has("end") or slots.has("sign")  # "最新的放最后", "end with the newest"
    last = last or any(tok.value == -1 for tok in slots.all("ord"))  # "most recent last"
    return Out(
        [
            Sort(
                by="name" if key.startswith("name") else "date",
                reverse=key.endswith("_desc") != last,
            )
        ]
    )


@intent("sort_how")
def sort_how(slots: Slots, ctx: Ctx) -> Out:
    """ "排个序", "重新排一下": put in order, by what is not said: by date or by name?"""
    return Out(
        clarify=[
            Option(said(ctx, "By date, oldest first", "按拍摄时间，旧的在前"), [Sort(by="date")]),
            Option(said(ctx, "By date, newest first", "按拍摄时间，新的在前"),
                   [Sort(by="date", reverse=True)]),
            Option(said(ctx, "By file name", "按文件名"), [Sort(by="name")]),
        ]
    )  # fmt: skip


@intent("shuffle")
def shuffle(slots: Slots, ctx: Ctx) -> Out:
    return Out([Shuffle()])


@intent("undo")
def undo(slots: Slots, ctx: Ctx) -> Out:
    return Out([Undo()])


@intent("redo")
def redo(slots: Slots, ctx: Ctx) -> Out:
    return Out([Redo()])


@intent("undo_named")
def undo_named(slots: Slots, ctx: Ctx) -> Out:
    """ "undo the vertical", "undo the slide transitions": the change just made, taken back;
    when the last turn made no such change, which earlier value is meant is not known, so say
    how to get it back rather than set the value named."""
    kind = "aspect" if slots.has("aspect") else "transition"
    if any(edit.kind == kind for edit in ctx.last):
        return Out([Undo()])
    return refuse(
        "frame" if kind == "aspect" else "transition",
        ctx,
        "Say the shape or transition you want instead, or 'undo' to take the last change back.",
        "请说想要的比例或转场，或者说“撤销”退回上一步。",
    )


@intent("restore_removed")
def restore_removed(slots: Slots, ctx: Ctx) -> Out:
    """ "bring back the photo i deleted", "把刚删的那张加回来": the removal just made is undone;
    an older one would take back every change since, so say the two ways to get it back."""
    if any(isinstance(edit, Remove) for edit in ctx.last):
        return Out([Undo()])
    return refuse(
        "order",
        ctx,
        "Say 'undo' to take changes back one at a time, or upload the photo again.",
        "说“撤销”可以一步步退回，或者再上传一次那张照片。",
    )


def _index(tok: Tok, ctx: Ctx) -> int:
    return ctx.index_of(tok.value if isinstance(tok.value, str) else int(tok.value))


def _target(tok: Tok | None, ctx: Ctx) -> Any:
    """Where a photo goes: "start", "end" or a number."""
    if tok is None:
        return None
    if tok.kind == "start":
        return "start"
    if tok.kind in ("end", "sign"):  # "end on the dog pic"
        return "end"
    number = _index(tok, ctx) if tok.kind in PLACES else int(tok.value)
    if number == 1:
        return "start"
    if number == -1:
        return "end"
    return number


@intent("move")
def move(slots: Slots, ctx: Ctx) -> Out:
    """ "move the third photo to the beginning", "put the garden photo first", "第二张移到第四位"
    (to a place, a number, or where another photo is)."""
    places = slots.all(*PLACES)
    named = [isinstance(tok.value, str) for tok in places[:2]]
    if named == [False, True]:  # "the last photo should be the city": the city moves
        places = [places[1], places[0]]
    what = places[0]
    rest = [tok for tok in slots.toks if tok.kind in ("start", "end", "sign", "slot", "num")]
    to = _target(rest[0] if rest else places[1] if len(places) > 1 else None, ctx)
    return Out([Move(index=_index(what, ctx), to=to)])


@intent("move_rel")
def move_rel(slots: Slots, ctx: Ctx) -> Out:
    """ "put photo 5 after photo 1" (to 2), "put photo 1 before photo 4" (to 3)."""
    first, second = slots.all(*PLACES)[:2]
    i, j = _index(first, ctx), _index(second, ctx)
    n = len(ctx.segments())
    i_pos, j_pos = (i if i > 0 else n + 1 + i), (j if j > 0 else n + 1 + j)
    if slots.has("after"):
        to = j_pos + 1 if i_pos > j_pos else j_pos
    else:
        to = j_pos if i_pos > j_pos else j_pos - 1
    return Out([Move(index=i, to=to)])


@intent("swap")
def swap(slots: Slots, ctx: Ctx) -> Out:
    group = slots.get("photos")
    if group is not None and len(group.value) > 2:
        return Out(problem="order")  # "reverse the first three photos": no two to swap
    if group is not None and len(group.value) == 2:
        i, j = group.value
    else:
        a, b = slots.all(*PLACES, "num")[:2]
        i, j = _index(a, ctx), _index(b, ctx)
    return Out([Swap(i=i, j=j)])


@intent("remove")
def remove(slots: Slots, ctx: Ctx) -> Out:
    """By name when named, else by number; several numbers from the last, so none shifts."""
    edits: list[Edit] = []
    numbers: list[int] = []
    verb = slots.get("cut")
    one = slots.all("photo", "ord", "photos", "num")
    if verb is not None and verb.surface == "trim" and len(one) == 1 and one[0].kind != "photos":
        # "trim the clip" shortens it, it does not drop it ("trim 3": a bare number, a float)
        said = one[0].value
        index = ctx.index_of(int(said) if isinstance(said, float) else said)
        return Out([SetSecondsPerPhoto(factor=0.8, index=index)]) if index else Out()
    for tok in one:
        if tok.kind == "photos":
            numbers.extend(tok.value)
        elif isinstance(tok.value, str):
            edits.append(Remove(name=tok.value))
        else:
            numbers.append(int(tok.value))
    n = len(ctx.segments())
    numbers.sort(key=lambda k: k if k > 0 else n + 1 + k, reverse=True)
    return Out(edits + [Remove(index=k) for k in numbers])


@intent("remove_clip")
def remove_clip(slots: Slots, ctx: Ctx) -> Out:
    """ "remove the clip": the video's one clip; with several, which one?"""
    clips = [n for n, seg in enumerate(ctx.segments(), 1) if seg.m.kind == "video"]
    if len(clips) == 1:
        return Out([Remove(index=clips[0])])
    names = ctx.names_in_order()
    return Out(clarify=[Option(names[n - 1], [Remove(index=n)]) for n in clips])


@intent("remove_which")
def remove_which(slots: Slots, ctx: Ctx) -> Out:
    """ "remove it" with nothing said before: which one?"""
    if ctx.lang == "en" and not slots.has("remove", "pic"):
        return Out()  # "这张不要" in English words: "make it 30 secs and no transitions" is not it
    names = ctx.names_in_order()
    return Out(
        clarify=[
            Option(said(ctx, name, f"删掉第 {n} 张（{name}）"), [Remove(index=n)])
            for n, name in enumerate(names, 1)
        ]
    )


@intent("replace_photo")
def replace_photo(slots: Slots, ctx: Ctx) -> Out:
    """ "change the first one to the dog": swap them, or move the dog there?"""
    first, second = slots.all(*PLACES)[:2]
    i, j = _index(first, ctx), _index(second, ctx)
    return Out(
        clarify=[
            Option(
                said(ctx, f"Swap photos {i} and {j}", f"交换第 {i} 张和第 {j} 张"), [Swap(i=i, j=j)]
            ),
            Option(
                said(ctx, f"Move photo {j} to place {i}", f"把第 {j} 张移到第 {i} 位"),
                [Move(index=j, to="start" if i == 1 else i)],
            ),
        ]
    )


@intent("same")
def same(slots: Slots, ctx: Ctx) -> Out:
    """ "do the same for the third one", "same for the captions": the previous turn again."""
    done = [edit for edit in ctx.last if not isinstance(edit, Undo)]
    indices = [_index(tok, ctx) for tok in slots.all(*PLACES)]
    for tok in slots.all("photos"):
        indices.extend(tok.value)
    indices += [int(t.value) for t in slots.all("num") if float(t.value).is_integer()]
    indices += [int(t.value) for t in slots.all("pair")]  # the transition into the later one
    target = next((TEXTS[t.kind] for t in slots.toks if t.kind in TEXTS), None)
    edits: list[Edit] = []
    for edit in done:
        fields = type(edit).model_fields
        if indices and "index" in fields:
            edits += [edit.model_copy(update={"index": n}) for n in indices]
        elif slots.has("each", "pic") and isinstance(edit, SetTransition):
            # "slower transitions" then "the same for the photos": the photos' own time
            # stepped the same way (never the transitions again)
            if edit.factor is not None and edit.index is None:
                edits.append(SetSecondsPerPhoto(factor=edit.factor))
        elif slots.has("each", "pic") and "index" in fields:
            edits.append(edit.model_copy(update={"index": None}))
        elif target and "target" in fields:
            edits.append(edit.model_copy(update={"target": target}))
        elif target and "which" in fields:
            edits.append(edit.model_copy(update={"which": target}))
    if not edits:
        return refuse("general", ctx, "Say what to change for it.", "请说一下要对它做什么修改。")
    return Out(edits)


@intent("dislike")
def dislike(slots: Slots, ctx: Ctx) -> Out:
    """ "the fifth one is blurry": said, not asked; the sentence may go on to ask."""
    tok = slots.get(*PLACES)
    return Out(disliked=tok.value if tok is not None else None)

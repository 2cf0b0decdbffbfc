"""Phrases about order: reverse, sort by date, shuffle, move, swap, remove; and undo."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePath

from ..model.draft import Draft
from ..model.edits import Edit, Move, Remove, Reverse, Shuffle, Sort, Swap, Undo
from .numbers import INT_RE, ORD_EN_RE, ZH_INT_RE, ZH_REF_RE, parse_int, parse_ordinal, photo_ref
from .rules import Build, Ctx, Rule, RuleBook, group, ref

book = RuleBook()
A, B = photo_ref("a"), photo_ref("b")
REMOVE_EN = r"\b(?:remove|delete|drop|skip|get\s+rid\s+of|take\s+out|lose|throw\s+out)\s+"
REMOVE_ZH = r"(?:删除|删掉|去掉|去除|拿掉|移除|不要)(?:了)?"
# "remove the second transition" is not about the second photo
NOT_A_PHOTO = (
    r"(?!\s*(?:transitions?|titles?|captions?|texts?|songs?|music|seconds?|secs?|minutes?)\b)"
)
EXTENSIONS = r"jpe?g|png|heic|heif|webp|gif|bmp|tiff?|mp4|mov|m4v|avi|webm|mkv"
FILE = rf"(?P<name>[\w\-. ]*?[\w\-]\.(?:{EXTENSIONS}))\b"


@book.add(
    "order",
    r"\breverse(?:\s+(?:the\s+)?(?:order|photos|pictures|sequence|it|them|everything))?\b",
    r"\b(?:in\s+)?reverse\s+order\b|\bbackwards?\b|\blast\s+(?:photo\s+)?first\b",
    r"倒序|逆序|反转顺序|顺序反过来|反过来|倒过来|顺序颠倒|颠倒顺序|倒着放",
)
def reverse(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "reverse the order", "倒序"."""
    return [Reverse()]


@book.add(
    "order",
    r"\b(?:sort|order|arrange|put)\s+(?:them\s+|it\s+|(?:the\s+)?(?:photos|pictures|images)\s+)?"
    r"(?:by|in\s+order\s+of)\s+(?:the\s+)?(?:date|time|capture\s+(?:date|time)|when\s+(?:they\s+were|it\s+was)"
    r"\s+taken)(?:\s+taken)?\b",
    r"\b(?:in\s+)?chronological(?:ly)?(?:\s+order)?\b|\boldest\s+(?:photos?\s+)?first\b",
    r"\b(?P<newest>newest|latest|most\s+recent)\s+(?:photos?\s+|ones?\s+)?first\b",
    r"按(?:照)?(?:拍摄)?(?:时间|日期)(?:顺序)?(?:排序|排列|排)?|(?:按)?时间顺序(?:排列|排序)?",
)
def sort_by_date(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "sort by date", "newest first", "按时间排序"."""
    return [Sort(by="date", reverse=group(m, "newest") is not None)]


@book.add(
    "order",
    r"\bshuffle(?:\s+(?:the\s+)?(?:photos|pictures|order|them|it))?\b",
    r"\b(?:in\s+(?:a\s+)?)?random(?:ize|ise)?\s+(?:the\s+)?order\b|\brandomi[sz]e\b",
    r"\bmix\s+(?:up\s+)?(?:the\s+)?(?:photos|pictures|order)(?:\s+up)?\b",
    r"随机顺序|打乱(?:顺序)?|随机排序|随机排列|乱序",
)
def shuffle(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "shuffle", "random order", "随机顺序"."""
    return [Shuffle()]


START = r"start|beginning|front|first|最前面?|开头|最开始|前面|第一个?(?:位|张|个)?"
END = r"end|back|last|最后面?|末尾|结尾|最末|后面"


def _to(said: str) -> str | int | None:
    said = said.strip()
    if re.fullmatch(START, said, re.ASCII):
        return "start"
    if re.fullmatch(END, said, re.ASCII):
        return "end"
    number = re.search(rf"({INT_RE})", said, re.ASCII)
    if number:
        return parse_int(number.group(1))
    return parse_ordinal(said)


@book.add(
    "order",
    rf"\b(?:move|put|place|bring|take|shift)\s+{A}\s+(?:to\s+)?(?:the\s+)?(?P<to>start|beginning|front|end|back"
    rf"|(?:position|place|spot|slot)\s+{INT_RE}|{ORD_EN_RE}\s+(?:position|place|spot|slot))\b",
    rf"\b(?:put|place|move)\s+{A}\s+(?P<to>first|last)\b",
    rf"\bmake\s+{A}\s+(?:the\s+)?(?P<to>first|last)(?:\s+(?:one|photo|picture))?\b",
    rf"(?:把|将)?{A}(?:移|移动|放|挪|调|换|排)(?:到|至|去|在)?(?P<to>{START}|{END}|第{ZH_INT_RE}(?:位|张|个)"
    rf"(?:的?位置)?)",
)
def move(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "move the third photo to the beginning", "把第二张移到最后"."""
    index, to = ref(m, "a"), _to(group(m, "to") or "")
    if index is None or to is None:
        return None
    if to == 1:
        to = "start"
    return [Move(index=index, to=to)]


@book.add(
    "order",
    rf"\b(?:move|put|place)\s+{A}\s+(?P<rel>after|before|behind|in\s+front\s+of)\s+{B}",
    rf"(?:把|将)?{A}(?:移|移动|放|挪|调)(?:到)?{B}(?P<zrel>前面|后面|之前|之后|前|后)",
)
def move_next_to(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "put photo 5 after photo 1", "把第五张放到第一张后面"."""
    a, b = ref(m, "a"), ref(m, "b")
    if a is None or b is None:
        return None
    n = ctx.photo_count()
    i, j = (a if a > 0 else n + 1 + a), (b if b > 0 else n + 1 + b)
    rel = group(m, "rel", "zrel") or ""
    after = rel in ("after", "behind") or rel.startswith(("后", "之后"))
    # positions are counted after the photo has left its old place
    to = (j + 1 if i > j else j) if after else (j if i > j else j - 1)
    if to < 1:
        return None
    return [Move(index=i, to="start" if to == 1 else to)]


SWAP_REF = rf"(?:the\s+)?(?:(?:photos?|pictures?|images?|slides?)\s+)?(?:{INT_RE}|{ORD_EN_RE})"


@book.add(
    "order",
    rf"\b(?:swap|switch|exchange|trade|flip)\s+(?P<a>{SWAP_REF})(?:\s+(?:photos?|pictures?|ones?))?\s+"
    rf"(?:and|with|&)\s+(?P<b>{SWAP_REF})(?:\s+(?:photos?|pictures?|ones?))?",
    rf"(?:交换|互换|对调|调换|把)(?P<a>{ZH_REF_RE})(?:和|跟|与)(?P<b>{ZH_REF_RE})"
    r"(?:的位置)?(?:交换|互换|对调|调换|换一下|换个位置|换位置|交换位置)?",
    rf"(?P<a>{ZH_REF_RE})(?:和|跟|与)(?P<b>{ZH_REF_RE})(?:的位置)?(?:交换|互换|对调|调换|换一下|换个位置"
    r"|换位置|位置互换|交换位置)",
)
def swap(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "swap photos 2 and 4", "交换第一张和第三张"."""
    a, b = ref(m, "a"), ref(m, "b")
    return [Swap(i=a, j=b)] if a is not None and b is not None else None


@book.add(
    "order",
    rf"{REMOVE_EN}{A}{NOT_A_PHOTO}",
    rf"{REMOVE_ZH}{A}",
    rf"(?:把)?{A}(?:删除|删掉|去掉|拿掉|移除|不要了?)",
)
def remove(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "remove the last photo", "删除第三张"."""
    index = ref(m, "a")
    return [Remove(index=index)] if index is not None else None


@book.add(
    "order", rf"{REMOVE_EN}(?:the\s+)?(?:photo\s+|picture\s+|file\s+)?{FILE}", rf"{REMOVE_ZH}{FILE}"
)
def remove_file(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "delete beach.jpg"."""
    return [Remove(name=ctx.original(m, "name"))]


@book.add(
    "undo",
    r"^\s*(?:please\s+)?(?:undo|go\s+back|revert|take\s+(?:that|it)\s+back|change\s+it\s+back"
    r"|put\s+it\s+back)(?:\s+(?:that|it|this|the\s+last\s+(?:change|edit|step)|one\s+step|please))*\s*$",
    r"\bundo\b(?:\s+(?:that|it|the\s+last\s+(?:change|edit|step)))?",
    r"撤销|撤回|撤消|恢复上一步|返回上一步|回到上一步|退回上一步|取消上一步|上一步",
)
def undo(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
    """ "undo", "go back", "撤销"."""
    return [Undo()]


MOVE_EN = r"\b(?:move|put|place|make|use|have)\s+"
PLACE = (
    r"\s+(?:to\s+|at\s+|as\s+)?(?:the\s+)?"
    r"(?P<where>start|beginning|front|first(?:\s+one)?|end|last(?:\s+one)?)\b"
)
NOUN = r"(?:\s+(?:photo|picture|image|pic|one|shot))"


def _names(draft: Draft) -> list[tuple[str, list[str]]]:
    """Each photo's file name and the ways a person may call it: the stem, the file name,
    and the words of the stem that no other photo shares ("the sunset photo")."""
    track = draft.video_track()
    segs = track.sg if track is not None else []
    words = [set(re.findall(r"[a-z]{3,}", PurePath(g.m.name or "").stem.lower())) for g in segs]
    out: list[tuple[str, list[str]]] = []
    for i, seg in enumerate(segs):
        name = seg.m.name or ""
        stem = PurePath(name).stem.lower()
        if len(stem) < 3 or not re.fullmatch(r"[\w\-. ]+", stem, re.ASCII):
            out.append((name, []))
            continue
        shared = (
            set().union(*(w for j, w in enumerate(words) if j != i)) if len(words) > 1 else set()
        )
        unique = sorted(words[i] - shared - {"jpg", "jpeg", "png", "heic", "photo", "img", "the"})
        out.append((name, [re.escape(name.lower()), re.escape(stem), *map(re.escape, unique)]))
    return out


def photo_name_rules(draft: Draft) -> list[Rule]:
    """Rules for the names of the photos on the timeline: "delete beach", "去掉beach",
    "move wine.jpg to the start", "put the sunset photo first"."""
    book_now = RuleBook()
    for name, calls in _names(draft):
        if not calls:
            continue
        exact, loose = "|".join(calls[:2]), "|".join(calls)
        # a file name alone is enough; a word of it needs "photo" after it
        called = rf"(?:(?:{exact}){NOUN}?|(?:{loose}){NOUN})"
        who = rf"(?:the\s+)?(?:photo\s+|picture\s+)?(?<![\w]){called}(?![\w.])"
        book_now.add("order", rf"(?:{REMOVE_EN}|{REMOVE_ZH}){who}")(_remove_named(name))
        book_now.add("order", rf"{MOVE_EN}{who}{PLACE}")(_move_named(name))
    return book_now.rules


def _position_of(ctx: Ctx, name: str) -> int | None:
    track = ctx.draft.video_track()
    for i, seg in enumerate(track.sg if track is not None else []):
        if seg.m.name == name:
            return i + 1
    return None


def _move_named(name: str) -> Build:
    def build(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
        index = _position_of(ctx, name)
        where = group(m, "where") or ""
        if index is None:
            return None
        return [Move(index=index, to="start" if where[:1] in "sbf" else "end")]

    return build


def _remove_named(name: str) -> Build:
    def build(m: re.Match[str], ctx: Ctx) -> Sequence[Edit] | None:
        return [Remove(name=name)]

    return build


RULES = book.rules

"""When to ask instead of changing: the sentence could honestly mean two different edits.

- "longer or shorter", "make the title red or maybe gold": the edits on either side of "or";
- "make the title or the captions red": the same request with either subject;
- "faster but also slower": one change and its opposite;
- "the fifth one is blurry" with nothing asked about it: leave it out?

And questions that no template names but whose form asks ("is it under 30 seconds?", "是竖屏吗"):
they are answered from what they are about, never applied.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model.edit_types import (
    Edit,
    Move,
    Remove,
    SetAspect,
    SetCaption,
    SetFit,
    SetSecondsPerPhoto,
    Swap,
)
from .asked_softly import asked_softly
from .context import Ctx
from .entities import Tok
from .fillers import SOFT
from .intents import Out, said
from .match import Match
from .reading import Option, Question
from .tidy import direction, relative, same_target

ALTERNATIVES: tuple[str, ...] = (
    "title",
    "caption",
    "closing",
    "textnoun",
    "photo",
    "ord",
    "music",
    "transition",
)
ALTERNATIVES += ("color", "look", "mood", "aspect", "trans")  # "用粉色或者紫色": which one?
ALTERNATIVES += ("sort_key",)  # "新的在前还是旧的在前好": which order?
# what a question is about, most telling first
ASKED: list[tuple[tuple[str, ...], Question]] = [
    (("last_change",), "last_change"),
    (("help",), "help"),
    (("how_long", "length", "dur", "longer", "shorter"), "length"),  # "是不是太长了"
    (("export", "export_noun", "done", "done_bare", "where"), "output"),
    (("music", "volume", "mood", "song", "uploaded", "how_loud"), "music"),
    (("title", "caption", "closing", "textnoun", "says"), "texts"),
    (("aspect", "platform", "res", "fps", "fps_word", "size_word", "how_big", "size"), "format"),
    # "are the transitions crossfades?", "is it black and white?", "照片会动吗"
    (
        ("transition", "trans", "look", "filter_word", "motion", "still", "fade_out", "fade_in"),
        "style",
    ),
    (("how_many", "pic", "clip", "photo", "photos"), "count"),
]
REQUESTS = ("add", "remove", "change", "put", "move", "swap", "mute", "cut", "undo", "upload")
# asked for after "to" or in a later clause: "is there a way to make it vertical", "is it too
# long? make it shorter" ask for the change, not about the video
CHANGES = (*REQUESTS, "quieter", "louder", "shorter", "longer", "faster", "slower", "more", "less")
POLITE = ("能", "可以", "能不能", "可不可以", "麻烦", "请", "帮", "有没有办法", "有办法", "能否")
OFFERED = re.compile(r"有没有.*(?:一点|一些|点)的")
TAGS = ("可以吗", "行吗", "好吗", "好不好", "行不行", "可不可以", "ok吗", "成吗")  # asking nicely


# sounds a Chinese question may open with before "是…还是…" ("嗯", "额", "请问")
OPENING_SOUNDS: tuple[str, ...] = (
    "嗯",
    "额",
    "呃",
    "哦",
    "噢",
    "诶",
    "欸",
    "请问",
    "问一下",
    "问下",
)
OPENING_SOUNDS += ("那个", "我想问")
OPENING_SOUNDS += ("现在", "目前", "视频")  # "那个现在是横屏还是竖屏"


# a value offered with these is a suggestion to try, not a question about the draft
# ("like 4 secs?" offers a length too; "is it like 20 seconds?" still asks)
SUGGESTED = re.compile(r"\b(?:try|maybe|how about|what about|let's|lets)\b|^like\s+(?=[\d.])")


def asked(text: str, toks: list[Tok]) -> Question | None:
    """The question a sentence asks by its form: it opens like one ("is it ...", "有没有")
    or, in Chinese, ends in 吗 without asking for a change."""
    stripped = text.strip().rstrip("?？!！.。~～…〜 ")  # "是竖屏吗~": a tilde only softens
    kinds = {t.kind for t in toks if t.kind not in ("sep", "then")}
    opener = bool(toks) and toks[0].kind in ("ask", "why_q")  # "why is the music so quiet?"
    polite = stripped.startswith(POLITE) or stripped.endswith(TAGS)
    polite = polite or any(word in stripped for word in ("能", "可以"))  # "音乐能小声点吗"
    chinese = stripped.endswith(("吗", "么")) and not polite
    chinese = chinese and not asked_softly(stripped, toks)  # "转场慢一点吗": asked for, softly
    signs = {sign for signs, _ in ASKED for sign in signs}
    bare = text.strip().endswith(("?", "？")) and kinds - set(SOFT) <= signs and len(toks) <= 3
    bare = bare and not SUGGESTED.search(stripped.lower())  # "maybe try square?" asks for it
    opening = stripped.lstrip("".join(OPENING_SOUNDS) + "，, ")  # "嗯，是竖屏还是横屏"
    choice = opening.startswith("是") and "还是" in stripped  # "是竖屏还是横屏"
    choice = choice or ("是不是" in stripped and not polite)  # "视频是不是有点短"
    # "照片有没有动效", "转场有没有淡入淡出": whether it has it (not "有没有办法…": a request)
    choice = choice or ("有没有" in stripped and "办法" not in stripped and not polite)
    # "有没有复古一点的滤镜", "有没有别的转场": something other than what is there is offered for,
    # a request (what the draft has is asked without "一点的" or "别的")
    offered = bool(OFFERED.search(stripped)) or ("another" in kinds and "有没有" in stripped)
    choice = choice and not offered
    opener = opener and not (polite and not stripped.isascii())  # "是不是可以把音乐调小"
    opener = opener and not offered
    if not (opener or bare or ((chinese or choice) and not kinds & set(REQUESTS))):
        return None
    if _asks_for_change(toks):
        return None
    faded = kinds & {"fade_out", "fade_in"} and not kinds & {"how_long", "length"}
    if faded or (kinds & set(FADES) and not kinds & {"how_long", "length", "video", "music"}):
        return "style"  # "is the fade at the end too long?": the fade's length, not the video's
    return next((question for signs, question in ASKED if kinds & set(signs)), None)


FADES = ("transition", "trans", "fade_out", "fade_in")


def _asks_for_change(toks: list[Tok]) -> bool:
    for k, tok in enumerate(toks[:-1]):
        if tok.kind == "to" and toks[k + 1].kind in CHANGES:
            return True
        if tok.kind == "sep" and any(t.kind in CHANGES for t in toks[k + 1 :]):
            return True
    return False


def either(
    text: str, toks: list[Tok], outs: list[tuple[Match, Out]], words: Callable[..., str]
) -> list[Option]:
    """Options on either side of an "or" (or "还是" between two requests)."""
    for k, tok in enumerate(toks):
        if tok.kind != "or":
            continue
        before = [(m, o) for m, o in outs if o.edits and _placed(toks, m) < k]
        after = [(m, o) for m, o in outs if o.edits and _placed(toks, m) > k]
        # "照片还是动起来好看 把动效加回来": one request reads across 还是 (after all, not or)
        across = bool(before) and any(t.start > tok.start for t in before[-1][0].toks)
        if before and after and not across:
            return [Option(words(text, m.toks), o.edits) for m, o in (before[-1], after[0])]
    return []


def _placed(toks: list[Tok], match: Match) -> int:
    """Where a match's own words are (a word carried from before does not count)."""
    spots = [n for n in range(match.start, match.end) if any(toks[n] is t for t in match.toks)]
    return spots[0] if spots else match.start


def alternatives(text: str, toks: list[Tok], reread: Callable[[str], list[Edit]]) -> list[Option]:
    """ "make the title or the captions red", "swap the first one with the dog or the forest
    one": the sentence read with each subject, asked."""
    for k in range(1, len(toks) - 1):
        a, b = toks[k - 1], toks[k + 1]
        if toks[k].kind != "or" or a.kind not in ALTERNATIVES or b.kind not in ALTERNATIVES:
            continue
        first = text[: toks[k].start] + text[b.end :]
        second = text[: a.start] + text[toks[k].end :]
        options = [(said, reread(said)) for said in (first, second)]
        if all(edits for _, edits in options):
            return [
                Option(text[a.start : a.end], options[0][1]),
                Option(text[b.start : b.end], options[1][1]),
            ]
    return []


def opposites(edits: list[Edit], ctx: Ctx) -> list[Option]:
    """ "faster but also slower", "make it longer and shorter": one or the other?"""
    for i, first in enumerate(edits):
        for second in edits[i + 1 :]:
            if (
                relative(first)
                and same_target(first, second)
                and direction(first) * direction(second) < 0
            ):
                up, down = (first, second) if direction(first) > 0 else (second, first)
                return [
                    Option(said(ctx, "More", "多一点"), [up]),
                    Option(said(ctx, "Less", "少一点"), [down]),
                ]
    return []


def disliked(outs: list[Out], edits: list[Edit], ctx: Ctx) -> list[Option]:
    """ "the fifth one is blurry" alone: ask whether to leave it out (not when the sentence goes
    on to ask for something: "the clip is noisy, mute it")."""
    for out in outs:
        if out.disliked is None or edits:
            continue
        index = ctx.index_of(out.disliked)
        remove = Remove(name=out.disliked) if isinstance(out.disliked, str) else Remove(index=index)
        label = said(ctx, f"Leave photo {index} out", f"删掉第 {index} 张")
        return [Option(label, [remove]), Option(said(ctx, "Keep it", "保留"), [])]
    return []


def _about(edit: Edit, index: int, name: int | str) -> bool:
    if isinstance(edit, Remove):
        return edit.index == index or edit.name == name
    if isinstance(edit, Swap):
        return index in (edit.i, edit.j)
    if isinstance(edit, Move | SetSecondsPerPhoto | SetFit | SetCaption):
        return getattr(edit, "index", None) == index
    return False


def shapes(edits: list[Edit], ctx: Ctx) -> list[Option]:
    """ "vertical horizontal": two shapes that cannot both be meant."""
    said = [e for e in edits if isinstance(e, SetAspect)]
    for i, first in enumerate(said):
        for second in said[i + 1 :]:
            if _orientation(first.aspect) * _orientation(second.aspect) < 0:
                return [Option(e.aspect, [e]) for e in (first, second)]
    return []


def _orientation(aspect: str) -> int:
    w, h = (float(x) for x in aspect.split(":"))
    return (w > h) - (w < h)

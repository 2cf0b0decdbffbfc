"""Builders for texts: title, captions and closing text as people put them, removing them, and
their colour, place and size. A caption with no photo named is the one just written (a
correction: "that's wrong, the caption should read ...") or the only one there is."""

from __future__ import annotations

from typing import Any

from ..model.edit_types import (
    RemoveText,
    SetCaption,
    SetClosing,
    SetFit,
    SetTextStyle,
    SetTitle,
    TextTarget,
)
from .context import Ctx
from .dates_written import dates_removed
from .intents import Out, Slots, factor, intent, refuse, said
from .reading import Option
from .which_text import remove_that_text

MAX_OPTIONS = 8
TARGETS: dict[str, TextTarget] = {
    "title": "title",
    "caption": "captions",
    "closing": "closing",
    "textnoun": "all",
}


def _style(slots: Slots) -> dict[str, Any]:
    """The look said with a new text ("'Casa Mia' big in the middle")."""
    size = 1.25 if slots.has("bigger") else 0.8 if slots.has("smaller") else None
    return {"color": slots.value("color"), "pos": slots.value("pos"), "size": size}


@intent("title")
def title(slots: Slots, ctx: Ctx) -> Out:
    style = _style(slots)
    if not any(style.values()) and slots.value("text") in _titles(ctx):
        return Out(noop=True)  # "我觉得标题叫Our trip挺好": the title it has, kept as it is
    return Out([SetTitle(text=slots.value("text"), **style)])


def _titles(ctx: Ctx) -> list[str]:
    track = ctx.draft.text_track()
    return [seg.m.text for seg in track.sg if seg.m.role == "title"] if track else []


@intent("closing")
def closing(slots: Slots, ctx: Ctx) -> Out:
    return Out([SetClosing(text=slots.value("text"), **_style(slots))])


@intent("caption")
def caption(slots: Slots, ctx: Ctx) -> Out:
    tok = slots.get("photo", "ord")
    text = slots.value("text")
    nth = _nth_caption(slots, ctx)
    if nth is not None:  # "change the first caption to ...": the first of the captions there are
        index: int | None = nth
    elif tok is not None:
        index = ctx.index_of(tok.value)
    else:  # the caption just written or the only one, unless a new one is added
        index = None if slots.has("add") else ctx.caption_index()
    if index is None:  # which photo?
        return Out(
            clarify=[
                Option(
                    said(ctx, f"Photo {n} ({name})", f"第 {n} 张（{name}）"),
                    [SetCaption(index=n, text=text, **_style(slots))],
                )
                for n, name in enumerate(ctx.names_in_order()[:MAX_OPTIONS], 1)
            ]
        )
    return Out([SetCaption(index=index, text=text, **_style(slots))])


def _nth_caption(slots: Slots, ctx: Ctx) -> int | None:
    """The photo of "the first caption" / "第一个字幕" (an ordinal right before the word
    caption, counting the captions there are); None when it names a photo ("the first photo's
    caption", "第一张的字幕") or there are not that many captions."""
    tok, noun = slots.get("photo", "ord"), slots.get("caption")
    if tok is None or noun is None or not 0 <= noun.start - tok.end <= 1:
        return None
    if tok.kind == "photo" and not tok.surface.endswith("个"):
        return None
    captioned = ctx.captioned()
    n = tok.value if isinstance(tok.value, int) else None
    if n is None or not captioned or n == 0 or abs(n) > len(captioned):
        return None
    return captioned[n - 1] if n > 0 else captioned[n]


CLOSING_WORDS = {
    "the end", "fin", "end", "thanks for watching", "thank you for watching", "thanks",
    "thank you", "see you soon", "see you next time", "bye", "goodbye", "the end ❤️",
    "完", "完结", "全剧终", "谢谢观看", "感谢观看", "谢谢", "再见", "下次见", "下次再见",
}  # fmt: skip


@intent("text_where")
def text_where(slots: Slots, ctx: Ctx) -> Out:
    """ "add a line of text 'X'": at the start (a title) or at the end? Words that close a
    video ("The End", "thanks for watching", "谢谢观看") go at the end."""
    text = slots.value("text")
    if str(text).strip(" .!！。~").lower() in CLOSING_WORDS:
        return Out([SetClosing(text=text)])
    return Out(
        clarify=[
            Option(said(ctx, "A title at the start", "开头的标题"), [SetTitle(text=text)]),
            Option(said(ctx, "A closing text at the end", "结尾的文字"), [SetClosing(text=text)]),
        ]
    )


@intent("remove_text")
def remove_text(slots: Slots, ctx: Ctx) -> Out:
    named = ROLE_TARGETS.get(str(slots.value("it_text")))  # "the city lights text": a caption
    said_text = named or any(t.kind in TARGETS for t in slots.toks)
    if not said_text and slots.get("date_only", "date_place") is not None:
        return dates_removed(ctx)  # "日期不要了": only the captions that are dates
    target = named or next((TARGETS[t.kind] for t in slots.toks if t.kind in TARGETS), "captions")
    if target == "all" and slots.has("start", "end"):  # "no text at the beginning": the title
        target = "title" if slots.has("start") else "closing"
    if target == "title" and slots.has("and") and slots.has("end"):  # "标题和结尾都去掉"
        return Out([RemoveText(which="title"), RemoveText(which="closing")])
    return Out([RemoveText(which=target)])


__all__ = ["remove_that_text"]  # "照片上那个字去掉吧": registered with the text intents


# a text named by its words ("City lights") is the title, a caption or the closing text
ROLE_TARGETS: dict[str, TextTarget] = {
    "title": "title",
    "caption": "captions",
    "closing": "closing",
}


@intent("retext")
def retext(slots: Slots, ctx: Ctx) -> Out:
    """ "change City lights to Shanghai by night": the text named by its words, rewritten."""
    role, text = slots.value("it_text"), slots.value("text")
    if role == "title":
        return Out([SetTitle(text=text)])
    if role == "closing":
        return Out([SetClosing(text=text)])
    tok = slots.get("it_text")
    index = _captioned(ctx, tok.surface if tok is not None else "") or ctx.caption_index()
    if role != "caption" or index is None:
        return Out(problem="text")
    return Out([SetCaption(index=index, text=text)])


@intent("retext_not")
def retext_not(slots: Slots, ctx: Ctx) -> Out:
    """'the caption should read "Downtown" not "City lights"': the second text names which
    text on the video is wrong, the first is what it should say."""
    new, old = (str(tok.value) for tok in slots.all("text")[:2])
    role = ctx.names.get(old.lower().strip(), ("", None))
    if role[0] != "it_text":
        return refuse(
            "text", ctx, f'There is no text "{old}" on the video.', f"视频上没有“{old}”这段文字。"
        )
    if role[1] == "title":
        return Out([SetTitle(text=new)])
    if role[1] == "closing":
        return Out([SetClosing(text=new)])
    index = _captioned(ctx, old.lower().strip())
    return Out([SetCaption(index=index, text=new)]) if index else Out(problem="text")


def _captioned(ctx: Ctx, words: str) -> int | None:
    """The number of the photo whose caption reads ``words``."""
    track = ctx.draft.text_track()
    ids = [seg.id for seg in ctx.segments()]
    for seg in track.sg if track is not None else []:
        if (
            seg.m.role == "caption"
            and str(seg.m.text).lower().strip() == words
            and seg.m.anchor in ids
        ):
            return ids.index(seg.m.anchor) + 1
    return None


@intent("remove_caption_of")
def remove_caption_of(slots: Slots, ctx: Ctx) -> Out:
    """ "remove the caption of photo 2": the captions go when it is the only one captioned."""
    tok = slots.get("photo", "ord")
    index = ctx.index_of(tok.value) if tok is not None else None
    if index is not None and ctx.captioned() == [ctx.position(index)]:
        return Out([RemoveText(which="captions")])
    return refuse(
        "text",
        ctx,
        "I can remove all captions, or replace this one: \"caption photo 2 '...'\".",
        "可以删除全部字幕，或者改写这一条：“第二张字幕改成‘……’”。",
    )


# the colours offered when a text is to change colour and none is named
COLOURS = {"white": "白色", "yellow": "黄色", "red": "红色", "black": "黑色", "pink": "粉色"}


@intent("text_colour_which")
def text_colour_which(slots: Slots, ctx: Ctx) -> Out:
    """ "change the title color", "标题换个颜色": which colour? Asked, with a few to pick."""
    tok = slots.get("title", "caption", "closing") or slots.get(*TARGETS)
    target: TextTarget = TARGETS[tok.kind] if tok is not None else "all"
    return Out(
        clarify=[
            Option(said(ctx, en.capitalize(), zh), [SetTextStyle(target=target, color=en)])
            for en, zh in COLOURS.items()
        ]
    )


@intent("style")
def style(slots: Slots, ctx: Ctx) -> Out:
    # "the font colour of the title": the text named, not the letters of every text
    tok = slots.get("title", "caption", "closing") or slots.get(*TARGETS)
    target: TextTarget = TARGETS[tok.kind] if tok is not None else "all"
    if tok is not None and tok.kind == "textnoun":
        target = _text_just_written(ctx) or target  # "add the title 'Hi'" then "字大一点"
    if target == "all" and tok is not None and slots.has("photo", "ord"):
        target = "captions"  # "把第二张的字挪到下面": the words on a photo are its caption
    pos = slots.value("pos")
    if slots.has("up", "down"):
        pos = "top" if slots.has("up") else "bottom"
    size = None
    if slots.has("bigger", "smaller"):
        size = factor(slots.has("bigger"), slots)
    elif slots.has("size_word") and slots.has("more", "less"):  # "increase the font size"
        size = factor(slots.has("more"), slots)
    elif slots.has("size_word") and slots.has("degree"):  # "text half the size"
        size = factor(None, slots)
    edit = SetTextStyle(target=target, color=slots.value("color"), pos=pos, size=size)
    if tok is None and pos is None and size is None and not _texts_before(ctx):
        # "make it purple" with no text named or just made: the texts, or the picture?
        option = Option(said(ctx, "The text, in that colour", "文字用这个颜色"), [edit])
        return Out([edit], untargeted=True, clarify=[option], unless="title|caption|closing")
    bare_place = tok is None and pos is not None and edit.color is None and size is None
    if bare_place and not _texts_before(ctx):
        # "it drags in the middle": a place said beside another request is where that is
        where = {"top": "顶部", "center": "中间", "bottom": "底部"}.get(pos, "那里")
        option = Option(said(ctx, "The text, there", f"文字放到{where}"), [edit])  # "文字放到底部"
        return Out(clarify=[option], unless=f"title|caption|closing|{OTHER_REQUESTS}")
    return Out(
        [edit], untargeted=tok is None, generic_text=tok is not None and tok.kind == "textnoun"
    )


# edits beside which a place with no text named describes the request, not where text goes
OTHER_REQUESTS = (
    "speed|seconds_per_photo|total_length|transition|motion|fit|music|music_volume|"
    "music_fade|look|aspect|video_fade|remove|move|swap"
)


def _text_just_written(ctx: Ctx) -> TextTarget | None:
    """The one text the previous turn wrote or styled, if it touched one."""
    said: set[TextTarget] = set()
    for edit in ctx.last:
        if isinstance(edit, SetTitle):
            said.add("title")
        elif isinstance(edit, SetCaption):
            said.add("captions")
        elif isinstance(edit, SetClosing):
            said.add("closing")
        elif isinstance(edit, SetTextStyle):
            said.add(edit.target)
    return said.pop() if len(said) == 1 and "all" not in said else None


def _texts_before(ctx: Ctx) -> bool:
    """Whether the previous turn wrote or styled a text ("make it purple" is about it)."""
    return any(e.kind in ("title", "caption", "closing", "text_style") for e in ctx.last)


@intent("text_size")
def text_size(slots: Slots, ctx: Ctx) -> Out:
    """ "bigger" with nothing named: the text, or the photos?"""
    bigger = slots.has("bigger")
    step = factor(bigger, slots)
    text = SetTextStyle(target="all", size=step)
    photos = SetFit(fit="cover" if bigger else "contain")
    return Out(
        clarify=[
            Option(said(ctx, "The text", "文字"), [text]),
            Option(
                said(ctx, "The photos (fill the frame)", "照片（铺满画面）")
                if bigger
                else said(ctx, "The photos (show them whole)", "照片（完整显示）"),
                [photos],
            ),
        ],
        unless="resolution|size_limit",  # "分辨率降到720吧 太大了": the file is too big
    )


@intent("photo_size")
def photo_size(slots: Slots, ctx: Ctx) -> Out:
    """ "make the second one bigger": its caption, or the photo itself?"""
    tok = slots.get("photo", "ord")
    index = ctx.index_of(tok.value) if tok is not None else 1
    bigger = slots.has("bigger")
    fit = SetFit(fit="cover" if bigger else "contain", index=index)
    photo = said(ctx, f"Photo {index} (fill the frame)", f"第 {index} 张照片（铺满画面）")
    if not bigger:
        photo = said(ctx, f"Photo {index} (show it whole)", f"第 {index} 张照片（完整显示）")
    text = SetTextStyle(target="captions", size=factor(bigger, slots))
    return Out(
        clarify=[
            Option(photo, [fit]),
            Option(said(ctx, f"The caption on photo {index}", f"第 {index} 张的字幕"), [text]),
        ]
    )

"""A person's sentence -> a ``Reading``: edits, an action, a question, or options to ask about.

    reading = read("make it vertical, 2 seconds per photo and add calm music", draft, media)
    reading.edits   # [SetAspect("9:16"), SetSecondsPerPhoto(2.0), SetMusic("calm")]

The sentence goes through one entity pass (``entities``, ``compose``: durations, numbers, photo
references, percentages, texts, colours, platforms ...), then short intent templates over those
entities (``templates``, ``match``, ``parse``); each matched intent's builder (``build_*``) makes
the edits. It never guesses: words no template placed come back in ``leftover`` with
suggestions on their topic, and a sentence that could mean two different edits is asked about.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pydantic import ValidationError

from ..errors import PVMError
from ..model.draft import Draft
from ..model.edit_types import (
    Edit,
    Move,
    SetCaption,
    SetClosing,
    SetTextStyle,
    SetTitle,
    Swap,
    Undo,
)
from ..model.edits import apply_edits
from ..model.lang import Lang, detect_or
from ..model.layout import MediaRef
from . import (
    any_shape,
    ask_back,
    ask_what,
    at_least,
    build_ask,
    build_cold_end,
    build_ending,
    build_frame,
    build_keep,
    build_music,
    build_order,
    build_pace,
    build_share,
    build_silence,
    build_smart,
    build_text,
    build_time,
    contradict,
    en_compared,
    fit_asked,
    for_whatsapp,
    just_written,
    middle_move,
    text_case,
)
from .again import new_value, other_photo, other_text_too, repeated, same_thing, undo_steps
from .asked_then import wants_edits
from .asked_topic import value_after_question
from .back_to_before import back_to_before
from .beats_need_music import music_first
from .cannot_do import cannot_do
from .caption_too import caption_too
from .context import Ctx, lookup_names
from .dropped_caption import dropped_caption
from .en_retext import renamed
from .en_told import praised_en, told_upload
from .entities import Tok
from .instead_photo import instead_of_last
from .intents import BUILDERS, Out, Slots, said
from .just_written import ending_removed
from .kept_after_all import brought_back, kept_anyway
from .kept_said import kept_said
from .look_softened import softened, toned_down
from .match import Match
from .meant_named import numbered
from .middle_photo import middle_options
from .music_subject import about_the_music, volume_of_removed
from .never_mind import let_go
from .normalize import clip, language
from .number_either import number_either
from .one_of_them import which_one
from .other_pair import other_pair
from .other_way import other_way, shuffled_again, swapped_again
from .pace_against import pace_against_length
from .pace_normal import pace_to_normal
from .parse import parse
from .photo_said import photo_texts
from .reading import Option, Reading
from .respelled import respelled
from .rest_after import keeping, kept_aside, the_rest_after
from .rewrite import rewritten
from .same_again import same_again
from .signed_off import unsigned
from .sound_again import fade_again, fade_too, music_again
from .still_wins import still_wins
from .suggest import examples, topic_of
from .taken_back import taken_back as never_mind
from .thanked import thanked
from .tidy import absolute, collect, merge, others_stepped, removals
from .time_again import (
    named_direction_flipped,
    other_direction,
    times_instead,
    times_that,
    too_much,
)
from .time_or_place import time_or_place
from .two_transitions import two_transitions
from .undo_first import undo_first
from .unknown_photo import names_unknown_photo, which_photo
from .upload_how import how_to_upload
from .wondered import wondered  # "日期要不要加呢": no request
from .zh_others import others_first
from .zh_praised import others_wish, praised, told_done
from .zh_said_plainly import asked_done  # "音乐换成欢快的了吗": asked, not asked for
from .zh_word_in_text import word_in_text

__all__ = [
    "ask_back",
    "build_ask",
    "build_frame",
    "build_music",
    "build_order",
    "build_text",
    "read",
]
__all__ += ["build_time"]
__all__ += ["build_smart"]  # imported for its builders: the smart slideshow
__all__ += ["build_share"]  # registers the size-limit intents
__all__ += ["for_whatsapp"]  # registers "make it for whatsapp" (which WhatsApp?)
__all__ += ["build_keep"]  # registers the requests about a group of photos
__all__ += ["build_silence"]  # registers no sound at all
__all__ += ["build_pace"]  # registers the pace said as a multiple
__all__ += ["build_cold_end"]  # registers endings said without whose
__all__ += ["build_ending"]  # registers the too sudden ending, asked about
__all__ += ["ask_what"]  # registers what is asked back: which photo, where to, which two
__all__ += ["middle_move"]  # registers the move to the middle of the order
__all__ += ["just_written"]  # registers the closing text moved to the start, asked about
__all__ += ["fit_asked"]  # registers the fit asked about, the bars disliked
__all__ += ["at_least"]  # registers the least length of the video
__all__ += ["en_compared"]  # registers a photo as long as another
__all__ += ["any_shape"]  # registers the place to post with no shape of its own, asked about
__all__ += ["text_case"]  # registers texts written again in capitals or small letters


def read(
    text: str,
    draft: Draft,
    media: dict[str, MediaRef],
    last: Sequence[Edit] = (),
    *,
    options: bool = True,
    lang: Lang | None = None,
) -> Reading:
    """Everything one sentence asks for (see ``reading.Reading``); ``last`` is the previous
    turn's edits, which "that", "instead" and "no, 4 seconds" refer to. ``options`` False
    reads one alternative of an "A or B" sentence (no further asking about it). ``lang`` is the
    conversation's language, which a sentence with no words of its own ("2", "1080p") is read in
    (its options and suggestions in the person's language)."""
    text = unsigned(clip(text))  # "..., thanks. Regards, Harold": the name asks nothing
    ctx = _ctx(text, draft, media, last, detect_or(text, lang) if lang else None)
    parsed = parse(text, ctx)
    fixed = respelled(text, parsed.toks, last)
    if fixed is not None and not parsed.matches:  # "it's spelled Lisboa not Lisbon"
        return Reading(ctx.lang, edits=[fixed])
    let = let_go(text, ctx.lang, last)
    if let is not None:  # "never mind", "算了"
        return let
    back = brought_back(text, parsed.toks, last) or caption_too(text, parsed.toks, last)
    if back is not None:  # "还是不删了" after a removal; "第二张也加 第二天" after a caption
        return Reading(ctx.lang, edits=back)
    back = back_to_before(text, last) or other_pair(parsed.toks, last)
    if back is not None:  # "交换第二张和第五张" then "不对，是第二张和第四张"
        return Reading(ctx.lang, edits=back)
    back = pace_to_normal(parsed.toks, last)
    if back == []:  # "速度恢复正常" with no change of pace to take back: which pace is not known
        return Reading(ctx.lang, leftover=[text.strip()[:200]], topic="timing",
                       suggestions=examples("timing", ctx.lang))  # fmt: skip
    if back is not None:  # "速度恢复正常" right after "快一点": taken back (never the colours)
        return Reading(ctx.lang, edits=back)
    rest = the_rest_after(text, parsed.toks, last)
    if rest is not None:  # "第一张5秒" then "其他的都2秒": every photo but that one
        reading = read(rest, draft, media, (), options=options)
        if reading.leftover or not reading.edits:  # never that one photo changed again
            reading = Reading(ctx.lang, leftover=[text.strip()[:200]], topic=reading.topic,
                              suggestions=reading.suggestions)  # fmt: skip
        return reading
    aside = kept_aside(text, last)
    kept_time = ctx.item_ms(aside) if aside is not None else None
    if aside is not None and kept_time is not None:  # "the dog pic 5 secs", then "the rest 2"
        reading = read(text, draft, media, (), options=options, lang=lang)
        keeps = keeping(reading.edits, aside, kept_time / 1000)
        if keeps is not None and not reading.leftover:
            return Reading(ctx.lang, edits=keeps)
    if kept_anyway(parsed.toks):  # "第四张不要删": it stays, nothing changes
        return Reading(ctx.lang, question="ok")
    thanks = thanked(text, ctx.lang) or praised(text, ctx.lang)  # "做得真好": no request
    thanks = thanks or others_wish(text, ctx.lang) or told_done(text, ctx.lang)  # told
    if thanks is not None:  # "thanks!", "perfect", "hello"
        return thanks
    fixed = undo_steps(text, parsed.toks) or rewritten(text, parsed.toks, last)
    fixed = fixed or repeated(parsed.toks, last)
    fixed = fixed or same_thing(parsed.toks, last, text) or new_value(parsed.toks, last)
    fixed = fixed or other_text_too(parsed.toks, last) or fade_again(parsed.toks, last, text)
    fixed = fixed or ending_removed(parsed.toks, last) or same_again(parsed.toks, last, ctx)
    fixed = fixed or fade_too(parsed.toks, last, text) or times_that(parsed.toks, last)
    fixed = fixed or times_instead(parsed.toks, last)  # "no, 3 times as long"
    fixed = fixed or other_direction(text, parsed.toks, last)  # "the other direction"
    now = [seg.m.transition.type for seg in ctx.segments() if seg.m.transition != "none"]
    fixed = fixed or named_direction_flipped(text, parsed.toks, now)  # "flip the wipe way"
    fixed = fixed or too_much(text, parsed.toks, last)  # "too much, go back halfway"
    fixed = fixed or toned_down(text, last, draft)  # "tone it down" after "warmer"
    fixed = fixed or renamed(text, ctx)  # "change City lights to Downtown", "typo in the title, …"
    fixed = fixed or word_in_text(text, ctx)  # "标题里的trip改成Journey": that word only
    if fixed is not None:  # "写错了，应该是逗逗": the words the text should have been
        return Reading(ctx.lang, edits=[fixed])
    again = music_again(text, parsed.toks, ctx)
    if again is not None:  # "not that one" after the music changed, "bring the music back"
        return again
    redone = other_photo(
        numbered(photo_texts(parsed.toks, ctx), ctx, last), last, text
    )  # "i meant the dog one"
    redone = redone or dropped_caption(parsed.toks, last)
    redone = redone if redone is not None else other_way(parsed.toks, last)
    redone = redone if redone is not None else swapped_again(text, parsed.toks, last)
    redone = redone if redone is not None else shuffled_again(text, parsed.toks, last)
    if redone == []:  # "no, the other way round" after a swap: no one opposite to do
        return Reading(ctx.lang, leftover=[text.strip()], topic="order",
                       suggestions=examples("order", ctx.lang))  # fmt: skip
    if redone is not None:  # "no, I meant the second one", "no, the other way round"
        return Reading(ctx.lang, edits=redone)
    outs = contradict.explained(_build_all(parsed.matches, ctx, parsed.toks), ctx)
    leftover = [_words(text, run) for run in parsed.leftover]
    left_kinds = [tok for run in parsed.leftover for tok in run]
    topic = topic_of([t.kind for t in left_kinds], [t.value for t in left_kinds])
    edits = removals(
        absolute(merge(collect([out for _, out in outs]), ctx.ends())), len(ctx.segments())
    )
    photos = [n for n, seg in enumerate(ctx.segments(), 1) if seg.m.kind != "video"]
    edits = still_wins(others_stepped(edits, photos))  # "no zoom, they move too much"
    edits = undo_first(edits)  # "too long, go back": the undo, first
    count = len(ctx.segments())
    edits = instead_of_last(edits, parsed.toks, last, count)  # "remove 5" then "remove 1 instead"
    edits = music_first(edits, ctx.draft)  # "做个卡点视频" with no music yet
    edits = about_the_music(edits, parsed.toks)  # "the piano is a bit sad, something happier"
    edits = volume_of_removed(edits)  # "音乐别要了 太吵": why it goes, no volume left to set
    edits = others_first(edits, parsed.toks)  # "第三张不要裁 其他铺满": the others' fit first
    edits = softened(text, edits, ctx.draft)  # "too orange" with the warm look on: no look
    lang = ctx.lang
    if contradict.taken_back(parsed.toks) or never_mind(text) or wondered(parsed.toks):
        edits, outs = [], [(m, out) for m, out in outs if not out.edits]
    question = asked_done(text, parsed.toks, first=True)  # "竖屏改好了吗": the shape
    question = question or next((out.question for _, out in outs if out.question), None)
    question = question or ask_back.asked(text, parsed.toks) or asked_done(text, parsed.toks)
    question = None if how_to_upload(question, outs) else question  # "加几张照片 怎么弄"
    if question and edits and wants_edits(text, outs):  # "is there music? remove it pls"
        question = None
    if question:  # "how long is each pic? make it 2": the value is of what was asked
        said = value_after_question(text, question, lambda s: read(s, draft, media, (), lang=lang))
        return said or Reading(lang, question=question)
    reread = (
        (lambda said: read(said, draft, media, last, options=False, lang=lang).edits)
        if options
        else None
    )
    clarify = _clarify(text, parsed.toks, outs, edits, ctx, reread)
    if clarify:
        return Reading(lang, clarify=clarify, leftover=leftover, topic=topic)
    routes = [out for _, out in outs if out.route]
    if routes:
        route = next((out for out in routes if out.route != "export"), routes[0])
        export = {k: v for out in routes if out.route == "export" for k, v in out.export.items()}
        export = export if route.route == "export" else {}  # "再传个mp4": a file to upload
        return Reading(lang, edits=edits, route=route.route, export=export,
                       leftover=leftover, topic=topic)  # fmt: skip
    # "move the cat pic to the end": which photo? Also when the rest was read without it ("the
    # cat pic is chopped, fit the whole photo" would fit every photo)
    unplaced = not edits or leftover or names_unknown_photo(text, parsed.toks)
    asked = unplaced and reread and which_photo(text, parsed.toks, ctx, reread)
    asked = asked or (unplaced and reread and which_one(text, parsed.toks, ctx, reread))
    if asked:
        return Reading(lang, clarify=asked)
    problems = [(match, out) for match, out in outs if out.problem]
    hints = [out.hint for _, out in problems if out.hint]
    if problems and not topic:
        topic = problems[0][1].problem
    if not edits and not topic:
        topic = topic_of([tok.kind for tok in parsed.toks], [t.value for t in parsed.toks])
        topic = topic or "general"
    kept = not edits and not leftover and kept_said(outs, parsed.toks)  # "leave the fit alone"
    told = None if edits or kept or problems else praised_en(text, lang) or told_upload(text, lang)
    if told is not None:  # "this is perfect thanks", "i uploaded some pics": nothing asked
        return told
    if not edits and not leftover:
        refused = [_words(text, match.toks) for match, _ in problems if match.toks[0].start >= 0]
        leftover = refused or ([text.strip()[:200]] if text.strip() else [])
    suggestions = (hints + examples(topic, lang))[:5] if (leftover or not edits) else []
    why_not = hints[0] if hints and not edits else ""  # told as the reason, not as a suggestion
    why_not = why_not or ("" if edits else cannot_do(left_kinds, lang))  # "add stickers"
    return Reading(lang, edits=edits, leftover=leftover, topic=topic, suggestions=suggestions,
                   kept=kept, refused=why_not)  # fmt: skip


def _clarify(
    text: str,
    toks: list[Tok],
    outs: list[tuple[Match, Out]],
    edits: list[Edit],
    ctx: Ctx,
    reread: Callable[[str], list[Edit]] | None,
) -> list[Option]:
    """Options to ask about, if the sentence could mean two different edits."""
    kinds: set[str] = {edit.kind for edit in edits}
    # "transition_named": a transition chosen by name ("use slides"), not "none" ("不要这个")
    kinds |= {f"{e.kind}_named" for e in edits if getattr(e, "name", None) not in (None, "none")}
    if reread is not None and (numbers := number_either(text, toks, reread, ctx)):
        return numbers  # "3 or 4 seconds per photo"
    if asked := time_or_place(text, edits, ctx):  # "put the dog pic for 5": 5 s or 5th?
        return asked
    questions = [
        out.clarify
        for _, out in outs
        if out.clarify and (out.unless is None or not set(out.unless.split("|")) & kinds)
    ]
    if questions:
        return _asked_alike(questions)
    return (
        (reread is not None and ask_back.alternatives(text, toks, reread))
        or (reread is not None and middle_options(text, toks, reread, ctx))
        or ask_back.either(text, toks, outs, _words)
        or ask_back.opposites(edits, ctx)
        or contradict.moved_twice(outs, ctx)
        or contradict.both_ways(outs, ctx)
        or pace_against_length([e for _, out in outs for e in out.edits], ctx)
        or ask_back.shapes(edits, ctx)
        or two_transitions(edits, toks, ctx)  # "fades, cuts": which one?
        or ask_back.disliked([out for _, out in outs], edits, ctx)
        or ask_what.bare_colour([out for _, out in outs], edits, ctx)
    )


def _asked_alike(asked: list[list[Option]]) -> list[Option]:
    """The first question; clauses asked the same question ("fade in 2s and out 3s": the
    video's or the music's?) are asked once, each option with the edits of every clause."""
    labels = [option.label for option in asked[0]]
    alike = [options for options in asked if [o.label for o in options] == labels]
    if len(alike) < 2:
        return asked[0]
    return [
        Option(label, [e for options in alike for e in options[n].edits])
        for n, label in enumerate(labels)
    ]


# edits that change where a photo is, or whether it is there ("...too quick, 2 more seconds")
PLACING = ("move", "swap", "remove", "reverse", "sort", "shuffle", "cull")


def _build_all(matches: list[Match], ctx: Ctx, toks: list[Tok]) -> list[tuple[Match, Out]]:
    """Each match's outcome, in order; a photo named after earlier edits of the sentence is
    found where those edits put it ("remove the dog and put the forest one first")."""
    outs: list[tuple[Match, Out]] = []
    for match in matches:
        done = [e for _, out in outs for e in out.edits if not isinstance(e, Undo)]
        named = any(t.kind == "photo" and isinstance(t.value, str) for t in match.toks)
        here = ctx
        placed = [e for e in done if e.kind in PLACING]  # where the photo is, not its length
        # "第三张放到最前面 字幕改成 小狗": the caption there is, found where the move put it
        unnamed = match.template.intent == "caption" and not any(
            t.kind in ("photo", "ord") for t in match.toks
        )
        if placed and (named or unnamed):
            try:
                moved, _ = apply_edits(ctx.draft, placed, ctx.media)
                here = Ctx(moved, ctx.media, ctx.lang, ctx.last, ctx.names, ctx.stems)
            except (PVMError, ValueError):
                pass
        reordered: list[Edit] = [e for e in done if isinstance(e, Move | Swap)]
        mirrored = any(m.template.intent == "reverse" for m in matches)  # "last first, first last"
        if reordered and not named and not mirrored and any(_numbered(t) for t in match.toks):
            match = _same_photos(match, ctx, reordered, toks)
            here = _moved(ctx, reordered) or here
        out = _build(match, here)
        written = bool(done) and isinstance(done[-1], SetTitle | SetCaption | SetClosing)
        if written and out.edits and isinstance(out.edits[0], SetTextStyle):
            # "第五张加字幕“截止”，放顶部": a place said after a new text is that text's
            out.untargeted = out.untargeted or _borrowed_text(match, toks)
        outs.append((match, out))
    return outs


def _borrowed_text(match: Match, toks: list[Tok]) -> bool:
    """Whether the text a style is about was named by the clause before, not by its own."""
    own = {id(tok) for tok in toks[match.start : match.end]}
    kinds = ("title", "caption", "closing", "textnoun")
    plain = ("字", "文字", "字体")  # "…“豆豆”，黄色的字": the letters just written
    return any(
        tok.kind in kinds and (id(tok) not in own or tok.surface in plain) for tok in match.toks
    )


def _moved(ctx: Ctx, edits: list[Edit]) -> Ctx | None:
    try:
        moved, _ = apply_edits(ctx.draft, edits, ctx.media)
    except (PVMError, ValueError):
        return None
    return Ctx(moved, ctx.media, ctx.lang, ctx.last, ctx.names, ctx.stems)


def _same_photos(match: Match, ctx: Ctx, reordered: list[Edit], said: list[Tok]) -> Match:
    """ "move the second picture to the end and the fourth to the start", "put the 3rd pic at
    the start and the 1st pic at the end": a photo's number is the number it had when the
    sentence was said, wherever the moves before it put it (a number carried from the clause
    before, "第四第五张反了，换过来", is that clause's photo already)."""
    own = {id(tok) for tok in said[match.start : match.end]}  # not carried from before
    numbered = [tok for tok in match.toks if _numbered(tok) and id(tok) in own]
    if match.template.intent != "swap":  # a move's other number is where to ("... photo last")
        numbered = numbered[:1]
    here = _moved(ctx, reordered)
    if not numbered or here is None:
        return match
    before = [seg.id for seg in ctx.segments()]
    after = [seg.id for seg in here.segments()]
    toks = []
    for tok in match.toks:
        if tok in numbered and 1 <= abs(tok.value) <= len(before):
            item = before[tok.value - 1 if tok.value > 0 else tok.value]
            if item in after and after.index(item) != before.index(item):  # it moved
                tok = Tok(tok.kind, after.index(item) + 1, tok.start, tok.end, tok.surface)
        toks.append(tok)
    return Match(match.template, toks, match.start, match.end)


def _numbered(tok: Tok) -> bool:
    """A photo said by its number ("the 1st pic", "photo 4", "第二张")."""
    return tok.kind in ("ord", "photo") and isinstance(tok.value, int) and tok.value != 0


def _ctx(
    text: str,
    draft: Draft,
    media: dict[str, MediaRef],
    last: Sequence[Edit],
    lang: Lang | None = None,
) -> Ctx:
    names, stems = lookup_names(draft, media)
    return Ctx(draft, media, lang or language(text), last, names, stems)


def _build(match: Match, ctx: Ctx) -> Out:
    """The intent's outcome; a value the edits refuse becomes a problem to tell, never an error."""
    try:
        return BUILDERS[match.template.intent](Slots(match.toks), ctx)
    except (ValidationError, ValueError, KeyError, TypeError, IndexError) as exc:
        kinds = [tok.kind for tok in match.toks]
        topic = topic_of(kinds, [tok.value for tok in match.toks]) or "general"
        return Out(problem=topic, hint=_reason(exc, ctx))


# a refused value told in the person's words: the field, and the bound it went past
FIELDS = {
    "seconds": ("a length in seconds", "秒数"),
    "percent": ("a volume in percent", "音量百分比"),
    "zoom": ("the zoom", "缩放"),
    "factor": ("the step", "变化幅度"),
    "index": ("the photo number", "照片编号"),
    "fps": ("the frame rate", "帧率"),
}


BOUNDS = ("le", "lt", "ge", "gt")


def _reason(exc: Exception, ctx: Ctx) -> str:
    if not isinstance(exc, ValidationError):
        return ""
    first = exc.errors()[0]
    name = str(first["loc"][-1]) if first["loc"] else ""
    en, zh = FIELDS.get(name, ("that value", "这个值"))
    bounds = dict(first.get("ctx") or {})
    if name == "ms":  # said in seconds, told in seconds
        en, zh = "the length in seconds", "时长（秒）"
        bounds = {k: f"{float(v) / 1000:g}" for k, v in bounds.items() if k in BOUNDS}
    if "le" in bounds or "lt" in bounds:
        top = bounds.get("le", bounds.get("lt"))
        return said(ctx, f"Not possible: {en} can be at most {top}.", f"做不到：{zh}最多是 {top}。")
    if "ge" in bounds or "gt" in bounds:
        low = bounds.get("ge", bounds.get("gt"))
        return said(
            ctx, f"Not possible: {en} must be at least {low}.", f"做不到：{zh}至少是 {low}。"
        )
    return said(ctx, f"Not possible: {en} cannot be that.", f"做不到：{zh}不能是这个值。")


def _words(text: str, run: list[Tok]) -> str:
    """The person's own words for a stretch of tokens."""
    placed = [tok for tok in run if tok.start >= 0]
    if not placed:
        return ""
    return text[placed[0].start : placed[-1].end].strip(" ,.;:!?，。；：！？、")

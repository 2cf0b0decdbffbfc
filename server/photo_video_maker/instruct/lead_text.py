"""Unquoted text after a lead-in becomes one text token in the person's spelling: "call it
Summer in Lisbon", "a heading that says Our trip to Spain", "加标题夏天2026", "the caption
should read Anna and me". A rest that is only a colour, a place or a value is no text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .added_words import added_words
from .chat_words import LIKING
from .entities import Tok
from .fillers import SOFT
from .framed_text import unframed
from .greetings import greetings
from .text_remark import without_remark
from .zh_spaced_text import glued_place, request_after_space
from .zh_text_ends import only_a_language, unwrapped

TEXT_NOUNS = ("title", "caption", "closing", "textnoun")
# tokens that may close an unquoted text instead of being part of it ("... at the top")
TRAILING: tuple[str, ...] = (
    "pos",
    "color",
    "degree",
    "bigger",
    "smaller",
    "it",
    "to",
    "in",
    "start",
    "end",
)
TRAILING += ("instead", "q", "photo", "says", *TEXT_NOUNS)  # "... as the title"
TRAILING += ("put", "move")  # "标题改成 我们的夏天 放上面": where it goes, said after it
MEASURES = ("dur", "pct", "aspect", "res", "fps")  # values said in numbers or a shape's name
VALUES: tuple[str, ...] = ("dur", "pct", "aspect", "look", "res", "fps", "trans", "mood", "fit")
VALUES += ("platform",)
VALUES += ("fade_out", "fade_in")  # "end with a 3s fade out": how it ends, no words
STYLE_ONLY: tuple[str, ...] = (
    *TRAILING,
    *VALUES,
    "change",
    "put",
    "says",
    "unsupported",
    "photo",
    "ord",
)
STYLE_ONLY += ("what", "how_many", "where", "how_long", "ask")  # a question is not a text
TIME_STEPS: tuple[str, ...] = ("longer", "shorter", "faster", "slower")
# "music needs to be softer so we can hear grandpa talk": a step of loudness or size after
# "needs to be" is asked too (before, "softer so we can ..." was read as a text)
TIME_STEPS += ("louder", "quieter", "softer", "sharper", "bigger", "smaller")
STYLE_ONLY += TEXT_NOUNS  # "add 'best day ever' as a caption"
STYLE_ONLY += (
    "look_word",
    "size_word",
    "position",
    "or",
)  # "给字幕换个颜色": what changes, not a text
STYLE_ONLY += ("up", "down")  # "the caption should be lower": up or down the screen
LEADING = ("with", "to", "says", "colon", "it", "start", "end", "in", "call", "sign", "change")
PLACED_AT = ("start", "end")
VERBISH = ("add", "remove", "put", "change", "move", "export", "swap", "mute", "undo", "says")
BREAKS = ("sep", "then")
NEXT_ASK = (*VERBISH, "sign", "call")  # "title it Road Trip and end with 'fin'"


def _own_capital(tok: Tok, orig: str) -> bool:
    """A word the person began with a capital, not a lead-in word: the text's first."""
    return _capital(tok, orig) and tok.kind not in ("says", "colon", "call", "sign", "with")


def _put_with(lead: Tok, tok: Tok, orig: str) -> bool:
    """A capital "With" right after "put", "write" or a text named begins the text ("put With
    love from us", "the title With love"); after "end" or "sign off" it leads in ("end With
    'Love, Dad'")."""
    leads = ("put", "write", "title", "caption", "says")
    return tok.kind == "with" and lead.kind in leads and _capital(tok, orig)


def _own_capital_word(said: str) -> bool:
    """Free words the person began with a capital ("The best is yet")."""
    words = said.split()
    return bool(words) and words[0][:1].isupper() and words[0].isascii()


def _words_after(toks: list[Tok], k: int, orig: str) -> bool:
    """Words no token stands for right after ``toks[k]``, up to the next token or sign."""
    end = toks[k + 1].start if k + 1 < len(toks) else len(orig)
    said = re.split(r"[,;.!?，。；！？]", orig[toks[k].end : end], maxsplit=1)[0]
    return any(ch.isalpha() for ch in said)


def texts(toks: list[Tok], orig: str) -> list[Tok]:
    """Unquoted text after a lead-in becomes one text token, in the person's spelling."""
    toks = greetings(toks, orig)
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        out.append(tok)
        i += 1
        if not _leads(tok, out[:-1], toks[i:], orig):
            continue
        colon = tok.kind == "colon" or (i < len(toks) and toks[i].kind == "colon")
        colon = colon or (tok.kind == "says" and not tok.surface.isascii())  # "写着海边"
        asked_spaced = _asked_spaced(tok, out[:-1], orig, toks[i:])
        colon = colon or asked_spaced
        end = _through_commas(toks, _clause_end(toks, i, orig, colon), orig)
        if asked_spaced:
            end = _spaced_through(toks, end)
        end = request_after_space(toks, i, end, orig)  # "… 我们的旅行 然后按时间排"
        if any(t.kind == "text" for t in toks[i : end + 1]):
            continue  # the text is quoted
        stop = end
        colon = colon or _pointed(out[:-1])
        own_name = False  # "call it Nana's garden": a photo's name inside the text
        # "put the words Happy Graduation at the beginning of the video": the video whose start
        # it is goes with the place (never "call it our summer video")
        placed = stop - 2 > i and toks[stop - 2].kind in PLACED_AT
        if placed and toks[stop - 1].kind == "video" and not _capital(toks[stop - 1], orig):
            stop -= 1
        while stop > i and toks[stop - 1].kind in TRAILING:
            if _capital(toks[stop - 1], orig):
                break  # "title at the top: GRAND OPENING": the text's own word
            if _glued_char(toks, stop - 1, orig):
                break  # "结尾写 小明和小红": one character glued on is the text's own word
            if toks[stop - 1].kind in ("to", "in") and _words_after(toks, stop - 1, orig):
                break  # "end with The best is yet to come", "Paris in May": the text's words
            named = toks[stop - 1].kind == "photo" and isinstance(toks[stop - 1].value, str)
            if colon and named:
                break  # "第三张配文：我家的狗": the dog is in the text
            hashed = toks[stop - 1].kind == "photo" and orig[toks[stop - 1].start] == "#"
            whole = tok.kind == "call" or (tok.kind in ("title", "closing") and hashed)
            if (named or hashed) and whole and _named_in_words(toks, stop - 1, tok, orig):
                own_name = True  # "make the title Anniversary #5": "#5" is the title's own
                break  # "call it Nana's garden": the garden is the title's own word
            if named and stop - 1 > i and _ends_title(out, toks[stop - 1], orig):
                own_name = True  # "change the title to summer at the beach": no photo is where
                break  # a title goes, so "the beach" ends its words
            stop -= 1
        begin, first = tok.end, i
        if tok.kind == "to" and _old_words_begin(out):
            # "make the title Our Trip to Norway": the old words begin the new text (only
            # "change ... Our trip to Norway" renames them)
            begin = out.pop(-2).start
        own_in = first < stop and _said_in(toks, first)  # "saying in the woods"
        styled: list[Tok] = []
        while (
            first < stop
            and not glued_place(toks[first], orig)
            and not _own_capital(toks[first], orig)  # "saying Back to school"
            and not _put_with(tok, toks[first], orig)  # "at the end put With love from us"
            and not _own_capital_word(orig[begin : toks[first].start])  # "The best is yet to"
            and not _free_words(toks[first], orig[begin : toks[first].start])
            and not _said_in(toks, first)  # "saying into the woods": the text's own
            and not _said_with(toks, first, tok)  # "should say with love, grandma"
            and not _verb_after_to(toks, first, tok)  # "change the title to back to school"
            and (
                _leading(toks[first], orig)
                or _colour_first(toks[first], orig)
                or _named_then_colon(toks, first)  # "写个字幕：乖乖": the noun, then the text
                or _named_then_space(toks, first, orig)  # "写个字幕 乖乖", "写一行字 出发"
            )
        ):
            if toks[first].kind == "color":  # "标题写红色的 新婚快乐": the colour, then the text
                styled.append(toks[first])
            if toks[first].kind in ("start", "end") and tok.kind not in TEXT_NOUNS:
                styled.append(toks[first])  # "write at the start Welcome home": a title
            begin = toks[first].end
            first += 1
        rest = toks[first:stop]
        # "片尾来一句金色的 结婚十周年快乐": a line announced ("一句", "一行") is what follows
        a_line = tok.kind == "says" and any(ch in tok.surface for ch in "句行")
        liked = rest and (rest[0].surface in LIKING or rest[0].kind == "reason")
        if styled and liked and not a_line:
            continue  # "字幕换成黄色 她最喜欢黄色", "… 这样看得清楚": the colour, and why (no text)
        # "字幕改成白色 (这个)黄色太土了": a second colour after the colour asked is a remark on
        # the old one (before, "黄色太土了" was written as the caption: a silent wrong edit)
        lead = [t for t in rest if t.kind != "it"][:1]
        if styled and lead and lead[0].kind == "color" and not lead[0].surface.isascii():
            continue
        if styled and any(t.kind == "dislike" for t in rest):
            continue  # "字幕改成白色 黄色太土了": the colour, and what was wrong (no text)
        # "标题改成白色 海滩太亮了看不清": the colour, and the fault it mends (no text; an
        # occasion is a text's own words: "金色的 结婚十周年快乐")
        faulted = any(t.kind in ("unsupported", "too") for t in rest)
        if styled and faulted and not orig[begin:].isascii():
            continue
        if rest and rest[0].kind == "color" and any(t.kind == "reason" for t in rest[1:]):
            continue  # "make the title pink my niece loves pink": the colour, and who likes it
        # "it needs to be 30 seconds for my class": a value, then why it is wanted (no text)
        # (a number's value only: "Happy anniversary" is a mood word and a reason, and a text)
        if len(rest) > 1 and rest[0].kind in MEASURES and rest[1].kind == "reason":
            continue
        bigger = bool(rest) and rest[0].kind in ("bigger", "smaller") and rest[0].start == begin
        # "标题写大点", "标题改大点 我爸说看不清": written/changed bigger (before, "改大点 …" was
        # written as the title: a silent wrong edit)
        bigger = bigger and toks[first - 1].surface in ("写", "改", "弄", "调", "搞", "变")
        bigger = bigger and len(rest) > 1 and rest[1].kind == "degree"  # "大点", not "小雨"
        if bigger and not orig[begin : begin + 1].isascii():
            continue  # "标题写大点 老人家眼神不好": written bigger (the reason is no text)
        spaced = (_spaced(tok, orig) and _pointed(out[:-1])) or asked_spaced
        # "第三张加上字幕：小狗狗": after a colon, words that are not a style are the text
        said_colon = tok.kind == "colon" or (i < len(toks) and toks[i].kind == "colon")
        spaced = spaced or (
            said_colon
            and _pointed(out[:-1])
            and any(
                t.kind not in ("color", "pos", "degree", "size", "bigger", "smaller", "dur")
                for t in rest
            )
        )
        # "标题换个颜色 显眼点": what of the text changes (its colour, size, place), no words
        if (
            rest
            and rest[0].kind in ("look_word", "size_word", "position", "colour_which")
            and not rest[0].surface.isascii()
        ):
            continue
        # "the title should be yellow and bigger": styles joined by "and" are still no text
        styles = rest and all(t.kind in (*STYLE_ONLY, "and") for t in rest)
        styles = styles and any(t.kind != "and" for t in rest)
        # "title: GRAND OPENING" (but "title in Red" is a colour, whatever its capital)
        capital = any(_capital(t, orig) and t.kind not in ("color", "pos") for t in rest)
        # "end with The best is yet to come": words no token stands for come before them
        capital = capital or (bool(rest) and _own_capital_word(orig[begin : rest[0].start]))
        # "closing Thanks for Watching": only words no token stands for, begun with a capital
        upto = toks[stop].start if stop < len(toks) else len(orig)
        capital = capital or (
            not rest and _mostly_lower(orig) and _own_capital_word(orig[begin:upto])
        )
        # "第一张的字改成 阳光": a text changed to a Chinese mood word is given those words
        worded = tok.kind in TEXT_NOUNS and _explicit(toks[i:]) and _mood_word(rest)
        worded = worded or own_name  # "call it Nana's garden": the garden is in the text
        worded = worded or own_in
        if styles and not (colon and _named(rest)) and not spaced and not capital and not worded:
            continue
        # "photo 2 needs to be up longer so people can read the caption": a step of time after
        # "needs to be" is what is asked (before, "up longer so people can" became the caption)
        # (also "the title needs to be shorter": no title reading "shorter")
        timed = any(t.kind in TIME_STEPS for t in rest[:3]) and not said_colon
        copulas = [t for t in [tok, *toks[i:first]] if t.kind == "says"]
        copula = any(t.surface.lower() in COPULAS for t in copulas)
        if copula and timed and not capital:
            continue
        # "Lisboa not Lisbon", "叫逗逗不是豆豆" (but "青春不散场" keeps its 不)
        cut = next((n for n, t in enumerate(rest) if t.kind == "not" and _corrects(t, orig)), None)
        if cut is not None and cut > 0:  # "Lisboa not Lisbon"
            stop, rest = first + cut, rest[:cut]
        if (
            tok.kind in TEXT_NOUNS
            and not _explicit(toks[i:])
            and not (rest and all(_plain(t, orig) for t in rest))
            and not (_pointed(out[:-1]) and _named(rest))
            and not spaced
            and not capital
            and not own_in
            and not added_words(out[:-1], rest)
        ):
            continue
        last = toks[stop].start if stop < len(toks) else len(orig)
        if 0 < len(toks) - stop <= 3 and all(orig[t.start] in "!！" for t in toks[stop:]):
            last = toks[-1].end  # "See you next summer!", "bob!!": the person's own sign
            if not any(ch.isalnum() or ch.isspace() for ch in orig[last:].strip()):
                last = len(orig)  # "Road trip!! 🚗": the emoji after the signs is the text's too
        ended = not any(ch.isalnum() for ch in orig[last:])  # "title: lights on": its own "on"
        said = unwrapped(_trim(orig[begin:last], ended), tok.kind)  # "字幕是 花园吧": 花园
        stated = IS_SAID.match(said) if tok.kind in TEXT_NOUNS else None
        if stated:  # "the title is Our Big Day": the words begin after "is"
            begin, said = begin + orig[begin:last].index(said) + stated.end(), said[stated.end() :]
        if not rest and said in ZH_NOTHING:
            continue  # "字幕改一下，…": only "一下", a word that carries nothing, follows
        if tok.kind in TEXT_NOUNS and said.startswith(("里的", "里面的", "中的")):
            continue  # "标题里的夏天改成冬天": a word inside the text named, never new words
        if any(t.kind == "undecided" for t in rest):
            continue  # "标题我还没想好": not decided yet, no text
        if said in ARTICLES:
            continue  # "add the date as a title": "a" leads the noun, it is no text
        if VAGUE.fullmatch(said):
            continue  # "write something nice at the end": which words is left to ask
        if only_a_language(said):
            continue  # "标题改成英文": a translation asked for, no text given
        if styled and said.startswith("的"):
            said = said[1:].strip()
        if said:
            out.extend(styled)
            out.append(Tok("text", said, begin, last))
            i = stop
            # "title Our Holiday remove photo 3": the next request is a clause of its own
            joined = stop < len(toks) and toks[stop].kind not in (*BREAKS, "and")
            if joined and _verb_asks(toks, stop, orig):
                out.append(Tok("sep", None, toks[stop].start, toks[stop].start, ""))
    return out


# "the title is Our Big Day", "the video name is X": "is" before words begun with a capital
IS_SAID = re.compile(r"(?:is|will be|is now)\s+(?=[A-Z0-9\"“'])")


PHOTO_NOUN = re.compile(r"\s*(?:photos?|pics?|pictures?|images?|shots?|ones?|slides?)\b")


def _ends_title(out: list[Tok], photo: Tok, orig: str) -> bool:
    """A photo's bare name ending the words of a title or closing text ("call it beach day with
    the dog", "make the title a walk in the forest"): a title or an ending is put on no photo,
    so the name is the text's own word ("... on the dog photo" still names the photo)."""
    if any(ch.isalpha() for ch in orig[photo.end :]) or PHOTO_NOUN.match(orig, photo.end):
        return False
    if PHOTO_NOUN.search(orig[photo.start : photo.end]):
        return False
    for t in reversed(out[-40:]):
        if t.kind in BREAKS or t.kind in ("caption", "textnoun", "photo", "ord", "pic", "sign"):
            return False
        if t.kind in ("title", "closing"):
            return True
        if t.kind == "call":
            return not t.surface.startswith(("caption", "label"))
    return False


def _verb_after_to(toks: list[Tok], k: int, lead: Tok) -> bool:
    """ "change the title to back to school": a word of changing right after "to" is the
    text's own first word (nobody says "change it to switch to ...")."""
    before = toks[k - 1] if k > 0 else lead
    after_to = before.kind == "to" or before.surface.endswith(" to")  # "rename it to"
    return toks[k].kind == "change" and toks[k].surface.isascii() and after_to


def _old_words_begin(out: list[Tok]) -> bool:
    """ "make the title Our trip to Norway", "make it Our Trip to Norway": a text's words said
    right after the text (or "it") and before "to", with no verb of changing in the clause, are
    the first words of the new text, not the old text renamed."""
    if len(out) < 3 or out[-2].kind != "it_text" or not out[-2].surface.isascii():
        return False
    if out[-3].kind == "to":
        return True  # "change it to our trip to paris": the new words begin after the first "to"
    if out[-3].kind not in (*TEXT_NOUNS, "it", "call", "says"):
        return False
    for t in reversed(out[:-3]):
        if t.kind in BREAKS:
            break
        if t.kind == "change":
            return False
    return True


def _spaced(tok: Tok, orig: str) -> bool:
    """A Chinese text noun and a space: what follows is the text ("海边那张配字 阳光沙滩")."""
    return (
        tok.kind in ("caption", "closing", "textnoun", "says", "colon")
        and not tok.surface.isascii()
        and orig[tok.end : tok.end + 1] == " "
    )


def _asked_spaced(tok: Tok, before: list[Tok], orig: str, after: Sequence[Tok] = ()) -> bool:
    """ "加个标题 小区运动会", "片尾加个 关注我们，了解更多": a Chinese request to add a text,
    then a space: what follows is the text, whatever words it holds."""
    # "第3张加caption beach day": an English text noun said in a Chinese request
    chinese = any("\u4e00" <= ch <= "\u9fff" for ch in orig)
    # "加个ending 谢谢观看": the end, said in English too
    mixed = tok.kind in (*TEXT_NOUNS, "end") and chinese and any(t.kind == "add" for t in before)
    if tok.surface.isascii() and not mixed:
        return False
    if orig[tok.end : tok.end + 1] != " ":
        return _added_glued(tok, before, after, orig)
    if _ending_spaced(tok, before, after):
        return True
    if tok.kind == "call" and chinese:  # "取个名叫 小森林": the name, whatever words it holds
        return True
    clause = []
    for t in reversed(before[-12:]):
        if t.kind in BREAKS:
            break
        # "最后放一行字 完": a Chinese "put" before a text noun adds it, as "加" does
        clause.append("add" if t.kind == "put" and not t.surface.isascii() else t.kind)
    if tok.kind in TEXT_NOUNS:
        return bool({"add", "change", "says"} & set(clause))
    # (with 也 the text is the one just written, also there: caption_too decides)
    also = "也" in orig[before[-1].end if before else 0 : tok.start]
    if tok.kind == "add" and "photo" in clause and not {"end", "start"} & set(clause) and not also:
        return _plain_words(after)  # "第五张加个 感谢同窗四年" (never "第五张加个 转场")
    return tok.kind in ("add", "says") and bool({"end", "start", *TEXT_NOUNS} & set(clause))


# words a glued phrase may hold as its own: "我们毕业啦" (毕业 explains elsewhere), "生日快乐"
GLUED_OWN = ("?", "num", "it", "not", "reason", "mood")
GLUED_WORDS = re.compile(r"[^\s,.!?;:，。！？；：、]*")


def _added_glued(tok: Tok, before: list[Tok], after: Sequence[Tok], orig: str) -> bool:
    """ "结尾加个谢谢观看", "开头加上欢迎回家": a Chinese add right after the start or the end,
    glued to a phrase (four characters or more) that names nothing the video has: the text
    there (never "结尾加个淡出", "开头加个转场"; "结尾加个二维码" is a thing, not words)."""
    phrase = GLUED_WORDS.match(orig, tok.end)
    return (
        phrase is not None
        and len(phrase.group(0)) >= 4
        and tok.kind == "add"
        and not tok.surface.isascii()
        and bool(before)
        and before[-1].kind in ("end", "start")
        and _glued_words(after)
    )


def _glued_words(after: Sequence[Tok]) -> bool:
    """Words of a text's own up to the next break, one at least not a mood ("欢快的" is music)."""
    stop = next((k for k, t in enumerate(after) if t.kind in BREAKS), len(after))
    words = [t.kind for t in after[:stop]]
    return all(k in GLUED_OWN for k in words) and any(k != "mood" for k in words)


def _corrects(tok: Tok, orig: str) -> bool:
    """A "not" that sets the right words against wrong ones, not a word inside the text."""
    return tok.surface.isascii() or orig[tok.start : tok.start + 2] == "不是"


def _plain(tok: Tok, orig: str) -> bool:
    """A word of the text itself: unknown, a number, a filler, a 不 inside ("青春不散场")."""
    return tok.kind in ("?", "num", *SOFT) or (tok.kind == "not" and not _corrects(tok, orig))


def _plain_words(after: Sequence[Tok]) -> bool:
    """Words after the space that name nothing the video has: a text's own words."""
    words = list(after)
    while words and words[0].kind == "sep":
        words = words[1:]
    stop = next((k for k, t in enumerate(words) if t.kind in BREAKS), len(words))
    return stop > 0 and all(t.kind in ("?", "num", "it", "not") for t in words[:stop])


# what "加个结尾 …" may be followed by that is an edit of the ending, not its text
ENDING_EDITS: tuple[str, ...] = (*VALUES, "fade_out", "fade_in", "from_black", "to_black")
ENDING_EDITS += ("black", "color", "music", "transition", "motion")
ENDING_EDITS += ("longer", "shorter", "slower", "faster")


def _ending_spaced(tok: Tok, before: list[Tok], after: Sequence[Tok]) -> bool:
    """ "加个结尾 扫码关注我们", "加个片尾 谢谢观看" (the end asked for, a space): the closing
    text, unless the words ask an edit of the ending ("加个结尾 淡出" fades it)."""
    if tok.kind != "end" or not before or before[-1].kind != "add":
        return False
    ahead: list[str] = []
    for t in after[1:] if after[:1] and after[0].kind == "sep" else after:
        if t.kind in BREAKS:
            break
        ahead.append(t.kind)
    return any(k not in SOFT for k in ahead) and not set(ahead) & {*ENDING_EDITS, *VERBISH}


# what a next request is about: a spaced text ends at a comma before one of these
ASKS_AGAIN = (
    *VERBISH, *TEXT_NOUNS, "each", "pic", "dur", "music", "transition", "aspect", "platform",
    "look", "trans", "volume", "motion", "photo", "ord", "fit", "res", "fps", "sign", "call",
    "sort", "sort_key", "reverse", "shuffle", "faster", "slower", "longer", "shorter", "louder",
    "quieter",  # "开头写上 我们的旅行，再按时间排", "…，再慢一点"
)  # fmt: skip


def _spaced_through(toks: list[Tok], end: int) -> int:
    """A spaced Chinese text goes on past commas until a next request ("关注我们，了解更多")."""
    while end < len(toks) and toks[end].kind == "sep":
        nxt = next((j for j in range(end + 1, len(toks)) if toks[j].kind in BREAKS), len(toks))
        tail = toks[end + 1 : nxt]
        if not tail or any(t.kind in ASKS_AGAIN for t in tail):
            break
        end = nxt
    return end


def _only_a_photo(after: list[Tok], orig: str) -> bool:
    """One photo, in lower case, is all that is said up to the next request."""
    clause = next((after[:k] for k, t in enumerate(after) if t.kind in BREAKS), after)
    photo = [t for t in clause if t.kind not in ("pic", "sep")]
    return (
        len(photo) == 1
        and photo[0].kind in ("photo", "ord", "clip")
        and not _capital(photo[0], orig)
    )


def _leads(tok: Tok, before: list[Tok], after: list[Tok], orig: str) -> bool:
    """Whether unquoted text may follow ``tok``."""
    if tok.kind in ("call", "sign"):  # ("end on a black screen" is the video's fade)
        # "end with the newest" is the order
        # "end it with a long fade": the video's or the music's fade, never a text
        not_text = ("from_black", "sort_key", "trans", "fade_out", "fade_in", "fade_inout")
        leading = [t.kind for t in after if t.kind not in ("length", "degree", "longer", "slower")]
        # "end with calm music", "top it off with some music": the music, never its words
        sound = ("music", "song", "builtin", "uploaded")
        if tok.kind == "sign" and set(leading[:2]) & set(sound) and not _capital(after[0], orig):
            return False
        # "start with the beach and end with the garden": a photo to end on, never words
        if tok.kind == "sign" and _only_a_photo(after, orig):
            return False
        return not (tok.kind == "sign" and leading[:1] and leading[0] in not_text)
    if _asked_spaced(tok, before, orig, after):
        return True
    if tok.kind in TEXT_NOUNS and after[:1] and after[0].kind == "it_text":
        return False  # "把字幕City lights改成上海夜景": the text named, then its new words
    if tok.kind == "start" and tok.surface.lower().endswith((" with", " on")) and after:
        # "start it off with Welcome to our wedding" (not "start with the dog photo")
        return _capital(after[0], orig) and after[0].kind not in ("photo", "pic", "clip", "ord")
    if (
        tok.kind == "put"
        and tok.surface.isascii()
        and after
        and (after[0].kind not in ("song", "it", *VALUES) or _words(after, orig))
        and _capital(after[0], orig)
    ):
        return True  # "put Love you Grandma at the end", "put Beach Day on the first photo"
    clause = []
    for t in reversed(before[-40:]):
        if t.kind in BREAKS:
            break
        clause.append(t.kind)
    ahead_kinds = {t.kind for t in after[:4]}
    if tok.kind == "change" and not tok.surface.isascii() and "it_text" in clause[:3]:
        return True  # "把City lights改成上海夜景": the words a text named is changed to
    spaced = orig[tok.end : tok.end + 1] == " "  # "结尾改成黑屏" is the fade, not a text
    if tok.kind == "change" and not tok.surface.isascii() and clause[:1] in (["end"], ["start"]):
        # "把结尾改成 谢谢大家": the text at the end, changed to words that ask nothing else
        rest = next((after[:k] for k, t in enumerate(after) if t.kind in BREAKS), after)
        # "开头改成 生日快乐": a mood word beside a name is the text's own ("快乐" is no music)
        worded = [t for t in rest if not (t.kind == "mood" and not t.surface.isascii())]
        plain = all(t.kind in (*NAMEISH, *SOFT) for t in worded)
        return spaced and plain and (worded == rest or any(t.kind in NAMEISH for t in worded))
    if tok.kind == "says" and {"what", "ask", "how_many"} & (set(clause) | ahead_kinds):
        return False  # "what does the title say", "结尾写了什么字": a question
    if tok.kind == "colon" and "swap" in clause and not set(TEXT_NOUNS) & set(clause):
        return False  # "trade places: pic 2 with pic 5"
    as_role = tok.kind == "says" and tok.surface.lower() == "as"
    if as_role and after[:1] and after[0].kind in TEXT_NOUNS:
        return False  # "as the title write Welcome Baby Leo": the role, then the words
    if tok.kind in ("says", "colon"):  # what the text is for, said before or after it
        said = [t.kind for t in before[-40:]]
        given = bool(after) and (_capital(after[0], orig) or after[0].kind == "text")
        if tok.surface.lower() in MAYBE_BE and not given:
            return False  # "the title could be better": a wish, the words not given
        if tok.surface.lower() in HEDGES and not set(TEXT_NOUNS) & set(said):
            return False  # "add music, something like lofi beats": the music, as an idea
        ahead = []
        for k, t in enumerate(after[:12]):
            nxt = after[k + 1] if k + 1 < len(after) else None
            if t.kind == "sep" and nxt is not None and nxt.kind in NAMEISH and _capital(nxt, orig):
                continue  # "write Love, Dad at the end": the name goes on to the place
            if t.kind in BREAKS:
                break
            ahead.append(t.kind)
        # "finish with the words thanks for watching": the ending's words, whatever they are
        named = ("start", "end", "add", "photo", "it_text", "sign")
        if tok.surface in COPULAS and not set(TEXT_NOUNS) & {*clause, *ahead}:
            if tok.surface == "as":  # "use photo 5 as the thumbnail": a role, not words
                return bool(after) and _capital(after[0], orig)
            if clause[:1] == ["end"] and not {"photo", "ord", "pic", "clip"} & set(ahead):
                # "the last thing should be see you soon": words of their own, the ending's
                gap = orig[tok.end : after[0].start if after else len(orig)]
                return "?" in ahead or _free_words(Tok("in", None, -1, -1, ""), gap)
            return "?" in ahead  # "photo 3 should be longer" asks a length, not a caption
        nouns = TEXT_NOUNS if tok.kind == "says" else ()  # "write Hi in pink as the title"
        return any(k in TEXT_NOUNS or k in named for k in said) or bool(
            {"photo", "ord", "it_text", "end", "start", *nouns} & set(ahead)
        )
    first = next((t for t in after if t.kind not in LEADING), None)
    if tok.kind in TEXT_NOUNS and _says_later(after, orig):
        return False  # "add a caption to the dog photo saying Max": "saying" leads the text
    if tok.kind in TEXT_NOUNS and first is not None and _pointed(before) and _named([first]):
        return True  # "第4张的字幕改成森林", "给第一张加字幕海边": the forest is the text
    if tok.kind in TEXT_NOUNS and first is not None and _pointed(before) and _spaced(tok, orig):
        return True  # "第4张的字幕改成森林", "给第一张加字幕海边": the forest is the text
    if tok.kind == "to" and {*TEXT_NOUNS, "it_text"} & set(clause) and first is not None:
        return first.kind in ("?", "num") or _capital(first, orig)  # "... on photo 2 to Downtown"
    # words no token stands for, begun with a capital, right after the lead-in ("See You Soon")
    free = _own_capital_word(orig[tok.end : after[0].start if after else len(orig)])
    if tok.kind == "to" and clause[:2] in (["end", "change"], ["start", "change"]):
        # "change the ending to See You Soon": words begun with a capital are the text at the end
        # ("change the ending to a fade out" is the video's ending)
        if free and _mostly_lower(orig):
            return True
        if first is None or first.kind in (*VALUES, "photo", "ord", "pic"):
            return False
        return _capital(first, orig)
    if tok.kind in TEXT_NOUNS and _explicit(after) and first is not None and "?" not in clause:
        return True  # "片头文字换成 外婆八十大寿", "change the heading to Best Friends Forever"
    if "?" in clause:  # "translate the title into French": an unknown verb, not a text
        return False
    rest = next((after[:k] for k, t in enumerate(after) if t.kind in BREAKS), after)
    if (tok.kind in TEXT_NOUNS or _added_at_end(tok, before)) and added_words(before, rest):
        return True  # "put the title happy birthday tommy": words with a lexicon word inside
    # "add the title Summer", "title: Summer", "结尾文字谢谢观看" (not "make the title bounce")
    asked = not clause or bool({"add", "another", "change", "call"} & set(clause))
    asked = asked or (tok.kind == "caption" and _pointed(before))  # "最后一张配文 再见"
    lead = bool(after) and after[0].kind in ("change", "colon", "says", "to")
    told = not {"add", "another", "change", "call"} & set(clause)
    if told and first is not None and _verb_after(tok, first, orig):
        return False  # "the title covers the faces": said of the title, not its words
    if tok.kind in TEXT_NOUNS and first is None and free and asked and _mostly_lower(orig):
        return True  # "..., closing Thanks for Watching": only free words after, capitalised
    # "title Our first home": free words with a capital before the first token begin the text
    capital = first is not None and (
        _capital(first, orig) or _own_capital_word(orig[tok.end : first.start])
    )
    return (
        tok.kind in TEXT_NOUNS
        and first is not None
        and (first.kind in ("?", "num") or capital)
        and (asked or lead or capital)
        and (capital or not _described(tok, first, orig))
    )


def _says_later(after: list[Tok], orig: str) -> bool:
    """An English "saying"/"that says" further on in the clause, after a photo named."""
    for k, t in enumerate(after[:8]):
        if t.kind in BREAKS or t.kind == "text" or not t.surface.isascii():
            return False
        if t.kind == "says":
            return k > 0 and any(p.kind == "photo" for p in after[:k])
    return False


def _verb_after(tok: Tok, first: Tok, orig: str) -> bool:
    """ "the title covers the faces", "the caption hides his face": "the" text noun, then a
    lower-case word in -s right after it is what the text does, never its words."""
    said = orig[first.start : first.end]
    return (
        orig[: tok.start].rstrip().lower().endswith(("the", "this", "that", "my"))
        and not orig[tok.end : first.start].strip()
        and said.isascii()
        and said.islower()
        and said.endswith("s")
        and not said.endswith(("ss", "'s", "us"))
    )


DESCRIBING = ("be", "is", "are", "was", "looks", "look", "seems", "feels", "gets", "get")


def _described(noun: Tok, first: Tok, orig: str) -> bool:
    """ "can the caption be animated", "the title looks janky": what the text is like, not
    its words."""
    return bool(set(orig[noun.end : first.start].lower().split()) & set(DESCRIBING))


def _words(after: list[Tok], orig: str) -> bool:
    """ "put Happy Birthday Sarah at the start": a mood word capitalised before an unknown
    capitalised word starts a text ("put Upbeat music on" does not)."""
    nxt = after[1] if len(after) > 1 else None
    return after[0].kind == "mood" and nxt is not None and nxt.kind == "?" and _capital(nxt, orig)


def _asks(tok: Tok, orig: str) -> bool:
    """A known word in lower case, which a capitalised text would not go on with."""
    return tok.kind not in (*NAMEISH, *SOFT, "text") and not _capital(tok, orig)


def _capital(tok: Tok, orig: str) -> bool:
    """A word the person wrote with a capital inside a sentence otherwise in lower case
    ("title Happy Bday Lily in pink"): the start of a text, even where it is a known word."""
    said = orig[tok.start : tok.end]
    mixed = sum(ch.isupper() for ch in orig) < sum(ch.islower() for ch in orig)
    return tok.start > 0 and said[:1].isupper() and said != "I" and said.isascii() and mixed


ARTICLES = ("a", "an", "the")
ZH_NOTHING = ("一下", "下", "吧", "了", "一下吧", "下吧", "一下子", "一点", "一些")


def _named_then_colon(toks: list[Tok], k: int) -> bool:
    """A text noun right before a colon leads the text ("写个字幕：乖乖"); so does one before a
    verb of writing ("加一行字写着 再见": "字" is no word of the text)."""
    return (
        toks[k].kind in TEXT_NOUNS
        and k + 1 < len(toks)
        and (toks[k + 1].kind == "colon" or _zh_says(toks[k + 1]))
    )


def _zh_says(tok: Tok) -> bool:
    return tok.kind == "says" and not tok.surface.isascii()


def _mood_word(rest: list[Tok]) -> bool:
    """Only a Chinese word of a mood ("阳光", "欢快"): no text has a mood, so the words."""
    return len(rest) == 1 and rest[0].kind == "mood" and not rest[0].surface.isascii()


def _named_then_space(toks: list[Tok], k: int, orig: str) -> bool:
    """A Chinese text noun, then a space, then more words leads the text ("写一行字 出发")."""
    tok = toks[k]
    spaced = orig[tok.end : tok.end + 1] == " " and k + 1 < len(toks)
    return tok.kind in TEXT_NOUNS and not tok.surface.isascii() and spaced


GLUED_KINDS = ("color", "smaller", "bigger")


def _glued_char(toks: list[Tok], k: int, orig: str) -> bool:
    """One Chinese character of a colour or a size glued to a word of the text before it
    ("小红", "蓝天白云"); after a noun it says the noun's ("字大一点": the text, bigger)."""
    tok = toks[k]
    before = orig[tok.start - 1 : tok.start] if tok.start > 0 else ""
    single = len(tok.surface) == 1 and "\u4e00" <= tok.surface <= "\u9fff"
    if tok.kind not in GLUED_KINDS or not single or not "\u4e00" <= before <= "\u9fff":
        return False
    prev = toks[k - 1] if k > 0 else None
    return prev is None or prev.end != tok.start or prev.kind in GLUED_KINDS


def _colour_first(tok: Tok, orig: str) -> bool:
    """A Chinese colour word before the text styles it ("Golden Hour" is a text); one
    character glued to the next is the text's own word ("蓝天白云")."""
    glued = len(tok.surface) == 1 and "\u4e00" <= orig[tok.end : tok.end + 1] <= "\u9fff"
    return tok.kind == "color" and not tok.surface.isascii() and not glued


def _added_at_end(tok: Tok, before: list[Tok]) -> bool:
    """ "add at the end love from grandma": the end, right after the verb that adds."""
    return tok.kind == "end" and bool(before) and before[-1].kind in ("add", "put", "says")


def _explicit(after: list[Tok]) -> bool:
    """A lead-in that says a text follows ("换成", "to", ":", "says"), not "at"."""
    return bool(after) and (
        after[0].kind in ("change", "colon", "says")
        or (
            after[0].kind == "to"
            and after[0].surface != "at"
            and (len(after) < 2 or not _place(after[1]))
        )
    )


PLACE_KINDS = ("photo", "ord", "pic", "clip", "end", "start", "pos", "each", "it")


def _place(tok: Tok) -> bool:
    """ "to photo 1", "to the end" (not "to Beach Day", a text that names a photo)."""
    return tok.kind in PLACE_KINDS and not (tok.kind == "photo" and isinstance(tok.value, str))


PLACING = ("on", "for", "to", "in", "at", "over", "under", "of", "with", "onto", "by")


def _named_in_words(toks: list[Tok], k: int, lead: Tok, orig: str) -> bool:
    """A photo's name said straight after words of the text, with no "on"/"for" between and
    nothing after it ("call it Nana's garden"): a word of the text, not where it goes."""
    before = lead.end
    for prev in reversed(toks[:k]):  # unknown words are the text's own ("Nana's")
        if prev is lead or prev.kind not in NAMEISH:
            before = prev.end if prev is not lead else lead.end
            break
    words = re.findall(r"[\w']+", orig[before : toks[k].start].lower())  # "Class of 2020 #1"
    words = [w for w in words if w not in ("the", "a", "an", "my", "our", "this", "that")]
    after = orig[toks[k].end :].strip(" !.?,")
    return bool(words) and words[-1] not in PLACING and not any(ch.isalpha() for ch in after)


def _free_words(tok: Tok, between: str) -> bool:
    """Words no token stands for before a little word that may lead a text: the text has begun
    ("...: see you in august": "in" is the text's own word, not a second lead-in)."""
    words = [w for w in re.findall(r"[^\W\d_]+", between.lower()) if w not in LINKING]
    return tok.kind in ("in", "to", "with", "it") and bool(words)


LINKING = ("at", "the", "a", "an", "of", "on", "very", "right", "and", "just")


def _leading(tok: Tok, orig: str) -> bool:
    """A lead-in word before the text ("says to", "with"), not the text's own first word
    ("title should say In Loving Memory")."""
    if tok.kind in ("to", "in") and " " not in tok.surface and _capital(tok, orig):
        return False  # "should be Into the woods"
    return tok.kind in LEADING and not (tok.kind == "in" and orig[tok.start : tok.start + 1] == "I")


SAYING = ("saying", "says", "that says", "which says", "reads", "that reads", "reading", "read")


def _said_in(toks: list[Tok], k: int) -> bool:
    """ "caption on photo 4 saying into the woods", "a caption that reads in the woods": after
    a word of saying, "in" / "into" / "to" before words no token stands for begin the text."""
    tok = toks[k]
    if k == 0 or toks[k - 1].kind != "says" or toks[k - 1].surface not in SAYING:
        return False
    if tok.kind == "says" and tok.surface.split()[0] in ("to", "in"):
        return True  # "an ending that says to be continued": "to be" is the text's own
    if tok.kind not in ("in", "to") or " " in tok.surface:
        return False
    styles = ("color", "pos", "bigger", "smaller", "degree", "dur", "start", "end", "position")
    return k + 1 < len(toks) and toks[k + 1].kind not in (*styles, "sep", "then", "text")


def _said_with(toks: list[Tok], k: int, lead: Tok) -> bool:
    """ "the ending should say with love, grandma", "closing text: with love from us": "with"
    right after a word of saying or a colon begins the text (a sign-off's own word); after
    "end" or "sign it" it leads the text in ("end with Thanks")."""
    if toks[k].kind != "with" or k == 0 or toks[k - 1].kind not in ("says", "colon"):
        return False
    return lead.kind != "sign" and k + 1 < len(toks) and toks[k + 1].kind not in ("sep", "then")


def _clause_end(toks: list[Tok], i: int, orig: str, colon: bool = False) -> int:
    """Where the text ends: at the next request; after a colon only at a comma or the end
    ("caption for the forest pic: Lost but happy"); a text begun with capitals ends at an "and"
    before known words in lower case ("title Lisbon 2023 and fade to black transitions")."""
    capitals = _begun_with_capital(toks, i, orig)
    for j in range(i, len(toks)):
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if capitals and toks[j].kind == "and" and nxt is not None and _asks(nxt, orig):
            return j
        if capitals and j > i and _verb_asks(toks, j, orig):
            return j  # "add title Our Holiday make the music louder": no "and" between
        asks = j + 1 < len(toks) and toks[j + 1].kind in (*NEXT_ASK, "export")
        # "title: Camping 2024 then fade in": words of a request in lower case after "then"
        # (not "Lost but happy": "but" goes on with the text's own words)
        said_then = toks[j].surface.lower() in ("then", "and then")
        asks = asks or (capitals and said_then and nxt is not None and _asks(nxt, orig))
        if toks[j].kind in BREAKS and not (colon and toks[j].kind == "then" and not asks):
            return j
        if toks[j].kind == "and" and j + 1 < len(toks) and toks[j + 1].kind in NEXT_ASK:
            return j
        if toks[j].kind == "and" and _text_said_next(toks[j + 1 : j + 4]):
            return j  # "should be first and its caption should be Good boy": a text of its own
    return len(toks)


def _text_said_next(ahead: list[Tok]) -> bool:
    """A text named and what it says ("its caption should be", "the ending to say"), or
    another photo and what it says ("... saying day one and to photo 2 saying day two")."""
    said = [t for t in ahead if t.kind != "it"]
    if said[:1] and said[0].kind == "to":
        said = said[1:]
    # a photo by its number only ("me and the dog says woof" may be the text's own words)
    numbered = bool(said) and said[0].kind in ("photo", "ord") and isinstance(said[0].value, int)
    named = said[:1] and (said[0].kind in (*TEXT_NOUNS, "end") or numbered)
    return len(said) >= 2 and bool(named) and said[1].kind == "says"


def _begun_with_capital(toks: list[Tok], i: int, orig: str) -> bool:
    """Whether the text begins with a capital: its first word past the lead-in words ("the
    title to say Lisbon 2024"), or words no token stands for ("closing text See you next")."""
    k = i
    while k < len(toks) and toks[k].kind in ("says", "colon", "with", "to", "it"):
        k += 1
    if k >= len(toks):
        return False
    before = toks[k - 1].end if k > 0 else 0
    return _capital(toks[k], orig) or (
        k == i and _own_capital_word(orig[before : toks[k].start]) and _mostly_lower(orig)
    )


def _mostly_lower(orig: str) -> bool:
    """A sentence typed in lower case but for the text ("Add The Title" capitalises all)."""
    return sum(ch.isupper() for ch in orig) < sum(ch.islower() for ch in orig)


VERBS = tuple(v for v in VERBISH if v != "says")  # ("as the heading" says which text)


def _verb_asks(toks: list[Tok], j: int, orig: str) -> bool:
    """A verb in lower case, then a word of another request ("make the music louder"): after a
    text begun with capitals, the next request, though no "and" or comma comes before it."""
    verb = toks[j]
    ahead = [t for t in toks[j + 1 : j + 3] if t.kind != "it"]  # "make it square"
    nxt = ahead[0] if ahead else None
    if verb.kind not in VERBS or not verb.surface.isascii() or _capital(verb, orig):
        return False
    if nxt is None:
        return verb.kind == "export"  # "... Love You All export it"
    # "swap 1 and 2", "remove photo 3": a photo said by its number is asked of too
    numbered = verb.kind in ("swap", "remove", "move") and nxt.kind in ("num", "photo", "ord")
    return _asks(nxt, orig) or numbered


# "should be" says what a text reads only where a text is named ("the caption should be Hi")
COPULAS: tuple[str, ...] = ("should be", "should just be", "can just be", "just be", "to be")
COPULAS += ("as", "be")
COPULAS += ("needs to be", "need to be", "has to be", "have to be", "ought to be", "gotta be")
COPULAS += ("got to be", "has got to be")  # "the title needs to be bigger": en_compared_words
COPULAS += ("gonna be", "is gonna be", "is going to be")  # "the title is gonna be X"
# "the title could be Hawaii 2025": words of their own only when begun with a capital
MAYBE_BE = ("could be", "could just be", "can be", "would be", "will be")
COPULAS += MAYBE_BE
NAMEISH = ("?", "reason", "and", "num")  # words no request is made of: names, "Mum & Dad"


def _through_commas(toks: list[Tok], end: int, orig: str) -> int:
    """An unquoted text goes on past a comma when what follows is only names or unknown
    words ("sign it with Love, Mum & Dad", "title it Hello, World"), not a next request."""
    while end < len(toks) and toks[end].kind == "sep":
        nxt = next((j for j in range(end + 1, len(toks)) if toks[j].kind in BREAKS), len(toks))
        tail = toks[end + 1 : nxt]
        joined = next(  # "Love, Mom & Dad and make it gold": the text ends before the request
            (
                j
                for j, t in enumerate(tail[:-1])
                if t.kind == "and" and tail[j + 1].kind not in NAMEISH
            ),
            None,
        )
        if joined:
            tail, nxt = tail[:joined], end + 1 + joined
        if tail and all(t.kind == "num" for t in tail):
            end = nxt  # "write Buddy, 2010-2024": the years are the text's
            continue
        if WHY_AFTER.match(orig[toks[end].end : tail[0].start if tail else len(orig)]):
            break  # "title should be Sunday Roast, its for my cooking page": why, not the text
        place = len(tail)  # "write Love, Dad at the end": the place after the text is not it
        while place > 1 and tail[place - 1].kind in PLACES:
            place -= 1
        tail = tail[:place]
        if not tail or not all(t.kind in NAMEISH for t in tail):
            break
        signed = len(tail) == 1 and tail[0].surface.lower() in SIGNERS  # "love, dad"
        # "with love, grandma and grandpa": who signs, two of them
        signed = signed or (
            len(tail) > 1
            and tail[-1].surface.lower() in SIGNERS
            and all(t.kind == "and" or t.surface.lower() in SIGNERS for t in tail)
        )
        if not signed and not any(t.kind == "?" or orig[t.start].isupper() for t in tail):
            break  # "end on the dog pic, it's the cutest": a reason, not the text
        if place < nxt - end - 1:
            return end + 1 + place
        end = nxt
    return end


PLACES = ("end", "start", "pos", "to", "in", "photo", "ord")
# a reason said after the text and a comma: who or what the video is for
WHY_AFTER = re.compile(
    r"\s*(?:it'?s for|its for|it is for|this is for|that'?s for|thats for|for my|for our|"
    r"because|cause|cuz|coz|bc)\b",
    re.IGNORECASE,
)
# who signs a text, written in lower case after a comma ("sign off saying love, dad")
SIGNERS = ("dad", "mom", "mum", "grandma", "grandpa", "nana", "papa", "mommy", "daddy")
LEAD_WORDS = ("pls", "please", "plz", "", "-", "=", ">", "=>", "→")  # "title = Paris 2024"
TAIL_WORDS: tuple[str, ...] = ("on", "for", "to", "in", "at", "onto", "over", "under", "the", "of")
# "标题写 新婚快乐 要红色的": a spaced 要 before the style asks for the style, it is no word
# of the text
TAIL_WORDS += ("要", "用", "要用", "换成", "改成", "弄成")
# how the text is written, said before a colon and the text ("title in caps: SUMMER")
WRITTEN_AS = re.compile(
    r"^(?:in )?(?:all )?(?:caps|capitals|capital letters|big letters|large letters|bold)\s*:\s*"
)
# words that stand for a text not yet chosen, in lower case ("Something Blue" is a text)
VAGUE = re.compile(
    r"(?:something|smth|sth|somethin|anything)(?: (?:really|very|kinda|a bit|short|and|nice|"
    r"cute|funny|sweet|cool|simple|fun|good|meaningful|heartfelt|special|clever|catchy|"
    r"creative|emotional|personal|inspiring|touching|witty|appropriate|fitting))*"
    # "name it whatever you like": the words left to the assistant
    r"|(?:whatever|anything|what|w/e|watever)(?: (?:you|u|ya) (?:like|want|think|prefer))?"
    r"(?: (?:is )?(?:best|fine|good))?"
    r"|a day(?: (?:for|4) (?:now|today|tonight))?"  # "ok call it a day": done, no title
    r"|(?:the )?(?:file|filename|file name|mp4|mp4 file)"  # "rename the video file"
)
WORDS_NAMED = ("the words", "the text", "the line", "the message", "the phrase")
HEDGES: tuple[str, ...] = ("something like", "smth like", "sth like", "somethin like")
HEDGES += ("maybe something like",)
HEDGES += ("something along the lines of",)
# "for the title i was thinking Hawaii 2025": an idea of the text, after the text named
HEDGES += ("i was thinking", "i'm thinking", "im thinking", "i was thinking of")
HEDGES += ("i was thinking maybe",)
# words said before a text that is only an idea of it ("a title, maybe Backyard BBQ"), in lower
# case (a text of its own may begin so: "Like Father Like Son")
HEDGED = re.compile(
    r"^(?:(?:idk|i guess|i think),? )?(?:maybe |perhaps |possibly )?"
    r"(?:(?:something|smth|sth|somethin) )?(?:like|along the lines of|such as)\s+"
    r"|^(?:(?:idk|i guess|i think),? )?(?:maybe|perhaps|possibly)\s+"
)


# the words offered as the text, in lower case before them ("lets do Spring in Kyoto", "how
# about Lake Days", "go with Road Trip")
OFFERED = re.compile(
    r"^(?:(?:let'?s|lets|let us)\s+(?:do|go with|use|try|have|say|put|write)|"
    r"(?:how|what) about|(?:just\s+)?go with|i'?d (?:say|go with)|i vote)\s+"
)


def _trim(said: str, ended: bool = False) -> str:
    """The text without trailing signs or a dangling "on"/"for" ("write Hello on photo 1"); a
    text that ends the sentence keeps its last word, whatever it is ("title: lights on")."""
    said = unframed(said.strip(" .。,，:："))  # "a message saying we love you"
    bangs = len(said) - len(said.rstrip("!！"))  # "happy retirement bob!!": one run at its end
    if (
        0 < bangs <= 3
        and said.count("!") + said.count("！") == bangs
        and said[-bangs - 1 : -bangs].isalnum()
    ):
        pass  # "See you next summer!", "Grandma Turns 80!": the person's own sign
    else:
        said = said.strip(" .。!！,，:：")
    words = said.split()
    while words and (words[0].lower().strip(":-") in LEAD_WORDS or words[0] in ("be", "to be")):
        words.pop(0)
        said = " ".join(words)
    while words and words[-1].lower() in TAIL_WORDS and not (ended and len(words) > 1):
        words.pop()
    offered = OFFERED.match(" ".join(words))  # "for the title lets do Spring in Kyoto"
    if offered is not None and offered.end() < len(" ".join(words)):
        words = " ".join(words)[offered.end() :].split()
    hedged = HEDGED.match(" ".join(words))  # "a title like Backyard BBQ": the words after
    if hedged is not None and hedged.end() < len(" ".join(words)):
        words = " ".join(words)[hedged.end() :].split()
    written_as = WRITTEN_AS.match(" ".join(words))
    if written_as is not None and written_as.end() < len(" ".join(words)):
        words = " ".join(words)[written_as.end() :].split()  # "title in caps: SUMMER"
    if len(words) > 2 and " ".join(words[:2]) in WORDS_NAMED:
        words = words[2:]  # "end with the words thank you grandma": the words are the rest
    words = without_remark(_unpolite(words))  # "Christmas at Nana's because ..."
    words = _unpolite(words)
    return " ".join(words) if len(words) != len(said.split()) else said


# said to the assistant after the text, not part of it ("title it Our Trip if possible, thanks")
POLITE = (
    "please", "pls", "plz", "thanks", "thank you", "thx", "ty", "if possible", "if you can",
    "if you could", "if thats possible", "if that's possible", "if that is possible", "if thats ok",
    "if that's ok", "thanks so much", "thank you so much", "thanks a lot", "for me",
)  # fmt: skip


def _unpolite(words: list[str]) -> list[str]:
    """Words without a polite ending, unless the polite words are the whole text ("Thank you")."""
    for _ in range(3):
        said = " ".join(words)
        low = said.lower().rstrip(" ,.!?")
        signs = re.search(r"\s*[^\w\s'\"“”]+$", low)  # "pls 🙏": a sign after the polite word
        if signs is not None and any(low[: signs.start()].endswith(" " + p) for p in POLITE):
            low = low[: signs.start()]
        tail = next((p for p in POLITE if low.endswith(" " + p)), None)
        if tail is None:
            break
        words = said[: len(low) - len(tail)].rstrip(" ,").split()
    return words


def _named(rest: list[Tok]) -> bool:
    """Only photos named by their subject ("森林", "beach", "花园派对"), which may be a text's
    words."""
    return bool(rest) and all(t.kind == "photo" and isinstance(t.value, str) for t in rest)


def _pointed(before: list[Tok]) -> bool:
    """Whether the clause so far points at a photo by number ("第4张的字幕改成森林"): a
    photo's name after that is the text, not a second photo."""
    for t in reversed(before[-40:]):
        if t.kind in BREAKS:
            return False
        if t.kind in ("ord", "photo"):
            return True
    return False

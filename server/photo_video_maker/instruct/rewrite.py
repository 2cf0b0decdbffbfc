"""A text just written, put right in full: "写错了，应该是逗逗" (after the caption "豆豆"), "是老妈
不是妈妈，改成老妈生日快乐", "typo, it should say Maxi".

The previous turn wrote a title, caption or closing text; a sentence that says it was wrong
("错了", "不是", "typo") and then gives the words it should be ("应该是 …", "改成 …") writes
those words in its place. Nothing else may be asked in such a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model.edit_types import Edit, SetCaption, SetClosing, SetTitle
from .entities import Tok
from .fillers import SOFT
from .zh_text_ends import unwrapped

# "狗那张", "第三张": a photo, said where the right words would be
PHOTO_SAID = re.compile(r"^(?:第.{1,3}张|.{1,6}[那这]张)(?:照片|图|图片)?$")
CORRECTS = ("wrong", "instead", "not", "no")  # what says the words were wrong
LEADS = ("says", "change", "call", "put")  # what gives the right words
WORDS = ("?", "num", "photo", "reason", "mood", "text", "it_text", "and", "pic")
TEXTS = ("title", "caption", "closing", "textnoun")


def rewritten(text: str, toks: list[Tok], last: Sequence[Edit]) -> Edit | None:
    """The text edit of the previous turn with the words said in its place, if asked."""
    written = next(
        (e for e in reversed(last) if isinstance(e, SetTitle | SetCaption | SetClosing)), None
    )
    toks = _said_is(toks, text)
    lead = max((k for k, t in enumerate(toks) if t.kind in LEADS), default=None)
    meant = lead is None and written is not None and _meant(toks, text, written) is not None
    lead = _meant(toks, text, written) if meant and written is not None else lead
    if written is None or lead is None or (lead == len(toks) - 1 and not _unread(text, toks)):
        return None
    before, after = toks[:lead], toks[lead + 1 :]
    if meant:  # "no wait, Rome 2025": the signs between are no words
        after = [t for t in after if t.kind != "sep"]
    # "change it to Buddy", "make it say Buddy" right after the text was written: "it" is it
    near = toks[max(0, lead - 2) : lead + 2]
    that_text = toks[lead].kind in ("change", "says") and any(t.kind == "it" for t in near)
    # "改成 旺财" said alone right after the text was written: its words, now these
    alone = all(t.kind in ("sep", *SOFT) for t in before) and not toks[lead].surface.isascii()
    that_text = that_text or (toks[lead].kind == "change" and alone) or _made(toks, lead, text)
    that_text = that_text or meant
    if not any(t.kind in CORRECTS for t in before) and not that_text:
        return None
    if any(t.kind not in (*WORDS, *TEXTS, *CORRECTS, "sep", *SOFT) for t in before):
        return None
    # a word the person capitalised is the text's own ("Spain" is no typo of "spin")
    after = [Tok("?", t.value, t.start, t.end) if _capital(t, text) else t for t in after]
    # "写错了，应该是 小猫": said wrong, then what it should be: all of it is the words ("小" too)
    told = toks[lead].kind == "says" and any(t.kind in CORRECTS for t in before)
    told = told and not toks[lead].surface.isascii() and bool(after)
    unread = _unread(text, toks)  # "change it to See You Soon": words the scanner drops
    # "no it should say Love, Mom and Dad": a comma between words is the text's own
    after = [t for k, t in enumerate(after) if not _inner_comma(after, k)]
    if not told and (
        any(t.kind not in (*WORDS, *SOFT) for t in after)
        or (not any(t.kind in WORDS for t in after) and not unread)
    ):
        return None  # "fix it pls": no words to write
    if unread and not any(t.kind in WORDS for t in after):
        return None if unread == written.text else written.model_copy(update={"text": unread})
    start = toks[lead].end  # "make it say good girl": "good" has no token, but is the text's
    while after and after[0].kind in ("it", "to", "colon", "says"):  # "change it to Buddy"
        start = after[0].end
        after = after[1:]
    while after and after[-1].kind == "instead" and not text[after[-1].end :].strip(" .!,"):
        after = after[:-1]  # "make it say good girl actually": the words before "actually"
    if alone and any(t.kind == "pic" or isinstance(t.value, int) for t in after):
        return None  # "改成第二张": another photo, not words
    if _only_a_photo(after):
        return None  # "it should be on the dog": the photo it goes on, not its words
    if alone and _compared(after):
        return None  # "换成轻松一点的": a mood said with "a bit more", not words
    quoted = [t for t in after if t.kind == "text"]
    begin = toks[lead].end if alone else after[0].start  # "改成 下次见": 下 is no filler here
    if toks[lead].kind != "instead" and after and text[start : after[0].start].strip():
        begin = start  # an English word the scanner drops is still the text's
    finish = after[-1].end if after else len(text)
    finish = len(text) if _unread(text, toks) or not after else finish
    said = quoted[0].value if len(quoted) == 1 else text[begin:finish].strip(" .。!！,，:：")
    said = unwrapped(said, "text") if alone else said  # "改成 旺财吧": 旺财
    if not said or said == written.text or PHOTO_SAID.match(said):
        return None  # "应该是狗那张": the photo it belongs on, never words
    part = _wrong_part(text, before)
    if part and part != written.text and part in written.text:
        # "里斯班打错了 应该是里斯本" after "夏日里斯班": only the words said wrong change
        return written.model_copy(update={"text": written.text.replace(part, said)})
    return written.model_copy(update={"text": said})


def _wrong_part(text: str, before: list[Tok]) -> str:
    """The words said before "打错了" ("里斯班打错了"), when only words come before it."""
    cut = next((k for k, t in enumerate(before) if t.kind in CORRECTS), None)
    said = before[:cut] if cut else []
    if not said or any(t.kind not in WORDS for t in said):
        return ""
    return text[said[0].start : said[-1].end].strip()


CORRECTED: tuple[str, ...] = ("no", "no wait", "wait", "wait no", "actually", "actually no")
CORRECTED += ("sorry", "oops")
CORRECTED += ("nope", "oops no", "sorry no")  # "nope, Bye for now"
MEANT = ("i meant", "i mean", "meant", "i meant to say", "what i meant was", "i wanted")


# "typo, its Maxi": after an English "wrong", "it's" (a filler the scanner drops) gives the words
ITS = re.compile(r"^[\s,.;:-]*(?:it'?s|it’s|it is|thats|that's|that’s|should be)\s+$", re.I)


def _said_is(toks: list[Tok], text: str) -> list[Tok]:
    """ "写错了 是毕业快乐", "打错字了，是逗逗": a Chinese "wrong", then "是" before the words
    (a filler the scanner drops) gives the right words, as "应该是" does; so does "it's" after
    an English one ("typo, its Maxi")."""
    for k, tok in enumerate(toks):
        if tok.kind != "wrong":
            continue
        if tok.surface.isascii():
            j = k + 1
            while j < len(toks) and toks[j].kind == "sep":
                j += 1
            if j >= len(toks) or j == k + 1:
                return toks  # the words must follow a sign ("typo, its Maxi")
            gap = text[toks[j - 1].end : toks[j].start]
            if not ITS.match(gap):
                return toks
            at = toks[j].start - len(gap.lstrip(" ,.;:-"))
            return [*toks[:j], Tok("says", None, at, toks[j].start - 1, "it's"), *toks[j:]]
        j = k + 1
        while j < len(toks) and toks[j].kind in ("sep", "textnoun"):
            j += 1
        if j >= len(toks):
            return toks
        gap = text[toks[j - 1].end : toks[j].start]
        if gap.strip(" ,，了") != "是":
            return toks
        at = toks[j - 1].end + gap.index("是")
        return [*toks[:j], Tok("says", None, at, at + 1, "是"), *toks[j:]]
    return toks


def _meant(toks: list[Tok], text: str, written: SetTitle | SetCaption | SetClosing) -> int | None:
    """ "oops i meant Beach Weekend" after the title "Beach Week": the words it should have
    been, when they are quoted, begin with a capital or share a word with the text written
    ("i meant the dog one" names a photo, and is read elsewhere)."""
    k = next((k for k, t in enumerate(toks) if t.kind == "instead"), None)
    if k is None or k + 1 >= len(toks):
        return None
    # "no wait, Rome 2025" after the title "Rome": a correction said first, then the words,
    # taken only when they keep a word of the text written or are quoted
    corrected = k == 0 and toks[k].surface.lower() in CORRECTED
    if toks[k].surface.lower() not in MEANT and not corrected:
        return None
    after = [t for t in toks[k + 1 :] if t.kind != "sep"]  # "no wait, Rome 2025!"
    if _only_a_photo(after):
        return None  # "i meant the dog one": a photo (its "one" is no word of "Day one")
    named = [t for t in after if t.kind == "photo" and isinstance(t.value, str)]  # "Beach …"
    if not after or any(
        t.kind not in ("?", "num", "text", "reason", "and", *SOFT) for t in after if t not in named
    ):
        return None
    said = text[toks[k].end :].strip(" .!,:")
    shared = {w.lower() for w in said.split()} & {w.lower() for w in written.text.split()}
    if after[0].kind == "text" or shared or (said[:1].isupper() and not corrected):
        return k
    return None


def _only_a_photo(after: list[Tok]) -> bool:
    """Nothing said but one photo ("the dog one", "photo 3", "the third one")."""
    said = [t for t in after if t.kind not in ("it", "to", "sep", "pic")]
    return len(said) == 1 and said[0].kind in ("photo", "ord")


def _inner_comma(after: list[Tok], k: int) -> bool:
    """A comma with words on both sides ("Love, Mom and Dad")."""
    words = (*WORDS, *TEXTS)
    inner = 0 < k < len(after) - 1 and after[k].kind == "sep" and after[k].surface == ","
    return inner and after[k - 1].kind in words and after[k + 1].kind in words


def _compared(after: list[Tok]) -> bool:
    """ "轻松一点的", "欢快点的", "暖一些": a mood or look said with a degree is how it should
    feel; a text is never said that way."""
    return any(t.kind in ("mood", "look") for t in after) and any(t.kind == "degree" for t in after)


def _made(toks: list[Tok], lead: int, text: str) -> bool:
    """ "actually make it Grandma's garden": "make it" and words begun with a capital (or
    quoted); "make it calm" or "make it bigger" is no text."""
    if toks[lead].kind != "put" or toks[lead].surface.lower() != "make" or lead + 2 >= len(toks):
        return False
    said = toks[lead + 2]
    return toks[lead + 1].kind == "it" and (_capital(said, text) or said.kind == "text")


def _capital(tok: Tok, text: str) -> bool:
    said = text[tok.start : tok.end]
    return said[:1].isupper() and said.isascii() and tok.start > 0


POLITE = ("please", "pls", "plz", "thanks", "thx", "instead", "lol")


def _unread(text: str, toks: list[Tok]) -> str:
    """The words after the last token when no token stands for them: fillers elsewhere ("see
    you soon", "thanks for watching"), which here are the text; none when only "please"."""
    said = text[toks[-1].end :].strip(" .。!！,，") if toks else ""
    words = said.split()
    while words and words[-1].lower().strip(" .!,") in POLITE:
        words.pop()
    return said[: len(" ".join(words))] if words else ""

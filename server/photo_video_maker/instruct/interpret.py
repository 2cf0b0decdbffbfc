"""A person's sentence -> edits of the draft (English and Chinese), without guessing.

    result = interpret("make it vertical, 2 seconds per photo and add calm music", draft, media)
    result.edits    # [SetAspect("9:16"), SetSecondsPerPhoto(2.0), SetMusic("calm")]

The sentence is cut into clauses (commas, "and", "then", 和, 然后 ...; quotes stay whole).
In each clause every phrase rule is tried; the longest matches win and may not overlap, so
"fade the music out over 3 seconds" is one music fade, not a video fade plus leftovers. Edits
come back in the order they were said. Words that no rule placed are returned in ``leftover``
(and ``suggestions`` offers phrases that would work); they never become a guessed edit.

``Undo`` comes back as an edit like the others; the caller restores the previous draft.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model.draft import Draft
from ..model.edits import Edit, SetAspect
from ..model.layout import MediaRef
from . import rules_frame, rules_music, rules_order, rules_text, rules_time
from .help import is_help
from .reading import Lang, Reading
from .router import route
from .rules import Ctx, Rule
from .suggest import suggestions
from .text import Clause, restore, split_clauses

# Order breaks ties between matches of the same length: specific before general.
STATIC_RULES: list[Rule] = [
    *rules_text.RULES,
    *rules_music.RULES,
    *rules_order.RULES,
    *rules_time.RULES,
    *rules_frame.RULES,
]
SUBJECTS = [
    (r"\b(?:music|song|bgm|soundtrack|volume)\b|音乐|配乐|音量", "music"),
    (r"\btitle\b|标题", "title"),
    (r"\b(?:captions?|subtitles?)\b|字幕", "captions"),
    (r"\bclosing\b|结尾文字|片尾文字", "closing"),
]
SUBJECT_WORDS = {
    "music": ("music", "音乐"),
    "title": ("title", "标题"),
    "captions": ("captions", "字幕"),
    "closing": ("closing text", "结尾文字"),
}
VERB = re.compile(
    r"^(?:remove|delete|add|no|mute|去掉|删除|删掉|不要|加|添加)(?=\s|[^\x00-\x7f])", re.ASCII
)
IT = re.compile(r"^(?:(?:make|turn|put|set|move|change|have)\s+)?(?:it|them|its)\s+", re.ASCII)
FILLER_EN = re.compile(
    r"\b(?:please|pls|can|could|would|will|you|i|i'd|i'm|we|want|wanna|like|love|need|let's|lets|let"
    r"|me|us|my|our|the|a|an|it|its|it's|this|that|these|those|them|to|of|for|in|on|at|with|and"
    r"|then|also|just|now|make|set|use|put|add|change|turn|give|have|get|do|be|is|are|should|so"
    r"|some|little|bit|more|very|really|too|video|movie|slideshow|photos?|pictures?|images?|all"
    r"|everything|instead|again|ok|okay|thanks|thank|maybe|hey|hi|into|as|by|each|every|one"
    r"|show|display|keep|hold)\b",
    re.ASCII,
)
FILLER_ZH = re.compile(
    r"请|帮我|帮忙|给我|麻烦|一下|我想|我要|想要|可以|能不能|能|把|将|让|吧|呢|啊|呀|哦|嗯|了|的|得|地"
    r"|视频|照片|图片|整个|所有|全部|都|也|就|再|改成|改为|设置|设为|弄|做|成|要|用|加|一点|一些|给|个"
)
PUNCT = re.compile(r"[\s,.;:!?'\"()\[\]{}\-–—…、。，；：！？“”‘’「」『』《》]+")


@dataclass(frozen=True)
class Interpretation:
    """What a sentence asks for."""

    edits: list[Edit] = field(default_factory=list)
    understood: list[str] = field(default_factory=list)  # the phrases that became edits
    leftover: str = ""  # what could not be placed, in the person's words
    suggestions: list[str] = field(default_factory=list)  # phrases that would work


@dataclass
class _Found:
    start: int
    end: int
    rule: Rule
    match: re.Match[str]


def interpret(text: str, draft: Draft, media: dict[str, MediaRef]) -> Interpretation:
    """Turn ``text`` into edits of ``draft``; ``media`` names the uploads (songs by name)."""
    rules = [*rules_music.media_rules(media), *rules_order.photo_name_rules(draft), *STATIC_RULES]
    edits: list[Edit] = []
    understood: list[str] = []
    leftover: list[str] = []
    topics: list[str] = []
    subject: str | None = None
    verb: str | None = None
    for clause in split_clauses(text):
        found = _match(clause, rules)
        if not found:
            clause, found = _retry(clause, rules, subject, verb)
        ctx = Ctx(clause=clause, draft=draft, media=media, subject=subject)
        said: list[Edit] = []
        for item in found:
            made = item.rule.build(item.match, ctx)
            phrase = clause.original(item.start, item.end)
            if made:
                said.extend(made)
                understood.append(phrase)
            else:
                leftover.append(phrase)
                topics.append(item.rule.topic)
        edits.extend(_merge(said))
        leftover.extend(_residue(clause, found))
        subject = _subject(clause.norm) or subject
        verb_match = VERB.match(clause.norm)
        verb = verb_match.group(0) if verb_match else verb
    rest = "; ".join(part for part in leftover if part)
    hints = suggestions(rest or text, topics) if rest or not edits else []
    return Interpretation(edits=edits, understood=understood, leftover=rest, suggestions=hints)


def _merge(said: list[Edit]) -> list[Edit]:
    """One clause's edits, each said once: "vertical for TikTok" names the same aspect twice,
    and the one that names the platform is kept."""
    named = {e.aspect for e in said if isinstance(e, SetAspect) and e.platform}
    out: list[Edit] = []
    for edit in said:
        if isinstance(edit, SetAspect) and edit.platform is None and edit.aspect in named:
            continue
        if edit not in out:
            out.append(edit)
    return out


def _match(clause: Clause, rules: list[Rule]) -> list[_Found]:
    """Longest matches first, then rule order; no two may overlap. Returned in text order."""
    candidates = [
        (-(m.end() - m.start()), order, _Found(m.start(), m.end(), rule, m))
        for order, rule in enumerate(rules)
        for m in rule.pattern.finditer(clause.norm)
        if m.end() > m.start()
    ]
    candidates.sort(key=lambda c: (c[0], c[1], c[2].start))
    taken: list[_Found] = []
    for _, _, item in candidates:
        if all(item.end <= t.start or item.start >= t.end for t in taken):
            taken.append(item)
    return sorted(taken, key=lambda f: f.start)


def _retry(
    clause: Clause, rules: list[Rule], subject: str | None, verb: str | None
) -> tuple[Clause, list[_Found]]:
    """A clause like "bigger" after "make the title yellow", or "转场" after "去掉音乐", names
    no subject or verb of its own: try again with the ones said just before."""
    chinese = bool(re.search(r"[\u4e00-\u9fff]", clause.norm))
    prefixes = []
    if subject is not None:
        prefixes.append(SUBJECT_WORDS[subject][1 if chinese else 0])
    if verb is not None:
        prefixes.append(verb)
        if subject is not None:
            prefixes.append(f"{verb} {SUBJECT_WORDS[subject][1 if chinese else 0]}")
    # "make it red" after "put the title at the top": "it" is the title
    cut = IT.match(clause.norm)
    skip = cut.end() if cut and subject is not None else 0
    norm, orig = clause.norm[skip:], clause.orig[skip:]
    for prefix in prefixes:
        glue = "" if chinese and not prefix.isascii() else " "
        again = Clause(prefix + glue + norm, prefix + glue + orig, clause.quotes, clause.raw)
        found = _match(again, rules)
        if found:
            return again, found
    return clause, []


def _residue(clause: Clause, found: list[_Found]) -> list[str]:
    """The pieces of a clause no rule used that are more than filler words."""
    pieces: list[tuple[int, int]] = []
    start = 0
    for item in found:
        pieces.append((start, item.start))
        start = item.end
    pieces.append((start, len(clause.norm)))
    out = []
    for a, b in pieces:
        words = restore(clause.norm[a:b], clause.quotes)
        if PUNCT.sub("", FILLER_ZH.sub("", FILLER_EN.sub("", words))):
            out.append(clause.original(a, b).strip(" ,.;:!?，。；：！？、"))
    return out


def _subject(norm: str) -> str | None:
    """The last thing the clause talked about (music, title, captions, closing text)."""
    best: tuple[int, str] | None = None
    for pattern, subject in SUBJECTS:
        for m in re.finditer(pattern, norm, re.ASCII):
            if best is None or m.start() >= best[0]:
                best = (m.start(), subject)
    return best[1] if best else None


def read(text: str, draft: Draft, media: dict[str, MediaRef], last: Sequence[Edit] = ()) -> Reading:
    """Everything one sentence asks for (see ``reading.Reading``); ``last`` is the previous
    turn's edits, which words like "that" and "instead" refer to."""
    lang: Lang = "zh" if re.search(r"[\u4e00-\u9fff]", text) else "en"
    if is_help(text):
        return Reading(lang, question="help")
    routed = route(text)
    if routed.action in ("credits", "state", "upload"):
        return Reading(lang, route=routed.action)
    body = routed.rest if routed.action == "export" else text
    found = interpret(body, draft, media) if body.strip() else Interpretation()
    return Reading(
        lang,
        edits=found.edits,
        route="export" if routed.action == "export" else None,
        export=dict(routed.params),
        leftover=[found.leftover] if found.leftover else [],
        suggestions=found.suggestions,
    )

"""A sentence -> template matches, with what was said before filling in what a clause leaves
out ("make the title yellow and bigger", "the fifth one is blurry, leave it out", "no, 4 seconds"
after "2 seconds per photo"), and the words nothing placed.

1. The entity pass (``entities.scan``, ``compose``) gives tokens; templates are matched
   (``match.find``). A clause with no subject of its own takes the one of the clause before
   when it says "it" or follows a mere mention ("the fifth one is blurry, ..."), and a fade
   said right after the music is the music's (``antecedents``).
2. Each stretch of words no template placed is tried again with the verb and subject said
   around it (or of the previous turn's edits), then against fallback templates alone.
3. A clause is understood whole or not at all: one with words no template placed, or with a
   "don't" no template placed, asks for nothing. Reasons ("it's for grandma") are not requests.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model.edit_types import MUSIC_FADE_MAX_MS, VIDEO_FADE_MAX_MS
from .bare_mention import bare_mention
from .caption_it import caption_it
from .captioned_photo import captioned
from .changed_into import changed_into
from .compose import compose
from .context import Ctx, last_subject
from .cut_at_the_end import cut_at_the_end
from .described_text import described_text
from .disliked_beside import disliked_beside
from .drag_said import drag_complained
from .edge_photo_fade import edge_photo_fade
from .en_compared import next_to_named, one_beside, than_the_others, where_it_is
from .en_durations import said_durations
from .en_text import quoted_old_text
from .en_words import RELATIVES
from .entities import Tok, scan
from .fade_length_shared import fade_length_shared
from .fade_other_end import fade_other_end
from .feeling_beside import compared_to_music, feeling_beside
from .fillers import SOFT
from .for_whatsapp import whatsapp_alone
from .go_by_how import go_by_how
from .how_long_said import how_long_changed
from .in_all import in_all
from .judged import judged
from .kept_as_said import kept_as_said
from .last_photo import last_photos
from .lenient import UNKNOWN, tolerated
from .like_target import like_target
from .liked_named import praised_named
from .listed_photos import listed_photos
from .listed_wishes import listed_wishes
from .lowered_to import compressed_to, lowered_to
from .match import BREAKS, REPEATABLE, Match, find
from .middle_photo import middle_photo
from .mood_described import mood_described
from .mood_lists import mood_lists
from .mood_of_colours import mood_of_colours
from .music_it import it_is_the_music
from .music_later import later_only_of_music
from .music_with_slideshow import music_with_slideshow, slideshow_without_music
from .named_between import named_between
from .named_twice import named_twice
from .noop_words import noop_words
from .normalize import normalize
from .occasions import occasions
from .own_song_described import own_song_described
from .pair_named_after import pair_named_after
from .pair_said import transition_pairs
from .reverted_to import reverted_to
from .said_why import said_why
from .shown_longer import text_shown
from .softer_kind import softer_kind
from .spelling import respell
from .spread_over import spread_over
from .story import before_therefore, told, told_before
from .swapped_back import swapped_back
from .text_placed_by_photo import text_placed_by_photo
from .toned import toned_look
from .topic_first import topic_first, topic_last
from .trailing_why import trailing_why
from .value_corrected import corrected_values
from .value_why import value_why
from .video_fade_said import video_fade_said
from .w_with import w_with
from .which_relative import which_relative
from .zh_format_said import SAID_BY
from .zh_swap_way import swap_way

SUBJECTS = (
    "photo", "photos", "title", "caption", "closing", "textnoun", "music", "volume", "trans",
    "transition", "motion", "pic", "each", "clip", "fps_word", "end", "start", "sign", "mood",
    "builtin", "ord", "fps", "video", "clip_sound", "dupes",
)  # fmt: skip
VERBS: tuple[str, ...] = ("remove", "add", "move", "swap", "mute", "cut", "no", "off")
VERBS += ("fade_out", "fade_in", "fade_inout", "export", "says", "format")
ASKING = ("credits", "state")  # an unknown word beside these changes nothing
WORDS_ONLY = ("trans", "end", "start", "sign", "mood", "fps")  # carried along, but no subject
CLAUSE = (*BREAKS, "and")
# an intent said right after another subject may belong to it ("music ..., fade out 4 s")
FAMILY = {
    "video_fade_out": "music_fade_out",
    "video_fade_in": "music_fade_in",
    "video_fade_none": "music_fade_none",
    "total_set": "trans_ms",
    "resolution": "export",
    "fps": "export",
}
PEOPLE: tuple[str, ...] = (
    "grandma", "grandpa", "my grandma", "my grandpa", "mom", "mum", "my mom", "my mum", "dad",
    "my dad", "my wife", "my husband", "my kids", "the kids", "my family", "the family",
    "my friends", "friends", "my boss", "the boss", "my teacher", "my client", "the client",
    "clients", "奶奶", "外婆", "爷爷", "外公", "老婆", "老公", "孩子们", "同学", "同学们", "客户",
    "领导", "老人", "长辈", "老年人", "我妈", "我爸", "我妈妈", "我爸爸",
    "grandson", "granddaughter", "my grandson", "my granddaughter", "daughter", "my daughter",
    "son", "my son", "parents", "my parents", "my girlfriend", "my boyfriend", "my sister",
    "my brother", "孙子", "孙女", "女儿", "儿子", "爸妈", "父母", "老板", "老板说", "奶奶说",
    "妈妈说", "我妈说", "爸爸说", "老婆说", "客户说", "女朋友", "男朋友",
)  # fmt: skip
PEOPLE += (*RELATIVES, *(f"my {who}" for who in RELATIVES))
PEOPLE += SAID_BY  # "我老公说要竖屏": who said it (zh_format_said)
IN_PASSING = ("dislike", "reason", "praised")  # what a mere mention may say of the thing named
PLURAL = ("them", "they", "these", "those", "它们", "这些")
CORRECTING = ("put", "move")  # "no" right before these verbs corrects, it does not remove
NOT_THAT = re.compile(r",\s*not (?:the |a )?\w+", re.IGNORECASE)
# the copulas a video's value is said with ("it needs to be 30 seconds for my class")
VIDEO_IS: tuple[str, ...] = (
    "needs to be",
    "need to be",
    "has to be",
    "have to be",
    "should be",
    "must be",
)
VIDEO_IS += ("gotta be", "got to be", "ought to be", "is to be")
BIGGER_STEPS = ("faster", "slower", "longer", "shorter", "louder", "quieter", "bigger", "smaller")


@dataclass
class Parsed:
    toks: list[Tok]
    matches: list[Match]
    leftover: list[list[Tok]] = field(default_factory=list)  # unplaced stretches of tokens


def tokens(text: str, ctx: Ctx) -> list[Tok]:
    """The entities of a sentence, composed."""
    toks = one_beside(scan(respell(normalize(text)), text, ctx.names), text)
    toks = go_by_how(toks)  # "the first photo can go quicker": no removal
    toks = quoted_old_text(compose(toks, text, ctx.stems, ctx.only_clip()), ctx.names)
    toks = named_between(toks, ctx)  # "between the dog and the city": after the city
    toks = spread_over(toks)  # "spread the photos over 40 secs": the whole video's length
    toks = where_it_is(next_to_named(toks, ctx), ctx)  # "the photo after the beach one": 2
    toks = than_the_others(toks, text)  # "make it longer than the others": that photo
    toks = mood_lists(described_text(middle_photo(toks, len(ctx.segments()))))
    toks = last_photos(toks, text, [seg.m.kind or "image" for seg in ctx.segments()])
    toks = swap_way(toks)  # "第三张往前跟第二张换": one swap, the way only says which way
    toks = kept_as_said(toks)  # "保持竖屏": the value; "bgm保持": the music kept
    toks = pair_named_after(toks)  # "这两张换一下 第二和第五": the swap is of those two
    toks = swapped_back(toks, ctx.last)  # "第二张和第四张放反了 换回来": the swap, no undo
    toks = text_placed_by_photo(toks, ctx)  # "after the last photo show 'thanks for watching'"
    toks = like_target(toks, text)  # "longer like 6 secs": 6 s, not 6 s more
    toks = said_durations(toks, text)  # "3-4 secs", "give it 5 seconds", "linger for 6s"
    toks = compressed_to(lowered_to(toks))  # "drop each photo to 2 secs": that length
    toks = toned_look(toks)  # "tone it down, just warm": the look, not the sound
    toks = named_twice(toks, ctx)  # "第三张狗狗的": photo 3 is the dog, one photo
    toks = captioned(toks, ctx)  # "city lights那张", "有字幕的那张": the photo of that caption
    toks = caption_it(toks)  # "把第五张移到最前面 再给它配字 花园": "it" is photo 5
    toks = text_shown(toks, ctx)  # "the caption should be up longer": its photo's time
    toks = said_why(toks, text)  # "remove the clip, its too noisy": why, not a request
    toks = value_why(toks)  # "music to 30%, it's too loud": why the level, no step more
    toks = reverted_to(toks, text)  # "revert the volume to 80": set to 80, nothing undone
    toks = fade_length_shared(toks)  # "1.5 sec fade in at the start and out at the end": both
    toks = trailing_why(toks, text)  # "less zoom its giving me a headache": why
    toks = mood_described(toks, text)  # "change the music, this one is sad": not more sad
    toks = own_song_described(toks)  # "我那首歌太长了": the song described, not chosen
    toks = mood_of_colours(toks)  # "清新一点的色调": no look of that name, and no music
    toks = music_with_slideshow(toks)  # "做个幻灯片 每张两秒 加点音乐": made with music
    toks = slideshow_without_music(toks)  # "做一个没有音乐的幻灯片": and no music
    toks = topic_first(toks)  # "ok now the photos, each one 4 seconds": about the photos
    toks = topic_last(toks)  # "way too loud, the background music": about the music
    toks = changed_into(toks)  # "第一张和最后一张换成黑白": no swap
    toks = in_all(toks, text)  # "每张平均分 一共30秒": the whole video's length
    toks = judged(toks, text)  # "faster pls its boring": why, not a request
    toks = drag_complained(toks)  # "the crossfades drag": too slow
    toks = which_relative(toks, text)  # "except the first one which should be 6": no question
    toks = how_long_changed(toks, text)  # "halve how long each photo shows": no question
    toks = softer_kind(toks)  # "softer music, something calm": the kind, not the volume
    toks = bare_mention(toks, text)  # "the fade, hmm not sure": named, not asked for
    toks = cut_at_the_end(toks)  # "let the music fade out, the picture can just cut"
    toks = occasions(toks, text)  # "it's for her 60th": an age, never photo 60
    toks = edge_photo_fade(toks, ctx)  # "the last photo should fade to black": the video's end
    toks = video_fade_said(toks, text, ctx)  # "make the video fade 2 secs": not the crossfades
    toks = fade_other_end(toks)  # "fade in for 2 seconds and out for 3": the fade-out too
    toks = listed_wishes(toks)  # "fades no music": two wishes
    toks = listed_photos(toks)  # "remove the third photo and the fourth": two photos
    toks = w_with(toks, text)  # "a slideshow w music"
    toks = transition_pairs(toks, ctx, text)  # "no transition between the first two": those two
    toks = later_only_of_music(it_is_the_music(toks, ctx))  # "start it with photo 2": music
    toks = whatsapp_alone(toks)  # "make it for whatsapp": which WhatsApp is asked
    toks = compared_to_music(toks)  # "节奏跟音乐一样舒缓": as calm as the music, no length
    for k, tok in enumerate(toks):  # "no, 4 seconds": "no" corrects, it does not remove
        nxt = toks[k + 1].kind if k + 1 < len(toks) else "sep"
        # "actually no, upbeat", "wait no, 3 seconds": the "no" after "actually" corrects too
        first = k == 0 or toks[k - 1].kind in (*BREAKS, "instead")
        said_no = tok.kind == "no" or (tok.kind == "not" and tok.surface in ("不", "不要", "别"))
        # "not quite, something calmer": the last change not right, what instead follows
        said_no = said_no or (tok.kind == "dislike" and tok.surface.lower() == "not quite")
        # "不，45秒", "no i meant vertical", "no put it at the bottom": a correction
        english_no = tok.kind == "no" and tok.surface.isascii()  # "别放背景音乐了" refuses
        correcting = nxt in (*BREAKS, "instead") or (english_no and nxt in CORRECTING)
        # "no like way faster" after "faster": a bigger step, not "no faster"
        then = toks[k + 2].kind if k + 2 < len(toks) else "sep"
        correcting = correcting or (english_no and nxt == "degree" and then in BIGGER_STEPS)
        # "shorter. no longer": a step said straight after "no" corrects the one before
        correcting = correcting or (english_no and k > 0 and nxt in BIGGER_STEPS)
        # "no the caption, not the title": which one was meant ("please no the zoom" removes)
        meant = text[tok.end : tok.end + 5].lower() == " the " and NOT_THAT.search(text, tok.end)
        correcting = correcting or (english_no and bool(meant))
        # "wait no the city one first": after "wait" or "actually", "no the ..." says which
        waited = k > 0 and toks[k - 1].kind == "instead"
        correcting = correcting or (
            english_no and waited and text[tok.end : tok.end + 5] == " the "
        )
        if said_no and first and correcting:
            toks[k] = Tok("instead", None, tok.start, tok.end, tok.surface)
    return corrected_values(toks, text)  # "20 seconds long, sorry i meant 30": 30 seconds


def parse(text: str, ctx: Ctx) -> Parsed:
    toks = tokens(text, ctx)
    borrowed: set[int] = set()  # words of a clause that another clause completed
    # "黑场挺好看 就是太长了": a clause that only praises what it names asks for nothing
    praised = {k for c in _clauses(toks) if _praised_only(toks, c) for k in c}
    found = [m for m in find(toks) if m.start not in praised]
    matches = _antecedents(toks, found, ctx, borrowed)
    borrowed |= praised
    covered = _spans(matches)
    told = _reasons(toks, matches, text)  # "for my parents 40th anniversary": no photo 40
    for run in _runs(toks, covered, asking=True):
        if all(k in told for k in run) and not _wants_slideshow(toks, run):
            continue
        # "make it 20 seconds because my mom gets bored": the request without its reason
        cut = next((n for n, k in enumerate(run) if k in told), None)
        asked = run[:cut] if cut and all(k in told for k in run[cut:]) else run
        done = _complete(toks, asked, ctx, borrowed)
        if done:
            matches.extend(done)
            covered.update(run)
    matches = noop_words(matches)  # "动效 你看着办": nothing asked
    matches, beside = feeling_beside(toks, matches)  # "转场慢一点 舒服点": how the request feels
    borrowed |= beside
    matches.sort(key=lambda m: m.start)
    let_go: set[int] = set()
    matches = _whole(toks, matches, borrowed, let_go, text)
    placed = _spans(matches) | borrowed | _reasons(toks, matches, text) | let_go
    placed |= praised_named(toks, _clauses(toks), borrowed)  # "i love the dog pic, make it …"
    placed |= disliked_beside(toks, _clauses(toks), matches)  # "too gloomy, undo that"
    left = [[toks[k] for k in run] for run in _runs(toks, placed)]
    return Parsed(toks, matches, left)


def _spans(matches: list[Match]) -> set[int]:
    return {k for m in matches for k in range(m.start, m.end)}


def _clauses(toks: list[Tok]) -> list[range]:
    """Token ranges between separators and "and"."""
    out, start = [], 0
    for k in range(len(toks) + 1):
        if k == len(toks) or toks[k].kind in CLAUSE:
            out.append(range(start, k))
            start = k + 1
    return out


def _clause_of(toks: list[Tok], k: int) -> range:
    return next((c for c in _clauses(toks) if k in c), range(k, k + 1))


def _antecedents(
    toks: list[Tok], matches: list[Match], ctx: Ctx, borrowed: set[int]
) -> list[Match]:
    """ "add calm music, then fade it out", "第二张被裁了，完整显示", "音乐太突然，淡出4秒":
    a clause without a subject of its own takes the one said before."""
    out = []
    for match in matches:
        clause = _clause_of(toks, match.start)
        said = toks[match.start : match.end]
        # "音乐开头淡入两秒 结尾淡出三秒": "结尾" says where, not whose fade (the music's)
        family = match.template.intent in FAMILY and match.template.intent.startswith("video_")
        own = any(
            toks[k].kind in SUBJECTS
            and k not in range(match.start, match.end)
            and not (family and toks[k].kind in ("end", "start"))
            for k in clause
        )
        if not own and not _about(match.toks):
            replaced = _rematch(toks, match, clause, said, ctx)
            if replaced is not None and _mention(toks, clause.start):  # "the photos flash by, ..."
                used = {id(t) for t in replaced.toks}
                borrowed.update(k for k in range(clause.start) if id(toks[k]) in used)
            match = replaced or match
        out.append(match)
    return out


def _rematch(
    toks: list[Tok], match: Match, clause: range, said: list[Tok], ctx: Ctx
) -> Match | None:
    pronoun = any(toks[k].kind == "it" for k in clause)
    family = FAMILY.get(match.template.intent)
    subjects, verbs = _before(toks, clause.start)
    prefix = subjects + verbs if family == "export" else subjects
    if pronoun and family != "export" and any(v.kind == "remove" for v in verbs):
        return None  # "remove photo 2 then make it faster": photo 2 is gone, "it" is the video
    if not prefix and any(toks[k].surface in PLURAL for k in clause):
        prefix = last_subject(ctx.last)  # "make them twice as long" after transitions
    again = _same_before(toks, match, clause.start) or _refines(toks, clause)
    if not prefix and _continues(match, ctx):  # "a little longer still" after photo 3's time
        prefix, again = last_subject(ctx.last), True
    if not prefix or not (pronoun or family or again or _mention(toks, clause.start)):
        return None
    said = [toks[k] for k in clause]  # the whole clause: "换个开心点的" keeps its "换"
    found = find(prefix + said)
    # "音乐换成欢快的 结尾淡出": the song named before its mood is still whose fade it is
    named = [t for t in prefix if t.kind not in WORDS_ONLY]
    if len(found) != 1 and len(prefix) > 1:  # "add calm music then fade it": the music alone
        found = find(prefix[-1:] + said)
        prefix = prefix[-1:] if len(found) == 1 else prefix
    first = prefix[:1] if len(prefix) > 1 else subjects[:1] if len(subjects) > 1 else []
    if (
        pronoun
        and first
        and not any(id(t) in {id(u) for m in found for u in m.toks} for t in prefix)
    ):
        # "music volume 80 and fade it out": "it" is the music, the first of the two subjects
        alone = find(first + said)
        if len(alone) == 1 and any(t is first[0] for t in alone[0].toks):
            found, prefix = alone, first
    if family and named != prefix and [m.template.intent for m in found] != [family]:
        # "音乐开头淡入两秒 结尾淡出三秒": the music's, without the start said with it
        again_found = find(named + said)
        if [m.template.intent for m in again_found] == [family]:
            found, prefix = again_found, named
    used = {id(t) for m in found for t in m.toks}
    if len(found) != 1 or not any(id(t) in used for t in prefix):
        return None
    if found[0].template.intent in ("unsupported", "dislike_music"):
        return None
    if not all(id(t) in used or t.kind in SOFT for t in said):
        return None
    if family and not pronoun and found[0].template.intent not in (family, match.template.intent):
        return None
    if _longer_than_a_fade(found, said):
        return None  # "add calm music then fade it out over 20 seconds": no fade so long
    found[0].start, found[0].end = match.start, match.end
    return found[0]


def _longer_than_a_fade(found: list[Match], said: list[Tok]) -> bool:
    """A fade taken from the clause before for a length no such fade may have (the music may
    fade over 20 s, the picture to black over 10 s at most)."""
    fades = [m.template.intent for m in found if "fade" in m.template.intent]
    if not fades:
        return False
    longest = MUSIC_FADE_MAX_MS if all("music" in f for f in fades) else VIDEO_FADE_MAX_MS
    return any(t.kind == "dur" and isinstance(t.value, float) and t.value > longest for t in said)


# relative intents and the edit each makes: said again, they go on with the last one's subject
CONTINUES = {
    "spp_rel": "seconds_per_photo", "volume_rel": "music_volume", "trans_rel": "transition",
    "motion_rel": "motion", "text_size": "text_style",
}  # fmt: skip


RELATIVE = (
    "faster", "slower", "longer", "shorter", "louder", "quieter", "more", "less", "bigger",
    "smaller", "softer", "sharper", "degree",
)  # fmt: skip


STEPS = (*(k for k in RELATIVE if k not in ("degree", "more", "less")), "sort_key")
PHOTO_REFS = ("photo", "ord", "pic", "and", "sep")


def _refines(toks: list[Tok], clause: range) -> bool:
    """ "转场太慢了，快很多": a clause of only a step right after a clause about something."""
    before = [c for c in _clauses(toks) if c.stop < clause.start]
    if not before or toks[before[-1].stop].kind not in ("sep", "and"):
        return False  # "the transitions smoother and slower": both of the transitions
    if not any(toks[k].kind in RELATIVE and toks[k].kind != "degree" for k in before[-1]):
        return False  # the clause before asked a step too ("no transitions; slower" does not)
    kinds = [toks[k].kind for k in clause if toks[k].kind not in SOFT or toks[k].kind == "degree"]
    steps = [k for k in kinds if k in RELATIVE and k != "degree"]
    return len(steps) == 1 and all(k in RELATIVE for k in kinds)


def _continues(match: Match, ctx: Ctx) -> bool:
    last = list(ctx.last)[-1:]
    kind = CONTINUES.get(match.template.intent)
    if not last or kind is None or last[0].kind != kind:
        return False
    return getattr(last[0], "index", None) is not None or getattr(last[0], "target", "all") != "all"


def _same_before(toks: list[Tok], match: Match, start: int) -> bool:
    """ "森林那张有点长，短一点": the clause before asked the same thing of a subject."""
    before = [c for c in _clauses(toks) if c.stop < start]
    if not before:
        return False
    said = [toks[k] for k in before[-1]]
    return any(m.template.intent == match.template.intent for m in find(said))


def _mention(toks: list[Tok], start: int) -> bool:
    """Whether the clause before ``start`` only names something ("the fifth one is blurry")."""
    before = [c for c in _clauses(toks) if c.stop < start]
    if not before:
        return False
    kinds = {toks[k].kind for k in before[-1]}
    # "淡入淡出挺好看的 就是太慢了": praised in passing, what the next clause is about;
    # "i love the dog pic, make it longer": liked, disliked or told why
    said_of = {*IN_PASSING, "dislike", "reason", "liked"}
    return bool(kinds & set(SUBJECTS)) and kinds <= {*SUBJECTS, *SOFT, *said_of}


def _praised_only(toks: list[Tok], clause: range) -> bool:
    """Whether a clause only names a thing and praises it ("黑场挺好看"): nothing is asked."""
    kinds = {toks[k].kind for k in clause}
    named = {*SUBJECTS, *SOFT, *IN_PASSING}
    return "praised" in kinds and kinds <= named


def _about(toks: list[Tok]) -> bool:
    """Whether a match names what it is about (a fade's "fade" does not)."""
    return any(t.kind in SUBJECTS and t.kind not in WORDS_ONLY and t.start >= 0 for t in toks)


def _runs(toks: list[Tok], covered: set[int], asking: bool = False) -> list[list[int]]:
    """Stretches of tokens no match covers, cut at separators and "and" (with ``asking``, also
    those of soft words alone that may still ask for something: "a bit more")."""
    runs: list[list[int]] = []
    run: list[int] = []
    for k, tok in enumerate(toks):
        if k in covered or tok.kind in CLAUSE:
            if run:
                runs.append(run)
            run = []
        else:
            run.append(k)
    if run:
        runs.append(run)
    wanted = ("more", "slideshow", "another") if asking else ()  # "..., try something else"
    return [r for r in runs if any(toks[k].kind not in SOFT or toks[k].kind in wanted for k in r)]


def _complete(toks: list[Tok], run: list[int], ctx: Ctx, borrowed: set[int]) -> list[Match]:
    """Matches for a stretch, with the verb and subject said around it, or as a fallback."""
    said = [toks[k] for k in run]
    subjects, verbs = _before(toks, run[0])
    later = _after(toks, run[-1])
    if later and later[0].kind == "fit" and any(t.kind not in (*PHOTO_REFS, *SOFT) for t in said):
        later = []  # only photos named before a fill take it ("pic 1 and pic 4 fill the screen")
    before = last_subject(ctx.last)
    # "第三张配字 小狗，再把它放最前面": the photo of a caption, without the caption
    captioned = any(t.kind == "caption" for t in subjects)
    photo = [t for t in subjects if t.kind == "photo"][-1:] if captioned else []
    # "add calm music and make it softer": the music alone, not its mood again
    last = subjects[-1:] if len(subjects) > 1 else []
    prefixes = [verbs + subjects, subjects, photo, last, verbs, later, before]
    seen: list[list[Tok]] = []
    for prefix in [p for p in prefixes if p] + [[]]:
        if prefix and prefix in seen:
            continue
        seen.append(prefix)
        if any(t.kind == "remove" for t in prefix) and any(t.kind == "keep" for t in said):
            continue  # "undo that, i need the city one": kept, never the next removal
        kept = any(t.kind in ("undo", "keep", "or") for t in toks)
        if prefix is before and kept and any(t.kind == "remove" for t in prefix):
            continue  # "恢复第四张", "第二张还是要的": brought back, never removed
        if any(t.kind == "photo" for t in prefix) and any(t.kind == "each" for t in said):
            continue  # "photo 3 5 seconds and the rest 2": the rest, not photo 3 again
        if _no_of_this_clause(toks, prefix, run[0]):
            continue  # "no zoom on the first photo": no zoom there, never no photo
        if _other_subject(prefix, said):
            continue  # "音乐淡出3秒 画面不用": the picture, not the music again
        found = find(prefix + said, fallback=True)
        if prefix is before and any(m.template.intent == "restore_removed" for m in found):
            continue  # "加个快节奏的音乐" after a removal: something new, never the photo back
        if prefix is before and (len(found) > 1 or _past_its_bounds(before, said)):
            continue  # the last turn's subject completes one request, not a piece of two
        used = {id(t) for m in found for t in m.toks}
        if not all(id(t) in used or t.kind in SOFT for t in said):
            continue
        if prefix and not any(id(t) in used for t in prefix):
            continue
        if prefix and _longer_than_a_fade(found, said):
            continue  # "fade out at the end and make it 30 secs": the video, no fade so long
        if any(not any(t in said for t in m.toks) for m in found):
            continue  # every match must place words of this stretch
        for m in found:
            m.start, m.end = run[0], run[-1] + 1
        borrowed.update(k for k, tok in enumerate(toks) if any(tok is t for t in prefix))
        return found
    return []


PICTURE = ("画面", "视频", "画")


def _other_subject(prefix: list[Tok], said: list[Tok]) -> bool:
    """The picture named in a stretch after the music ("…音乐淡出 画面不用"): another subject."""
    music = any(t.kind == "music" for t in prefix)
    return music and any(t.kind == "video" and t.surface in PICTURE for t in said)


def _no_of_this_clause(toks: list[Tok], prefix: list[Tok], start: int) -> bool:
    """A "no" said earlier in the same clause, which another word of it already took."""
    for k in range(start - 1, -1, -1):
        if toks[k].kind in CLAUSE:
            return False
        if toks[k].kind == "no" and any(toks[k] is t for t in prefix):
            return any(t.kind in SUBJECTS for t in toks[k + 1 : start])
    return False


# the longest a subject can last: "make it exactly 30 seconds" after the transitions is the video
LONGEST_MS = {"transition": 5000.0, "fade_in": 10000.0, "fade_out": 10000.0}  # "一共30秒" too


def _past_its_bounds(subject: list[Tok], said: list[Tok]) -> bool:
    longest = min((LONGEST_MS.get(t.kind, float("inf")) for t in subject), default=float("inf"))
    return any(t.kind == "dur" and float(t.value) > longest for t in said)


def _before(toks: list[Tok], start: int) -> tuple[list[Tok], list[Tok]]:
    """Subjects and verbs of the nearest clause before ``start`` that has any."""
    subjects: list[Tok] = []
    verbs: list[Tok] = []
    k = start - 1
    while k >= max(0, start - 40):
        tok = toks[k]
        if tok.kind in BREAKS and (subjects or verbs):
            break
        if tok.kind in SUBJECTS:
            subjects.insert(0, tok)
        elif tok.kind in VERBS:
            verbs.insert(0, tok)
        k -= 1
    first = next((n for n, t in enumerate(subjects) if t.kind == "photo"), None)
    if first is not None:  # "the beach one first": a place after a photo is no subject
        subjects = [t for n, t in enumerate(subjects) if t.kind != "ord" or n < first]
    if len(verbs) > 1 and verbs[-1].kind == "says" and verbs[-1].surface.startswith("should"):
        verbs = verbs[:-1]  # "the music fade out should be longer, 4 sec": the fade is the verb
    return _placed(toks[k + 1 : start], _last_subjects(subjects)), verbs[-1:]


def _last_subjects(subjects: list[Tok]) -> list[Tok]:
    """The last two subjects; a word carried along with them ("the fade at the end of the song":
    the fade, with the end and the song) is kept when only words of that kind lie between."""
    tail = subjects[-2:]
    if len(subjects) > 2 and subjects[-3].kind == "trans" and tail[0].kind in WORDS_ONLY:
        tail.insert(0, subjects[-3])
    return tail


def _placed(clause: list[Tok], subjects: list[Tok]) -> list[Tok]:
    """Of "the dog pic after the city one", the photo that is moved: the other is only where.

    "put the dog pic after the city one and make it 5 seconds": the dog pic is "it". Said
    without a verb ("i like how the dog pic comes after the city one, but make it faster")
    neither photo is asked about, so "it" is the video.
    """
    kinds = [t.kind for t in clause]
    if [t.kind for t in subjects] != ["photo", "photo"] or not {"after", "before"} & set(kinds):
        return subjects
    # the first photo is the one moved: "put X after Y", "把X放到Y后面"
    return subjects[:1] if {"move", "put"} & set(kinds) else []


def _after(toks: list[Tok], end: int) -> list[Tok]:
    """The verb of the clause after ``end`` ("标题和字幕都去掉": the title is removed too)."""
    step: list[Tok] = []
    copula: list[Tok] = []
    crossed = False  # past a comma only the key of a sort is taken ("照片排一下序，按时间")
    for n, tok in enumerate(toks[end + 1 : end + 12]):
        if tok.kind in BREAKS:
            if n == 0 and tok.kind == "sep":
                crossed = True
                continue
            break
        if tok.kind == "says" and not crossed and not copula:
            copula = [tok]  # "pic 1 and 2 should be 5 seconds": the length after it
            continue
        if tok.kind in VERBS and not crossed:
            return [tok]
        if tok.kind in (*STEPS, "fit") and not step and (not crossed or tok.kind == "sort_key"):
            step = [tok]  # "make photos 1 and 2 longer", "pic 1 and pic 4 fill the screen"
            # "make pic 3 and 4 way shorter": the size of the step is said for both too
            step = [*_degree_before(toks, end + 1 + n), *step]
        times = tok.kind == "length" and _degree_before(toks, end + 1 + n, MULTIPLES)
        if times and not step and not crossed:
            step = [*times, tok]  # "make photos 3 and 4 twice as long"
        if tok.kind == "dur" and not step and not crossed:
            step = [tok]  # "photos 2 and 3 4 seconds each"
    return step or copula


MULTIPLES = ("double", "half", "triple")


def _degree_before(toks: list[Tok], k: int, values: tuple[str, ...] = ()) -> list[Tok]:
    """The degree said right before toks[k] ("way" shorter, "twice as" long), if any (of
    ``values`` when given)."""
    prev = toks[k - 1] if k > 0 else None
    if prev is None or prev.kind != "degree" or (values and str(prev.value) not in values):
        return []
    return [prev]


def _whole(
    toks: list[Tok], matches: list[Match], borrowed: set[int], let_go: set[int], text: str
) -> list[Match]:
    """A clause is understood whole or not at all (a reason aside): matches of a clause with an
    unplaced word, or an unplaced "don't", are dropped; unknown words the clause's templates
    can do without (``lenient``) are let go and added to ``let_go``."""
    placed = _spans(matches) | borrowed
    asking = {k for m in matches if _asks(m) for k in range(m.start, m.end)}
    reasons = _reasons(toks, matches, text)
    matches = [m for m in matches if m.start not in reasons]  # a reason asks for nothing
    bad = []
    for clause in _clauses(toks):
        said = {t.kind for m in matches if m.start in clause for t in m.toks} & set(REPEATABLE)
        again = {k for k in clause if toks[k].kind in said and toks[k].value is None}
        story = told_before(toks, clause, [m.start for m in matches], text)
        if story is not None:  # "it's for my cat's 1st birthday lol change the title to ..."
            let_go.update(range(clause.start, story))
            clause = range(story, clause.stop)
        kinds = [toks[k].kind for k in clause if k not in placed and k not in again]
        if "reason" in (toks[k].kind for k in clause) or any(k in asking for k in clause):
            continue
        others = [m for m in matches if m.start not in clause]
        if not any(m.start in clause for m in matches) and told(toks, clause, bool(others), text):
            let_go.update(clause)  # "we went to japan last spring, ...": a story, not a request
            continue
        unknown = [k for k in clause if toks[k].kind == UNKNOWN]
        unread = any((kind not in SOFT and kind != UNKNOWN) or kind == "not" for kind in kinds)
        if unread or (unknown and not tolerated(toks, clause, unknown, matches, text)):
            bad.append(clause)
        else:
            let_go.update(again | set(unknown))
    return [m for m in matches if not any(m.start in clause for clause in bad)]


def _asks(match: Match) -> bool:
    """Questions and looking (credits, the timeline) change nothing, whatever else is said."""
    return match.template.intent.startswith("q_") or match.template.intent in ASKING


def _reasons(toks: list[Tok], matches: list[Match], text: str) -> set[int]:
    """Words that give a reason ("for grandma", "so the file is small", "因为..."): a clause
    from its reason on, or all of it when it asks for nothing before the reason (or all of a
    story said before the request with no comma)."""
    out: set[int] = set()
    for clause in _clauses(toks):
        people = {
            k
            for k in clause
            if toks[k].kind == "reason"
            and toks[k].surface in PEOPLE
            and any(k < m.start < clause.stop for m in matches)
        }
        out.update(people)  # "my grandma wants it in black and white": who, not why
        start = next((k for k in clause if toks[k].kind == "reason" and k not in people), None)
        if start is None:
            continue
        story = told_before(toks, clause, [m.start for m in matches], text)
        if story is not None and start < story:  # a story with a reason, then the request
            out.update(range(clause.start, story))
            continue
        asked = any(clause.start <= m.start < start and not m.template.fallback for m in matches)
        asked = asked or _wants_slideshow(toks, range(clause.start, start))
        asked = asked or _verb_and_value(toks[clause.start : start])
        out.update(range(start if asked else clause.start, clause.stop))
    return out | before_therefore(toks, {m.start for m in matches})


def _verb_and_value(said: list[Tok]) -> bool:
    """ "make it 15 sec total so it fits on whatsapp": a verb and a value that a request of its
    own reads (a fallback one), before the reason; the reason is all that goes."""
    # "it needs to be 30 seconds for my class": the video said to be a value is asked too
    verb = bool(said) and (said[0].kind in ("put", "add", "change") or _video_is(said))
    return (
        len(said) > 1
        and verb
        and any(t.kind in ("dur", "pct", "aspect", "look", "res", "fps") for t in said)
        and bool(find(said, fallback=True))
    )


def _video_is(said: list[Tok]) -> bool:
    """ "it needs to be", "the video should be", "needs to be": the video's copula opens it."""
    lead = said[1:2] if said[0].kind in ("it", "video") else said[:1]
    return bool(lead) and lead[0].kind == "says" and lead[0].surface.lower() in VIDEO_IS


def _wants_slideshow(toks: list[Tok], run: Iterable[int]) -> bool:
    """ "a slideshow for the reception": a slideshow said before the reason is asked for."""
    return any(toks[k].kind == "slideshow" for k in run)

"""Entities built from entities, one dimension after the other (as Duckling composes them):
numbers with halves, durations, percentages, frame rates, photo references, and the unquoted
text that follows a lead-in ("call it Summer in Lisbon", "a heading that says Our trip").
"""

from __future__ import annotations

from collections.abc import Callable

from .at_least import longer_than
from .bare_numbers import decimal_to, held_for, moved_numbers
from .bars_seen import bars_seen
from .capital_name import capital_name
from .colour_letters import colour_letters
from .colour_unnamed import colour_unnamed
from .comma_words import words_after_comma
from .count_told import count_told, some_of_them
from .date_asked import date_asked
from .each_of_them import each_of_them
from .en_compared import last_as_verb
from .en_instead import (
    back_to_colour,
    replaced_style,
    slides_as_transitions,
    too_much_of_a_mood,
    undone_look,
    zoom_between,
)
from .en_more import english_more
from .en_opened import en_opened
from .en_order import moving_verbs
from .en_order_said import full_lengths, order_said
from .en_phrasal import (
    degrees,
    no_before_a_verb,
    photo_out,
    said_wrong,
    split_fade,
    split_out,
    too_much,
)
from .en_refs import between, clock_lengths, photo_ranges, ranges, the_slideshow, typed_too
from .en_shown_text import shown_at_place
from .en_sound import (
    drowned_by_the_music,
    music_at_one_photo,
    music_coming_in,
    music_in_a_step,
    music_said_after_its_fades,
    not_heard_for_it,
    percent_step,
    song_upload,
)
from .en_spans import time_spans
from .en_text import neither, placed_higher
from .en_written import lowercase_texts
from .end_not_between import end_not_between
from .end_of_occasion import end_of_occasion
from .entities import Tok
from .except_refs import excepted
from .fade_step import fade_step
from .faded_together import faded_together
from .faded_too import faded_too
from .filler_text import filler_text
from .flow_between import flow_between
from .font_words import font_as_text
from .frame_words import one_photo_fitted, platform_shaped, spaced_ratio
from .heard_on_phone import heard_on_phone
from .hedged_after import hedged_after
from .help_with import help_with
from .kept_playing import kept_playing
from .lead_text import texts
from .liked_by import liked_by
from .lists import comma_lists, that_photo
from .look_felt import look_felt
from .look_said import looks_in_passing
from .made_sent import joined_clauses, made_and_sent
from .made_video import a_kind_of_video, length_of_the_made, made_video
from .move_said import move_the_other_way, shared_move
from .music_not_old import music_not_old
from .name_told import name_told
from .not_but import not_but
from .not_the_fault import not_the_fault
from .not_the_other import not_the_other
from .one_more_text import one_more_text
from .one_of_them import one_of_them
from .or_opposite import or_opposite
from .order_places import numbered_place
from .photo_shape_said import photo_shapes
from .places_counted import places_counted
from .plain_more import more_plain
from .platform_pairs import narrower_platform, shape_said_first
from .purpose_said import purpose_said
from .rather_than import rather_than
from .reason_first import reason_first
from .refs import clip_sound, names, one_photo, photos
from .restated import cut_at_the_end
from .said_after import final_slide_said, said_after
from .said_again import said_again
from .said_beside import (
    can_or_not,
    hello_first,
    how_to_add,
    left_to_us,
    made_into_video,
    moved_into_each_other,
    phone_watched,
    two_choices,
)
from .said_texts import credits_listed, greeting_texts, the_end_put, the_end_said
from .said_there import said_there, when_said
from .share_reason import share_as_reason
from .share_refs import sent_to
from .shown_longer import said_on_screen
from .slide_refs import final_transition, one_transition, slide_as_photo
from .smoother_rate import smoother_rate
from .song_length import song_length
from .stayed_for import stayed_for
from .story import ages, likeness, not_this_but, occasions, so_then, stated
from .straight_on import straight_on
from .text_case import case_not_text
from .text_slid import text_slid
from .told_moods import told_moods
from .value_preferred import value_preferred
from .video_named import video_named
from .visual_said import visual_said
from .volume_at_moment import volume_at_moment
from .where_put import where_put
from .zh_a_bit_too import a_bit_too
from .zh_after_all import after_all, nothing_to_choose
from .zh_back import back_alone
from .zh_between import apart_between, put_between
from .zh_caption_photo import caption_photo_after
from .zh_compose import (
    counted_characters,
    music_in_and_out,
    not_so,
    per_photo_length,
    spaced_clauses,
    too_then_length,
)
from .zh_dates_shown import dates_shown
from .zh_effects import effect_steps, sudden_music
from .zh_effects_said import subject_in_step
from .zh_format_told import format_told
from .zh_from_side import from_side_to_side
from .zh_front_back import front_or_back
from .zh_full_screen import full_screen_shape
from .zh_half_off import half_a_unit_off
from .zh_how_to import how_to, video_moved
from .zh_mood_music import mood_music
from .zh_motion_said import (
    back_and_forth,
    one_photo_complained,
    photos_not_moving,
    still_then_off,
    zoom_effect,
)
from .zh_moves_typed import (
    a_bit_of_effect,
    clip_named_by_song,
    dates_placed,
    dissolve_refused,
    in_and_out_between,
    last_fade,
    likened,
    lively_moves_off,
    named_effect_off,
    one_photo_move,
    rather_this,
    zoom_refused_between,
)
from .zh_not_very import not_very
from .zh_others import the_other_photos
from .zh_photo_move_off import photo_move_off
from .zh_photo_pairs import digit_photo_pairs
from .zh_plain_transition import plain_transition
from .zh_ranges import that_one_named, zh_photo_ranges
from .zh_rate_instead import rate_instead
from .zh_refs import (
    counted,
    cut_by,
    digit_pairs,
    directed,
    ends,
    listed,
    lively_photos,
    not_this_one,
    per_photo,
    replaced_value,
    summed_durations,
    tenths,
)
from .zh_removed_texts import removed_at_place
from .zh_renamed import renamed_after
from .zh_retitled import retitled
from .zh_runons import run_ons
from .zh_said_plainly import said_plainly
from .zh_settled import settled_on
from .zh_shown_text import shown_text
from .zh_sort_unsaid import sort_unsaid
from .zh_upload_failed import failed_upload
from .zh_zoom_most import zoom_at_most
from .zh_zoom_paced import camera_pushed, zoom_paced

# "too long" asks for shorter, "有点快" (a bit fast) for slower
FLIP = {
    "longer": "shorter", "shorter": "longer", "faster": "slower", "slower": "faster",
    "louder": "quieter", "quieter": "louder", "bigger": "smaller", "smaller": "bigger",
    "more": "less", "less": "more", "softer": "sharper", "sharper": "softer",
}  # fmt: skip
# words that already say what is wrong: "有点拖沓" (a bit draggy) asks for faster, not slower
COMPLAINTS = (
    "拖沓", "拖", "拖拉", "拖拖拉拉", "太拖", "太拖了", "drags", "it drags", "dragging",
    "sluggish", "draggy", "rushed", "too rushed", "harsh", "jarring", "吵",
    "慢吞吞", "磨叽", "墨迹", "磨磨蹭蹭", "拖泥带水", "磨磨唧唧",
    # "the music is kinda overpowering": too loud already (never louder music)
    "overpowering", "overpowers", "overpower", "drown", "drowns", "drowning", "drowns out",
    "drowning out",
    # "音乐有点炸耳朵": too loud for the ears already
    "炸耳朵", "炸耳", "震耳朵", "震耳", "刺耳", "吵耳朵", "耳朵疼", "耳朵受不了",
)  # fmt: skip
ONE_PHOTO = ("photo", "pic", "picture", "image", "slide", "shot")
TEXTUAL = ("title", "caption", "closing", "textnoun", "size_word")
VALUE_KINDS = ("num", "dur", "pct", "color", "look", "aspect", "res", "fps", "mood", "trans")


def compose(
    toks: list[Tok], orig: str, stems: dict[str, str], clip: int | None = None
) -> list[Tok]:
    """Run every dimension's rules in order; ``stems`` maps "dog" to "dog.jpg", ``clip`` is the
    number of the video's only clip."""
    toks = en_opened(full_lengths(toks, orig), orig)  # "4 full seconds": one length
    toks = liked_by(toks, orig)  # "..., dad likes quiet things": why, not quieter music
    toks = said_on_screen(toks, orig)  # "the caption should be up longer": its time shown
    toks = capital_name(toks, orig)  # "..., its Max": a name, not the music at full volume
    toks = heard_on_phone(toks, orig)  # "i cant hear it on my phone": why, not 9:16
    toks = left_to_us(phone_watched(can_or_not(toks, orig), orig))  # "能快点不", "720 手机上看"
    toks = not_very(hello_first(toks, orig), orig)  # "嗨 …": hello; "转场不太好看": a judgement
    toks = how_to_add(two_choices(toks), orig)  # "按时间排还是按名字排"; "照片咋加": upload
    toks = failed_upload(toks, orig)  # "上传不了啊", "照片传不上去 怎么办": the upload
    toks = more_plain(toks, orig)  # "make more short the video", "is to long"
    toks = told_moods(platform_shaped(spaced_ratio(reason_first(toks), orig)), orig)
    toks = not_this_but(occasions(ages(so_then(toks, orig), orig)))
    toks = the_slideshow(typed_too(likeness(toks, orig), orig), orig)
    toks = zoom_between(
        slides_as_transitions(one_transition(final_transition(slide_as_photo(toks), orig)), orig),
        orig,
    )
    toks = cut_at_the_end(toks)  # "no fade to black at the end, just cut": no transition
    toks = end_not_between(toks, orig)  # "fade to black at the end, not between the pics"
    toks = undone_look(replaced_style(too_much_of_a_mood(back_to_colour(toks))))
    toks = rather_than(toks, orig)  # "i'd rather have black bars than cropping": the first
    toks = stayed_for(held_for(looks_in_passing(toks), orig), orig)  # "hold each photo for 3"
    toks = music_in_a_step(music_coming_in(toks, orig))
    toks = music_said_after_its_fades(not_heard_for_it(drowned_by_the_music(toks, orig)))
    toks = photo_shapes(toks, orig)  # "the vertical ones": which photos, not the shape
    toks = end_of_occasion(toks, orig)  # "for the end of the trip": why, not where
    toks = not_the_other(toks)  # "..., the picture shouldnt": what stays
    toks = song_upload(toks)  # "my summer breeze upload": the song
    toks = kept_playing(toks)  # "but keep the music playing till the end": it goes on
    toks = help_with(font_as_text(neither(placed_higher(toks))))
    toks = song_length(toks, orig)  # "last till the music runs out"
    toks = volume_at_moment(toks, orig)  # "music louder when the dog appears": not made
    toks = flow_between(toks, orig)  # "flow better between pics": the transitions
    toks = a_bit_too(toks, orig)  # "节奏快了点": a bit too fast, so slower
    toks = half_a_unit_off(toks)  # "每张都减半秒": half a second off, not halved
    toks = zoom_paced(toks, orig)  # "照片放大慢一点": the camera move, slower
    toks = from_side_to_side(toks, orig)  # "转场从左边推到右边": the push to the right
    toks = straight_on(toks, orig)  # "straight from each pic to the next": no transition
    for rule in RULES:
        toks = rule(toks)
    toks = settled_on(toks, orig)  # "每张停四秒好了": that will do, no "done?"
    toks = run_ons(toks, orig)  # Chinese typed with no commas, the song's length, ...
    toks = percent_step(toks, orig)  # once percentages are composed
    toks = longer_than(toks, orig)  # "longer than a minute": at least a minute
    toks = purpose_said(toks, orig)  # "make it 1 min for the contest": why, not a text
    toks = narrower_platform(made_video(zh_photo_ranges(photo_ranges(toks, orig))))
    toks = shape_said_first(toks)  # "make it square, i post on instagram and facebook"
    toks = made_and_sent(toks, orig)  # "把这些旅行照片做成视频", "帮我剪一个毕业的小视频"
    toks = moved_numbers(that_one_named(toks))
    toks = the_other_photos(length_of_the_made(a_kind_of_video(toks, orig)))
    toks = counted(english_more(names(toks, stems, clip), orig, stems, clip))
    toks = places_counted(toks, orig, clip)  # "the dog photo two spots earlier": two places
    toks = decimal_to(toks)  # "set pic 2 to 1.5": its seconds, no place
    toks = not_but(last_as_verb(toks))  # "not the title, the caption"; "photo 2 last longer"
    toks = not_the_fault(toks, orig)  # "its not the transitions, the music is too loud"
    toks = said_again(toks)  # "the fade is too long, make it shorter": once
    toks = moving_verbs(between(music_at_one_photo(one_photo(clip_sound(toks, clip)), orig)))
    toks = one_of_them(toks, orig)  # "make one of the pics longer": which one?
    toks = order_said(toks, orig)  # "switch X with Y", "can X be the first one", "under 20, say 18"
    toks = lowercase_texts(
        _capitals(the_end_said(credits_listed(greeting_texts(toks, orig)), orig), orig), orig
    )
    toks = the_end_put(toks, orig)
    toks = renamed_after(toks, orig)  # "标题太长了 改成 海南": the complaint says why
    toks = hedged_after(toks, orig)  # "put a title on it? something like Backyard BBQ"
    toks = words_after_comma(toks)  # "the wine pic needs a caption, cheers to 40 years"
    toks = final_slide_said(toks, orig)  # "the final slide should say Bye": the closing
    toks = shown_text(toks, orig)  # "末尾显示 感谢收看": "显示" leads the text in
    toks = shown_at_place(toks, orig)  # "at the end show Happy Holidays!": "show" leads it in
    toks = case_not_text(video_named(texts(colour_unnamed(toks), orig), orig))  # "in caps"
    toks = colour_letters(toks)  # "'Congrats Sam' in gold letters": the text's colour
    toks = filler_text(toks, orig)  # "字幕改成 谢谢老师": words that are fillers elsewhere
    toks = spaced_clauses(counted_characters(toks), orig)
    toks = each_of_them(toks)  # "叠化转场 每个1秒": each transition one second
    toks = faded_too(toks)  # "结尾淡出 音乐也是": the music fades out as well
    toks = fade_step(toks)  # "音乐淡出 长一点": the fade's step, not the photos'
    toks = name_told(toks, orig)  # "put my name at the end? It's Margaret"
    toks = numbered_place(one_photo_fitted(toks, orig), orig)
    toks = caption_photo_after(toks)  # "字幕：海边，放在第一张"
    toks = format_told(toks, orig)  # "换成30帧吧 60太大了": the old rate says why
    toks = made_into_video(toks, orig)  # "把照片做成一个有音乐的小视频": the video made
    toks = moved_into_each_other(where_put(toks))  # "海边的挪到花园那儿 花园的挪到海边那儿": a swap
    toks = joined_clauses(toks, orig)  # "合成个视频 加上音乐", "文件太大了 邮件发不出去"
    toks = visual_said(toks, orig, clip)  # "zoom in so there are no borders", "anything but …"
    toks = smoother_rate(toks)  # "smoother 60": the frame rate, not softer transitions
    toks = music_not_old(toks, orig)  # "use my song not the piano one": what it replaces
    toks = share_as_reason(toks)  # "just 720 hd, it's for email": why, not a size limit
    toks = when_said(toks, orig)  # "音乐淡出的时候转场也慢一点": when, not a fade
    toks = clip_named_by_song(last_fade(toks, orig), orig, clip)  # "生日歌那段视频静音"
    toks = photo_move_off(toks)  # "第三张的缩放去掉": that photo's move off, no photo removed
    toks = one_photo_move(lively_moves_off(toks))  # "把动感去掉", "第三张不要缩放"
    toks = shared_move(toks)  # "no zoom on the dog and the city": both photos, none removed
    toks = move_the_other_way(toks)  # "the zoom should go the other way": never the order
    toks = named_effect_off(a_bit_of_effect(toks))  # "缩放那个效果不要了", "有点放大效果"
    toks = zoom_refused_between(toks)  # "转场别用缩放": the zoom transition refused
    toks = in_and_out_between(toks)  # "fade in fade out的转场": the crossfade
    toks = apart_between(put_between(toks, orig), orig)  # "第三张和第五张之间": no one transition
    toks = dissolve_refused(toks)  # "叠化不要了": no transitions, not the video's fade-out
    toks = plain_transition(toks, orig)  # "转场就用普通的": the crossfade
    toks = rather_this(dates_placed(likened(toks, orig)))  # "就像胶片那种", "还是暖色吧"
    toks = still_then_off(zoom_effect(photos_not_moving(toks, orig), orig))  # "不想要照片动"
    toks = one_photo_complained(back_and_forth(toks, orig), orig)  # "别zoom来zoom去": one move
    toks = said_plainly(toks, orig)  # "我不喜欢照片动来动去的", "原声和音乐都要"
    toks = date_asked(toks)  # "这张是哪天拍的": asked, no dates written
    toks = nothing_to_choose(toks)  # "动效还是要的 弱一点": after all, no choice asked
    toks = bars_seen(toks, orig)  # "there are black bars on the sides": how to fill it?
    return said_after(toks, orig)  # "finish with a slide that says X", "bars, get rid of them"


def _capitals(toks: list[Tok], orig: str) -> list[Tok]:
    """ "put The End at the end": words of the lexicon written in capitals, beside another
    word for the place they go, are the text itself."""
    places = [t for t in toks if t.kind in ("end", "start", "sign", "closing", "title")]
    if len(places) < 2:
        return toks
    out: list[Tok] = []
    for tok in toks:
        said = orig[tok.start : tok.end]
        capital = said.isascii() and " " in said and said.istitle() and tok.start > 0
        # "title: The End of the Video": after a colon the whole clause is the text, read
        # with the words after "The End" (before, the text stopped at "The End")
        capital = capital and not (out and out[-1].kind == "colon")
        if tok.kind in ("end", "start") and capital:
            tok = Tok("text", said, tok.start, tok.end, said)
        out.append(tok)
    return out


def _merge(toks: list[Tok], i: int, j: int, kind: str, value: object) -> Tok:
    return Tok(kind, value, toks[i].start, toks[j - 1].end, "")


def _halves(toks: list[Tok]) -> list[Tok]:
    """ "two and a half" -> 2.5."""
    out: list[Tok] = []
    for tok in toks:
        if tok.kind == "and_half" and out and out[-1].kind in ("num", "dur"):
            prev = out[-1]
            bump = 0.5 if prev.kind == "num" else _unit_of(prev) / 2
            out[-1] = Tok(prev.kind, prev.value + bump, prev.start, tok.end, prev.surface)
        else:
            out.append(tok)
    return out


def _unit_of(tok: Tok) -> float:
    return 60000.0 if tok.value >= 60000 else 1000.0


def _durations(toks: list[Tok]) -> list[Tok]:
    """ "2.5 s", "1 minute 30 seconds", "两秒半", "一分半", "a second" -> milliseconds."""
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if tok.kind == "dur" and tok.value >= 60000 and _and_seconds(toks, i + 1):
            ms = tok.value + toks[i + 2].value * toks[i + 3].value  # "a minute and 10 seconds"
            out.append(_merge(toks, i, i + 4, "dur", float(ms)))
            i += 4
            continue
        if tok.kind == "dur":
            out.append(Tok("dur", float(tok.value), tok.start, tok.end, tok.surface))
            i += 1
            continue
        if tok.kind == "more" and nxt is not None and nxt.kind == "ord" and nxt.surface == "second":
            out += [Tok("dur", 1000.0, nxt.start, nxt.end, "second"), tok]  # "an extra second"
            i += 2
            continue
        one_more = tok.kind == "another" and tok.surface.endswith("more")
        if one_more and nxt is not None and nxt.kind == "ord" and nxt.surface == "second":
            more = Tok("more", None, tok.start, tok.end, tok.surface)  # "one more second"
            out += [Tok("dur", 1000.0, nxt.start, nxt.end, "second"), more]
            i += 2
            continue
        extra = False  # "2 extra seconds", "one more second": the unit is the number's
        if tok.kind == "num" and nxt is not None and nxt.kind in ("more", "less"):
            after = toks[i + 2] if i + 2 < len(toks) else None
            if after is not None and _is_unit(after):  # "2 extra seconds"
                toks = [*toks[: i + 1], after, nxt, *toks[i + 3 :]]
                nxt, extra = toks[i + 1], True
        near = nxt is not None and (extra or _next_to(tok, nxt, out))
        if tok.kind == "num" and nxt is not None and _is_unit(nxt) and near:
            unit = float(nxt.value) if nxt.kind == "unit" else 1000.0
            ms = tok.value * unit
            j = i + 2
            if j < len(toks) and toks[j].kind in ("half", "and_half"):  # "2 minutes and a half"
                ms += float(nxt.value if nxt.kind == "unit" else 1000) / 2
                j += 1
            if ms >= 60000 and _and_seconds(toks, j):
                j += 1  # "one minute and thirty seconds": one length
            if j + 1 < len(toks) and toks[j].kind == "num" and _is_unit(toks[j + 1]):
                smaller = float(toks[j + 1].value if toks[j + 1].kind == "unit" else 1000)
                # "1 minute 30 seconds"; never two lengths in one unit ("不是2秒 是3秒")
                if smaller < unit:
                    ms += toks[j].value * smaller
                    j += 2
            if ms >= 60000 and j < len(toks) and toks[j].kind == "num" and toks[j].value < 60:
                ms += toks[j].value * 1000  # "1 min 30"
                j += 1
            out.append(_merge(toks, i, j, "dur", ms))
            i = j
            if i < len(toks) and toks[i].surface in ("长", "long"):
                i += 1  # "转场两秒长", "a 2 second long fade": a length, not "longer"
            continue
        out.append(tok)
        i += 1
    return out


def _next_to(num: Tok, unit: Tok, before: list[Tok]) -> bool:
    """ "one second" is a length, "the garden one go second" a place: an ordinal is a unit only
    right after its number (a filler word between was dropped by the scanner), and not after
    "photo" ("put photo three second": photo 3 goes second; "each photo 3 second" is a length)."""
    if unit.kind == "unit":
        return True
    named = len(before) > 0 and before[-1].kind == "pic" and before[-1].surface in ONE_PHOTO
    each = len(before) > 1 and before[-2].kind in ("each", "ord", "name")  # "the dog pic 1 s"
    return unit.start - num.end <= 1 and (not named or each)


def _and_seconds(toks: list[Tok], j: int) -> bool:
    """ "and thirty seconds" right after minutes, not said of each photo."""
    said = [t.kind for t in toks[j : j + 4]]
    return said[:3] == ["and", "num", "unit"] and toks[j + 2].value < 60000 and said[3:] != ["each"]


def _is_unit(tok: Tok) -> bool:
    return tok.kind == "unit" or (tok.kind == "ord" and tok.surface == "second")


def _percent_fps(toks: list[Tok]) -> list[Tok]:
    """ "30%", "百分之三十" -> pct; "60 fps", "帧率30", "frame rate to 24" -> fps."""
    out: list[Tok] = []
    for tok in toks:
        prev = out[-1] if out else None
        before = out[-2] if len(out) > 1 else None
        if prev and prev.kind == "num" and tok.kind == "pct" and tok.value == "%":
            out[-1] = Tok("pct", prev.value, prev.start, tok.end)
        elif prev and prev.kind == "pct" and prev.value == "pre" and tok.kind == "num":
            out[-1] = Tok("pct", tok.value, prev.start, tok.end)
        elif prev and prev.kind == "num" and tok.kind == "fps_word":
            out[-1] = Tok("fps", int(prev.value), prev.start, tok.end)
        elif prev and prev.kind == "fps_word" and tok.kind == "num":
            out[-1] = Tok("fps", int(tok.value), prev.start, tok.end)
        elif (
            before
            and before.kind == "fps_word"
            and prev
            and prev.kind == "to"
            and tok.kind == "num"
        ):
            out[-2:] = [Tok("fps", int(tok.value), before.start, tok.end)]
        else:
            out.append(tok)
    return out


def _feelings(toks: list[Tok]) -> list[Tok]:
    """ "too long" -> shorter, "有点快" -> slower; "way too loud" keeps its degree."""
    out: list[Tok] = []
    for tok in toks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "too"
            and tok.kind == "length"
            and tok.surface == "long"
        ):
            tok = Tok("longer", None, tok.start, tok.end, "long")  # "way too long"
        if prev is not None and prev.kind == "too" and tok.kind in FLIP:
            complaint = tok.surface in COMPLAINTS or said_wrong(tok)
            if complaint or tok.surface.startswith(("太", "too ")):
                out[-1] = tok
                continue
            way = prev.surface.startswith("wa") and prev.surface != "too"  # "wayyy too"
            way = way and not prev.surface.startswith("was ")  # "was so loud": no degree
            degree = Tok("degree", "big", prev.start, prev.end) if way else None
            out[-1] = Tok(FLIP[tok.kind], None, prev.start, tok.end, tok.surface)
            if degree is not None:
                out.insert(-1, degree)
        else:
            out.append(tok)
    return out


def _restore(toks: list[Tok]) -> list[Tok]:
    """ "恢复动效" (bring the motion back) turns it on; "恢复" alone is an undo."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1].kind if k + 1 < len(toks) else ""
        prev = toks[k - 1].kind if k > 0 else ""
        things = ("motion", "music", "transition", "clip_sound")
        if (
            tok.kind == "undo"
            and tok.surface.startswith("恢复")
            and (nxt in things or prev in things)
        ):
            out.append(Tok("on", None, tok.start, tok.end, tok.surface))
        else:
            out.append(tok)
    return out


def _times(toks: list[Tok]) -> list[Tok]:
    """ "1.3x", "1.3倍" -> a multiple."""
    out: list[Tok] = []
    for tok in toks:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "num" and tok.kind == "times":
            out[-1] = Tok("mult", prev.value, prev.start, tok.end)
        elif tok.kind != "times":
            out.append(tok)
    return out


def _not_that(toks: list[Tok]) -> list[Tok]:
    """ "4 seconds not 2": the value said after "not" is the one replaced."""
    out: list[Tok] = []
    skip = False
    for k, tok in enumerate(toks):
        if skip:
            skip = False
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        before = [t.kind for t in out[-3:]]
        if (
            (tok.kind == "not" or (tok.kind == "instead" and tok.surface == "不是"))
            and nxt is not None
            and nxt.kind in VALUE_KINDS
            and any(kind in VALUE_KINDS for kind in before)
        ):
            skip = True
            continue
        if _not_this_but(toks, k):
            skip = True  # "不是2秒，是3秒": the value said after 不是 is the one replaced
            continue
        out.append(tok)
    return out


def _not_this_but(toks: list[Tok], k: int) -> bool:
    """ "不是2秒 是3秒", "not 2 secs, 3": a value said after "not" and then another of its kind
    (past a comma): the first is the one put right."""
    if k + 2 >= len(toks) or not (toks[k].kind == "not" or toks[k].surface == "不是"):
        return False
    j = k + 3 if toks[k + 2].kind == "sep" else k + 2
    said = toks[k + 1]
    return j < len(toks) and said.kind in VALUE_KINDS and toks[j].kind == said.kind


def _instead_of(toks: list[Tok]) -> list[Tok]:
    """ "black bars instead of the blurry background": what is replaced is no request."""
    out: list[Tok] = []
    dropping: bool | int = False  # an int: that many words still to drop
    for tok in toks:
        if tok.kind in ("sep", "then", "and"):
            dropping = False
        if tok.kind == "instead_of":
            # "instead of the piano i'd like summer breeze": opening its clause, "instead of"
            # names one thing replaced, and the request follows it
            opens = not out or out[-1].kind in ("sep", "then", "and")
            dropping = 1 if opens else True
            out.append(Tok("instead", None, tok.start, tok.end, tok.surface))
        elif dropping is True:
            continue
        elif dropping:
            dropping -= 1
        else:
            out.append(tok)
    return out


def _same_kind(toks: list[Tok]) -> list[Tok]:
    """ "something cinematic and dramatic": two words for one mood are one."""
    out: list[Tok] = []
    for tok in toks:
        if (
            tok.kind in ("mood", "look")
            and len(out) > 1
            and out[-1].kind == "and"
            and out[-2].kind == tok.kind
        ):
            out.pop()
            continue
        if tok.kind == "textnoun" and out and out[-1].kind in ("start", "end"):
            prev = out[-1]  # "片头的字", "the words at the end": the title, the closing text
            kind = "title" if prev.kind == "start" else "closing"
            out[-1] = Tok(kind, None, prev.start, tok.end, prev.surface)
            continue
        if tok.surface in ("调大", "调小") and out and out[-1].kind in TEXTUAL:
            kind = "bigger" if tok.surface == "调大" else "smaller"  # "标题字号调大"
            tok = Tok(kind, None, tok.start, tok.end, tok.surface)
        font = out and out[-1].kind == "unsupported" and out[-1].value == "text"
        if tok.kind in ("bigger", "smaller") and font:  # "字体小一点": the text's size
            out[-1] = Tok("textnoun", None, out[-1].start, out[-1].end, out[-1].surface)
            if len(out) > 1 and out[-2].kind in ("title", "caption", "closing"):
                out.pop()  # "the title font is too big": the title's size
        if tok.kind in ("title", "caption", "closing") and out and out[-1].kind == "textnoun":
            out[-1] = Tok(tok.kind, tok.value, out[-1].start, tok.end, tok.surface)
            continue  # "white lettering for the captions": the captions' letters
        if out and out[-1].kind == "to" and out[-1].surface in ("at", "in") and len(out) > 1:
            at = out.pop() if out[-2].kind == "textnoun" and tok.kind in ("end", "start") else None
            if at is not None and " " not in tok.surface:
                out.append(at)
        if (
            tok.kind in ("end", "start")
            and out
            and out[-1].kind == "textnoun"
            and " " in tok.surface
        ):
            kind = "closing" if tok.kind == "end" else "title"
            out[-1] = Tok(kind, None, out[-1].start, tok.end, out[-1].surface)
            continue  # "scrap the text at the end", "the writing at the start": closing, title
        if tok.kind == "textnoun" and out and out[-1].kind in ("title", "caption", "closing"):
            prev = out[-1]  # "标题文字", "the caption text": the title's words are the title
            out[-1] = Tok(prev.kind, prev.value, prev.start, tok.end, prev.surface)
            continue
        if (
            len(out) > 1
            and out[-1].kind == "with"
            and (out[-2].kind, out[-2].value) == (tok.kind, tok.value)
            and tok.kind in ("fit", "look")
        ):
            out.pop()  # "show all of it with black bars": one fit
            continue
        if tok.kind == "mood" and out and out[-1].kind == "mood" and out[-1].value != tok.value:
            out[-1] = tok  # "轻松的爵士乐", "relaxing jazz": the kind of music is the last word
            continue
        twice = out and out[-1].kind == tok.kind and out[-1].value == tok.value
        if twice and tok.kind in ("fit", "look", "mood", "aspect"):
            continue  # "完整显示加黑边": one fit said twice
        out.append(tok)
    return out


# "no fades", "no fading between the photos": the transitions
PLURAL_FADES: tuple[str, ...] = ("fades", "crossfades", "cross-fades", "cross fades", "dissolves")
PLURAL_FADES += ("blends", "fading", "blending", "dissolving")


def _no_fades(toks: list[Tok]) -> list[Tok]:
    """ "just cut, no fades": fades between photos are the transitions, not the video's fade."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        ends = _ends_named(toks, k)  # "no fades at the start or end": the video's own fades
        # "remove all the crossfades": "all the" may come between
        said = out[:-1] if out and out[-1].kind == "each" else out
        after_no = said and said[-1].kind in ("no", "remove", "off", "not") and not ends
        if after_no and tok.kind == "trans" and tok.surface in PLURAL_FADES:
            tok = Tok("transition", None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


def _ends_named(toks: list[Tok], k: int) -> bool:
    for tok in toks[k + 1 : k + 6]:
        if tok.kind in ("sep", "then", "and"):
            return False
        if tok.kind in ("start", "end"):
            return True
    return False


def _fade_seconds(toks: list[Tok]) -> list[Tok]:
    """ "fade out for 4", "fade in 2": a bare number after a fade is its seconds."""
    out: list[Tok] = []
    for tok in toks:
        fade = out and out[-1].kind in ("fade_in", "fade_out", "fade_inout")
        if fade and tok.kind == "num" and 0 < tok.value <= 30:
            tok = Tok("dur", tok.value * 1000.0, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


EACH = ("各", "各自", "each")
CLAUSE_END = ("sep", "then", "and")


def _is_fade(tok: Tok) -> bool:
    return tok.kind in ("fade_in", "fade_out", "fade_inout") or (
        tok.kind == "trans" and tok.surface in ("淡入淡出", "fade in and out")
    )


def _in_and_out(toks: list[Tok]) -> list[Tok]:
    """ "fade the song in and out": a fade at both ends."""
    for k, tok in enumerate(toks):
        if tok.kind != "trans" or tok.surface not in ("fade", "fades"):
            continue
        j = k + 1
        while j < len(toks) and toks[j].kind in ("music", "pic", "video", "it", "volume"):
            j += 1
        if [t.kind for t in toks[j : j + 3]] == ["in", "and", "out"]:
            both = Tok("fade_inout", None, tok.start, tok.end, tok.surface)
            return [*toks[:k], both, *toks[k + 1 : j], *toks[j + 3 :]]
    return toks


def _each_fade(toks: list[Tok]) -> list[Tok]:
    """ "淡入淡出各两秒", "开头淡入、结尾淡出，各1.5秒": one length for every fade before it."""
    for k, tok in enumerate(toks):
        if tok.kind != "each" or tok.surface not in EACH:
            continue
        near = [j for j in (k + 1, k - 1) if 0 <= j < len(toks) and toks[j].kind == "dur"]
        fades = [j for j in range(min([k, *near])) if _is_fade(toks[j])]
        if not near or not fades:
            continue
        dur = toks[near[0]]
        out: list[Tok] = []
        for j, t in enumerate(toks):
            if j in (k, near[0]):
                continue
            if j in fades and t.kind == "trans":
                t = Tok("fade_inout", None, t.start, t.end, t.surface)  # both ends of the video
            out.append(t)
            if j in fades and not _has_dur(toks, j, {k, near[0]}):
                out.append(Tok("dur", dur.value, dur.start, dur.end, dur.surface))
        return out
    return toks


def _has_dur(toks: list[Tok], j: int, skip: set[int]) -> bool:
    for n, t in enumerate(toks[j + 1 :], j + 1):
        if n in skip:
            continue
        if t.kind in CLAUSE_END or _is_fade(t):
            return False
        if t.kind == "dur":
            return True
    return False


# a step right after "动感" is one of the photos' motion ("动感弱一点", "动感大一点")
_STEPPED = ("more", "less", "bigger", "smaller")


def _colours_pop(toks: list[Tok]) -> list[Tok]:
    """ "colours should really pop": a vivid look, not upbeat music; "动感强一点", "动感小一点":
    the motion is stronger or gentler, not the music livelier."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if tok.kind == "mood" and tok.surface == "pop" and out and out[-1].kind == "look_word":
            tok = Tok("look", "vivid", tok.start, tok.end, tok.surface)
        if tok.surface == "动感" and nxt is not None and nxt.kind in _STEPPED:
            tok = Tok("motion", None, tok.start, tok.end, tok.surface)
        if tok.surface == "动感" and nxt is not None and nxt.kind == "motion":
            continue  # "动感的缩放效果": how the zoom feels
        if tok.surface == "small" and nxt is not None and nxt.kind == "format":
            continue  # "small gif for whatsapp": a small file, said by its size
        out.append(tok)
    return out


NOUNS = ("music", "transition", "motion", "title", "caption", "closing", "textnoun", "filter_word")


def _no_use(toks: list[Tok]) -> list[Tok]:
    """ "不用背景音乐" (no background music): "not using" a thing is none of it."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if tok.kind == "not" and tok.surface in ("不用", "别用") and nxt and nxt.kind in NOUNS:
            tok = Tok("no", None, tok.start, tok.end, tok.surface)
        out.append(tok)
    return out


def _not_cropped(toks: list[Tok]) -> list[Tok]:
    """ "I don't want the photos cropped": not cropped is the whole photo."""
    out: list[Tok] = []
    for tok in toks:
        if tok.kind == "fit" and tok.value == "cover" and out and out[-1].kind in ("no", "not"):
            out[-1] = Tok("fit", "contain", out[-1].start, tok.end, tok.surface)  # "别裁"
            continue
        if tok.kind == "dislike" and tok.surface in CROPPED:
            no = next(
                (k for k in range(len(out) - 1, -1, -1) if out[k].kind in ("no", "not")), None
            )
            breaks = no is not None and any(t.kind in ("sep", "then", "and") for t in out[no:])
            if no is not None and not breaks:
                out[no:] = [t for t in out[no + 1 :] if t.kind in ("pic", "each", "it")]
                out.append(Tok("fit", "contain", tok.start, tok.end, tok.surface))
                continue
        out.append(tok)
    return out


CROPPED = ("cropped", "cut off", "gets cut off", "is cut off")


RULES: list[Callable[[list[Tok]], list[Tok]]] = [
    or_opposite,  # "longer or shorter": two choices, not a limit
    how_to,  # "动效怎么弄", "随便来点": asked loosely
    video_moved,  # "把视频挪到第一个位置": the clip
    zoom_at_most,  # "动效拉满"
    back_alone,
    dates_shown,
    removed_at_place,
    _instead_of,
    split_out, split_fade, no_before_a_verb, degrees,
    _same_kind,
    _restore,
    _halves, _durations, time_spans, clock_lengths, ranges, stated, _fade_seconds, _percent_fps,
    _times, tenths,
    summed_durations, effect_steps, subject_in_step,
    replaced_value, too_much, not_so, too_then_length, sudden_music,
    per_photo_length, _feelings, _not_that, _not_cropped,
    _no_use, _no_fades, _in_and_out, music_in_and_out, _each_fade, _colours_pop, digit_photo_pairs,
    digit_pairs,
    listed, ends, front_or_back, sort_unsaid, cut_by, sent_to, excepted,
    not_this_one, lively_photos, directed, per_photo, comma_lists, photos, that_photo,
    photo_out,
    rate_instead,  # "60帧太卡了 还是30吧"
    faded_together,  # "音乐和画面一起淡出 3秒": both fade, both 3 s
    said_there,  # "转场那里的音乐挺好听": the music, where the transitions are
    after_all,  # "原声还是留着吧": after all, not "or"
    mood_music,  # "换成轻音乐": the music, not a calmer pace
    full_screen_shape,  # "手机全屏看的竖版": the shape fills the phone, the photos keep their fit
    retitled,  # "标题不要了 换成 海边日记": the title changed, not removed
    one_more_text,  # "a caption on photo 1 saying Day 1, and one on photo 2 ...": another
    look_felt,  # "use a black and white look, it feels nostalgic": one look, and how it feels
    count_told,  # "..., there are 20 of them on my phone": how many, no value
    some_of_them,  # "remove 2 of them": which two is asked
    value_preferred,  # "我觉得方的更好看": the square, and why
    text_slid,  # "slide the title to the top": the title moved, no slide transition
    camera_pushed,  # "镜头推近一点 慢慢推": the camera's push, no push transition
]  # fmt: skip

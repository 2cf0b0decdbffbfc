"""The camera's move, the transitions, the music's fades and the clip's sound as Chinese
speakers type them beside something else:

- "推拉的效果再夸张点", "缩放夸张一点": 夸张 (exaggerated) is more of the move ("太夸张" less);
  "动效收一收", "缩放含蓄一点": held back is less of it;
- "照片的动效不用改，转场快一点", "音乐不用换": what needs no change stays (never the photos
  made still: "不用改" read as "不用" + "改" turned the move off, a silent wrong edit);
- "婚礼用的 转场要闪白那种": what the video is for, said first, is why ("<场合>用的");
- "bgm结尾渐弱 别突然断掉": not cut off suddenly is the fade asked for; "换个随机转场玩玩":
  玩玩 (to try it out) carries nothing;
- "弄成黑白的 有那种电影感": the feel of the look asked for, never cinematic music;
- "转场用黑场淡出": a transition that fades through black;
- "音乐最后那个淡出再长一点": the last fade is the one at the end, never the last photo;
- "生日歌那段视频静音": a song that names the clip it is heard in is no music asked for.

Pure data (``MOVES_WORDS`` / ``MOVES_ENTITIES`` join ``zh_words``, ``MOVES_FILLER`` its fillers,
``MOVES_TEMPLATES`` the Chinese templates) and two rules run by ``compose``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # zh_words reads the words before the entity pass exists
    from .entities import Tok

# what a video is for, said as "<occasion>用的" ("婚礼用的", "年会上放的")
_OCCASIONS = (
    "婚礼", "婚宴", "生日", "生日会", "聚会", "派对", "年会", "毕业", "毕业典礼", "开业", "周年",
    "纪念日", "满月", "百天", "寿宴", "团建", "同学会", "家庭聚会", "朋友圈", "发朋友圈",
)  # fmt: skip
_FOR = ("用的", "上用的", "要用的", "上放的", "要放的", "放的")
_PURPOSE = ", ".join(f"{occ}{for_}" for occ in _OCCASIONS for for_ in _FOR)

# stays as it is: "不用改", "音乐不用换" ("不用" + "改" read as no motion before)
_NO_NEED = ("不用", "不需要", "不必", "没必要", "先不", "先别", "别", "不要")
_CHANGE = ("改", "换", "调整", "变", "改了", "换了")
_KEPT = ", ".join(
    f"{no}{verb}"
    for no in _NO_NEED
    for verb in _CHANGE
    # "别换成黑场" asks for something else; "不用变" is already read (zh_kept)
    if not (no in ("别", "不要") and verb not in ("改", "改了"))
)

# "音乐别一下子就出来", "别一下子炸出来": not bursting in, a fade in
_BURST = ", ".join(
    f"{dont}{sudden}{verb}出来"
    for dont in ("别", "不要")
    for sudden in ("一下子", "一下子就", "突然", "突然就", "")
    for verb in ("", "炸", "冒", "蹦", "跳")
    if sudden or verb  # "字幕别出来" is no fade
)

MOVES_WORDS: dict[str, str] = {
    "more": "夸张, 夸张点, 夸张一点, 夸张些, 夸张一些, 更夸张, 再夸张点, 夸张点儿, "
    # "动感再足一点": 足 (ample) is more of it
    "足一点, 足点, 足一些, 再足一点, 再足点, 更足一点, 更足, "
    # "缩放强烈一点": stronger, more of it
    "强烈一点, 强烈点, 强烈些, 强烈一些, 更强烈, 再强烈点, 再强烈一点",
    "less": "收一收, 收一下, 收着点, 收敛一点, 收敛点, 收敛些, 含蓄一点, 含蓄点, 含蓄些, 克制一点, "
    "克制点, 收一点, 收点, 收一些, 再收一点, 再收点",
    "as_is": _KEPT + ", 先别动, 先不动, 先不要动, 暂时别动, 暂时不动, 暂时不要动, 先不用动",
    "reason": _PURPOSE + ", 有那种电影感, 有种电影感, 很有电影感, 电影感十足, 有电影的感觉, "
    "像老电影那样, 像老电影一样, 像老电影, 像电影那样, 像电影一样",
    # "别突然断掉": not cut off all at once, a fade (as "别突然停", zh_more)
    "fade_out": "别突然断掉, 不要突然断掉, 别一下子断掉, 不要一下子断掉, 别突然断, 别断掉, "
    "不要断掉, 别突然没了, 不要突然没了, 别一下就没了, 别一下子没了",
    # "音乐别一下子就出来": not in all at once, a fade in
    "fade_in": "别突然进来, 不要突然进来, 别一下子进来, 不要一下子进来, 别一下就进来, " + _BURST,
    # "转场别那么软": soft is softer (so "别那么软" is sharper)
    "softer": "软, 软一点, 软点, 软一些, 软些, 更软",
    # "原声调回来": the clip's own sound back on
    "unmute": "原声调回来, 原声弄回来, 原声找回来, 原声要回来, 视频声音调回来, 视频的声音调回来, "
    "视频原声调回来, 视频的原声调回来",
    # "过场动画去掉": the animation between photos is the transition
    "transition": "过场动画, 转场动画, 过渡动画, 切换动画, 转场特效, 过场特效",
    # "把视频的音轨关了": the clip's own track
    "clip_sound": "视频的音轨, 视频音轨, 片段的音轨, 片段音轨, 视频原音轨, 视频的原音轨",
}

MOVES_ENTITIES: dict[str, dict[str, str]] = {
    # "偏冷一点 蓝蓝的那种": blue wanted is the cool look ("偏蓝" alone is a complaint)
    "look": {
        "cool": "蓝蓝的那种, 蓝蓝的感觉, 蓝蓝的色调",
        # "冬天的照片看着冷": a complaint, so warmer (as "太冷" is)
        "warm": ", ".join(
            f"{seen}{how}冷"
            for seen in ("看着", "看起来", "感觉", "显得")
            for how in ("", "很", "有点", "太", "好")
        ),
    },
}

# "玩玩", "玩一下": to try it, nothing more
MOVES_FILLER = "玩玩, 玩一玩, 玩一下, 试试水, 那块, 那一块, 这块, 了以后, 了之后"

MOVES_TEMPLATES = """
# "转场用黑场淡出": a transition through black (the video's own end is not named)
trans_name: ~ transition change? trans=fadeblack/fadewhite fade_out
# "照片的动效不用改", "视频的原声不用改": said of the photos or the clip, it still stays
noop: ~ pic|photo|clip motion|transition|clip_sound|look_word|caption as_is
# "音乐结尾小一点", "结尾的音乐收一下": quieter at the end is the music fading out
music_fade_out: ~ music end smaller|quieter|less
# "视频原声小一点": the clip's own sound has no volume of its own, it is turned off
!mute_clips: ~ clip_sound smaller
"""

_FADES = ("fade_out", "fade_in", "fade_inout")
_LAST = ("最后那个", "最后这个", "最后的那个", "最后那一个", "最后一个")


def last_fade(toks: list[Tok], orig: str) -> list[Tok]:
    """ "音乐最后那个淡出": the last fade is the one at the end, not a fade of the last photo."""
    from .entities import Tok  # imported when compose runs the rule

    out = list(toks)
    for k, tok in enumerate(toks[:-1]):
        said = orig[tok.start : tok.end]
        if tok.kind == "photo" and said in _LAST and toks[k + 1].kind in _FADES:
            out[k] = Tok("end", None, tok.start, tok.end, said)
    return out


_OFF = ("remove", "no", "off")


def lively_moves_off(toks: list[Tok]) -> list[Tok]:
    """ "把动感去掉", "不要动感了": the liveliness taken away is the photos' move (as "动感强一点"
    is), never the music removed; "动感的音乐去掉" still names the music."""
    from .entities import Tok  # imported when compose runs the rule

    if any(t.kind in ("music", "volume") and t.start < t.end for t in toks):
        return toks
    out = list(toks)
    for k, tok in enumerate(toks):
        near = [toks[j].kind for j in (k - 1, k + 1) if 0 <= j < len(toks)]
        if tok.kind == "mood" and tok.surface == "动感" and any(n in _OFF for n in near):
            out[k] = Tok("motion", None, tok.start, tok.end, tok.surface)
    return out


# "有点放大效果", "有点推近的感觉": a bit of an effect had (never "a bit too much" of it)
_A_BIT = ("有点", "有一点", "有些", "有点儿")
_EFFECT = ("效果", "动效", "感觉", "的感觉", "的效果")


def a_bit_of_effect(toks: list[Tok]) -> list[Tok]:
    """ "每张照片都有点放大效果": 有 + 一点 + an effect's name says the photos have (or should
    have) that effect: it is added, never made less ("照片有点晃" still says too much of it)."""
    from .entities import Tok  # imported when compose runs the rule

    out = list(toks)
    for k, tok in enumerate(toks[:-1]):
        nxt = toks[k + 1]
        effect = nxt.kind == "motion" and (nxt.surface.endswith(_EFFECT) or nxt.surface == "动效")
        if tok.kind == "too" and tok.surface in _A_BIT and effect:
            out[k] = Tok("add", None, tok.start, tok.end, tok.surface)
    return out


# "镜头推近拉远的那个效果不要了", "黑白那个效果不要了": the effect just named taken off
_NAMED_EFFECT = ("motion", "look", "still")
# "把动效撤了吧", "转场撤了": 撤 (take down) after a thing named takes that thing off; 撤销 and
# 撤回 stay the undo they name in every app
_TAKEN_DOWN = ("motion", "still", "transition", "music")


def named_effect_off(toks: list[Tok]) -> list[Tok]:
    """ "那个效果不要了" right after the photos' move or a look names which effect goes: that
    one is taken off (the move stopped, the original colours), never the last change undone
    and the move turned on from its name; so is "动效撤了吧" (the move, the transitions, the
    music taken down)."""
    from .entities import Tok  # imported when compose runs the rule

    out = list(toks)
    for k, tok in enumerate(toks[1:], 1):
        said = tok.kind == "undo" and tok.surface.startswith(("那个效果", "这个效果"))
        said = said and toks[k - 1].kind in _NAMED_EFFECT
        down = tok.kind == "undo" and tok.surface.startswith("撤")
        down = down and not tok.surface.startswith(("撤销", "撤回"))
        if said or (down and toks[k - 1].kind in _TAKEN_DOWN):
            out[k] = Tok("remove", None, tok.start, tok.end, tok.surface)
    return out


def zoom_refused_between(toks: list[Tok]) -> list[Tok]:
    """ "转场别用缩放", "转场的时候不要缩放": the zoom refused right after the transitions is
    the zoom transition, refused as "转场别用黑场" is (never every transition cut and then the
    zoom transition put in)."""
    from .entities import Tok  # imported when compose runs the rule

    out = list(toks)
    for k, tok in enumerate(toks[2:], 2):
        said = tok.kind == "motion" and not tok.surface.isascii()
        if said and toks[k - 1].kind in ("no", "not") and toks[k - 2].kind == "transition":
            out[k] = Tok("trans", "zoom", tok.start, tok.end, tok.surface)
    return out


def in_and_out_between(toks: list[Tok]) -> list[Tok]:
    """ "fade in fade out的转场", "fade in fade out transitions": a fade in and a fade out said
    together beside the transitions (and nothing of the music or the video's ends) are the
    crossfade, as "淡入淡出的转场" is."""
    from .entities import Tok  # imported when compose runs the rule

    kinds = {t.kind for t in toks}
    if "transition" not in kinds or kinds & {"music", "volume", "video", "start", "end"}:
        return toks
    for k, tok in enumerate(toks[:-1]):
        nxt = toks[k + 1]
        if tok.kind == "fade_in" and nxt.kind == "fade_out":
            said = Tok("trans", "crossfade", tok.start, nxt.end, f"{tok.surface} {nxt.surface}")
            return [*toks[:k], said, *toks[k + 2 :]]
    return toks


_THAT = ("那段", "那个", "这段", "这个", "那条", "的那段", "的那个")


def clip_named_by_song(toks: list[Tok], orig: str, clip: int | None) -> list[Tok]:
    """ "生日歌那段视频静音": the song heard in the clip names it; no music is asked for."""
    from .entities import Tok  # imported when compose runs the rule

    if clip is None:
        return toks
    for k, tok in enumerate(toks):
        if tok.kind != "mood":
            continue
        j = k + 1
        while j < len(toks) and toks[j].kind == "music" and toks[j].start == toks[j].end:
            j += 1  # the music a mood word brings, of no words of its own
        if j >= len(toks) or toks[j].kind != "photo" or toks[j].value != clip:
            continue
        if not orig[toks[j].start : toks[j].end].startswith(_THAT):
            continue
        why = Tok("reason", None, tok.start, tok.end, tok.surface)
        cut = Tok("sep", None, tok.end, tok.end, "")
        return [*toks[:k], why, cut, *toks[j:]]
    return toks


_DATES = ("date_only", "date_place")
_WHERE = ("put", "each", "pic", "pos", "caption", "sep")


def dates_placed(toks: list[Tok]) -> list[Tok]:
    """ "日期加上吧 放在每张照片的底部": where the dates go, said after them, is how they are
    added (never all texts moved): the two clauses are one."""
    seps = [k for k, t in enumerate(toks) if t.kind == "sep"]
    if len(seps) != 1:
        return toks
    cut = seps[0]
    first, then = toks[:cut], toks[cut + 1 :]
    said = {t.kind for t in first}
    placed = {t.kind for t in then}
    if said & set(_DATES) and "add" in said and "pos" in placed and placed <= set(_WHERE):
        return [*first, *then]
    return toks


_VALUES = ("look", "trans", "mood", "aspect", "res", "fps", "fit")


def rather_this(toks: list[Tok]) -> list[Tok]:
    """ "黑白的话会不会太压抑 还是暖色吧": 还是 opening a clause before one value is "rather",
    after all (a choice needs two things: "黑白还是暖色" still asks); the worry before it is
    why, not a question left open."""
    from .entities import Tok  # imported when compose runs the rule

    out: list[Tok] = []
    for k, tok in enumerate(toks):
        # a break said, not the one said_beside.two_choices puts between two values
        opens = k > 0 and toks[k - 1].kind == "sep" and toks[k - 1].end > toks[k - 1].start
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        rest = toks[k + 1 :]
        end = next((j for j, t in enumerate(rest) if t.kind == "sep"), len(rest))
        alone = not any(t.kind == "or" for t in rest[:end])
        rather = tok.kind == "or" and tok.surface == "还是" and opens and alone
        if rather and nxt is not None and nxt.kind in _VALUES:
            return [*_worry_as_reason(out, Tok), *rest]
        out.append(tok)
    return out


def _worry_as_reason(toks: list[Tok], tok_type: type[Tok]) -> list[Tok]:
    """The clauses before "还是X吧" that wonder ("会不会太压抑") say why, as one reason."""
    if not any(t.kind == "whether" for t in toks):
        return toks
    body = [t for t in toks if t.kind != "sep"]
    why = tok_type("reason", None, body[0].start, body[-1].end, "")
    return [why, toks[-1]] if toks[-1].kind == "sep" else [why]


_NOT = ("no", "not", "remove", "off")
# "不要动", "别动了": a bare 动 said of one photo is "keep it still" or "leave it alone"
_BARE_STILL = ("不要动", "别动", "不动", "不用动", "不要动了", "别动了", "不动了", "别再动了")
_STILL_ONLY = ("still", "sep", "reason")


def one_photo_move(toks: list[Tok]) -> list[Tok]:
    """ "第三张不要动": one photo kept still, or kept where it is? Neither is guessed: the photo is
    never removed for it, nor is every photo stilled (nothing changes). "第三张不要缩放" names the
    zoom, and that photo alone stops moving (``motion_off``), as "第三张别放大了" does; a clause
    after it that only says still ("第三张别动了 静止就好") says which was meant."""
    from .entities import Tok  # imported when compose runs the rule

    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        said = toks[k + 1 : k + 3]
        named = tok.kind == "photo" and len(said) == 2 and said[0].kind in _NOT
        if named and said[1].kind == "still":  # "第三张不要动": kept still, or kept in place?
            out.append(Tok("unsupported", "motion", tok.start, said[1].end, tok.surface))
            k += 3
            continue
        bare = tok.kind == "photo" and bool(said) and said[0].kind == "still"
        if bare and said[0].surface.rstrip("吧啊呀哈") in _BARE_STILL:
            rest = toks[k + 2 :]
            if rest and rest[0].kind == "sep" and all(t.kind in _STILL_ONLY for t in rest):
                return [*out, tok, *[t for t in rest if t.kind == "still"][:1]]
            out.append(Tok("unsupported", "motion", tok.start, said[0].end, tok.surface))
            k += 2
            continue
        out.append(tok)
        k += 1
    return out


_LIKE = "像"
_ALIKE = ("那种", "那样", "一样", "似的", "感觉", "那种感觉", "风格")


def likened(toks: list[Tok], orig: str) -> list[Tok]:
    """ "照片上显示日期 就像胶片相机那种": a clause that only likens what was asked before to
    something ("像X那种/那样/一样") is how it should look, no request of its own."""
    from .entities import Tok  # imported when compose runs the rule

    for k, tok in enumerate(toks):
        if k == 0 or toks[k - 1].kind != "sep" or tok.surface != _LIKE:
            continue
        end = next((j for j in range(k + 1, len(toks)) if toks[j].kind == "sep"), len(toks))
        upto = toks[end].start if end < len(toks) else len(orig)
        said = orig[tok.start : upto]
        while said and (not said[-1].isalnum() or said[-1] in "吧呀啊哈的"):
            said = said[:-1]  # "那种😊", "一样的吧"
        if said.endswith(_ALIKE):
            return [*toks[:k], Tok("reason", None, tok.start, upto, said), *toks[end:]]
    return toks


_REFUSED = ("no", "remove", "off")
_OF_VIDEO = ("end", "start", "video", "from_black")


def dissolve_refused(toks: list[Tok]) -> list[Tok]:
    """ "叠化不要了": the dissolve said as not wanted is the transitions (as "不要叠化了" is),
    never the video's fade-out at the end."""
    from .entities import Tok  # imported when compose runs the rule

    if any(t.kind in _OF_VIDEO for t in toks):
        return toks
    out = list(toks)
    for k, tok in enumerate(toks[:-1]):
        said = tok.kind == "trans" and tok.value == "crossfade" and not tok.surface.isascii()
        if said and toks[k + 1].kind in _REFUSED:
            out[k] = Tok("transition", None, tok.start, tok.end, tok.surface)
    return out

"""How Chinese speakers ask about the effects between and on the photos (the camera's move, the
transitions, the music's fades) in a chat, typed fast:

- "缩放幅度大大增加", "动感再加强点": 增加 / 加强 after a degree is more of the thing named;
- "过度效果慢一点": 过度 typed for 过渡 (the transition); "切换太硬了": the change between
  photos said too hard is the transition's, not the pace's;
- "不要那么猛": 猛 (too strong) is more of it, so "不要那么猛" asks for less;
- "音乐淡入2秒淡出5秒": two fades said in one breath are two requests, as with a comma;
- "过渡改成3秒 慢慢的": "慢慢的" after a fade or transition said with its length only tells
  how it looks (slowly), never that the whole video should be slower;
- "音乐一开始就太响了", "音乐开头别那么突然": music too loud or sudden at the start asks for it
  to fade in ("小声慢慢变大" is that fade, not a quieter song);
- "只要背景音乐", "只留bgm": the music alone, so the clip's own sound is turned off.

Pure data (``EFFECT_WORDS`` join ``zh_words.ZH_WORDS``) and one rule run by ``compose``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # zh_words reads the words before the entity pass exists
    from .entities import Tok

EFFECT_WORDS: dict[str, str] = {
    "more": "增大, 加大, 增强, 加强, 猛, 猛一点, 猛点, 更猛",
    "add": "增加, 增添",
    "motion": "放大的程度, 缩放的程度, 缩放程度, 放大程度, 晃动的程度, 动的程度, 推拉的程度",
    "transition": "过度效果, 过度动画, 过度的效果, 转场过度",
    # 掉 typed for 调: "掉个个", "对掉"
    "swap": "掉个个, 对掉, 掉换, 掉换位置, 掉个位置, 掉下位置, 掉一下位置",
    # the clip's own sound: off when only the music is wanted, on again when it is restored
    "mute": "mute掉, mute了, mute一下, 只要背景音乐, 只保留背景音乐, 只要bgm, 只留bgm, "
    "只保留bgm, 只要配乐, 只留配乐",
    "unmute": "恢复视频声音, 恢复视频的声音, 恢复原音, 恢复现场声音, 恢复现场音, 视频声音恢复, "
    "视频的声音恢复, 视频声音打开, 视频的声音打开, 原声恢复, 原声开回来, 原声加回来",
    "fade_out": "渐渐小声, 慢慢小声, 慢慢变小声, 逐渐小声, 越来越小声",
    "fade_in": "慢慢起, 慢慢变大声, 渐渐大声, 一开始就太响, 一开始太响, 开头太响, 开头就太响, "
    "一开始就很响, 开头太大声, "
    "一开始太大声, 一开始就太大声, 开头声音太大, 一开始声音太大, 一上来就太响, 一上来太吵",
}

# transitions typed with a homophone: 叠画 for 叠化, 划 for 滑; 白场 as 黑场 is said
EFFECT_ENTITIES: dict[str, dict[str, str]] = {
    "trans": {
        "crossfade": "叠画, 迭化, 叠画转场, 叠画效果",
        "slideleft": "用划的, 划的那种, 划动的, 划动",
        "fadewhite": "白场, 白场过渡, 白场转场, 白屏过渡, 白屏转场, 白屏的",
    },
    # "减一半": halved, as "减半"
    "degree": {"half": "减一半, 砍一半, 少一半"},
}

# what a fade or transition is: "慢慢的" beside its length describes it
_FADES = ("transition", "trans", "fade_in", "fade_out", "fade_inout")
_SUBJECTS = ("motion", "transition", "music", "volume", "clip_sound")


def effect_steps(toks: list[Tok]) -> list[Tok]:
    """ "大大增加" after a subject is more of it; "淡入2秒淡出5秒" is two clauses; a trailing
    "慢慢的" beside a fade's length is how it looks."""
    from .entities import Tok  # imported when compose runs the rule

    out: list[Tok] = []
    faded = any(t.kind in _FADES for t in toks) and any(t.kind == "dur" for t in toks)
    for k, tok in enumerate(toks):
        prev = out[-1] if out else None
        if (
            tok.kind == "add"
            and tok.surface in ("增加", "加")
            and prev is not None
            and prev.kind == "degree"
            and len(out) > 1
            and out[-2].kind in _SUBJECTS
        ):
            tok = Tok("more", None, tok.start, tok.end, tok.surface)
        if (
            tok.kind in ("fade_in", "fade_out")
            and prev is not None
            and prev.kind == "dur"
            and _cjk(tok.surface)
            and _faded_before(out)
        ):
            out.append(Tok("sep", None, tok.start, tok.start, ""))
        if tok.kind in ("softer", "sharper") and prev is not None and prev.surface == "切换":
            out[-1] = Tok("transition", None, prev.start, prev.end, prev.surface)  # "切换太硬"
        if (tok.kind, prev.kind if prev else "") in (
            ("fade_in", "quieter"),
            ("fade_out", "louder"),
        ):
            out.pop()  # "开头小声慢慢变大": where the fade starts, not the volume
        if tok.kind == "reason" and "突" in tok.surface and prev and prev.kind == "transition":
            tok = Tok("softer", None, tok.start, tok.end, tok.surface)  # "转场太突然"
        if tok.kind == "mute" and tok.surface.startswith("只"):
            out.append(tok)  # "只要背景音乐": the music alone, so the clip's own sound is off
            tok = Tok("clip_sound", None, tok.end, tok.end, "")
        if faded and tok.kind == "slower" and tok.surface.startswith("慢慢") and _last(toks, k):
            continue
        out.append(tok)
    return out


def _last(toks: list[Tok], k: int) -> bool:
    """Whether ``toks[k]`` stands alone at the end, after a length or a separator."""
    alone = all(t.kind == "sep" for t in toks[k + 1 :])
    return k > 0 and toks[k - 1].kind in ("sep", "dur") and alone


def _faded_before(out: list[Tok]) -> bool:
    """Whether a fade was said before the length just read ("淡入2秒" and not "两秒淡入")."""
    for tok in reversed(out[:-1]):
        if tok.kind == "sep":
            return False
        if tok.kind in ("fade_in", "fade_out"):
            return True
    return False


def _cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def sudden_music(toks: list[Tok]) -> list[Tok]:
    """ "音乐开头别那么突然", "开头音乐太突然": the music said sudden at its start or end asks
    for its fade there (run after "别那么X" is read as one word, so its "别" is no "no")."""
    from .entities import Tok  # imported when compose runs the rule

    music = any(t.kind == "music" for t in toks) and not any(t.kind == "transition" for t in toks)
    where = [t.kind for t in toks if t.kind in ("start", "end")]
    if not music or len(where) != 1 or any(t.kind in ("no", "not") for t in toks):
        return toks
    kind = "fade_in" if where[0] == "start" else "fade_out"
    return [
        Tok(kind, None, t.start, t.end, t.surface)
        if t.kind in ("softer", "reason") and "突" in t.surface
        else t
        for t in toks
    ]

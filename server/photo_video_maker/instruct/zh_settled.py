"""Chinese "…好了" after what is wanted ("每张停四秒好了", "用黑场好了", "暖色调好了"): the
person settles on it ("that will do"); it is no "done?" about the video. "视频好了吗" and
"导出好了" still ask or tell about the video (no value stands before them).
"""

from __future__ import annotations

from .entities import Tok

SETTLED = ("好了",)
ENDS = (" ", "，", ",", "。", "!", "！", "~", "～", "吧", "啊", "哈")  # the clause ends there
# what one settles on: a value, or a step said with how much
WANTED = (
    "num", "dur", "pct", "color", "look", "aspect", "res", "fps", "mood", "trans", "degree",
    "faster", "slower", "longer", "shorter", "louder", "quieter", "softer", "sharper",
)  # fmt: skip


def settled_on(toks: list[Tok], orig: str) -> list[Tok]:
    """The "好了" that ends a clause after a value is dropped (placed, asking nothing)."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1].kind if k + 1 < len(toks) else "sep"
        ends = nxt == "sep" or orig[tok.end : tok.end + 1] in ENDS
        said = tok.kind == "done_bare" and tok.surface in SETTLED
        if said and out and out[-1].kind in WANTED and ends:
            continue
        out.append(tok)
    return out

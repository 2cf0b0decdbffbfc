"""A request softened with 吗 in a chat is still a request: "转场慢一点吗", "音乐小声点吗" ("a
bit slower?") ask for the step, "镜头别晃吗", "照片别动吗" ("can it not shake?") ask for it to
stop. A question about the draft says what is there instead: "是竖屏吗", "照片会动吗", "音乐
太大声了吗" (is it too loud?), "转场是不是慢了点吗": answered, nothing changes."""

from __future__ import annotations

from .entities import Tok

# "慢一点吗", "小声点吗", "快些吗": a step asked for ("有点" only says how it is)
STEP_ENDS = ("点", "一点", "点儿", "一点儿", "些", "一些")
NOT_A_STEP = ("有点", "有一点", "有些")
# "别晃吗", "不要动吗": told not to (a state is said with 不, "是不是", "会")
TOLD_NOT = ("别", "不要")
# words that ask how the draft is: "是不是", "有没有" (kind "ask"), and "too much" (太)
ASKING = ("ask", "why_q")


def asked_softly(stripped: str, toks: list[Tok]) -> bool:
    """Whether a Chinese sentence ending in 吗 (``stripped`` without its 吗) asks for a change."""
    if any(t.kind in ASKING for t in toks) or "太" in stripped:
        return False
    said = stripped.rstrip("吗么嘛呢 ")
    step = said.endswith(STEP_ENDS) and not said.endswith(NOT_A_STEP)
    told_not = any(t.surface.startswith(TOLD_NOT) for t in toks)
    return step or told_not

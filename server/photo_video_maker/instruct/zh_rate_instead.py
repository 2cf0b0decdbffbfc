""" "60帧太卡了 还是30吧": a frame rate complained of, then a bare number in a clause of its
own, is the rate wanted instead (not a length, not a volume); the rate complained of is only
the reason."""

from __future__ import annotations

from .entities import Tok
from .fillers import SOFT

RATES = (24, 25, 30, 60)
# what is said of a rate that stutters ("太卡了", "有点卡", "卡顿": zh_wechat)
STUTTER = "卡"
INSTEAD = ("or", "change", "to", "back", "num", "degree")


def rate_instead(toks: list[Tok]) -> list[Tok]:
    clauses = _clauses(toks)
    if len(clauses) == 1 and _complained(toks, clauses[0]) is not None:
        return _as_reason(toks, clauses[0])  # "60帧太卡了": a complaint, no rate asked for
    if len(clauses) != 2:
        return toks
    said, instead = clauses
    rates = [k for k in said if toks[k].kind == "fps"]
    nums = [k for k in instead if toks[k].kind == "num"]
    if len(rates) != 1 or len(nums) != 1 or not any(_stutters(toks[k]) for k in said):
        return toks
    num = toks[nums[0]]
    kinds = {toks[k].kind for k in instead} - set(SOFT)
    if not kinds <= set(INSTEAD) or num.value not in RATES or num.value == toks[rates[0]].value:
        return toks
    out = list(toks)
    rate = toks[rates[0]]
    out[rates[0]] = Tok("reason", None, rate.start, rate.end, rate.surface)
    out[nums[0]] = Tok("fps", int(num.value), num.start, num.end, num.surface)
    return out


def _complained(toks: list[Tok], clause: list[int]) -> int | None:
    """The one rate of a clause that ends in a complaint of it ("60帧太卡了")."""
    rates = [k for k in clause if toks[k].kind == "fps" and _a_rate(toks[k])]
    ends = _stutters(toks[clause[-1]])
    return rates[0] if len(rates) == 1 and ends and clause[0] == rates[0] else None


def _a_rate(tok: Tok) -> bool:
    """A rate said as its number ("60帧"), not a wish for a higher one ("帧率太低了 卡卡的": the
    stutter is why that wish is made)."""
    return not tok.surface or any(c.isdigit() for c in tok.surface)


def _stutters(tok: Tok) -> bool:
    return tok.kind == "reason" and STUTTER in tok.surface


def _as_reason(toks: list[Tok], clause: list[int]) -> list[Tok]:
    out = list(toks)
    for k in clause:
        tok = toks[k]
        out[k] = Tok("reason", None, tok.start, tok.end, tok.surface)
    return out


def _clauses(toks: list[Tok]) -> list[list[int]]:
    """Clauses, a complaint ending its own ("60帧太卡了 还是30吧" has no comma at this stage)."""
    clauses: list[list[int]] = [[]]
    for k, tok in enumerate(toks):
        if tok.kind in ("sep", "then"):
            clauses.append([])
            continue
        clauses[-1].append(k)
        if _stutters(tok):
            clauses.append([])
    return [c for c in clauses if c]

"""A person wondering whether to change something ("日期要不要加呢", "需不需要压缩",
"标题该不该改"): the "A不A" form asks for advice, it is not the request. Before, "要不要" was
read as "要" + "不要" and "日期要不要加呢" added the dates; "要不要压缩一下呢" lifted the size
limit. So does comparing ("1080和720有啥区别" set both). The words are of kind ``whether`` and
``compare`` (zh_asked_plain); a sentence with one changes nothing."""

from __future__ import annotations

from .entities import Tok


def wondered(toks: list[Tok]) -> bool:
    """Whether the sentence only wonders whether to change something."""
    return any(tok.kind in ("whether", "compare") for tok in toks)

"""The camera's move, transitions, the music's fades and the clip's sound, as Chinese speakers
type them in a chat: "快切" / "硬切" (a plain cut, no transition), "转场太花哨了 换成简单的叠化"
(a dislike, then the plain crossfade asked for: 简单的 only describes it).

Pure data: ``SAID_WORDS`` / ``SAID_ENTITIES`` join ``zh_words``, ``SAID_FILLER`` its fillers,
``SAID_TEMPLATES`` the Chinese templates.
"""

from __future__ import annotations

SAID_WORDS: dict[str, str] = {
    "dislike": "花哨, 太花哨, 太花哨了, 花里胡哨, 太花里胡哨",
}

SAID_ENTITIES: dict[str, dict[str, str]] = {
    "trans": {"none": "快切, 硬切, 直接快切, 直接硬切, 快切就行, 硬切就行"},
}

# "换成简单的叠化": a plain one, said of the transition asked for
SAID_FILLER = "简单的, 简单点的, 简简单单的, 朴素的, 普通的"

SAID_TEMPLATES = """
# "转场用叠化吧，别的太花哨": why that one, the others disliked (nothing more to do)
noop: ~ another dislike
"""

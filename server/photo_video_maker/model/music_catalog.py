"""The built-in music catalogue: names, moods and how people ask for them (pure data).

The audio itself is made by ``music.builtin.synthesize``; this module is what the draft, the
edits and the interpreter need, so they never depend on the synthesiser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PREFIX = "builtin:"


@dataclass(frozen=True)
class BuiltinTrack:
    """Catalogue entry for one built-in track."""

    name: str
    title: str
    mood: str
    bpm: int
    description: str


TRACKS: dict[str, BuiltinTrack] = {
    t.name: t
    for t in (
        BuiltinTrack(
            "calm", "Calm piano", "calm", 72,
            "Slow piano arpeggios over a soft pad in D major; a gentle melody in the second half.",
        ),
        BuiltinTrack(
            "upbeat", "Upbeat pop", "happy", 120,
            "Bright four-on-the-floor pop in G: drums, pumping bass, piano chords, a catchy lead.",
        ),
        BuiltinTrack(
            "cinematic", "Cinematic strings", "epic", 75,
            "Swelling string chords in D minor over low drum hits, building to a soaring theme.",
        ),
        BuiltinTrack(
            "lofi", "Lo-fi chill", "chill", 80,
            "Mellow electric-piano seventh chords, a soft swung beat and a little vinyl crackle.",
        ),
        BuiltinTrack(
            "acoustic", "Acoustic sunshine", "warm", 100,
            "Strummed acoustic guitar, bass and shaker in G with a glockenspiel tune.",
        ),
    )
}  # fmt: skip


TITLES_ZH = {
    "calm": "舒缓钢琴",
    "upbeat": "欢快流行",
    "cinematic": "电影感弦乐",
    "lofi": "Lo-fi 轻松曲",
    "acoustic": "阳光原声吉他",
}


def list_tracks() -> list[BuiltinTrack]:
    """All built-in tracks, in catalogue order."""
    return list(TRACKS.values())


def builtin_id(name: str) -> str:
    """The source id that refers to a built-in track, e.g. "builtin:calm"."""
    return PREFIX + name


def is_builtin(src: str) -> bool:
    """Whether a music source id refers to a built-in track."""
    return src.startswith(PREFIX)


# Mood words -> track. English words are matched as whole words (so "fun" does not fire on
# "funeral"); Chinese has no spaces, so those are matched as substrings.
_ENGLISH = {
    "calm": "calm relaxing relax relaxed peaceful soft gentle quiet slow piano tranquil serene "
    "soothing ambient sleepy dreamy",
    "upbeat": "upbeat happy energetic energy party fun joyful bright dance pop lively cheerful "
    "exciting festive celebration",
    "cinematic": "cinematic epic dramatic emotional film movie orchestral strings trailer grand "
    "majestic heroic inspiring",
    "lofi": "lofi chill chilled chillout chillhop mellow jazzy study cozy cosy laidback",
    "acoustic": "acoustic guitar folk warm sunny summer campfire country",
}
_CHINESE = {
    "calm": "舒缓 安静 轻松 平静 宁静 温柔 柔和 钢琴",
    "upbeat": "欢快 动感 活泼 快乐 开心 欢乐 热闹 喜庆",
    "cinematic": "史诗 大气 电影 震撼 感人 壮观 激昂 弦乐",
    "lofi": "低保真 放松 慵懒 惬意 爵士",
    "acoustic": "吉他 民谣 原声 温暖 阳光",
}
_WORDS = {w: name for name, words in _ENGLISH.items() for w in words.split()}
_HANZI = {w: name for name, words in _CHINESE.items() for w in words.split()}


def resolve_name(text: str) -> str | None:
    """Map a track name or a mood word (English or Chinese) to a track name, else None.

    When several mood words appear, the one mentioned first wins.
    """
    t = text.strip().lower().removeprefix(PREFIX)
    if t in TRACKS:
        return t
    t = re.sub(r"\blo[\s_-]*fi\b", "lofi", t)
    hits = [
        (m.start(), _WORDS[m.group()]) for m in re.finditer(r"[a-z]+", t) if m.group() in _WORDS
    ]
    hits += [(i, name) for word, name in _HANZI.items() if (i := t.find(word)) >= 0]
    return min(hits)[1] if hits else None

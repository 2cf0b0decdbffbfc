"""What a Chinese speaker says stays as it is, beside what they ask for: "转场快一点，音乐不用动",
"转场换成黑场 别的不动", "转场慢一点 照片时间别动", "视频节奏放慢点 音乐还是这首". The part that
stays names another intent only as context; it is read as nothing to do (the "noop" template),
never as a second edit ("别的不动", "照片时间别动" kept the photos still before, a silent wrong
edit) and never left unread.

Pure data: ``KEPT_WORDS`` join ``zh_words.ZH_WORDS``, ``KEPT_TEMPLATES`` the Chinese templates.
"""

from __future__ import annotations

KEPT_WORDS: dict[str, str] = {
    # stays as it is ("不动" / "别动" alone are the photos kept still: words.py "still")
    "as_is": "不用动, 不需要动, 不必动, 不变, 不用变, 保持不变, 维持不变, 照旧, "
    "保持原样, 维持原样, 保持现在这样, 就这样不变, 还是这首, 还是这首歌, 就这首, 就用这首, "
    "用这首就行, 还是这个, 不用调, 不用管, 别管, 继续放, 继续播, 照常放, 照放, 接着放, "
    "保持原来的, 保持原来那样",
    # "视频原声去掉 bgm保持", "转场就保持淡入淡出": kept, as "保留" is (before, "去掉" was read
    # with the music: removed)
    "keep": "保持, 保持着, 维持, "
    # "视频的声音也要 音乐小声点": that one is kept too
    "也要, 也留着, 也保留, 也得要, 也要留着",
    # "其它不动": 其它 typed for 其他 (the others)
    "another": "其它, 其它的, 其余, 其余的",
}

KEPT_TEMPLATES = """
# "音乐不用动", "转场不变", "顺序保持不变", "别的都不用改": that stays, nothing to do
noop: ~ transition|music|volume|order|length|pace|speed|trans|motion|clip_sound as_is
noop: ~ title|caption|textnoun|look_word|another as_is
noop: ~ video pace|length as_is
noop: ~ music volume|length as_is|still
noop: ~ pic length as_is
noop: ~ another not change
# "画面不用管": what stays is named by a word we do not read
noop: as_is
# "别的不动", "照片时间别动", "转场别动": that stays (the photos alone "别动" stay still)
noop: ~ another still
noop: ~ pic? length still
noop: ~ transition|music|volume|order|title|caption|textnoun still
"""

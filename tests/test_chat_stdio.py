"""A person's whole chat, typed the way people talk, through the real server over stdio.

Each turn is what a person types and what must come of it: the action, what the draft looks
like afterwards, and words the reply must (or must not) contain. One chat in English, one in
Chinese; each ends with an export that is decoded back.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters

from support import decode_video, gradient, save_photo

pytestmark = [pytest.mark.anyio, pytest.mark.slow]
Draft = dict[str, Any]
NAMES = ["beach", "city", "dog", "forest", "garden"]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@dataclass
class Turn:
    said: str
    action: str = "edit"
    check: Callable[[Draft], bool] | None = None
    says: list[str] = field(default_factory=list)  # the reply contains each of these
    changed: bool | None = None  # None: not checked; False: the draft must stay as it was


def video(d: Draft) -> list[dict[str, Any]]:
    return next(t["sg"] for t in d["t"] if t["tt"] == 0)


def names(d: Draft) -> list[str]:
    return [s["m"]["name"].removesuffix(".jpg") for s in video(d)]


def music(d: Draft) -> dict[str, Any]:
    return next(t["sg"][0]["m"] for t in d["t"] if t["tt"] == 1)


def texts(d: Draft, role: str) -> list[str]:
    return [
        s["m"]["text"] for t in d["t"] if t["tt"] == 7 for s in t["sg"] if s["m"]["role"] == role
    ]


def title(d: Draft) -> dict[str, Any]:
    return next(
        s["m"] for t in d["t"] if t["tt"] == 7 for s in t["sg"] if s["m"]["role"] == "title"
    )


def crossfade_ms(d: Draft) -> int:
    return int(video(d)[1]["m"]["transition"]["d"])


def transition(d: Draft) -> str:
    return str(video(d)[1]["m"]["transition"]["type"])


def zoom(d: Draft) -> float:
    return max(max(s["m"]["motion"].get("zoom", [1.0])) for s in video(d))


ENGLISH = [
    Turn(
        "hi! can you turn these into a slideshow with some music and nice transitions?",
        check=lambda d: music(d)["src"].startswith("builtin:") and crossfade_ms(d) > 0,
    ),
    Turn("how long is it right now?", "answer", says=["long"], changed=False),
    Turn("hmm it drags a bit, make it faster", check=lambda d: video(d)[0]["d"] < 3000),
    Turn("what song is that?", "answer", says=["%"], changed=False),
    Turn("i want something way more upbeat", check=lambda d: music(d)["src"] == "builtin:upbeat"),
    Turn(
        "can you put a heading up front that says Our trip to Spain",
        check=lambda d: texts(d, "title") == ["Our trip to Spain"],
    ),
    Turn("make it vertical for tiktok", check=lambda d: d["m"]["aspect"] == "9:16"),
    Turn(
        "the fourth one is blurry, leave it out",
        check=lambda d: names(d) == ["beach", "city", "dog", "garden"],
        says=["undo"],
    ),
    Turn("undo that", check=lambda d: len(video(d)) == 5),
    Turn("what did you just change?", "answer", says=["Undid"], changed=False),
    Turn("swap the first two photos", check=lambda d: names(d)[:2] == ["city", "beach"]),
    Turn(
        "caption the second one 'Me and Anna'",
        check=lambda d: texts(d, "caption") == ["Me and Anna"],
    ),
    Turn(
        "that's wrong, the caption should read 'Anna and me'",
        check=lambda d: texts(d, "caption") == ["Anna and me"],
    ),
    Turn(
        "sign it at the end with 'Love, Dad'", check=lambda d: texts(d, "closing") == ["Love, Dad"]
    ),
    Turn("music a bit quieter please", check=lambda d: music(d)["volume"] == 0.8),
    Turn("less movement", check=lambda d: zoom(d) < 1.1),
    Turn("softer transitions", check=lambda d: crossfade_ms(d) > 750),
    Turn(
        "make the title yellow and put it at the top",
        check=lambda d: title(d)["color"] == "#FFD400" and title(d)["pos"] == "top",
    ),
    Turn("black and white", check=lambda d: d["m"]["look"] == "bw"),
    Turn("no wait, sepia looks better", check=lambda d: d["m"]["look"] == "sepia"),
    Turn("how many photos are there?", "answer", says=["5 photos"], changed=False),
    Turn("move the last photo to the start", check=lambda d: names(d)[0] == "garden"),
    Turn("make the whole thing 20 seconds long", check=lambda d: abs(d["d"] - 20000) <= 100),
    Turn("what size is it?", "answer", says=["9:16"], changed=False),
    Turn("fade the music out over 3 seconds", check=lambda d: music(d)["fade_out"] == 3000),
    Turn("what can you do?", "answer", says=["say"], changed=False),
    Turn("make the music sparkle", changed=False, says=["music"]),
    Turn("blorf zanzibar quux", changed=False),
    Turn("change the transition", "clarify", says=["Fade to black"], changed=False),
    Turn("the second one", check=lambda d: transition(d) == "fadeblack"),
    Turn("export it in 480p", "export", says=["ready"]),
    Turn("where did the video go?", "answer", says=[".mp4"], changed=False),
    Turn("send me this version too", "export", says=["ready"]),
]

CHINESE = [
    Turn("帮我把这些照片做成带音乐和转场的幻灯片", check=lambda d: crossfade_ms(d) > 0),
    Turn("现在视频多长？", "answer", says=["秒"], changed=False),
    Turn("太拖了，快一点", check=lambda d: video(d)[0]["d"] < 3000),
    Turn("用的什么音乐？", "answer", says=["音量"], changed=False),
    Turn("换成欢快一点的音乐", check=lambda d: music(d)["src"] == "builtin:upbeat"),
    Turn("标题写「我们的西班牙之旅」", check=lambda d: texts(d, "title") == ["我们的西班牙之旅"]),
    Turn("改成竖屏，发抖音", check=lambda d: d["m"]["aspect"] == "9:16"),
    Turn(
        "第四张糊了，删掉吧",
        check=lambda d: names(d) == ["beach", "city", "dog", "garden"],
        says=["撤销"],
    ),
    Turn("撤销", check=lambda d: len(video(d)) == 5),
    Turn("你刚才改了什么？", "answer", says=["撤销"], changed=False),
    Turn("把前两张对调一下", check=lambda d: names(d)[:2] == ["city", "beach"]),
    Turn("第二张加字幕“我和安娜”", check=lambda d: texts(d, "caption") == ["我和安娜"]),
    Turn("字幕写错了，应该是“安娜和我”", check=lambda d: texts(d, "caption") == ["安娜和我"]),
    Turn("结尾写上“爱你的爸爸”", check=lambda d: texts(d, "closing") == ["爱你的爸爸"]),
    Turn("音乐小声一点", check=lambda d: music(d)["volume"] == 0.8),
    Turn("动效少一点", check=lambda d: zoom(d) < 1.1),
    Turn("转场柔和一点", check=lambda d: crossfade_ms(d) > 750),
    Turn(
        "标题改成黄色，放到顶部",
        check=lambda d: title(d)["color"] == "#FFD400" and title(d)["pos"] == "top",
    ),
    Turn("黑白", check=lambda d: d["m"]["look"] == "bw"),
    Turn("算了，还是复古一点好看", check=lambda d: d["m"]["look"] == "sepia"),
    Turn("一共几张照片？", "answer", says=["5 张照片"], changed=False),
    Turn("最后一张放到最前面", check=lambda d: names(d)[0] == "garden"),
    Turn("整个视频改成20秒", check=lambda d: abs(d["d"] - 20000) <= 100),
    Turn("现在是什么比例？", "answer", says=["9:16"], changed=False),
    Turn("音乐最后3秒淡出", check=lambda d: music(d)["fade_out"] == 3000),
    Turn("你能做什么？", "answer", says=["你可以"], changed=False),
    Turn("让音乐闪闪发光", changed=False),
    Turn("啊啊啊随便吧哈哈", changed=False),
    Turn("换个转场", "clarify", says=["黑场"], changed=False),
    Turn("第二个", check=lambda d: transition(d) == "fadeblack"),
    Turn("导出480p", "export", says=["视频"]),
    Turn("视频存哪了？", "answer", says=[".mp4"], changed=False),
    Turn("这个版本也再导出一份", "export"),
]


@pytest.mark.parametrize(("chat", "lang"), [(ENGLISH, "en"), (CHINESE, "zh")], ids=["en", "zh"])
async def test_a_whole_chat_in_the_persons_own_words_does_what_they_asked(
    tmp_path: Path, chat: list[Turn], lang: str
) -> None:
    assert len(chat) >= 30
    photos = tmp_path / "trip"
    photos.mkdir()
    for i, name in enumerate(NAMES):
        save_photo(photos / f"{name}.jpg", gradient(320, 240, seed=i))
    exe = shutil.which("photo-video-maker", path=str(Path(sys.executable).parent))
    assert exe is not None
    env = {**os.environ, "PVM_HOME": str(tmp_path / "home")}
    params = StdioServerParameters(command=exe, args=["serve"], env=env)
    exports: list[str] = []
    async with Client(params, raise_exceptions=True) as client:
        await client.call_tool("upload", {"paths": [str(photos)]})
        for number, turn in enumerate(chat, 1):
            before = (await client.call_tool("state", {})).structured_content["draft"]
            result = await client.call_tool("edit", {"instruction": turn.said})
            where = (
                f"turn {number} {turn.said!r}: {result.content[0].text if result.content else ''}"
            )
            assert not result.is_error, where
            data = result.structured_content
            text = result.content[0].text
            after = (await client.call_tool("state", {})).structured_content["draft"]
            assert data["action"] == turn.action, where
            if turn.check is not None:
                assert turn.check(after), where
            if turn.changed is False:
                assert after == before, where
            for word in turn.says:
                assert word in text, where
            _assert_language(text, lang, where)
            assert len(set(text.splitlines())) == len(text.splitlines()), where  # nothing twice
            if data["action"] == "export":
                exports.append(data["routed"]["path"])
    assert len(set(exports)) == 2
    for path in exports:
        frames, facts = decode_video(Path(path))
        assert (facts["width"], facts["height"]) == (480, 854) and facts["codec"] == "h264"
        assert len(frames) == 20 * 30 and frames[0].mean() > 5  # 20 s, and not a black start


def _assert_language(text: str, lang: str, where: str) -> None:
    """A Chinese speaker reads Chinese, an English speaker English; no internal names."""
    assert not re.search(r"\b(?:BGM|bw|kenburns|slideleft|fadeblack|None)\b", text), where
    if lang == "zh":
        # file names, numbers and units aside, no English words in what a Chinese speaker reads
        words = set(re.findall(r"[A-Za-z]{3,}", re.sub(r"\S*[/\\.]\S*", "", text)))
        assert words <= {"Calm", "piano", "Upbeat", "pop", "mp", "fps"}, (words, where)
    else:
        assert not re.search(r"[\u4e00-\u9fff]", text), where

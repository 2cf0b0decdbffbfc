"""translate_reply(): GUI phrases of the cloud backend rewritten for a chat, with their actions."""

from __future__ import annotations

import re

import pytest

from photo_video_maker.instruct.gui_reply import translate_reply

ROWS: list[tuple[str, str, list[str]]] = [
    (
        "Done! Click the Export button to download your video.",
        "Done! Say 'export' and I will render it.",
        ["export"],
    ),
    ("Click Export in the top right corner.", "Say 'export' and I will render it.", ["export"]),
    (
        "Use the Export button when ready.",
        "Say 'export' and I will render it when ready.",
        ["export"],
    ),
    ("You can now export the video.", "You can say 'export' and I will render it.", ["export"]),
    (
        "Your slideshow is ready. Open the Tracks panel to see the layers.",
        "Your slideshow is ready. (I checked the timeline).",
        ["state"],
    ),
    ("You can drag the clip to reorder it.", "You can tell me where to move it.", ["edit"]),
    (
        "Drag and drop photos to change the order.",
        "Tell me where to move it.",
        ["edit"],
    ),
    (
        "Preview in the timeline before exporting.",
        "Ask for the timeline summary before exporting.",
        ["state"],
    ),
    ("Click the Apply button.", "Say 'Apply' and I will do it.", ["edit"]),
    ('Click "Add music".', "Say 'Add music' and I will do it.", ["edit"]),
    (
        "Added music. Preview it in the timeline, then click the Export button.",
        "Added music. Ask for the timeline summary, then say 'export' and I will render it.",
        ["state", "export"],
    ),
    ("点击导出按钮即可下载。", "说“导出”我就帮你渲染。", ["export"]),
    ("点击右上角的导出", "说“导出”我就帮你渲染", ["export"]),
    ("现在可以导出了。", "可以说“导出”让我渲染了。", ["export"]),
    ("点击“应用”按钮", "告诉我“应用”我就帮你操作", ["edit"]),
    ("打开音乐面板查看音轨。", "（我已查看时间线）。", ["state"]),
    ("拖拽片段调整顺序。", "告诉我要移到哪里。", ["edit"]),
    ("在时间线预览效果。", "让我给你看时间线摘要。", ["state"]),
    ("I added calm music and a title.", "I added calm music and a title.", []),
    ("已添加转场效果。", "已添加转场效果。", []),
]


@pytest.mark.parametrize(("reply", "text", "actions"), ROWS)
def test_gui_phrases_are_rewritten_for_a_chat(reply: str, text: str, actions: list[str]) -> None:
    result = translate_reply(reply)
    assert result.text == text
    assert result.actions == actions


@pytest.mark.parametrize(("reply", "text", "actions"), ROWS)
def test_rewritten_replies_never_mention_buttons_or_panels(
    reply: str, text: str, actions: list[str]
) -> None:
    result = translate_reply(reply)
    assert not re.search(r"button|panel|click|drag|按钮|面板|点击|拖拽", result.text, re.I)


def test_each_action_is_listed_once() -> None:
    result = translate_reply("Click Export. Or click the Export button.")
    assert result.actions == ["export"]


@pytest.mark.parametrize(
    ("reply", "follow_ups"),
    [
        ("Click the Apply button.", ["Apply"]),
        ('Click "Add music".', ["Add music"]),
        ("点击“应用”按钮", ["应用"]),
        (
            "Drag photo 3 to the start of the timeline.",
            ["move photo 3 to the start of the timeline"],
        ),
        ("把第三张拖动到最前面。", ["把第三张移动到最前面"]),
        ("You can drag the clip to reorder it.", []),
        ("Done! Click the Export button to download your video.", []),
    ],
)
def test_gui_phrases_that_stand_for_an_edit_become_requests_to_send_back(
    reply: str, follow_ups: list[str]
) -> None:
    assert translate_reply(reply).follow_ups == follow_ups

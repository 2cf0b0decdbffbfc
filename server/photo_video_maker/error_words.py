"""The errors a person meets while editing, told in Chinese to a Chinese speaker.

Errors are raised in English deep in the model, where the person's language is not known; the
backend knows it and translates at its edge. Each pattern below is one message or hint the
edits raise; a message without a pattern stays as it is (English), never half translated.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from .errors import PVMError

Told = Callable[[re.Match[str]], str]
TEXTS = {"title": "标题", "caption": "字幕", "captions": "字幕", "closing text": "结尾文字"}
TEXTS["text"] = "文字"
VERBS = {"export": "导出", "preview": "预览"}


def _units(said: str) -> str:
    """ "0.5 s" -> "0.5 秒"."""
    return re.sub(r"(\d) s\b", r"\1 秒", said)


def _items(said: str) -> str:
    """ "5 photos and 1 clip" -> "5 张照片和 1 段视频"."""
    said = re.sub(r"(\d+) photos?", r"\1 张照片", said)
    said = re.sub(r"(\d+) clips?", r"\1 段视频", said)
    return said.replace(" and ", " 和 ").replace("no photos", "没有照片")


MESSAGES: list[tuple[re.Pattern[str], Told]] = [
    (re.compile(r"there is no music yet"), lambda m: "还没有音乐"),
    (
        re.compile(r"the video is only (.+) long, so the music cannot start at (.+)"),
        lambda m: f"视频只有 {_units(m.group(1))} 长，音乐不能到第 {_units(m.group(2))} 才开始",
    ),
    (
        re.compile(r"the photos follow the music's beats or its length, so it starts with .+"),
        lambda m: "照片跟着音乐的节拍或长度切换，所以音乐要和视频一起开始",
    ),
    (
        re.compile(r"there (?:is|are) no (title|captions?|closing text|text) yet"),
        lambda m: f"还没有{TEXTS[m.group(1)]}",
    ),
    (
        re.compile(r"there is no (photo|clip|item) (\d+); the video has (.+)"),
        lambda m: f"没有第 {m.group(2)} 张；视频里有 {_items(m.group(3))}",
    ),
    (
        re.compile(r"there is no (photo|clip|item) (\d+) from the end; the video has (.+)"),
        lambda m: f"没有倒数第 {m.group(2)} 张；视频里有 {_items(m.group(3))}",
    ),
    (re.compile(r"there is no position (\d+)"), lambda m: f"没有第 {m.group(1)} 个位置"),
    (re.compile(r"there are no photos in the video yet"), lambda m: "视频里还没有照片"),
    (re.compile(r"there is no photo called (.+)"), lambda m: f"没有叫 {m.group(1)} 的照片"),
    (re.compile(r"say which photo to remove"), lambda m: "请说要删除哪一张"),
    (
        re.compile(r"I don't know when these photos were taken.*"),
        lambda m: "不知道这些照片是什么时候拍的（照片里没有拍摄日期）",
    ),
    (re.compile(r"(.+) is a (photo|video), not a song"), lambda m: f"{m.group(1)} 不是音乐"),
    (
        re.compile(r"there is no uploaded song or built-in music called (.+)"),
        lambda m: f"没有叫 {m.group(1)} 的音乐",
    ),
    (re.compile(r"the instruction is empty"), lambda m: "没有收到要修改的内容"),
    (
        re.compile(r"several changes can only be undone alone"),
        lambda m: "一次撤销多步时，不能同时做别的修改",
    ),
    (re.compile(r".+ can't be (.+)"), lambda m: f"不能设为 {_units(m.group(1))}"),
    (
        re.compile(r"(.+) is only (.+) long"),
        lambda m: f"{m.group(1)}只有 {_units(m.group(2))} 长",
    ),
    (
        re.compile(r"the video has only clips.*"),
        lambda m: "视频里只有视频片段，它们按自己的长度播放",
    ),
    (
        re.compile(r"(.+) is the only one left; a video needs at least one photo"),
        lambda m: f"只剩 {m.group(1)} 了；视频至少要有一张照片",
    ),
    (re.compile(r"unknown colour (.+)"), lambda m: f"不认识这个颜色：{m.group(1)}"),
    (
        re.compile(r"the (title|caption|closing text) is empty"),
        lambda m: f"{TEXTS[m.group(1)]}是空的",
    ),
    (
        re.compile(r"a size change of (.+) times is too much"),
        lambda m: f"变大变小 {m.group(1)} 倍太多了",
    ),
    # outside editing: exports, uploads and sessions
    (
        re.compile(r"nothing to (export|preview) yet: the video has no photos or clips"),
        lambda m: f"还没有可以{VERBS[m.group(1)]}的内容：视频里还没有照片或视频片段",
    ),
    (
        re.compile(r"this export needs (\d+) credits and none are left"),
        lambda m: f"这次导出需要 {m.group(1)} 个积分，积分已经用完了",
    ),
    (re.compile(r"no session (.+)"), lambda m: f"找不到这个项目：{m.group(1)}"),
    (re.compile(r"there is no session yet"), lambda m: "还没有项目"),
    (re.compile(r"there is no cloud session yet"), lambda m: "云端还没有项目"),
    (re.compile(r"no export job (.+)"), lambda m: f"找不到这个导出任务：{m.group(1)}"),
    (re.compile(r"nothing to upload"), lambda m: "没有收到要上传的文件"),
    (
        re.compile(r"nothing was uploaded: no photos, clips or audio were found"),
        lambda m: "什么都没上传：没有找到照片、视频或音频",
    ),
    (
        re.compile(r"no such file(?: or (?:folder|directory))?: (.+)"),
        lambda m: f"找不到文件：{m.group(1)}",
    ),
    (re.compile(r"(?:file )?not found: (.+)"), lambda m: f"找不到文件：{m.group(1)}"),
    (re.compile(r"not a file or folder: (.+)"), lambda m: f"不是文件也不是文件夹：{m.group(1)}"),
    (re.compile(r"cannot read (.+?): .+"), lambda m: f"读不了 {m.group(1)}"),
    (
        re.compile(r"(.+) is outside the folders this server may read"),
        lambda m: f"{m.group(1)} 不在允许读取的文件夹里",
    ),
    (
        re.compile(r"(.+) is a folder, not a media file"),
        lambda m: f"{m.group(1)} 是文件夹，不是媒体文件",
    ),
    (re.compile(r"(.+) is not (?:a|a regular) file"), lambda m: f"{m.group(1)} 不是普通文件"),
    (
        re.compile(r"(.+?): .+, not a photo, clip or audio file"),
        lambda m: f"{m.group(1)} 不是照片、视频或音频文件",
    ),
    (
        re.compile(r"(.+?): (.+) is not supported"),
        lambda m: f"{m.group(1)}：不支持 {m.group(2)} 格式",
    ),
    (
        re.compile(r"(.+?): (?:container .+|its .+ codec) (?:is )?not supported"),
        lambda m: f"{m.group(1)}：不支持这种视频格式",
    ),
    (re.compile(r"(.+) is (?:image|video|audio), not a photo"), lambda m: f"{m.group(1)} 不是照片"),
    (
        re.compile(r"corrupt or truncated image (.+): file is cut short"),
        lambda m: f"{m.group(1)} 已损坏或不完整",
    ),
    (
        re.compile(
            r"corrupt or truncated: (?:no \w+ (?:frames |could be decoded )?in )?(.+?)"
            r"(?: ends before .+| decodes to .+)?"
        ),
        lambda m: f"{m.group(1)} 已损坏或不完整",
    ),
    (
        re.compile(r"corrupt or truncated (?:image|video|audio|clip|file|photo)s?: (.+)"),
        lambda m: f"{m.group(1)} 已损坏或不完整",
    ),
    (
        re.compile(r"nothing to render: the timeline has no photos or clips"),
        lambda m: "没有可以渲染的内容：视频里还没有照片或视频片段",
    ),
    (
        re.compile(r"(.+) is ([\d.]+ MB), over the ([\d.]+ MB) limit"),
        lambda m: f"{m.group(1)} 有 {m.group(2)}，超过了 {m.group(3)} 的上限",
    ),
    (
        re.compile(r"(.+) has frames of (\d+) megapixels, over the (\d+) megapixel limit"),
        lambda m: (
            f"{m.group(1)} 的画面有 {m.group(2)} 百万像素，超过了 {m.group(3)} 百万像素的上限"
        ),
    ),
    (re.compile(r"the pasted image is larger than 3 MB"), lambda m: "粘贴的图片超过了 3 MB"),
    (
        re.compile(r"no (?:audio|video stream|video) in (.+)"),
        lambda m: f"{m.group(1)} 里没有可用的画面或声音",
    ),
]
HINTS: list[tuple[re.Pattern[str], Told]] = [
    (re.compile(r"Call export to start one"), lambda m: "要导出视频，请让我导出"),
    (re.compile(r"Choose a time under (.+)"), lambda m: f"请选 {_units(m.group(1))} 以内的时间"),
    (
        re.compile(r"Undo cutting on the beat \(or fitting the song\) first"),
        lambda m: "请先撤销踩点（或和歌曲一样长）",
    ),
    (re.compile(r"Upload photos or clips first"), lambda m: "请先上传照片或视频片段"),
    (
        re.compile(r"Add some first, e\.g\. 'add calm music'"),
        lambda m: "先加一段，比如“加点舒缓的音乐”",
    ),
    # the example for what is missing: a caption, a closing text, else a title
    (
        re.compile(r"Add (?:it|one) first, e\.g\. .caption.+"),
        lambda m: "请先加上，比如“第一张加字幕 你好”",
    ),
    (
        re.compile(r"Add (?:it|one) first, e\.g\. .end with.+"),
        lambda m: "请先加上，比如“结尾写 再见”",
    ),
    (re.compile(r"Add (?:it|one) first, e\.g\. .+"), lambda m: "请先加上，比如“加标题 我的旅行”"),
    (re.compile(r"Photos are numbered 1 to (\d+)"), lambda m: f"照片编号是 1 到 {m.group(1)}"),
    (re.compile(r"There is only photo 1"), lambda m: "只有第 1 张照片"),
    (re.compile(r"Upload some photos first"), lambda m: "请先上传照片"),
    (re.compile(r"The photos are: (.+)"), lambda m: f"照片有：{m.group(1)}"),
    (re.compile(r"e\.g\. 'remove photo 3'"), lambda m: "比如“删掉第三张”"),
    (re.compile(r"Choose an audio file"), lambda m: "请选一个音频文件"),
    (
        re.compile(r"Upload a song, or choose built-in music: (.+)"),
        lambda m: f"请上传一首歌，或者选内置音乐：{m.group(1)}",
    ),
    (
        re.compile(r"Move photos by number instead.*"),
        lambda m: "请按编号移动，比如“把第三张放到最前面”",
    ),
    (re.compile(r"Choose a shorter time for this clip"), lambda m: "请给这段视频选短一点的时间"),
    (re.compile(r"Set the time of one clip.*"), lambda m: "可以设某一段的时长，比如“第二段 4 秒”"),
    (re.compile(r"Remove a clip or add photos"), lambda m: "删掉一段视频，或者加几张照片"),
    (re.compile(r"Add photos first, or start again"), lambda m: "请先加照片，或者重新开始"),
    (
        re.compile(r"Choose one of (.+) or a #RRGGBB code"),
        lambda m: f"请从这些颜色里选：{m.group(1)}，或者用 #RRGGBB 颜色代码",
    ),
    (re.compile(r"Say what the (.+) says"), lambda m: "请说要写什么"),
    (
        re.compile(r"Choose between (.+) and (.+)"),
        lambda m: f"请在 {_units(m.group(1))} 到 {_units(m.group(2))} 之间选",
    ),
    (
        re.compile(r"Send undo with steps alone, then the other operations"),
        lambda m: "先单独撤销，再做其他修改",
    ),
    # outside editing: exports, uploads and sessions
    (
        re.compile(r"Upload photos or clips first, then export"),
        lambda m: "请先上传照片或视频片段，再导出",
    ),
    (re.compile(r"Add photos or clips first"), lambda m: "请先加照片或视频片段"),
    (re.compile(r"Top up credits in your account"), lambda m: "请在账户里充值积分"),
    (re.compile(r"Start a new session"), lambda m: "请新建一个项目"),
    (re.compile(r"Upload photos first to start one"), lambda m: "先上传照片就会开始一个新项目"),
    (
        re.compile(r"Use photos \(JPEG.+"),
        lambda m: (
            "请用照片（JPEG、PNG、WebP、GIF、HEIC）、视频片段（MP4、MOV、AVI、WebM、MKV）"
            "或音频（MP3、WAV、M4A、AAC、OGG、FLAC）"
        ),
    ),
    (
        re.compile(r"Check the path; folders are searched.*"),
        lambda m: "请检查路径；文件夹里的媒体文件都会被找出来",
    ),
    (
        re.compile(r"Re-export or re-download the file.*"),
        lambda m: "请重新导出或重新下载这个文件，再试一次",
    ),
    (
        re.compile(r"Compress or resize the photo, or trim the clip.*"),
        lambda m: "请压缩或缩小照片，或者剪短视频，再试一次",
    ),
    (re.compile(r"Move it into one of: (.+)"), lambda m: f"请把它放到这些文件夹之一：{m.group(1)}"),
    (
        re.compile(r"Save it to a file and upload it by path or URL instead"),
        lambda m: "请先存成文件，再发文件或网址",
    ),
    (re.compile(r"To add photos, clips or music, .+"), lambda m: UPLOAD_HELP_ZH),
]
UPLOAD_HELP_ZH = "要添加照片、视频片段或音乐，请把文件或文件夹发给我，或者告诉我文件的位置或网址。"


# why an export failed, as its job records it (the error's message and hint, said in English
# by the render process): the known ones, told in Chinese
FAILURES: list[tuple[re.Pattern[str], Told]] = [
    (
        re.compile(r"the render stopped before the video was finished.*"),
        lambda m: "渲染在视频完成之前停止了，请再导出一次",
    ),
    (re.compile(r".+ stopped: the disk is full.*"), lambda m: "磁盘满了，请清出一些空间再导出"),
    (
        re.compile(r".*(internal error|could not start the render).*"),
        lambda m: "出现了内部错误，请再导出一次；如果还是失败，请报告问题",
    ),
    (
        re.compile(r".+ could not write the video.*"),
        lambda m: "视频写不进去，请确认保存的文件夹存在并且可以写入，然后再试",
    ),
]


def export_failure_in_chinese(error: str) -> str | None:
    """Why an export failed (its job's ``error``), in Chinese where the reason is known."""
    return _told(error, FAILURES)


def in_chinese_apart(exc: PVMError) -> PVMError:
    """``exc`` told in Chinese with its message and hint kept apart (an upload lists each
    file's reason, then the advice once); ``exc`` itself where its message is not known."""
    message = _told(exc.message, MESSAGES)
    if message is None:
        return exc
    told = copy.copy(exc)
    told.message, told.hint = message, (_told(exc.hint, HINTS) or "") if exc.hint else ""
    told.args = (message,)
    return told


@contextmanager
def told_in(lang: str | None) -> Iterator[None]:
    """Errors raised inside, told in ``lang`` (the person's language, where it is known)."""
    try:
        yield
    except PVMError as exc:
        raise (in_chinese(exc) if lang == "zh" else exc) from None


def in_chinese(exc: PVMError) -> PVMError:
    """``exc`` told in Chinese where its message is known; else ``exc`` itself."""
    message = _told(exc.message, MESSAGES)
    if message is None:
        return exc
    hint = _told(exc.hint, HINTS) if exc.hint else ""
    whole = f"{message}。{hint}" if hint else message  # Chinese stops, not ". "
    told = copy.copy(exc)
    told.message, told.hint, told.args = whole, "", (whole,)
    return told


def _told(said: str, table: list[tuple[re.Pattern[str], Told]]) -> str | None:
    for pattern, tell in table:
        found = pattern.fullmatch(said)
        if found is not None:
            return tell(found)
    return None

"""What a sentence is read against: the draft, the uploads, the previous turn's edits.

Words such as "that", "instead" or a bare "4 seconds" refer to what was just changed: the
previous turn's edits become the tokens of their subject ("no, 4 seconds" after "2 seconds per
photo" reads as "each photo 4 seconds").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..model.draft import Draft, VideoSegment
from ..model.edit_types import (
    Edit,
    Move,
    MuteClips,
    Remove,
    SetCaption,
    SetClosing,
    SetFps,
    SetLook,
    SetMotion,
    SetMusic,
    SetMusicFade,
    SetMusicStart,
    SetMusicVolume,
    SetSecondsPerPhoto,
    SetSizeLimit,
    SetTextStyle,
    SetTitle,
    SetTotalLength,
    SetTransition,
)
from ..model.layout import MediaRef
from .entities import Tok, phrases, table
from .reading import Lang
from .zh_subjects import SUBJECTS, subject_words


@dataclass
class Ctx:
    draft: Draft
    media: dict[str, MediaRef]
    lang: Lang
    last: Sequence[Edit] = ()
    names: dict[str, tuple[str, Any]] = field(default_factory=dict)
    stems: dict[str, str] = field(default_factory=dict)

    def segments(self) -> list[VideoSegment]:
        track = self.draft.video_track()
        return list(track.sg) if track is not None else []

    def ends(self) -> tuple[int, ...]:
        """The numbers that name the last photo: -1, and the last photo's own number."""
        photos = [n for n, seg in enumerate(self.segments(), 1) if seg.m.kind != "video"]
        return (-1, *photos[-1:])

    def names_in_order(self) -> list[str]:
        return [str(seg.m.name or "") for seg in self.segments()]

    def photo_ms(self) -> list[int]:
        """Time on screen of every photo (clips aside)."""
        return [seg.d for seg in self.segments() if seg.m.kind != "video"]

    def item_ms(self, index: int) -> int | None:
        segs = self.segments()
        pos = index - 1 if index > 0 else len(segs) + index
        return segs[pos].d if 0 <= pos < len(segs) else None

    def index_of(self, photo: int | str) -> int:
        """A photo's number, from a number or a file name."""
        if isinstance(photo, int):
            return photo
        for number, seg in enumerate(self.segments(), 1):
            if str(seg.m.name or "").lower() == photo.lower():
                return number
        return 0

    def caption_index(self) -> int | None:
        """The photo of the caption just written, or of the only caption there is."""
        for edit in reversed(list(self.last)):
            if isinstance(edit, SetCaption):
                return edit.index
        track = self.draft.text_track()
        anchors = [s.m.anchor for s in (track.sg if track else []) if s.m.role == "caption"]
        ids = [seg.id for seg in self.segments()]
        found = [ids.index(a) + 1 for a in anchors if a in ids]
        return found[0] if len(found) == 1 else None

    def position(self, index: int) -> int:
        """1-based position of a photo number (negative from the end)."""
        return index if index > 0 else len(self.segments()) + 1 + index

    def captioned(self) -> list[int]:
        """Positions of the photos that have a caption."""
        track = self.draft.text_track()
        anchors = {s.m.anchor for s in (track.sg if track else []) if s.m.role == "caption"}
        return [n for n, seg in enumerate(self.segments(), 1) if seg.id in anchors]

    def only_clip(self) -> int | None:
        clips = [n for n, seg in enumerate(self.segments(), 1) if seg.m.kind == "video"]
        return clips[0] if len(clips) == 1 else None

    def songs(self) -> list[MediaRef]:
        return [ref for ref in self.media.values() if ref.kind == "audio"]


def lookup_names(
    draft: Draft, media: dict[str, MediaRef]
) -> tuple[dict[str, tuple[str, Any]], dict[str, str]]:
    """File names ("dog.jpg") and songs ("summer breeze") as the scanner finds them, the
    photos' stems ("dog" -> "dog.jpg", also "狗"), and the texts on the video (which name
    what they are on: "change the title Our trip to ...")."""
    names: dict[str, tuple[str, Any]] = {}
    stems: dict[str, str] = {}
    track = draft.video_track()
    for seg in track.sg if track is not None else []:
        name = str(seg.m.name or "")
        if name:
            names[name.lower()] = ("name", name)
            stem = name.rsplit(".", 1)[0].lower()
            if len(stem) > 2 or (len(stem) == 2 and not stem.isascii()):  # "红酒.jpg"
                stems[stem] = name
                names.setdefault(stem, ("name", name))
                for word in phrases(SUBJECTS.get(stem, "")):
                    names.setdefault(word, ("name", name))
    for word, name in _stem_words(track.sg if track is not None else []).items():
        names.setdefault(word, ("name", name))
    segs = track.sg if track is not None else []
    for word, name in subject_words([str(seg.m.name or "") for seg in segs]).items():
        names.setdefault(word, ("name", name))  # "红酒那张": 03_Wine_by_Jakkub_Mede.jpg
    texts = draft.text_track()
    for text in texts.sg if texts is not None else []:
        said = str(text.m.text).lower().strip()
        if len(said) >= 3:
            names.setdefault(said, ("it_text", text.m.role))  # which text it is
    for ref in media.values():
        if ref.kind == "audio" and ref.name:
            names[ref.name.lower()] = ("song", ref.id)
            stem = ref.name.rsplit(".", 1)[0].lower()
            if len(stem) > 3:
                names.setdefault(stem, ("song", ref.id))
                # "use summerbreeze", "summer breeze" for Summer_Breeze.mp3: as typed in chat
                spaced = re.sub(r"[_\-]+", " ", stem).strip()
                for said in (spaced, spaced.replace(" ", "")):
                    if len(said) > 3:
                        names.setdefault(said, ("song", ref.id))
    return names, stems


# parts of camera and export names that tell no photo apart
NAMING_WORDS = {"dscn", "image", "photo", "picture", "copy", "edit", "edited", "final", "export",
                "whatsapp", "wechat", "mmexport", "jpeg"}  # fmt: skip


def _stem_words(segs: Sequence[VideoSegment]) -> dict[str, str]:
    """Words of the file names that only one photo has ("the wine one" ->
    03_Wine_by_Jakkub_Mede.jpg), unless the lexicon already gives them a meaning."""
    seen: dict[str, set[str]] = {}
    for seg in segs:
        name = str(seg.m.name or "")
        for word in re.split(r"[^a-z0-9]+", name.rsplit(".", 1)[0].lower()):
            # a word that only says who it is for ("friends") may still name a photo:
            # the scanner takes it as the name only before "photo"/"one"
            meant = table().get(word, ("reason",))[0] == "reason"
            # "the picture 0B one": a code of letters and digits names it too (never a
            # number alone, which is the photo's place)
            code = bool(re.fullmatch(r"(?=.*\d)(?=.*[a-z])[a-z0-9]{2,}", word))
            code = code and not VALUE_LIKE.fullmatch(word)  # "beach_4k.jpg": 4k is a size
            word = word if code else re.sub(r"[0-9]+", "", word)
            if (len(word) >= 4 or code) and word not in NAMING_WORDS and meant:
                seen.setdefault(word, set()).add(name)
                # "the picos one" for 07_picosdeeuropa: a name run together is said by its start
                for end in range(SAID_START, len(word) - 2 if len(word) >= LONG_NAME else 0):
                    if word[:end] not in table():
                        seen.setdefault(word[:end], set()).add(name)
    return {word: next(iter(names)) for word, names in seen.items() if len(names) == 1}


# a code the sentence would read as a value ("4k", "1080p", "60fps", "3s", "10mb", "2x")
VALUE_LIKE = re.compile(r"\d+(?:k|p|fps|s|sec|secs|mb|x|m|h)")
SAID_START = 5  # the fewest letters of a run-together name that still say which photo
LONG_NAME = 9  # "picosdeeuropa", "dragonfly": long enough to be run together


def _t(kind: str, value: Any = None) -> Tok:
    return Tok(kind, value, -1, -1, "")


def last_subject(last: Sequence[Edit]) -> list[Tok]:
    """The subject of the previous turn's last edit, as tokens."""
    for edit in reversed(list(last)):
        if isinstance(edit, SetSecondsPerPhoto):
            return [_t("photo", edit.index)] if edit.index is not None else [_t("each"), _t("pic")]
        if isinstance(edit, SetTotalLength):
            return [_t("video")]
        if isinstance(edit, SetTransition):
            return [_t("transition")]
        if isinstance(edit, SetMotion):
            return [_t("motion")]
        if isinstance(edit, SetTitle):
            return [_t("title")]
        if isinstance(edit, SetCaption):
            return [_t("caption"), _t("photo", edit.index)]
        if isinstance(edit, SetClosing):
            return [_t("closing")]
        if isinstance(edit, SetTextStyle):
            kind = {"all": "textnoun", "captions": "caption"}.get(edit.target, edit.target)
            return [_t(kind)]
        if isinstance(edit, SetMusicFade):  # "淡出3秒" then "不对，5秒": that fade
            return [_t("music"), _t("fade_in" if edit.fade_out_ms is None else "fade_out")]
        if isinstance(edit, SetMusic | SetMusicVolume | SetMusicStart):
            return [_t("music")]
        if isinstance(edit, MuteClips):  # "视频原声关掉" then "算了，打开吧": the clips' sound
            return [_t("clip_sound")]
        if isinstance(edit, SetFps):
            return [_t("fps_word")]
        if isinstance(edit, SetLook):  # "改成黑白" then "算了不要了": the filter
            return [_t("filter_word")]
        if isinstance(edit, Move):  # "no, put it second": the photo where it went
            where = {"start": 1, "end": -1}.get(str(edit.to), edit.to)
            return [_t("photo", where)] if isinstance(where, int) else []
        if isinstance(edit, Remove):  # "and 4 too"
            return [_t("remove")]
        if isinstance(edit, SetSizeLimit):  # "不超过20M" then "不限制了": that limit
            return [_t("size_limit_word")]
    return []

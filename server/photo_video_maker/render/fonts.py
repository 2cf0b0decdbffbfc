"""Pick fonts that have glyphs for every character of a title.

The bundled DejaVu Sans Bold is the preferred Latin/Greek/Cyrillic title face. The bundled
Droid Sans Fallback covers CJK but, being a *fallback* font, has no Basic Latin at all (not even
digits), so mixed text such as "夏天 2026" needs two faces. Korean and emoji have bundled faces
of their own (see `font_files`). A :class:`FontChoice` is therefore a primary face plus ordered
fallback faces; :func:`split_runs` assigns each character to the first face that has it, and the
renderer draws run by run.

Coverage is probed with Pillow only (no fontTools): a character the font lacks renders as the
.notdef glyph, so its mask equals the mask of a code point that is surely unassigned.
"""

from __future__ import annotations

import fnmatch
import functools
import logging
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from PIL import ImageFont

from .font_files import (
    CJK_BOLD_GLOBS,
    DEJAVU_BOLD,
    DROID_FALLBACK,
    EMOJI_GLOBS,
    NANUM_SQUARE_BOLD,
    SYMBOLA_EMOJI,
    system_font_files,
)

log = logging.getLogger("photo_video_maker.text")

_MAX_FACES = 8
_PROBE_PX = 32
_SURELY_MISSING = "\U0010fffd"  # private-use plane 16: no sane font maps it
# Whitespace, controls, format characters (ZWJ, bidi marks) and combining marks never need a
# glyph of their own, so they never make a font "not cover" a text.
_IGNORABLE_CATEGORIES = {"Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Mn", "Me"}


@dataclass(frozen=True)
class FontFace:
    """One face of a font file (``index`` selects the face inside a .ttc collection)."""

    path: Path
    index: int = 0


@dataclass(frozen=True)
class FontChoice:
    """Fonts for one text: the primary face plus ordered fallbacks for characters it lacks.

    ``missing`` lists the characters no chosen face has ('' when everything is covered).
    """

    path: Path
    index: int
    missing: str
    fallbacks: tuple[FontFace, ...] = ()

    @property
    def faces(self) -> tuple[FontFace, ...]:
        """Primary face first, then the fallbacks, in lookup order."""
        return (FontFace(self.path, self.index), *self.fallbacks)

    @property
    def warning(self) -> str | None:
        """User-facing warning about uncovered characters, or None."""
        return missing_warning(self.missing) if self.missing else None


def missing_warning(missing: str) -> str:
    """The warning text shown when no installed font has glyphs for ``missing``."""
    return (
        f"no font has glyphs for {missing!r} ({_names(missing)}); they may show as boxes in "
        "the title: reword it, or install a font that has them (for newer emoji: Noto Emoji)"
    )


def _names(chars: str) -> str:
    listed = ", ".join(unicodedata.name(c, f"U+{ord(c):04X}").lower() for c in chars[:3])
    return listed + (f" and {len(chars) - 3} more" if len(chars) > 3 else "")


def is_ignorable(ch: str) -> bool:
    """True for characters that need no glyph (spaces, controls, joiners, combining marks)."""
    return unicodedata.category(ch) in _IGNORABLE_CATEGORIES or "\ufe00" <= ch <= "\ufe0f"


@functools.lru_cache(maxsize=128)
def _probe_font(face: FontFace) -> ImageFont.FreeTypeFont | None:
    # BASIC layout maps code points straight to glyphs, so a lacking font yields .notdef
    # deterministically (raqm may substitute or fail on some code points).
    try:
        return ImageFont.truetype(
            str(face.path), _PROBE_PX, index=face.index, layout_engine=ImageFont.Layout.BASIC
        )
    except (OSError, ValueError):  # unreadable, bitmap-only (colour emoji) or bad index
        return None


_Signature = tuple[tuple[int, int], tuple[int, int], bytes]


def _signature(font: ImageFont.FreeTypeFont, ch: str) -> _Signature:
    mask, offset = font.getmask2(ch, mode="L")
    return (mask.size, offset, bytes(mask))


@functools.lru_cache(maxsize=128)
def _notdef_signature(face: FontFace) -> _Signature | None:
    font = _probe_font(face)
    return None if font is None else _signature(font, _SURELY_MISSING)


@functools.lru_cache(maxsize=65536)
def covers(face: FontFace, ch: str) -> bool:
    """Whether ``face`` has a real glyph for the single character ``ch``."""
    if is_ignorable(ch):
        return True
    font = _probe_font(face)
    if font is None:
        return False
    try:
        sig = _signature(font, ch)
    except (OSError, ValueError, RuntimeError):
        return False
    if sig == _notdef_signature(face):
        return False
    # A printable non-space character rendering as nothing is an empty .notdef in disguise.
    return sig[0][0] > 0 and sig[0][1] > 0


def _face_rank(face: FontFace, script: str) -> tuple[int, int]:
    font = _probe_font(face)
    if font is None:
        return (9, 9)
    family, style = (s or "" for s in font.getname())
    weight = 0 if "bold" in style.lower() or "heavy" in style.lower() else 1
    return (0 if f" {script}" in f" {family.lower()}" else 1, weight)


@functools.lru_cache(maxsize=8)
def _cjk_bold_faces(script: str) -> tuple[FontFace, ...]:
    """System bold CJK faces, best file first; inside a collection, the face for ``script``."""
    files = system_font_files()
    faces: list[FontFace] = []
    for glob in CJK_BOLD_GLOBS:
        for path in files:
            if fnmatch.fnmatch(path.name.lower(), glob) and all(f.path != path for f in faces):
                count = 16 if path.suffix.lower() in {".ttc", ".otc"} else 1
                members = [FontFace(path, i) for i in range(count)]
                members = [m for m in members if _probe_font(m) is not None]
                if members:
                    faces.append(min(members, key=lambda m: _face_rank(m, script)))
    return tuple(faces)


@functools.cache
def _emoji_faces() -> tuple[FontFace, ...]:
    """System emoji faces that have outlines (colour bitmap fonts cannot be probed), best first."""
    files = system_font_files()
    found = [p for g in EMOJI_GLOBS for p in files if fnmatch.fnmatch(p.name.lower(), g)]
    return tuple(f for f in map(FontFace, dict.fromkeys(found)) if _probe_font(f) is not None)


def _cjk_script(chars: str) -> str:
    # Han glyph shapes differ by region; pick the matching face of a pan-CJK collection.
    if any("\u3040" <= c <= "\u30ff" for c in chars):
        return "jp"
    if any("\uac00" <= c <= "\ud7a3" or "\u1100" <= c <= "\u11ff" for c in chars):
        return "kr"
    return "sc"


def _scan_system(chars: str, left: str) -> tuple[FontFace | None, list[FontFace]]:
    """One pass over system fonts (each loaded once): the first face covering all of
    ``chars``, else the faces that cover some of the still-uncovered ``left``."""
    extra: list[FontFace] = []
    for face in (FontFace(p) for p in system_font_files()):
        if all(covers(face, c) for c in chars):
            return face, []
        if len(extra) < _MAX_FACES and any(covers(face, c) for c in left):
            extra.append(face)
    return None, extra


def _choice(faces: list[FontFace], missing: str) -> FontChoice:
    first, *rest = faces
    return FontChoice(first.path, first.index, missing, tuple(rest))


def _stack(faces: tuple[FontFace, ...], chars: str) -> tuple[list[FontFace], str]:
    """Greedy stack: each face that covers a still-uncovered character joins, in order."""
    stack: list[FontFace] = []
    left = chars
    for face in faces:
        if len(stack) >= _MAX_FACES or not left:
            break
        if any(covers(face, c) for c in left):
            stack.append(face)
            left = "".join(c for c in left if not covers(face, c))
    return stack, left


@functools.lru_cache(maxsize=1024)
def choose_font(text: str) -> FontChoice:
    """Choose fonts so that every character of ``text`` has a glyph.

    Order: bundled DejaVu Sans Bold if it covers everything, then a bold CJK system font, then
    bundled Droid Sans Fallback (Chinese, Japanese), then bundled NanumSquare Bold (Korean),
    then a system emoji font, then the bundled emoji; failing a single face, a stack of those
    faces (DejaVu for the Latin part, a CJK face for the rest, the emoji face for emoji); then
    any one system font covering everything; then the stack topped up from system fonts (bold
    first). Uncovered characters end up in ``missing`` and a warning is logged.
    """
    chars = "".join(dict.fromkeys(c for c in text if not is_ignorable(c)))
    preferred = (
        FontFace(DEJAVU_BOLD),
        *_cjk_bold_faces(_cjk_script(chars)),
        FontFace(DROID_FALLBACK),
        FontFace(NANUM_SQUARE_BOLD),
        *_emoji_faces(),
        FontFace(SYMBOLA_EMOJI),
    )
    if not chars:
        return _choice([preferred[0]], "")
    for face in preferred:
        if all(covers(face, c) for c in chars):
            return _choice([face], "")
    stack, left = _stack(preferred, chars)
    if left:
        whole, extra = _scan_system(chars, left)
        if whole is not None:
            return _choice([whole], "")
        more, left = _stack(tuple(extra), left)
        stack += more
    if left:
        log.warning(missing_warning(left))
    return _choice(stack or [preferred[0]], left)


def face_for_char(choice: FontChoice, ch: str) -> FontFace | None:
    """First face of ``choice`` that has ``ch``, or None."""
    return next((f for f in choice.faces if covers(f, ch)), None)


def split_runs(text: str, choice: FontChoice) -> list[tuple[str, FontFace]]:
    """Split ``text`` into maximal runs drawn with one face each.

    Ignorable characters (spaces, combining marks, joiners) stay with the run before them so
    marks are shaped with their base character; uncovered characters use the primary face.
    """
    runs: list[tuple[str, FontFace]] = []
    primary = choice.faces[0]
    for ch in text:
        sticky = runs and is_ignorable(ch)
        face = runs[-1][1] if sticky else face_for_char(choice, ch) or primary
        if runs and runs[-1][1] == face:
            runs[-1] = (runs[-1][0] + ch, face)
        else:
            runs.append((ch, face))
    return runs


def is_bold(face: FontFace) -> bool:
    """Whether the face's style name says bold/heavy/black (else the renderer fakes bold)."""
    font = _probe_font(face)
    style = (font.getname()[1] or "").lower() if font is not None else ""
    return any(w in style for w in ("bold", "heavy", "black"))


@functools.lru_cache(maxsize=64)
def _load(face: FontFace, size_px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(face.path), max(1, size_px), index=face.index)


def load_font(choice: FontChoice | FontFace, size_px: int) -> ImageFont.FreeTypeFont:
    """Load the primary face of ``choice`` (or the given face) at ``size_px`` pixels; cached."""
    return _load(FontFace(choice.path, choice.index), size_px)

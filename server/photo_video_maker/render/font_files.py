"""Where title fonts are: the bundled ones, and the font files of this machine.

Bundled (see fonts/SOURCES.txt, 6.3 MB in all): DejaVu Sans Bold for Latin, Greek and
Cyrillic; Droid Sans Fallback for Chinese and Japanese; NanumSquare Bold (733 KB) for Korean;
a subset of Symbola (843 KB) for emoji, in one colour. A machine's own bold CJK and emoji
fonts are preferred when present (Noto CJK, Apple SD Gothic Neo, Malgun Gothic, Segoe UI
Emoji...). Colour-bitmap emoji fonts (Noto Color Emoji, Apple Color Emoji) have no outlines
to draw at any size and are passed over: the bundled monochrome emoji stand in for them.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

_BUNDLED = Path(__file__).resolve().parent.parent / "fonts"
DEJAVU_BOLD = _BUNDLED / "DejaVuSans-Bold.ttf"
DROID_FALLBACK = _BUNDLED / "DroidSansFallbackFull.ttf"
NANUM_SQUARE_BOLD = _BUNDLED / "NanumSquareB.ttf"
SYMBOLA_EMOJI = _BUNDLED / "SymbolaEmoji.ttf"
BUNDLED = (DEJAVU_BOLD, DROID_FALLBACK, NANUM_SQUARE_BOLD, SYMBOLA_EMOJI)

_FONT_SUFFIXES = {".ttf", ".otf", ".ttc", ".otc"}
_MAX_SCANNED_FILES = 5000  # a font folder bigger than this is pathological; stay cheap
# Bold CJK system fonts, best first (lower-cased file-name globs).
CJK_BOLD_GLOBS = (
    "notosanscjk*-bold.tt[cf]",
    "notosanscjk*-bold.otf",
    "notosans[stjkh][cpr]*-bold.[to]tf",
    "sourcehansans*-bold.*",
    "msyhbd.tt[cf]",
    "pingfang.ttc",
    "hiragino sans gb.ttc",
    "*w6.ttc",
    "yugothb.ttc",
    "applesdgothicneo.ttc",
    "malgunbd.ttf",
    "nanumgothicbold.ttf",
    "nanumbarungothicbold.ttf",
    "wqy-zenhei.ttc",
    "wqy-microhei.ttc",
    "simhei.ttf",
)
# System emoji fonts with outlines, best first: Segoe UI Emoji (its colour layers are drawn
# from outlines), monochrome Noto Emoji, Symbola, Segoe UI Symbol.
EMOJI_GLOBS = ("seguiemj.ttf", "notoemoji*.[to]tf", "symbola*.[to]tf", "seguisym.ttf")


def _font_dirs() -> list[Path]:
    dirs = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path("/System/Library/Fonts")]
    dirs.append(Path("/Library/Fonts"))
    try:
        home = Path.home()
        dirs += [home / ".fonts", home / ".local/share/fonts", home / "Library/Fonts"]
    except RuntimeError:  # no home directory (some service accounts)
        pass
    if os.name == "nt":
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        if local := os.environ.get("LOCALAPPDATA"):
            dirs.append(Path(local) / "Microsoft/Windows/Fonts")
    return dirs


@functools.cache
def system_font_files() -> tuple[Path, ...]:
    """Font files in the usual system and user font folders (file names only; cached)."""
    found: list[Path] = []
    for root in _font_dirs():
        if not root.is_dir():
            continue
        for dirpath, _dirs, files in os.walk(root):
            found += [Path(dirpath) / f for f in files if Path(f).suffix.lower() in _FONT_SUFFIXES]
            if len(found) >= _MAX_SCANNED_FILES:
                break
    bundled = {p.name.lower() for p in BUNDLED}
    # Bold faces first so the "any system font" fallback still looks like a title.
    return tuple(
        sorted(
            (p for p in found[:_MAX_SCANNED_FILES] if p.name.lower() not in bundled),
            key=lambda p: ("bold" not in p.name.lower(), str(p)),
        )
    )

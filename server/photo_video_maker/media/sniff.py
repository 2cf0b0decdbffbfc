"""Decide what a file is from its first bytes, never from its name.

Uploads are untrusted: a ``.jpg`` may hold a PNG, an MP4 or an HTML page, and FFmpeg will happily
open playlists, concat scripts and HEIC photos. Routing therefore looks only at magic bytes (and the
ISO-BMFF ``ftyp`` brands), and everything not on the short list is refused with a message that says
what the file looks like.
"""

from __future__ import annotations

import stat
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from ..errors import MediaNotFound, UnsupportedMedia, shorten

__all__ = ["MediaKind", "iso_bmff_truncated", "sniff"]

_HEAD_BYTES = 4096


class MediaKind(StrEnum):
    """What a media file is used as on the timeline."""

    IMAGE = "image"
    VIDEO = "video"
    AUDIO = "audio"


# ISO-BMFF brands. HEIF is ISO-BMFF too and opens in FFmpeg's mov demuxer, so the brand (not
# "it opened in PyAV") decides photo versus clip.
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevm", b"hevs", b"mif1", b"msf1"}
_HEIF_SPECIFIC = _HEIF_BRANDS - {b"mif1", b"msf1"}
_AVIF_BRANDS = {b"avif", b"avis"}
_M4A_BRANDS = {b"M4A ", b"M4B ", b"M4P "}
_MP4_BRANDS = {
    b"isom", b"mp41", b"mp42", b"mp71", b"avc1", b"dash", b"msdh", b"msix", b"M4V ", b"M4VH",
    b"M4VP", b"f4v ", b"XAVC", b"MSNV", b"mmp4", b"kddi", b"NDAS", b"NDSC", b"NDSH", b"NDSM",
    b"NDSP", b"NDSS", b"NDXC", b"NDXH", b"NDXM", b"NDXP", b"NDXS", b"cmfc", b"cmf2", b"nvr1",
}  # fmt: skip
_MP4_BRAND_PREFIXES = (b"iso", b"3gp", b"3g2", b"3ge", b"3gg", b"3gs")
# ISO-BMFF files that are not clips even though they list "isom" as compatible.
_REFUSED_BRANDS = {
    b"crx ": "a Canon CR3 raw photo",
    b"jp2 ": "a JPEG 2000 image",
    b"jpx ": "a JPEG 2000 image",
    b"jxl ": "a JPEG XL image",
}
# Old QuickTime files start with a top-level atom other than ftyp.
_QT_ATOMS = {b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}

# Things people upload by mistake (or on purpose): prefix -> what it looks like.
_BINARY_LOOKALIKES: tuple[tuple[bytes, str], ...] = (
    (b"II*\x00", "a TIFF (or TIFF-based raw) image"),
    (b"MM\x00*", "a TIFF (or TIFF-based raw) image"),
    (b"II+\x00", "a BigTIFF image"),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", "a JPEG 2000 image"),
    (b"\xff\x4f\xff\x51", "a JPEG 2000 codestream"),
    (b"\x00\x00\x00\x0cJXL \r\n\x87\n", "a JPEG XL image"),
    (b"\xff\x0a", "a JPEG XL image"),
    (b"\xc5\xd0\xd3\xc6", "an EPS (PostScript) file"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xfd7zXZ\x00", "an XZ archive"),
    (b"8BPS", "a Photoshop document"),
    (b"BM", "a BMP image"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"MZ", "a Windows program"),
    (b"FLV\x01", "a Flash video"),
    (b"\x30\x26\xb2\x75\x8e\x66\xcf\x11", "a Windows Media (ASF/WMV/WMA) file"),
    (b"\x00\x00\x01\xba", "an MPEG program stream (.mpg/.vob)"),
    (b"MThd", "a MIDI file"),
    (b"SQLite format 3\x00", "a SQLite database"),
    (b"wOFF", "a web font"),
)
_TEXT_LOOKALIKES: tuple[tuple[str, str], ...] = (
    ("#extm3u", "an HLS / M3U playlist"),
    ("ffconcat", "an ffconcat script"),
    ("<!doctype html", "an HTML page"),
    ("<html", "an HTML page"),
    ("<svg", "an SVG image"),
    ("<?xml", "an XML document"),
    ("%pdf", "a PDF document"),
    ("%!ps", "a PostScript / EPS file"),
)


def sniff(path: Path) -> tuple[MediaKind, str]:
    """Return ``(kind, format)`` of the file at ``path`` judged by its content.

    Formats: ``jpeg png webp gif heif`` (images), ``mp4 mov avi webm mkv`` (video, plus ``ogg``
    for Ogg Theora), ``mp3 wav m4a aac ogg flac`` (audio).

    Raises:
        MediaNotFound: ``path`` does not exist.
        UnsupportedMedia: a directory, a device, or content that is not one of the formats above
            (the message names what it looks like).
    """
    path = Path(path)
    try:
        st = path.stat()
    except (FileNotFoundError, NotADirectoryError, ValueError):  # ValueError: a NUL in the path
        raise MediaNotFound(f"no such file: {shorten(path.name)}") from None
    except OSError as exc:  # a name too long, a loop of links, no permission
        raise MediaNotFound(
            f"cannot read {shorten(path.name)}: {exc.strerror or 'read error'}"
        ) from None
    if stat.S_ISDIR(st.st_mode):
        raise UnsupportedMedia(f"{path.name} is a folder, not a media file")
    if not stat.S_ISREG(st.st_mode):
        # FIFOs and devices would block or never end when read.
        raise UnsupportedMedia(f"{path.name} is not a regular file")
    try:
        with path.open("rb") as fh:
            head = fh.read(_HEAD_BYTES)
            if head.startswith(b"ID3"):
                return MediaKind.AUDIO, _after_id3(fh, head)
    except OSError as exc:  # unreadable (permissions, I/O error): as good as missing
        raise MediaNotFound(f"cannot read {path.name}: {exc.strerror or 'read error'}") from None
    found = _classify(head)
    if found is None:
        raise UnsupportedMedia(f"{path.name}: {_describe(head)}, not a photo, clip or audio file")
    kind, fmt = found
    if kind is None:
        raise UnsupportedMedia(f"{path.name}: {fmt} is not supported")
    return kind, fmt


def iso_bmff_truncated(path: Path) -> bool:
    """True if an ISO-BMFF file (MP4, MOV, M4A, HEIF) ends before its top-level boxes say.

    libheif decodes a cut-off HEIC without complaint (the missing tiles come out grey) and the
    mov demuxer stops quietly at the end of a short ``mdat``; the box sizes tell the truth.
    """
    size = Path(path).stat().st_size
    offset = 0
    with Path(path).open("rb") as fh:
        while offset + 8 <= size:
            fh.seek(offset)
            header = fh.read(16)
            box_size = int.from_bytes(header[0:4], "big")
            if box_size == 1 and len(header) == 16:
                box_size = int.from_bytes(header[8:16], "big")
            elif box_size == 0:  # the last box runs to the end of the file
                return False
            if box_size < 8:
                return True  # a box can never be smaller than its header
            offset += box_size
    return offset > size


def _classify(head: bytes) -> tuple[MediaKind | None, str] | None:
    """Known media -> (kind, format); known but refused -> (None, description); else None."""
    if head.startswith(b"\xff\xd8\xff"):
        return MediaKind.IMAGE, "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return MediaKind.IMAGE, "png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return MediaKind.IMAGE, "gif"
    if head[:4] in (b"RIFF", b"RF64", b"BW64"):
        return _riff(head[8:12])
    if head[4:8] == b"ftyp":
        return _iso_bmff(head)
    if head[4:8] in _QT_ATOMS:
        return MediaKind.VIDEO, "mov"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return _matroska(head)
    if head.startswith(b"OggS"):
        # Theora is the only video codec in Ogg FFmpeg reads; its header packet is in the first
        # pages, so the head is enough to tell a video from audio.
        return (MediaKind.VIDEO if b"\x80theora" in head else MediaKind.AUDIO), "ogg"
    if head.startswith(b"fLaC"):
        return MediaKind.AUDIO, "flac"
    if head.startswith(b"FORM") and head[8:12] in (b"AIFF", b"AIFC"):
        return None, "AIFF audio"
    return _mpeg_audio(head)


def _riff(form: bytes) -> tuple[MediaKind | None, str] | None:
    if form == b"WEBP":
        return MediaKind.IMAGE, "webp"
    if form == b"WAVE":
        return MediaKind.AUDIO, "wav"
    if form in (b"AVI ", b"AVIX"):
        return MediaKind.VIDEO, "avi"
    return None, f"a RIFF {_label(form)} file"


def _iso_bmff(head: bytes) -> tuple[MediaKind | None, str]:
    box_size = int.from_bytes(head[0:4], "big")
    major = head[8:12]
    end = min(max(box_size, 16), len(head))
    compatible = {head[i : i + 4] for i in range(16, end - 3, 4)}
    brands = {major} | compatible
    if major in _AVIF_BRANDS or (
        major in _HEIF_BRANDS and brands & _AVIF_BRANDS and not brands & _HEIF_SPECIFIC
    ):
        return None, "an AVIF image"
    if major in _REFUSED_BRANDS:
        return None, _REFUSED_BRANDS[major]
    if major in _HEIF_BRANDS:
        return MediaKind.IMAGE, "heif"
    if major == b"qt  ":
        return MediaKind.VIDEO, "mov"
    if major in _M4A_BRANDS:
        return MediaKind.AUDIO, "m4a"
    if _is_mp4_brand(major):
        return MediaKind.VIDEO, "mp4"
    # Unknown major brand: trust a recognised compatible brand, refuse the rest (CR3 raw, ...).
    if b"qt  " in compatible:
        return MediaKind.VIDEO, "mov"
    if any(_is_mp4_brand(b) for b in compatible):
        return MediaKind.VIDEO, "mp4"
    return None, f"an ISO media file of brand {_label(major)}"


def _label(tag: bytes) -> str:
    """A format tag from the file as a person can read it: printable letters, else "unknown"
    (raw bytes such as '\\x00\\x01' say nothing)."""
    text = tag.decode("latin-1").strip()
    if text and len(text) <= 16 and all(ch.isascii() and ch.isprintable() for ch in text):
        return repr(text)
    return "unknown to us"


def _is_mp4_brand(brand: bytes) -> bool:
    return brand in _MP4_BRANDS or brand.startswith(_MP4_BRAND_PREFIXES)


def _matroska(head: bytes) -> tuple[MediaKind | None, str]:
    # The EBML header is tiny; DocType (element 0x4282) tells WebM from Matroska.
    at = head.find(b"\x42\x82", 4, 64)
    if at < 0 or at + 3 > len(head):
        return MediaKind.VIDEO, "mkv"
    first = head[at + 2]
    length = 1
    while length <= 8 and not first & (0x80 >> (length - 1)):
        length += 1
    if length > 8:
        return MediaKind.VIDEO, "mkv"
    size = first & (0xFF >> length)
    for b in head[at + 3 : at + 2 + length]:
        size = (size << 8) | b
    start = at + 2 + length
    doctype = head[start : start + size]
    if doctype == b"webm":
        return MediaKind.VIDEO, "webm"
    if doctype == b"matroska":
        return MediaKind.VIDEO, "mkv"
    return None, f"an EBML file of type {_label(doctype)}"


def _mpeg_audio(head: bytes) -> tuple[MediaKind | None, str] | None:
    """ADTS AAC or an MPEG audio frame header, checked field by field to avoid false hits."""
    if len(head) < 4 or head[0] != 0xFF:
        return None
    b1, b2 = head[1], head[2]
    if b1 & 0xF6 == 0xF0 and (b2 >> 2) & 0x0F < 13:  # sync 0xFFF, layer 00, valid rate index
        return MediaKind.AUDIO, "aac"
    version, layer = (b1 >> 3) & 3, (b1 >> 1) & 3
    bitrate, rate = b2 >> 4, (b2 >> 2) & 3
    if b1 & 0xE0 == 0xE0 and version != 1 and layer != 0 and bitrate not in (0, 15) and rate != 3:
        return MediaKind.AUDIO, "mp3"
    return None


def _after_id3(fh: BinaryIO, head: bytes) -> str:
    """An ID3v2 tag can precede MP3, AAC or FLAC data: look past it (and any stacked tags)."""
    offset = 0
    chunk = head
    for _ in range(4):
        if not chunk.startswith(b"ID3") or len(chunk) < 10:
            break
        size = 0
        for b in chunk[6:10]:
            size = (size << 7) | (b & 0x7F)  # syncsafe integer
        offset += 10 + size + (10 if chunk[5] & 0x10 else 0)
        fh.seek(offset)
        chunk = fh.read(16)
    if chunk.startswith(b"fLaC"):
        return "flac"
    found = _mpeg_audio(chunk)
    if found is not None and found[1] == "aac":
        return "aac"
    # Padding after the tag is common; the demuxer checks the frames themselves later.
    return "mp3"


def _describe(head: bytes) -> str:
    if not head:
        return "the file is empty"
    for prefix, what in _BINARY_LOOKALIKES:
        if head.startswith(prefix):
            return f"looks like {what}"
    if len(head) > 188 and head[0] == 0x47 and head[188] == 0x47:
        return "looks like an MPEG transport stream (.ts/.mts)"
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    for marker, what in _TEXT_LOOKALIKES:
        if text.startswith(marker.encode()):
            return f"looks like {what}"
    if b"\x00" in head:
        return "the content is not a recognised media format"
    return "looks like a text file"

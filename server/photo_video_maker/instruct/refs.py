"""Photo references composed from smaller entities: "the third photo", "pic 3", "#3", "photos
2 and 4", "the first two", "position 3", "the dog photo", "狗那张", "the clip" (the video's one
clip)."""

from __future__ import annotations

from .entities import Tok

PICS = ("pic", "clip")
AFTER_NAME = ("pic", "clip", "video", "it")  # "the party video", "狗那张"


def photos(toks: list[Tok]) -> list[Tok]:
    """ "the third photo", "pic 3", "#3", "photos 2 and 4", "the first two", "position 3"."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        prev = out[-1] if out else None
        whole = tok.kind == "num" and tok.value == int(tok.value)
        # "each photo 3 times longer": a multiple said after the photos, no photo 3
        times = k + 1 < len(toks) and (
            toks[k + 1].kind == "times" or toks[k + 1].surface == "times"
        )
        if prev is None:
            out.append(tok)
        elif prev.kind == "num" and tok.kind == "hash" and tok.surface == "号":  # "3号照片"
            out[-1] = Tok("photo", int(prev.value), prev.start, tok.end, "pic")
        elif prev.kind in PICS and tok.kind == "hash":  # "picture number 2"
            out[-1] = Tok("hash", None, prev.start, tok.end)
        elif (
            prev.kind in ("ord", "photo")
            and tok.kind in (*PICS, "video")
            and prev.surface != "pic"
            and (tok.kind != "video" or prev.kind == "photo")
        ) or (prev.kind == "ord" and tok.surface == "one"):
            out[-1] = Tok("photo", prev.value, prev.start, tok.end)
        elif prev.kind in (*PICS, "hash") and whole and not (times and prev.kind != "hash"):
            out[-1] = Tok("photo", int(tok.value), prev.start, tok.end, "pic")
        elif whole and _photo_lasts(prev, out, toks[k + 1 :]):
            out[-1] = tok  # "photo 4 last 6": how long photo 4 lasts, not the last six
        elif prev.kind == "ord" and prev.value in (1, -1) and whole:
            k = int(tok.value)
            span = list(range(1, k + 1)) if prev.value == 1 else list(range(-k, 0))
            out[-1] = Tok("photos", span, prev.start, tok.end)
        elif prev.kind == "photos" and tok.kind in PICS:
            out[-1] = Tok("photos", prev.value, prev.start, tok.end)
        elif prev.kind == "position" and whole:
            out[-1] = Tok("slot", int(tok.value), prev.start, tok.end)
        elif (
            whole
            and prev.kind == "and"
            and len(out) > 1
            and out[-2].surface == "pic"
            and not _own_photo_next(toks, k)
        ):
            out.append(Tok("photo", int(tok.value), tok.start, tok.end, "pic"))
        elif tok.surface == "one" and prev.kind not in ("and", "swap"):
            continue  # "a calm one": not a number
        elif tok.kind in ("longer", "shorter", "dur") and _lasting(prev):
            out[-1] = tok  # "make each photo last longer", "it should run 30 s": a verb here
        elif _lasts(tok, prev, out):
            out[-1] = tok  # "make the pics last half as long": a verb too, said of the photos
        else:
            out.append(tok)
    return out


def _photo_lasts(prev: Tok, out: list[Tok], rest: list[Tok]) -> bool:
    """ "last" right after a photo and before a bare number is the verb."""
    named = len(out) > 1 and out[-2].kind == "photo"
    return named and prev.surface.lower() == "last" and not (rest and rest[0].kind in PICS)


def _lasting(prev: Tok) -> bool:
    """ "last", or an unknown "run"/"runs" ("it should run about 30 seconds"), said before a
    length: how long it lasts."""
    said = prev.surface.lower()
    return said == "last" or (prev.kind == "?" and said in ("run", "runs"))


def _lasts(tok: Tok, prev: Tok, out: list[Tok]) -> bool:
    """ "last" between the photos and "twice/half as long" (never "the last half")."""
    if tok.kind != "degree" or tok.value not in ("double", "half") or prev.surface != "last":
        return False
    return len(out) > 1 and out[-2].kind in (*PICS, "photo", "photos", "each")


def _own_photo_next(toks: list[Tok], k: int) -> bool:
    """ "4 seconds for pic 4 and 2 for pic 5": the number after "and" has a photo of its own
    right after it, so it is that photo's value, not one more photo listed."""
    return k + 1 < len(toks) and toks[k + 1].kind in (*PICS, "name", "ord")


def names(toks: list[Tok], stems: dict[str, str], clip: int | None) -> list[Tok]:
    """ "the dog photo", "the photo of the dog", "dog.jpg", "the party clip", "狗那张" -> photo by
    name; "the clip" alone is the video's one clip."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        prev = out[-1] if out else None
        named = prev is not None and (prev.surface == "name" or prev.surface in stems)
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if tok.kind == "clip_sound" and prev is not None and named and prev.kind != "it":
            out[-1] = Tok(
                "clip_sound", None, prev.start, tok.end, tok.surface
            )  # "party clip audio"
        elif tok.kind == "volume" and prev is not None and _clip_named(prev, stems):
            # "party的声音": the sound of the clip named by its file (never a party mood)
            out[-1] = Tok("clip_sound", None, prev.start, tok.end, tok.surface)
        elif tok.kind == "mute" and prev is not None and _clip_named(prev, stems):
            out[-1] = Tok("clip_sound", None, prev.start, prev.end, prev.surface)
            out.append(tok)  # "party的声音关掉"
        elif _after_name(tok, prev) and prev is not None and named and prev.kind != "it":
            name = prev.value if prev.surface == "name" else stems[prev.surface]
            out[-1] = Tok("photo", name, prev.start, tok.end, "named")
        elif tok.kind == "name" and prev and prev.kind in PICS:
            out[-1] = Tok("photo", tok.value, prev.start, tok.end, "named")
        elif tok.kind == "name" and prev and prev.kind == "with" and _pic_before(out):
            # "the pic with the dog"
            out[-2:] = [Tok("photo", tok.value, out[-2].start, tok.end, "named")]
        elif tok.kind == "name" or _clip_as_mood(toks, k, stems):
            value = tok.value if tok.kind == "name" else stems[tok.surface.lower()]
            out.append(Tok("photo", value, tok.start, tok.end, "name"))
        elif tok.kind == "video" and clip is not None and _item_beside_a_photo(toks, k):
            out.append(Tok("photo", clip, tok.start, tok.end, "clip"))
        elif tok.kind == "clip" and clip is not None and (nxt is None or nxt.kind != "num"):
            # "a 20 second clip": the video; "10 secs for the clip" (words between): the clip
            if prev is not None and _last_clip(prev, tok):  # "最后那段视频": the one clip, last
                out[-1] = Tok("photo", clip, prev.start, tok.end, "clip")
            elif prev is not None and prev.kind == "dur" and tok.start - prev.end <= 1:
                out.append(Tok("video", None, tok.start, tok.end, tok.surface))
            elif prev is not None and prev.kind in (
                "ord",
                "photo",
                "how_many",
                "num",
                "another",
                "more",
            ):
                out.append(tok)
            else:
                out.append(Tok("photo", clip, tok.start, tok.end, "clip"))
        else:
            out.append(tok)
    return out


ITEM_VERBS = ("swap", "remove")  # verbs of items: "第一张和视频换一下", "第二张和视频都删掉"
BESIDE = ("photo", "ord", "name")


def _item_beside_a_photo(toks: list[Tok], k: int) -> bool:
    """ "第一张和视频换一下", "把视频和第二张换一下": "视频" joined by "and" to a photo, with a
    verb of items, is the clip (the item among the photos), not the whole video."""
    if toks[k].surface.isascii() or not any(t.kind in ITEM_VERBS for t in toks):
        return False
    before = k > 1 and toks[k - 1].kind == "and" and toks[k - 2].kind in BESIDE
    after = k + 2 < len(toks) and toks[k + 1].kind == "and" and toks[k + 2].kind in BESIDE
    return before or after


def _after_name(tok: Tok, prev: Tok | None) -> bool:
    """ "狗那张", "the party video"; "海滩照": 照 glued to a photo's name is that photo."""
    glued = prev is not None and tok.start == prev.end and tok.surface in ("照", "图")
    return tok.kind in AFTER_NAME or (tok.kind == "?" and glued)


def _last_clip(prev: Tok, tok: Tok) -> bool:
    """ "最后那段视频", "最后一段视频": the last clip, said right after 最后 ("最后视频淡出" is
    the video's end)."""
    last = prev.kind == "end" and prev.surface in ("最后", "最后面")
    return last and "段" in tok.surface and tok.start == prev.end


def _clip_as_mood(toks: list[Tok], k: int, stems: dict[str, str]) -> bool:
    """ "party太吵了": the clip's file name read as a mood, in a Chinese sentence that names no
    music and asks for no more of a mood, is the clip."""
    tok = toks[k]
    if tok.kind != "mood" or not _clip_named(tok, stems):
        return False
    chinese = any(not t.surface.isascii() for t in toks)
    music = any(t.kind in ("music", "more", "degree", "add", "change") for t in toks[: k + 2])
    return chinese and not music and not any(t.kind == "music" for t in toks)


def _clip_named(tok: Tok, stems: dict[str, str]) -> bool:
    said = tok.surface.lower()
    return tok.kind != "it" and said in stems and stems[said].lower().endswith(VIDEO_FILES)


def _pic_before(out: list[Tok]) -> bool:
    return len(out) > 1 and out[-2].kind in PICS


SOUND = ("audio", "the audio", "sound", "the sound", "volume", "noise")
VIDEO_FILES = (".mp4", ".mov", ".m4v", ".webm", ".avi", ".mkv")


def clip_sound(toks: list[Tok], clip: int | None) -> list[Tok]:
    """ "the audio on the party clip", "the sound of clip 6": the clip's own sound, not the
    music."""
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if tok.kind in ("music", "volume") and tok.surface in SOUND and nxt is not None:
            named = nxt.kind == "photo" and (
                (isinstance(nxt.value, str) and nxt.value.lower().endswith(VIDEO_FILES))
                or (clip is not None and nxt.value == clip)
            )
            if nxt.kind == "clip" or named:
                out.append(Tok("clip_sound", None, tok.start, tok.end, tok.surface))
                continue
        out.append(tok)
    return out


def one_photo(toks: list[Tok]) -> list[Tok]:
    """ "海滩那张照片", "the dog one photo": a photo named and then called a photo is one."""
    out: list[Tok] = []
    for tok in toks:
        if tok.kind == "pic" and out and out[-1].kind == "photo":
            prev = out[-1]
            out[-1] = Tok("photo", prev.value, prev.start, tok.end, prev.surface)
            continue
        out.append(tok)
    return out

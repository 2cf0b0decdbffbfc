"""The timeline as a person reads it (the format of shared/spec/draft-format.md)."""

from __future__ import annotations

from .draft import AUDIO, TEXT, VIDEO, Draft, Segment, Track


def seconds(ms: int) -> str:
    """12000 -> "12", 1500 -> "1.5", 23250 -> "23.25"."""
    return f"{ms / 1000:.2f}".rstrip("0").rstrip(".")


def _span(s: int, d: int) -> str:
    return f"{seconds(s)}-{seconds(s + d)}s"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _video_line(track: Track) -> str:
    photos = sum(1 for seg in track.sg if seg.m.get("kind") != "video")
    clips = len(track.sg) - photos
    parts = [_plural(photos, "photo")] if photos else []
    parts += [_plural(clips, "clip")] if clips else []
    what = " and ".join(parts) or "empty"
    if not track.sg:
        return f"Video: {what}"
    start, end = track.sg[0].s, max(seg.end for seg in track.sg)
    kinds = {
        seg.m["transition"]["type"]
        for seg in track.sg[1:]
        if isinstance(seg.m.get("transition"), dict)
    }
    if not kinds:
        trans = "no transitions"
    elif len(kinds) == 1:
        trans = next(iter(kinds))
    else:
        trans = "mixed transitions"
    return f"Video: {what} ({_span(start, end - start)}), {trans}"


def _audio_line(track: Track) -> str:
    label = "BGM" if track.m.get("role") == "bgm" else str(track.m.get("name", "Audio"))
    items = []
    for seg in track.sg:
        percent = round(float(seg.m.get("volume", 1.0)) * 100)
        items.append(f"{seg.m.get('name', 'audio')} ({_span(seg.s, seg.d)}, {percent}%)")
    return f"{label}: " + ("; ".join(items) or "empty")


def _text_line(seg: Segment) -> str:
    role = str(seg.m.get("role", "text"))
    label = {"title": "Title", "caption": "Caption", "closing": "Closing text"}.get(role, "Text")
    return f'{label}: "{seg.m.get("text", "")}" ({_span(seg.s, seg.d)})'


def summarize(draft: Draft) -> str:
    """Numbered lines, one per track (one per text), under a header with length and size."""
    m = draft.m
    header = (
        f"Timeline ({_plural(len(draft.t), 'track')}, {seconds(draft.d)} s, "
        f"{m.w}x{m.h} {m.aspect}):"
    )
    lines: list[str] = []
    for track in draft.t:
        if track.tt == VIDEO:
            lines.append(_video_line(track))
        elif track.tt == AUDIO:
            lines.append(_audio_line(track))
        elif track.tt == TEXT:
            lines.extend(_text_line(seg) for seg in track.sg)
    extras = []
    look = getattr(m, "look", "none")
    if look and look != "none":
        extras.append(f"look: {look}")
    if int(getattr(m, "fade_in", 0) or 0) > 0:
        extras.append(f"fade in {seconds(int(getattr(m, 'fade_in', 0)))} s")
    if int(getattr(m, "fade_out", 0) or 0) > 0:
        extras.append(f"fade out {seconds(int(getattr(m, 'fade_out', 0)))} s")
    body = [f"  {i}. {line}" for i, line in enumerate(lines, 1)]
    if extras:
        text = ", ".join(extras)
        body.append("  " + text[:1].upper() + text[1:])
    return "\n".join([header, *body])

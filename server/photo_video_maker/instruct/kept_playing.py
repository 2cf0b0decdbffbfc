"""The music kept as it is, in words of its going on: "fade the video to black but keep the music
playing till the end", "let the music keep going". "playing" and "till the end" there say that
it goes on, never a new song to play (before: which music? asked) nor words left unread."""

from __future__ import annotations

from .entities import Tok

GOING = ("playing", "play", "going", "running", "on")
UNTIL = ("till", "until", "til", "to")
CLAUSE = ("sep", "then", "and")


def kept_playing(toks: list[Tok]) -> list[Tok]:
    """Words of the music going on, in a clause that keeps the music, made soft."""
    out = list(toks)
    start = 0
    for k in range(len(toks) + 1):
        if k < len(toks) and toks[k].kind not in CLAUSE:
            continue
        clause = range(start, k)
        kinds = [toks[n].kind for n in clause]
        if "keep" in kinds and "music" in kinds and not _other_request(kinds):
            for n in clause:
                tok = toks[n]
                going = tok.kind in ("change", "?") and tok.surface.lower() in GOING
                until = tok.kind == "?" and str(tok.value).lower() in UNTIL
                ended = tok.kind == "end" and n > start and out[n - 1].kind == "just"
                if going or until or ended:
                    out[n] = Tok("just", None, tok.start, tok.end, tok.surface)
        start = k + 1
    return out


def _other_request(kinds: list[str]) -> bool:
    """A clause that asks more of the music than its going on ("keep the music but quieter")."""
    return any(
        kind in ("louder", "quieter", "mood", "builtin", "fade_out", "fade_in", "pct", "dur")
        for kind in kinds
    )

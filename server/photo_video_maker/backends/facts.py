"""``MediaFacts`` over real files: what the smart edits ask of the media, read once each.

The CLI builds one over its input files, the local backend one per session over the uploads;
so the chat, MCP and the HTTP service cut on the beat, cull and caption with the same code.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import MediaNotFound, shorten
from ..model.media_facts import BeatGrid, PhotoFacts, builtin_grid
from ..model.music_catalog import is_builtin


class FileFacts:
    """Facts read from the files that ``resolve`` finds for media ids (cached per instance)."""

    def __init__(self, resolve: Callable[[str], Path]) -> None:
        self._resolve = resolve
        self._photos: dict[str, PhotoFacts] = {}

    def beats(self, src: str) -> BeatGrid:
        if is_builtin(src):
            return builtin_grid(src)
        from ..music.beats import song_grid  # librosa: only for a person's song

        return song_grid(self._path(src))

    def photo(self, src: str) -> PhotoFacts:
        if src not in self._photos:
            from ..media.photo_facts import photo_facts

            self._photos[src] = photo_facts(self._path(src))
        return self._photos[src]

    def _path(self, src: str) -> Path:
        try:
            path = self._resolve(src)
        except KeyError:  # a draft sent whole may name media this session never had
            raise MediaNotFound(f"no file for media {shorten(src)}", "Upload it again") from None
        if not path.is_file():
            raise MediaNotFound(f"the file of media {shorten(src)} is gone", "Upload it again")
        return path

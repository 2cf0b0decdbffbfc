"""The soundtrack is mixed in a child process before the encoder starts.

Mixing needs SciPy (loudness measurement) and whole-track arrays; in a short-lived child
neither stays in the renderer's memory, and the finished mix is read back from a raw float32
file in small slices as the video advances, so the renderer's memory stays flat.
The child is ``python -m photo_video_maker.render.soundtrack``: a plain subprocess, so it
works whatever the parent's ``__main__`` is.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from .. import errors
from ..media.probe import probe
from ..model.draft import Draft
from ..model.plan import FramePlan
from ..music.builtin import is_builtin
from .frames import Resolve

RATE = 48000


def has_sound(draft: Draft, plan: FramePlan, resolve: Resolve) -> bool:
    """Whether the video has music or clips with their own sound."""
    bgm = draft.bgm_track()
    if bgm is not None and bgm.sg:
        return True
    return any(
        span.kind == "video" and span.volume > 0 and probe(resolve(span.src)).has_audio
        for span in plan.visuals
    )


class Soundtrack:
    """A mix being made by a child process; ``chunk`` hands out slices once it is ready."""

    def __init__(self, draft: Draft, resolve: Resolve, folder: Path) -> None:
        srcs = {str(seg.m["src"]) for t in draft.t for seg in t.sg if "src" in seg.m}
        files = {src: str(resolve(src)) for src in srcs if not is_builtin(src)}
        fd, name = tempfile.mkstemp(prefix=".mix-", suffix=".f32", dir=folder)
        os.close(fd)
        self.path = Path(name)
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "photo_video_maker.render.soundtrack", name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        assert self._proc.stdin is not None
        self._proc.stdin.write(json.dumps({"draft": draft.to_json(), "files": files}).encode())
        self._proc.stdin.close()
        self._data: np.ndarray | None = None

    def wait(self) -> None:
        """Block until the mix is ready; raises the child's error if it failed."""
        self._load()

    def _load(self) -> np.ndarray:
        if self._data is None:
            assert self._proc.stdout is not None
            reply = self._proc.stdout.read()
            self._proc.wait()
            try:
                message = json.loads(reply)
            except ValueError:
                raise errors.RenderError(
                    f"mixing the sound failed (exit code {self._proc.returncode})"
                ) from None
            if message["status"] != "ok":
                cls = getattr(errors, message["kind"], errors.RenderError)
                raise cls(message["message"], message.get("hint"))
            samples = int(message["samples"])
            self._data = (
                np.memmap(self.path, dtype=np.float32, mode="r", shape=(samples, 2))
                if samples
                else np.zeros((0, 2), np.float32)
            )
        return self._data

    def chunk(self, start: int, stop: int) -> np.ndarray:
        """Samples [start, stop) (waits for the child if needed)."""
        return np.asarray(self._load()[start:stop])

    def close(self) -> None:
        self._data = None
        if self._proc.poll() is None:
            self._proc.kill()
        self._proc.wait()
        if self._proc.stdout is not None:
            self._proc.stdout.close()
        self.path.unlink(missing_ok=True)


def _main(out: str) -> int:
    """The child: read the job from stdin, write the mix to ``out``, report on stdout."""
    reply: dict[str, Any]
    try:
        from ..model.plan import make_plan
        from .audio_mix import mix_blocks

        job = json.loads(sys.stdin.buffer.read())
        draft = Draft.model_validate(job["draft"])
        files = {k: Path(v) for k, v in job["files"].items()}
        samples = 0
        with open(out, "wb") as fh:
            for block in mix_blocks(draft, make_plan(draft), files.__getitem__):
                fh.write(np.ascontiguousarray(block, dtype=np.float32).tobytes())
                samples += len(block)
        reply = {"status": "ok", "samples": samples}
    except errors.PVMError as exc:
        reply = {
            "status": "error",
            "kind": type(exc).__name__,
            "message": exc.message,
            "hint": exc.hint,
        }
    except Exception as exc:  # reported to the parent, which raises RenderError
        reply = {
            "status": "error",
            "kind": "RenderError",
            "message": f"mixing the sound failed: {exc}",
            "hint": None,
        }
    sys.stdout.write(json.dumps(reply))
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1]))

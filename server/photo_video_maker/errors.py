"""One error tree for the whole project.

Every failure a person can cause or meet is one of these; each edge translates them once
(MCP -> ToolError, CLI -> ``error: ...`` and exit 1, HTTP -> the API envelope with ``code``)::

    PVMError                      code   meaning
    ├── InputError                400    something the person handed us is wrong
    │   ├── MediaError           4001    a media file cannot be used
    │   │   ├── MediaNotFound     4001   no such file
    │   │   ├── UnsupportedMedia  4001   not a photo, clip or audio file we read
    │   │   ├── CorruptMedia      4001   truncated or damaged
    │   │   ├── URLNotAllowed     4001   upload-by-URL refused (SSRF guard)
    │   │   └── MediaTooLarge     4002   file or image too large
    │   ├── OverLimit            4002    a request over one of the service's limits
    │   │   ├── MessageTooLong    4002   a chat message longer than the interpreter takes
    │   │   └── RenderTooLarge    4002   frame size, length or photo count over the limit
    │   ├── DraftError            400    the draft breaks the contract (names key and reason)
    │   ├── NothingToRender       400    no photos or clips on the timeline
    │   └── InstructionNotUnderstood 400 an edit request we could not map to changes
    ├── AuthError                1001    bad or expired token
    ├── SessionNotFound          1002    unknown session
    ├── CreditsError             2001    not enough credits
    ├── ExportNotAllowed          402    the plan does not allow export
    ├── RateLimited               429    too many requests
    │   └── RenderQuotaUsed       429    the account's render seconds of the day are used
    ├── RenderNotFound            404    no such render (the HTTP service's own code)
    ├── RenderError               500    the engine failed on valid input (a bug or the disk)
    └── BackendError              503    the cloud service is unreachable or failing

Nothing else crosses a package boundary: a ValueError, KeyError or AssertionError that escapes
is a bug, and each boundary (the render engine, the edges) logs it with its traceback before
it becomes one of these. Messages are for people: they never echo unbounded input (``shorten``),
never show server paths or library internals, and state sizes in one unit (``megabytes``).
"""

from __future__ import annotations

import errno
import math


class PVMError(Exception):
    """Base of every error the project raises on purpose.

    ``message`` says what went wrong, ``hint`` what the person can do about it.
    """

    code: int = 500
    default_hint: str = ""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = self.default_hint if hint is None else hint

    def __str__(self) -> str:
        if not self.hint:
            return self.message
        chinese = "\u4e00" <= self.message[-1:] <= "\u9fff"  # told in Chinese: a Chinese stop
        return f"{self.message}。{self.hint}" if chinese else f"{self.message}. {self.hint}"


class InputError(PVMError):
    code = 400


class MediaError(InputError):
    code = 4001
    default_hint = (
        "Use photos (JPEG, PNG, WebP, GIF, HEIC), clips (MP4, MOV, AVI, WebM, MKV) "
        "or audio (MP3, WAV, M4A, AAC, OGG, FLAC)"
    )


class MediaNotFound(MediaError):
    default_hint = "Check the path; folders are searched for media files"


class UnsupportedMedia(MediaError):
    pass


class CorruptMedia(MediaError):
    default_hint = "Re-export or re-download the file and try again"


class URLNotAllowed(MediaError):
    default_hint = "Only public http(s) addresses can be fetched; save the file and upload it"


class MediaTooLarge(MediaError):
    code = 4002
    default_hint = "Compress or resize the photo, or trim the clip, and try again"


class DraftError(InputError):
    default_hint = "Fix the draft and try again"


class NothingToRender(InputError):
    default_hint = "Add photos or clips first"


class InstructionNotUnderstood(InputError):
    pass


class OverLimit(InputError):
    code = 4002
    default_hint = "Ask for less at a time"


class MessageTooLong(OverLimit):
    default_hint = "Send a shorter message: one or a few changes at a time"


class RenderTooLarge(OverLimit):
    default_hint = "Export at a smaller size (at most 2160p), shorter, or with fewer photos"


class AuthError(PVMError):
    code = 1001
    default_hint = "Get a new token and try again"


class SessionNotFound(PVMError):
    code = 1002
    default_hint = "Start a new session"


class CreditsError(PVMError):
    code = 2001
    default_hint = "Top up credits in your account"


class ExportNotAllowed(PVMError):
    code = 402
    default_hint = "Register or upgrade your plan to unlock export"


class RateLimited(PVMError):
    code = 429
    default_hint = "Wait a little and try again"

    def __init__(
        self, message: str, hint: str | None = None, *, retry_after_s: float | None = None
    ) -> None:
        super().__init__(message, hint)
        self.retry_after_s = retry_after_s  # when known: the HTTP edge sends it as Retry-After


class RenderNotFound(PVMError):
    """No such render for this account (the HTTP service's render jobs)."""

    code = 404
    default_hint = "Start a render with POST /api/render/proxy/lambda"


class RenderQuotaUsed(RateLimited):
    default_hint = "Try again tomorrow, or ask the operator for a larger daily allowance"

    def __init__(self, message: str, retry_after_s: float) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class RenderError(PVMError):
    code = 500
    default_hint = "Try again; report a bug if it persists"


class BackendError(PVMError):
    code = 503
    default_hint = "Check your connection and try again in a minute"


# API code -> HTTP status, the one table every edge uses (docs/cloud-api.md, "Every request").
HTTP_STATUS: dict[int, int] = {
    InputError.code: 400,
    MediaError.code: 400,
    MediaTooLarge.code: 413,
    AuthError.code: 401,
    SessionNotFound.code: 404,
    CreditsError.code: 402,
    ExportNotAllowed.code: 402,
    RateLimited.code: 429,
    RenderNotFound.code: 404,
    RenderError.code: 500,
    BackendError.code: 503,
}


def http_status(code: int) -> int:
    """The HTTP status that goes with an API code (unknown codes: 500 or 400 by their size)."""
    return HTTP_STATUS.get(code, 500 if code >= 500 else 400)


DISK_HINT = "Check free disk space and try again"
_DISK_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def disk_is_full(exc: BaseException) -> bool:
    """Whether an error (or what caused it) says the disk or the quota is full."""
    seen: BaseException | None = exc
    for _ in range(8):  # a short chain: causes of causes rarely go deeper
        if seen is None:
            return False
        if isinstance(seen, OSError) and seen.errno in _DISK_ERRNOS:
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def shorten(value: object, limit: int = 80) -> str:
    """``value`` quoted for a message, cut to about ``limit`` characters with an ellipsis.

    Input a person or a program handed us is echoed only through this: a 100,000-character
    session id must not make a 100,000-character error.
    """
    text = repr(value) if isinstance(value, str) else repr(str(value))
    if len(text) <= limit:
        return text
    keep = max(8, limit - 5)
    return text[: keep - keep // 4] + "…" + text[-(keep // 4) :]


MAX_MESSAGE = 1000  # an error is a sentence or two; anything longer is input that slipped through


def bounded(text: str, limit: int = MAX_MESSAGE) -> str:
    """``text`` cut in the middle to at most about ``limit`` characters (the hint, at the end,
    survives)."""
    if len(text) <= limit:
        return text
    return text[: limit - limit // 5 - 3] + " … " + text[-(limit // 5) :]


def for_person(exc: PVMError) -> str:
    """The message and hint of ``exc`` as the edges show them, bounded in length."""
    return bounded(str(exc))


def megabytes(nbytes: float) -> str:
    """Sizes the way the limits are set (PVM_MAX_UPLOAD_MB is in MiB): 200 MiB is "200 MB".

    Rounded up (to a tenth below 100 MB), so a file just over a limit never reads as the limit.
    """
    mib = nbytes / (1024 * 1024)
    if mib >= 100:
        return f"{math.ceil(mib - 1e-9)} MB"
    whole, tenth = divmod(math.ceil(mib * 10 - 1e-9), 10)
    return f"{whole} MB" if tenth == 0 else f"{whole}.{tenth} MB"

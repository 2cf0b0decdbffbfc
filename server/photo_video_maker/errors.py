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
    ├── RenderError               500    the engine failed on valid input (a bug or the disk)
    └── BackendError              503    the cloud service is unreachable or failing
"""

from __future__ import annotations


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
        return f"{self.message}. {self.hint}" if self.hint else self.message


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


class RenderQuotaUsed(RateLimited):
    default_hint = "Try again tomorrow, or ask the operator for a larger daily allowance"

    def __init__(self, message: str, retry_after_s: float) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class RenderError(PVMError):
    code = 500
    default_hint = "Check free disk space and try again; report a bug if it persists"


class BackendError(PVMError):
    code = 503
    default_hint = "Check your connection and try again in a minute"

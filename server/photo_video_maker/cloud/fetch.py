"""Download an untrusted http(s) URL without letting it reach the server's own network (SSRF).

Hop by hop: only http/https without credentials; resolve the host with ``getaddrinfo`` (so
``0``, ``2130706433``, ``127.1`` are read as the connecting code would) and refuse the URL if
ANY address is not public, by an explicit block list, not ``ipaddress.is_global`` alone; connect
to that checked (pinned) address, never a second lookup, so DNS rebinding cannot swap one in,
while the Host header and TLS SNI/verification keep the real name; follow at most
``max_redirects`` redirects by hand; stream raw, never decompressed, bytes into a temporary file
beside ``dest``, stop at ``max_bytes``, rename when complete; bound the whole download in time.

HTTP answers: 2xx is saved; 301/302/303/307/308 with Location is followed; other 4xx (except
408/429) -> MediaNotFound (4001: wrong or private link); 408, 429, 5xx, others -> BackendError
(503: try later). Messages never carry URL credentials, query strings or fragments.
"""

from __future__ import annotations

import email.message
import ipaddress
import os
import socket
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import httpx

from photo_video_maker.errors import (
    BackendError,
    MediaNotFound,
    MediaTooLarge,
    URLNotAllowed,
    megabytes,
)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

_CHUNK = 64 * 1024
_MAX_URL_CHARS = 8192
_MAX_NAME_CHARS = 120
_DEFAULT_PORTS = {"http": 80, "https": 443}
_HEADERS = {"Accept-Encoding": "identity", "Accept": "*/*", "User-Agent": "photo-video-maker"}


@dataclass(frozen=True)
class FetchPolicy:
    """Limits for one download. ``allow_private`` skips the address check: tests only."""

    max_bytes: int = 200 * 1024 * 1024
    timeout_s: float = 30.0
    max_redirects: int = 5
    allow_private: bool = False


@dataclass(frozen=True)
class FetchResult:
    """A finished download; ``final_url`` has no query or fragment (they may hold tokens)."""

    path: Path
    size: int
    content_type: str | None
    final_url: str
    filename: str | None


DEFAULT_POLICY = FetchPolicy()


def _nets(table: dict[str, str]) -> tuple[tuple[IPNetwork, str], ...]:
    return tuple(
        (ipaddress.ip_network(n), label) for label, ns in table.items() for n in ns.split()
    )


# Checked before the is_global fallback so the reason is precise and so that gaps in a given
# Python's special-purpose tables (3.11 calls NAT64 and 6to4 of 10.0.0.1 "global") do not matter.
_BLOCKED_V4 = _nets(
    {
        "unspecified": "0.0.0.0/8",
        "private": "10.0.0.0/8 172.16.0.0/12 192.168.0.0/16",
        "carrier-grade NAT": "100.64.0.0/10",
        "loopback": "127.0.0.0/8",
        "link-local (cloud metadata)": "169.254.0.0/16",
        "IETF special-purpose": "192.0.0.0/24 192.88.99.0/24",
        "documentation": "192.0.2.0/24 198.51.100.0/24 203.0.113.0/24",
        "benchmarking": "198.18.0.0/15",
        "multicast": "224.0.0.0/4",
        "reserved": "240.0.0.0/4",
    }
)
_BLOCKED_V6 = _nets(
    {
        "loopback": "::1/128",
        "unspecified": "::/128",
        "IPv4-mapped or -translated": "::ffff:0:0/96 ::ffff:0:0:0/96",
        "IPv4-compatible": "::/96",
        "local-use NAT64": "64:ff9b:1::/48",
        "Teredo": "2001::/32",
        "IETF special-purpose": "100::/64 2001::/23 5f00::/16",
        "documentation": "2001:db8::/32 3fff::/20",
        "unique local (private)": "fc00::/7",
        "link-local": "fe80::/10",
        "site-local": "fec0::/10",
        "multicast": "ff00::/8",
    }
)
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_SIX_TO_FOUR = ipaddress.IPv6Network("2002::/16")


def blocked_reason(ip: IPAddress) -> str | None:
    """Why ``ip`` must not be contacted (e.g. ``"loopback"``), or None for a public address."""
    table = _BLOCKED_V4 if isinstance(ip, ipaddress.IPv4Address) else _BLOCKED_V6
    for net, label in table:
        if ip in net:
            return label
    if isinstance(ip, ipaddress.IPv6Address):
        # Translation prefixes reach whatever IPv4 address they embed: judge that one instead.
        inner: ipaddress.IPv4Address | None = None
        if ip in _NAT64:
            inner = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        elif ip in _SIX_TO_FOUR:
            inner = ip.sixtofour
        if inner is not None:
            why = blocked_reason(inner)
            return f"NAT64/6to4 form of a {why} address" if why else None
    return None if ip.is_global else "not public"


def _printable(text: str, limit: int = 200) -> str:
    """User-supplied text made safe to echo: printable ASCII only, bounded length."""
    clean = "".join(c if " " < c < "\x7f" else "?" for c in text)
    return clean if len(clean) <= limit else clean[: limit - 3] + "..."


def _redact(url: httpx.URL, limit: int = 200) -> str:
    """scheme://host[:port]/path of ``url``: no credentials, query or fragment."""
    path = url.raw_path.split(b"?", 1)[0].decode("ascii", "replace")
    return _printable(f"{url.scheme}://{url.netloc.decode('ascii', 'replace')}{path}", limit)


def _refuse(reason: str) -> URLNotAllowed:
    return URLNotAllowed(f"URL not allowed: {reason}")


def _check(url: str, policy: FetchPolicy) -> tuple[httpx.URL, str, int, list[str]]:
    """Parse and vet ``url``; return the parsed URL, ASCII host, port and allowed addresses."""
    if not isinstance(url, str) or len(url) > _MAX_URL_CHARS:
        raise _refuse("not a URL or too long")
    try:
        parsed = httpx.URL(url)
        host = parsed.raw_host.decode("ascii")
        port = _DEFAULT_PORTS.get(parsed.scheme, 0) if parsed.port is None else parsed.port
    except (httpx.InvalidURL, TypeError, ValueError):
        # The same parser builds the request, so whatever it refuses can never be fetched.
        raise _refuse("not a valid http(s) URL") from None
    if parsed.scheme not in _DEFAULT_PORTS:
        raise _refuse(f"only http and https can be fetched, not {_printable(parsed.scheme, 20)!r}")
    if parsed.userinfo:
        raise _refuse("credentials in the URL are not accepted")
    if not host:
        raise _refuse("no host name")
    if not 0 < port < 65536:
        raise _refuse(f"port {port} out of range")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        if exc.errno == socket.EAI_AGAIN:
            raise BackendError(f"could not look up {_printable(host)} (DNS failure)") from None
        raise _refuse(f"host {_printable(host)} not found") from None
    except (OSError, UnicodeError, ValueError):
        raise _refuse(f"host {_printable(host)} not found") from None
    ips: list[str] = []
    for family, _type, _proto, _name, sockaddr in infos:
        if family not in (socket.AF_INET, socket.AF_INET6) or not isinstance(sockaddr[0], str):
            continue
        address = sockaddr[0]
        why = None if policy.allow_private else blocked_reason(ipaddress.ip_address(address))
        if why:
            # One bad address is enough: the connecting code could pick any of them.
            raise _refuse(f"{_printable(host)} resolves to {address} ({why})")
        if address not in ips:
            ips.append(address)
    if not ips:
        raise _refuse(f"host {_printable(host)} has no IP address")
    return parsed, host, port, ips


def check_url(url: str, policy: FetchPolicy = DEFAULT_POLICY) -> tuple[str, int, list[str]]:
    """Vet ``url`` without connecting: ``(host, port, allowed IPs)``, else URLNotAllowed.

    BackendError is the only other outcome, when DNS itself is failing (EAI_AGAIN)."""
    _parsed, host, port, ips = _check(url, policy)
    return host, port, ips


def safe_filename(raw: str | None) -> str | None:
    """Last path component of ``raw`` without slashes, NUL, control or bidi characters.

    At most 120 characters (the extension is kept); None when nothing usable is left.
    """
    if not raw:
        return None
    name = raw.replace("\\", "/").rsplit("/", 1)[-1]
    # Cc/Cf/Cs/Co/Cn/Zl/Zp cover NUL, escapes, U+202E and friends, zero-width tricks.
    name = "".join(
        "_" if c in ':*?"<>|' else c
        for c in unicodedata.normalize("NFC", name)
        if unicodedata.category(c) not in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
    )
    name = name.strip().strip(".").strip()  # no hidden files, no "..", no trailing dots
    if not name:
        return None
    if len(name) > _MAX_NAME_CHARS:
        stem, dot, ext = name.rpartition(".")
        ext = f".{ext}" if dot and stem and len(ext) <= 10 else ""
        name = name[: _MAX_NAME_CHARS - len(ext)].rstrip() + ext
    return name


def _filename(response: httpx.Response, final: httpx.URL) -> str | None:
    disposition = response.headers.get("Content-Disposition")
    if disposition:
        message = email.message.Message()
        message["Content-Disposition"] = disposition
        name = safe_filename(message.get_filename())
        if name:
            return name
    # unquote keeps %2F as "/" and safe_filename then drops everything before it.
    return safe_filename(final.path)


def _save(response: httpx.Response, dest: Path, policy: FetchPolicy, deadline: float) -> int:
    """Stream the raw body into ``dest`` atomically; return its size in bytes."""
    limit_text = f"over the {megabytes(policy.max_bytes)} limit"
    declared = response.headers.get("Content-Length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > policy.max_bytes:
        raise MediaTooLarge(f"the file is too large ({megabytes(int(declared))}, {limit_text})")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    tmp = Path(tmp_name)
    size = 0
    try:
        with os.fdopen(fd, "wb") as out:
            # iter_raw: bytes as sent, so a gzip bomb is stored small instead of expanded.
            # In-memory transports (httpx.MockTransport) hand over bodies that are already read.
            raw = [response.content] if response.is_stream_consumed else response.iter_raw(_CHUNK)
            for chunk in raw:
                size += len(chunk)
                if size > policy.max_bytes:
                    raise MediaTooLarge(f"the file is too large ({limit_text})")
                if time.monotonic() > deadline:
                    # httpx timeouts are per read; this bounds a slow drip feed as a whole.
                    raise httpx.ReadTimeout("overall download deadline passed")
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return size


def _hop(
    client: httpx.Client,
    parsed: httpx.URL,
    host: str,
    ip: str,
    dest: Path,
    policy: FetchPolicy,
    deadline: float,
) -> FetchResult | str:
    """One request to the pinned ``ip``: the finished download, or the next URL on a redirect."""
    remaining = deadline - time.monotonic()  # per-request timeouts shrink as the budget runs out
    if remaining <= 0:
        raise httpx.ConnectTimeout("overall download deadline passed")
    request = client.build_request(
        "GET",
        parsed.copy_with(host=ip),
        headers={"Host": parsed.netloc.decode("ascii")},
        # TLS still verifies the certificate against the real name, not the pinned address.
        extensions={"sni_hostname": host} if parsed.scheme == "https" else {},
        timeout=remaining,
    )
    response = client.send(request, stream=True)
    try:
        if response.is_redirect:
            return str(parsed.join(response.headers["Location"]))
        status, safe = response.status_code, _redact(parsed)
        if 400 <= status < 500 and status not in (408, 429):
            hint = "Check that the link is public and still valid"
            raise MediaNotFound(f"the server answered {status} for {safe}", hint=hint)
        if not response.is_success:
            raise BackendError(f"the server answered {status} for {safe}")
        size = _save(response, dest, policy, deadline)
        content_type = response.headers.get("Content-Type")
        final = _redact(parsed, _MAX_URL_CHARS)
        return FetchResult(dest, size, content_type, final, _filename(response, parsed))
    finally:
        response.close()


def fetch(
    url: str,
    dest: Path,
    policy: FetchPolicy = DEFAULT_POLICY,
    *,
    transport: httpx.BaseTransport | None = None,
) -> FetchResult:
    """Download ``url`` into ``dest`` under ``policy``; see the module docstring for the rules.

    Raises URLNotAllowed (4001), MediaNotFound (4001, a 4xx answer), MediaTooLarge (4002) or
    BackendError (503: timeouts, network failures, 5xx). ``dest`` is absent or complete.
    """
    deadline = time.monotonic() + policy.timeout_s
    current = url
    # trust_env=False: an environment proxy would connect on our behalf and defeat the pinning.
    with httpx.Client(
        transport=transport,
        follow_redirects=False,
        trust_env=False,
        timeout=policy.timeout_s,
        headers=_HEADERS,
        # No reuse: a TLS connection verified for one name must not carry the next hop's request.
        limits=httpx.Limits(max_keepalive_connections=0),
    ) as client:
        for _ in range(policy.max_redirects + 1):
            parsed, host, _port, ips = _check(current, policy)  # every hop is vetted again
            safe = _redact(parsed)
            try:
                outcome = _hop(client, parsed, host, ips[0], Path(dest), policy, deadline)
            except httpx.TimeoutException:
                message = f"download timed out after {policy.timeout_s:g} s: {safe}"
                raise BackendError(message) from None
            except httpx.ConnectError as exc:
                raise BackendError(f"could not connect to {safe}") from exc
            except (httpx.InvalidURL, httpx.UnsupportedProtocol):
                raise _refuse(f"{safe} redirects to an invalid URL") from None
            except httpx.HTTPError as exc:
                name = type(exc).__name__
                raise BackendError(f"download of {safe} failed ({name}, connection broke)") from exc
            if isinstance(outcome, FetchResult):
                return outcome
            current = outcome
    raise _refuse(f"more than {policy.max_redirects} redirects")

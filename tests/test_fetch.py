"""Upload-by-URL downloader (photo_video_maker.cloud.fetch): SSRF guard, byte caps, redirects.

Only loopback is ever contacted. Public-looking addresses are IP literals (resolved locally, no
DNS) and anything that would talk to them goes through ``httpx.MockTransport``.
"""

from __future__ import annotations

import gzip
import http.client
import ipaddress
import socket
import sys
import threading
import unicodedata
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from unittest import mock
from urllib.parse import parse_qs, quote, urlsplit

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from photo_video_maker.cloud.fetch import (
    FetchPolicy,
    blocked_reason,
    check_url,
    fetch,
    safe_filename,
)
from photo_video_maker.errors import BackendError, MediaNotFound, MediaTooLarge, URLNotAllowed

PAYLOAD = bytes(range(256)) * 400  # 100 KiB, every byte value
LIMIT = 64 * 1024
# gzip stamps the time into its header: made once, so sent and expected bytes are the same
ZEROS_GZ = gzip.compress(b"\0" * 4_000_000, mtime=0)
PUBLIC_IP = "93.184.215.14"  # only ever "reached" through a MockTransport
TEST_ONLY = FetchPolicy(allow_private=True, max_bytes=LIMIT * 4, timeout_s=5.0)
PROBE = "/__probe__"


class Server(ThreadingHTTPServer):
    """Loopback fixture server that counts every accepted connection and request."""

    daemon_threads = False  # server_close() joins handler threads: nothing outlives a test

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.lock = threading.Lock()
        self.connections = 0
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.release = threading.Event()

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def process_request(self, request: Any, client_address: Any) -> None:
        # Counted in the accept loop, so a later probe's answer proves earlier ones are counted.
        with self.lock:
            self.connections += 1
        super().process_request(request, client_address)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # The downloader hangs up mid-body on purpose (size cap, timeout): not worth a traceback.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)

    def contacts_before_probe(self) -> tuple[int, int]:
        """(connections, requests) seen so far, made race-free by a probe of our own."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
        try:
            conn.request("GET", PROBE)
            conn.getresponse().read()
        finally:
            conn.close()
        with self.lock:
            return self.connections - 1, len(self.requests) - 1


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 5  # idle keep-alive connections end, so server_close() can join
    server: Server

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the tests read the counters instead."""

    def reply(self, body: bytes, status: int = 200, /, **headers: str) -> None:
        self.send_response(status)
        headers.setdefault("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.write(body)

    def write(self, data: bytes) -> bool:
        try:
            self.wfile.write(data)
            self.wfile.flush()
            return True
        except OSError:  # the client hung up on purpose (size cap, timeout)
            return False

    def do_GET(self) -> None:
        split = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(split.query).items()}
        with self.server.lock:
            self.server.requests.append((split.path, dict(self.headers.items())))
        path = split.path
        if path in ("/photo.jpg", PROBE) or path.startswith("/named/"):
            extra = {"Content_Disposition": query["cd"]} if "cd" in query else {}
            self.reply(PAYLOAD, Content_Type="image/jpeg", **extra)
        elif path == "/exact":
            self.reply(PAYLOAD[:LIMIT])
        elif path == "/big":
            self.reply(b"x" * (LIMIT + 1))
        elif path == "/big-close":  # no length at all: the body ends when the server closes
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            for _ in range(16):
                if not self.write(b"x" * (LIMIT // 2)):
                    break
            self.close_connection = True
        elif path == "/big-chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for _ in range(16):
                if not self.write(b"%x\r\n%s\r\n" % (LIMIT // 2, b"x" * (LIMIT // 2))):
                    break
            self.write(b"0\r\n\r\n")
        elif path == "/gzip":
            self.reply(ZEROS_GZ, Content_Encoding="gzip")
        elif path.startswith("/redirect/"):
            left = int(path.rsplit("/", 1)[1])
            target = f"/redirect/{left - 1}" if left else "/photo.jpg"
            self.reply(b"", 302, Location=query.get("to", target))
        elif path.startswith("/status/"):
            self.reply(b"nope", int(path.rsplit("/", 1)[1]))
        elif path == "/stall":
            self.send_response(200)
            self.send_header("Content-Length", "10")
            self.end_headers()
            self.write(b"x")
            self.server.release.wait(5)
        else:
            self.reply(b"", 404)


@pytest.fixture
def server() -> Iterator[Server]:
    srv = Server()
    thread = threading.Thread(target=srv.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.release.set()
        srv.shutdown()
        srv.server_close()
        thread.join()


def never_called(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request may be sent, got {request.url}")


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


LOOPBACK_FORMS = [
    "http://127.0.0.1:{p}/",
    "http://localhost:{p}/",
    "http://LOCALHOST.:{p}/",
    "http://0:{p}/",
    "http://0.0.0.0:{p}/",
    "http://2130706433:{p}/",
    "http://0177.0.0.1:{p}/",
    "http://0x7f.1:{p}/",
    "http://127.1:{p}/",
    "http://127.0.0.2:{p}/",
    "http://[::1]:{p}/",
    "http://[::]:{p}/",
    "http://[::ffff:127.0.0.1]:{p}/",
    "http://[::ffff:7f00:1]:{p}/",
    "http://[::127.0.0.1]:{p}/",
    "http://[64:ff9b::127.0.0.1]:{p}/",
    "http://[2002:7f00:1::1]:{p}/",
    "https://127.0.0.1:{p}/",
    "http://127.0.0.1:{p}/photo.jpg?token=SECRET",
]


@pytest.mark.parametrize("form", LOOPBACK_FORMS)
def test_loopback_in_any_spelling_is_refused_before_connecting(
    form: str, server: Server, tmp_path: Path
) -> None:
    url = form.format(p=server.port)
    with pytest.raises(URLNotAllowed, match="URL not allowed") as caught:
        fetch(url, tmp_path / "out.jpg")
    assert caught.value.code == 4001
    assert "SECRET" not in str(caught.value)
    assert server.contacts_before_probe() == (0, 0)
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "FILE:///etc/passwd",
        "gopher://127.0.0.1:70/_GET",
        "ftp://93.184.215.14/photo.jpg",
        "data:image/png;base64,AAAA",
        "javascript:alert(1)",
        "dict://93.184.215.14:11211/stat",
        "//93.184.215.14/photo.jpg",
        "/photo.jpg",
        "",
        "http://",
        "http:///photo.jpg",
        "http://user:pass@93.184.215.14/photo.jpg",
        "http://user@93.184.215.14/",
        "http://:pass@93.184.215.14/",
        "http://93.184.215.14\\@127.0.0.1/",
        "http://93.184.215.14:99999/",
        "http://" + "a" * 9000 + ".com/",
    ],
)
def test_unsupported_schemes_credentials_and_broken_urls_are_refused(
    url: str, tmp_path: Path
) -> None:
    with pytest.raises(URLNotAllowed, match="URL not allowed") as caught:
        check_url(url)
    assert "pass" not in str(caught.value)
    with pytest.raises(URLNotAllowed):
        fetch(url, tmp_path / "x", transport=httpx.MockTransport(never_called))
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    "host",
    [
        "10.0.0.1",
        "172.16.5.4",
        "172.31.255.255",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "100.127.255.254",
        "198.18.0.1",
        "198.19.255.255",
        "192.0.2.1",
        "224.0.0.1",
        "240.0.0.1",
        "255.255.255.255",
        "[fc00::1]",
        "[fd12:3456::1]",
        "[fe80::1]",
        "[fec0::1]",
        "[ff02::1]",
        "[::ffff:10.0.0.1]",
        "[::ffff:169.254.169.254]",
        "[::ffff:8.8.8.8]",  # mapped forms are refused outright, even of public addresses
        "[::10.0.0.1]",
        "[64:ff9b::a9fe:a9fe]",  # NAT64 of 169.254.169.254
        "[64:ff9b::10.1.2.3]",
        "[64:ff9b::192.168.0.1]",
        "[64:ff9b:1::a00:1]",
        "[2002:a00:1::1]",  # 6to4 of 10.0.0.1
        "[2002:a9fe:a9fe::]",
        "[2001:0:4136:e378:8000:63bf:3fff:fdd2]",  # Teredo
        "[2001:db8::1]",
        "[100::1]",
    ],
)
def test_non_public_addresses_are_refused(host: str) -> None:
    for url in (f"http://{host}/", f"https://{host}:8443/a.jpg"):
        with pytest.raises(URLNotAllowed, match="URL not allowed"):
            check_url(url)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://93.184.215.14/a.jpg", ("93.184.215.14", 80, ["93.184.215.14"])),
        ("https://8.8.8.8/", ("8.8.8.8", 443, ["8.8.8.8"])),
        ("http://[2606:4700:4700::1111]:8080/", ("2606:4700:4700::1111", 8080, None)),
        ("http://[64:ff9b::808:808]/", ("64:ff9b::808:808", 80, None)),  # NAT64 of 8.8.8.8
        ("http://[2002:808:808::1]/", ("2002:808:808::1", 80, None)),  # 6to4 of 8.8.8.8
    ],
)
def test_public_addresses_pass_the_check_without_contact(
    url: str, expected: tuple[str, int, list[str] | None]
) -> None:
    with mock.patch.object(socket.socket, "connect", side_effect=AssertionError("connect")):
        host, port, ips = check_url(url)
    assert (host, port) == expected[:2]
    assert ips == (expected[2] or [host])


def fake_resolver(table: dict[str, list[list[str]]]) -> tuple[Callable[..., Any], list[str]]:
    """getaddrinfo that answers names from ``table`` (one answer per call, last one repeats)."""
    real, calls = socket.getaddrinfo, list[str]()

    def resolve(host: str, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in table:
            return real(host, port, *args, **kwargs)
        answers = table[host]
        addresses = answers[min(calls.count(host), len(answers) - 1)]
        calls.append(host)
        return [
            (socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port))
            for a in addresses
        ]

    return resolve, calls


def test_every_resolved_address_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    resolve, _ = fake_resolver({"mixed.example": [[PUBLIC_IP, "127.0.0.1"]]})
    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    with pytest.raises(URLNotAllowed, match=r"127\.0\.0\.1 \(loopback\)"):
        check_url("http://mixed.example/")


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_connection_goes_to_the_pinned_address_so_rebinding_fails(
    scheme: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Public at check time, loopback afterwards: a second lookup would land on loopback.
    resolve, calls = fake_resolver({"photos.example": [[PUBLIC_IP], ["127.0.0.1"]]})
    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=PAYLOAD)

    result = fetch(
        f"{scheme}://photos.example/a.jpg?sig=SECRET",
        tmp_path / "a.jpg",
        transport=httpx.MockTransport(handler),
    )
    assert calls == ["photos.example"]
    [request] = seen
    assert request.url.host == PUBLIC_IP
    assert request.headers["Host"] == "photos.example"
    assert request.headers["Accept-Encoding"] == "identity"
    if scheme == "https":
        assert request.extensions["sni_hostname"] == "photos.example"
    assert result.final_url == f"{scheme}://photos.example/a.jpg"
    assert (tmp_path / "a.jpg").read_bytes() == PAYLOAD


@pytest.mark.parametrize(
    "location",
    [
        "http://127.0.0.1:{p}/photo.jpg",
        "http://localhost:{p}/photo.jpg",
        "http://[::ffff:127.0.0.1]:{p}/photo.jpg",
        "http://2130706433:{p}/photo.jpg",
        "http://169.254.169.254/latest/meta-data/",
        "file:///etc/passwd",
        "http://user:pw@93.184.215.14/",
    ],
)
def test_redirect_to_a_private_address_is_refused_at_that_hop(
    location: str, server: Server, tmp_path: Path
) -> None:
    hops: list[str] = []
    with httpx.HTTPTransport() as real:

        def handler(request: httpx.Request) -> httpx.Response:
            hops.append(str(request.url))
            if request.url.host == PUBLIC_IP:
                return httpx.Response(302, headers={"Location": location.format(p=server.port)})
            return real.handle_request(request)  # a leak would reach the loopback server

        with pytest.raises(URLNotAllowed, match="URL not allowed"):
            fetch(
                f"http://{PUBLIC_IP}/start", tmp_path / "x", transport=httpx.MockTransport(handler)
            )
    assert hops == [f"http://{PUBLIC_IP}/start"]
    assert server.contacts_before_probe() == (0, 0)
    assert leftovers(tmp_path) == []


def test_download_stores_the_exact_bytes(server: Server, tmp_path: Path) -> None:
    result = fetch(server.url("/photo.jpg?x=1"), tmp_path / "p.jpg", TEST_ONLY)
    assert (tmp_path / "p.jpg").read_bytes() == PAYLOAD
    assert (result.path, result.size) == (tmp_path / "p.jpg", len(PAYLOAD))
    assert result.content_type == "image/jpeg"
    assert result.final_url == server.url("/photo.jpg")
    assert result.filename == "photo.jpg"
    assert leftovers(tmp_path) == ["p.jpg"]
    [(_path, headers)] = server.requests
    assert headers["Accept-Encoding"] == "identity"
    assert headers["Host"] == f"127.0.0.1:{server.port}"


def test_a_body_of_exactly_max_bytes_is_accepted(server: Server, tmp_path: Path) -> None:
    policy = FetchPolicy(allow_private=True, max_bytes=LIMIT)
    assert fetch(server.url("/exact"), tmp_path / "e", policy).size == LIMIT


@pytest.mark.parametrize("path", ["/big", "/big-close", "/big-chunked"])
def test_a_body_over_max_bytes_stops_and_leaves_no_file(
    path: str, server: Server, tmp_path: Path
) -> None:
    policy = FetchPolicy(allow_private=True, max_bytes=LIMIT)
    with pytest.raises(MediaTooLarge, match="too large") as caught:
        fetch(server.url(path), tmp_path / "big.bin", policy)
    assert caught.value.code == 4002
    assert leftovers(tmp_path) == []


class Unreadable(httpx.SyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        raise AssertionError("the body must not be read")


def test_a_declared_length_over_max_bytes_is_refused_before_reading(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Length": str(10**12)}, stream=Unreadable())

    with pytest.raises(MediaTooLarge, match="953675 MB, over the 200 MB limit"):
        fetch(f"http://{PUBLIC_IP}/huge", tmp_path / "h", transport=httpx.MockTransport(handler))
    assert leftovers(tmp_path) == []


def test_environment_proxies_are_ignored(
    server: Server, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A proxy would make the connection for us, to an address we never checked.
    with socket.socket() as spare:  # a dead port: using the proxy would fail the download
        spare.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{spare.getsockname()[1]}"
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"):
        monkeypatch.setenv(name, dead)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    assert fetch(server.url("/photo.jpg"), tmp_path / "a", TEST_ONLY).size == len(PAYLOAD)


def test_a_failed_download_keeps_an_existing_file(server: Server, tmp_path: Path) -> None:
    dest = tmp_path / "keep.jpg"
    dest.write_bytes(b"old")
    with pytest.raises(MediaTooLarge):
        fetch(server.url("/big"), dest, FetchPolicy(allow_private=True, max_bytes=LIMIT))
    assert dest.read_bytes() == b"old"
    assert leftovers(tmp_path) == ["keep.jpg"]


def test_a_gzip_response_is_stored_raw_not_expanded(server: Server, tmp_path: Path) -> None:
    # 4 MB of zeros inflates past the limit; stored as sent it is a few KiB.
    policy = FetchPolicy(allow_private=True, max_bytes=LIMIT)
    result = fetch(server.url("/gzip"), tmp_path / "g", policy)
    assert (tmp_path / "g").read_bytes() == ZEROS_GZ
    assert result.size < LIMIT


def test_a_redirect_chain_is_followed(server: Server, tmp_path: Path) -> None:
    result = fetch(server.url("/redirect/3"), tmp_path / "r.jpg", TEST_ONLY)
    assert (tmp_path / "r.jpg").read_bytes() == PAYLOAD
    assert result.final_url == server.url("/photo.jpg")
    assert [p for p, _ in server.requests] == [
        "/redirect/3",
        "/redirect/2",
        "/redirect/1",
        "/redirect/0",
        "/photo.jpg",
    ]


def test_a_redirect_chain_is_capped(server: Server, tmp_path: Path) -> None:
    policy = FetchPolicy(allow_private=True, max_redirects=2)
    with pytest.raises(URLNotAllowed, match="more than 2 redirects"):
        fetch(server.url("/redirect/5"), tmp_path / "r", policy)
    assert len(server.requests) == 3
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("disposition", "expected"),
    [
        ('attachment; filename="../../etc/passwd"', "passwd"),
        ('attachment; filename="..\\..\\boot.ini"', "boot.ini"),
        ("attachment; filename*=UTF-8''a%00b.jpg", "ab.jpg"),
        ("attachment; filename*=UTF-8''evil%E2%80%AEgpj.exe", "evilgpj.exe"),
        ("attachment; filename*=UTF-8''%E2%80%AE", "from-url.jpg"),  # nothing left: URL name
        ('attachment; filename=".."', "from-url.jpg"),
        ('attachment; filename=".bashrc"', "bashrc"),
        ("attachment; filename*=UTF-8''caf%C3%A9.jpg", "café.jpg"),
        (f'attachment; filename="{"n" * 300}.jpg"', "n" * 116 + ".jpg"),
    ],
)
def test_the_filename_is_sanitised(
    disposition: str, expected: str, server: Server, tmp_path: Path
) -> None:
    url = server.url("/named/from-url.jpg?cd=" + quote(disposition, safe=""))
    assert fetch(url, tmp_path / "n", TEST_ONLY).filename == expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/named/..%2F..%2Fetc%2Fpasswd", "passwd"),
        ("/named/x%E2%80%AEgpj.exe", "xgpj.exe"),
        ("/named/a%00b%0A.jpg", "ab.jpg"),
        ("/named/", None),
    ],
)
def test_a_filename_from_the_url_path_is_sanitised(
    path: str, expected: str | None, server: Server, tmp_path: Path
) -> None:
    assert fetch(server.url(path), tmp_path / "n", TEST_ONLY).filename == expected


@given(st.text(max_size=400))
def test_safe_filename_never_returns_a_dangerous_name(raw: str) -> None:
    name = safe_filename(raw)
    if name is None:
        return
    assert 0 < len(name) <= 120
    assert not name.startswith(".")
    assert not set(name) & set('/\\\0:*?"<>|')
    assert all(unicodedata.category(c)[0] != "C" for c in name)


@pytest.mark.parametrize(
    ("path", "error", "code"),
    [
        ("/status/404", MediaNotFound, 4001),
        ("/status/403", MediaNotFound, 4001),
        ("/status/503", BackendError, 503),
        ("/status/429", BackendError, 503),
    ],
)
def test_http_error_answers_become_clear_errors(
    path: str, error: type[Exception], code: int, server: Server, tmp_path: Path
) -> None:
    with pytest.raises(error, match=f"answered {path[-3:]}") as caught:
        fetch(server.url(path + "?token=SECRET#frag"), tmp_path / "x", TEST_ONLY)
    assert getattr(caught.value, "code", None) == code
    assert "SECRET" not in str(caught.value)
    assert leftovers(tmp_path) == []


def test_a_stalled_download_times_out_and_leaves_no_file(server: Server, tmp_path: Path) -> None:
    policy = FetchPolicy(allow_private=True, timeout_s=0.3)
    with pytest.raises(BackendError, match="timed out"):
        fetch(server.url("/stall?token=SECRET"), tmp_path / "x", policy)
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("raised", "message"),
    [
        (httpx.ConnectTimeout("t"), "timed out"),
        (httpx.ConnectError("refused"), "could not connect"),
        (httpx.RemoteProtocolError("bad"), "connection broke"),
    ],
)
def test_network_failures_become_backend_errors(
    raised: Exception, message: str, tmp_path: Path
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise raised

    with pytest.raises(BackendError, match=message) as caught:
        fetch(
            f"http://{PUBLIC_IP}/a?key=SECRET",
            tmp_path / "x",
            transport=httpx.MockTransport(handler),
        )
    assert "SECRET" not in str(caught.value)


def test_a_refused_connection_is_a_backend_error(tmp_path: Path) -> None:
    with socket.socket() as spare:  # a port that was free a moment ago and now has no listener
        spare.bind(("127.0.0.1", 0))
        port = spare.getsockname()[1]
    with pytest.raises(BackendError, match="could not connect"):
        fetch(f"http://127.0.0.1:{port}/", tmp_path / "x", TEST_ONLY)


def numeric_only(
    host: Any, port: Any, family: int = 0, type: int = 0, proto: int = 0, flags: int = 0
) -> Any:
    """getaddrinfo that never asks DNS: names fail as "not found", numbers parse as usual."""
    return REAL_GETADDRINFO(host, port, family, type, proto, flags | socket.AI_NUMERICHOST)


REAL_GETADDRINFO = socket.getaddrinfo
SCHEMES = st.sampled_from(["http", "https", "HTTP", "file", "ftp", "gopher", "", "h ttp"])
HOSTS = st.one_of(
    st.ip_addresses(v=4).map(str),
    st.ip_addresses(v=6).map(lambda ip: f"[{ip}]"),
    st.integers(0, 2**32 - 1).map(str),
    st.text(max_size=30),
)
URLS = st.one_of(
    st.text(max_size=200),
    st.builds(
        lambda scheme, user, host, port, rest: f"{scheme}://{user}{host}{port}{rest}",
        SCHEMES,
        st.sampled_from(["", "u:p@", "@", "a@b@"]),
        HOSTS,
        st.sampled_from(["", ":80", ":0", ":65536", ":x", ":"]),
        st.text(max_size=30),
    ),
)


@settings(max_examples=300, deadline=None)
@given(URLS)
def test_any_url_string_is_either_allowed_or_refused_cleanly_without_contact(url: str) -> None:
    refuse = mock.patch.object(socket.socket, "connect", side_effect=AssertionError("connect"))
    with mock.patch.object(socket, "getaddrinfo", numeric_only), refuse:
        try:
            _host, _port, ips = check_url(url)
        except (URLNotAllowed, BackendError, MediaTooLarge):
            with pytest.raises((URLNotAllowed, BackendError)):
                fetch(url, Path("/nonexistent/x"), transport=httpx.MockTransport(never_called))
            return
    assert ips
    for ip in ips:  # anything let through is a plain public address
        address = ipaddress.ip_address(ip)
        assert address.is_global and blocked_reason(address) is None


@given(st.ip_addresses())
def test_check_url_never_admits_what_python_calls_non_global(ip: Any) -> None:
    host = f"[{ip}]" if ip.version == 6 else str(ip)
    with mock.patch.object(socket, "getaddrinfo", numeric_only):
        try:
            check_url(f"http://{host}/")
        except URLNotAllowed:
            return
    assert ip.is_global and blocked_reason(ip) is None

"""A call's deadline holds for every byte of the answer, its head included.

A read timeout bounds each wait for bytes, so a server sending one byte well within it, over
and over, used to hold a call for as long as it liked while http.client read the status line,
the header lines and a chunked body's size lines. Each server below drips exactly those.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest
import urllib3
from ucwa_runtime import errors, events
from ucwa_runtime.auth import Challenge, PasswordGrant, TokenRequest
from ucwa_runtime.event_items import ChannelStopped
from ucwa_runtime.model import Link
from ucwa_runtime.transport import Client, RetryPolicy, make_pool

DRIP_INTERVAL = 0.2
DEADLINE = 1.0
# The test fails rather than hangs should a call outlast its deadline many times over.
HANG_GUARD = 10 * DEADLINE
# A head of about 110 bytes: 22 s of dripping, far past the deadline.
SLOW_HEAD = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
    b"X-Padding: " + b"p" * 30 + b"\r\n\r\n"
)


class DrippingServer:
    """Takes one connection, reads one request, sends ``at_once``, then ``dripped`` one byte
    every 0.2 s, then ``then`` at once; records how many dripped bytes went out before the
    client hung up."""

    def __init__(self, dripped: bytes, at_once: bytes = b"", then: bytes = b"{}") -> None:
        self.dripped = dripped
        self.at_once = at_once
        self.then = then
        self.sent = 0
        self.hung_up = threading.Event()
        self.finished = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        threading.Thread(target=self._serve, daemon=True).start()

    def close(self) -> None:
        self._listener.close()

    def _serve(self) -> None:
        try:
            connection, _ = self._listener.accept()
        except OSError:
            return  # closed by the test before any client came
        with connection:
            _read_request(connection)
            try:
                connection.sendall(self.at_once)
                for byte in self.dripped:
                    connection.sendall(bytes([byte]))
                    self.sent += 1
                    time.sleep(DRIP_INTERVAL)
                connection.sendall(self.then)
            except OSError:
                self.hung_up.set()
            else:
                self.finished.set()


def _read_request(connection: socket.socket) -> None:
    # The head, then as many body bytes as it declares.
    data = b""
    while b"\r\n\r\n" not in data:
        data += connection.recv(4096)
    head, _, body = data.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            while len(body) < int(value):
                body += connection.recv(4096)


@pytest.fixture
def drip_head() -> Iterator[DrippingServer]:
    server = DrippingServer(SLOW_HEAD)
    yield server
    server.close()


def _assert_cut_before_the_end(server: DrippingServer, started: float) -> None:
    # The client hung up while the slow part dripped: a write of it failed.
    assert time.monotonic() - started < HANG_GUARD
    assert server.hung_up.wait(HANG_GUARD)
    assert not server.finished.is_set()
    assert server.sent < len(server.dripped)


@pytest.mark.parametrize(
    ("method", "raised"), [("GET", errors.TransportError), ("POST", errors.OutcomeUnknown)]
)
def test_a_dripping_head_is_cut_at_the_calls_deadline(
    drip_head: DrippingServer, method: str, raised: type[Exception]
) -> None:
    policy = RetryPolicy(deadline=DEADLINE, backoff=0.0)
    started = time.monotonic()
    client = Client(drip_head.url, timeout=DEADLINE, retry=policy)
    with client, pytest.raises(raised, match="deadline"):
        client.request(method, "/slow", body=b"{}" if method == "POST" else None)
    _assert_cut_before_the_end(drip_head, started)


def test_a_dripping_chunk_size_line_is_cut_at_the_calls_deadline() -> None:
    # The head comes at once; the first chunk's size line (with an extension) never ends.
    head = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
    server = DrippingServer(b"2;ext=" + b"x" * 60 + b"\r\n", at_once=head, then=b"{}\r\n0\r\n\r\n")
    started = time.monotonic()
    try:
        policy = RetryPolicy(deadline=DEADLINE, backoff=0.0)
        client = Client(server.url, timeout=DEADLINE, retry=policy)
        with client, pytest.raises(errors.TransportError, match="deadline"):
            client.request("GET", "/slow")
        _assert_cut_before_the_end(server, started)
    finally:
        server.close()


def test_a_token_request_with_a_dripping_head_is_cut_at_its_deadline(
    drip_head: DrippingServer,
) -> None:
    # The token request goes over the session's pool with urllib3's own timeouts: its total
    # is the whole request's deadline there too.
    grant = PasswordGrant("user@contoso.test", lambda: "pa55word", allow_http=True)
    request = TokenRequest(
        f"{drip_head.url}/ucwa",
        (Challenge("MsRtcOAuth", {"href": f"{drip_head.url}/token", "grant_type": "password"}),),
        make_pool(),
        timeout=urllib3.Timeout(connect=DEADLINE, read=DEADLINE, total=DEADLINE),
        trusted_domains=("127.0.0.1",),
    )
    started = time.monotonic()
    with pytest.raises(errors.TransportError, match="deadline"):
        grant(request)
    _assert_cut_before_the_end(drip_head, started)
    # the token requests a session makes (with the default) have a total, so a deadline
    default = TokenRequest(request.resource_url, request.challenges, request.pool).timeout
    assert isinstance(default, urllib3.Timeout) and isinstance(default.total, float)


def test_a_p_get_with_a_dripping_head_is_cut_at_its_deadline(
    drip_head: DrippingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A P-GET may last the poll timeout plus twice the margin: 1 s here.
    monkeypatch.setattr(events, "READ_MARGIN", 0.25)
    client = Client(drip_head.url)
    channel = events.EventChannel(
        client, Link(href="/events"), poll_timeout=0.5, reconnect_deadline=0.0
    )
    started = time.monotonic()
    with pytest.raises(ChannelStopped, match="deadline"):
        channel.poll()
    _assert_cut_before_the_end(drip_head, started)
    channel.stop()
    client.close()

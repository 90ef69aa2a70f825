"""One parser decides where a request goes and what it may carry: URL tricks send nothing.

Two recording servers listen on loopback; ``connect_to`` routes the names good.test and
evil.test to them, so the client reaches each under its name. A token is bound to
good.test. Every trick below reads as good.test to one URL parser and as evil.test (or as
nothing sensible) to another: it must be refused with UnsafeUrl before any connection is
made, so neither server sees a byte, a token or a password.
"""

from __future__ import annotations

import socket
import socketserver
import ssl
import threading
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
import trustme
import ucwa_runtime.auth
import ucwa_runtime.transport
import urllib3
from hypothesis import given, settings
from hypothesis import strategies as st
from ucwa_runtime.auth import AuthenticationError, TokenCache
from ucwa_runtime.urls import origin_of

import ucwa
from ucwa.errors import UnsafeUrl

from ..session.sessions import new_session
from ..tls import tls_context

TOKEN = "cwt=origin-test-token"
PASSWORD = "origin-test-password"
OK = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"


class Recording(socketserver.ThreadingTCPServer):
    """A loopback server that records every connection and the bytes of each request.

    It answers from ``script`` (whole HTTP responses), then with 200 ``{}``.
    """

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        super().__init__(("127.0.0.1", 0), _RecordingHandler)
        self.tls = tls
        self.connections = 0
        self.requests: list[bytes] = []
        self.script: list[bytes] = []
        self.lock = threading.Lock()

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def get_request(self) -> tuple[Any, Any]:
        sock, address = super().get_request()
        if self.tls is not None:  # the handshake happens on the handler's thread
            sock = self.tls.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
        return sock, address

    def everything(self) -> bytes:
        with self.lock:
            return b"".join(self.requests)


class _RecordingHandler(socketserver.BaseRequestHandler):
    server: Recording

    def handle(self) -> None:
        with self.server.lock:
            self.server.connections += 1
        self.request.settimeout(5)
        while request := _read_request(self.request):
            with self.server.lock:
                self.server.requests.append(request)
                answer = self.server.script.pop(0) if self.server.script else OK
            self.request.sendall(answer)


def _read_request(sock: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


@pytest.fixture
def good() -> Iterator[Recording]:
    yield from _serve()


@pytest.fixture
def evil() -> Iterator[Recording]:
    yield from _serve()


def _serve(tls: ssl.SSLContext | None = None) -> Iterator[Recording]:
    server = Recording(tls)
    threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def _routes(*servers: tuple[str, Recording]) -> dict[str, tuple[str, int]]:
    return {name: ("127.0.0.1", server.port) for name, server in servers}


# URLs that urlsplit and urllib3 read as different hosts, or that are no plain URLs; {good}
# and {evil} stand for the two servers' ports.
TRICKS = [
    "http://evil.test:{evil}\\@good.test:{good}/x",  # the issue's own
    "http://evil.test\\@good.test/x",
    "http://evil.test:{evil}\\\\@good.test:{good}/x",
    "http://good.test:{good}@evil.test:{evil}/x",  # user information
    "http://user:pw@good.test:{good}/x",
    "http://go%6fd.test:{good}/x",  # percent-encoded host
    "http://evil.test%23@good.test:{good}/x",
    "http://good.test:{good}%2f@evil.test:{evil}/x",
    "http://good.test\t:{good}/x",  # urlsplit drops tabs and newlines
    "http://go\nod.test:{good}/x",
    "http://good.test:{good}/x\r\nHost: evil.test",
    " http://good.test:{good}/x",
    "http://good.test :{good}/x",
    "http://good.test\x00.evil.test:{evil}/x",
    "http://good.test\u3000:{good}/x",
    "http://good\u3002test:{good}/x",  # an ideographic full stop: IDNA makes it a dot
    "http://g\u00f6od.test:{good}/x",
    "http://good.test:{good}\\x",
    "\\\\evil.test/x",  # relative, with backslashes
    "/x\\@evil.test",
    "ftp://good.test/x",
    "file:///etc/passwd",
    "javascript:alert(1)",
    "https:///x",  # no host (with the base's scheme, urljoin would take the base's)
    "http://:{good}/x",
    "https:good.test:{good}/x",
]


@pytest.mark.parametrize("trick", TRICKS)
@pytest.mark.parametrize("as_link", [False, True])
def test_an_ambiguous_url_is_refused_before_anything_is_sent(
    good: Recording, evil: Recording, trick: str, as_link: bool
) -> None:
    trick = trick.format(good=good.port, evil=evil.port)
    base = f"http://good.test:{good.port}/"
    token = ucwa.BearerToken(TOKEN, issued_for=base)
    routes = _routes(("good.test", good), ("evil.test", evil))
    with ucwa.Client(base, auth=token, connect_to=routes) as client:
        target: ucwa.Link[Any] | str = ucwa.Link(href=trick, base_url=base) if as_link else trick
        with pytest.raises(UnsafeUrl) as caught:
            client.request("GET", target)
    assert (good.connections, evil.connections) == (0, 0)
    assert TOKEN not in repr(caught.value) and caught.value.url == trick
    assert "pw" not in str(caught.value)  # user information is not repeated in the message


# A header cannot carry a line break; the rest go into the challenge as they are.
@pytest.mark.parametrize("trick", [t for t in TRICKS if "\n" not in t and "\x00" not in t])
def test_a_token_endpoint_trick_gets_no_password(
    good: Recording, evil: Recording, trick: str
) -> None:
    trick = trick.format(good=good.port, evil=evil.port).replace("/x", "/token")
    quoted = trick.replace("\\", "\\\\")  # the challenge's href is the trick, unquoted
    challenge = f'MsRtcOAuth href="{quoted}",grant_type="password"'.encode()
    good.script.append(
        b"HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: " + challenge + b"\r\n"
        b"Content-Length: 0\r\n\r\n"
    )
    asked: list[str] = []

    def password() -> str:
        asked.append("asked")
        return PASSWORD

    base = f"http://good.test:{good.port}/"
    routes = _routes(("good.test", good), ("evil.test", evil))
    pool = ucwa_runtime.transport.make_pool(connect_to=routes)
    grant = ucwa.PasswordGrant("alice", password, allow_http=True)
    tokens = TokenCache(grant, pool, trusted_domains=("good.test",))
    with ucwa.Client(base, auth=tokens, pool=pool) as client, pytest.raises(UnsafeUrl):
        client.request("GET", "/resource")
    assert asked == []
    assert evil.connections == 0
    assert [r.split(b" ", 2)[:2] for r in good.requests] == [[b"GET", b"/resource"]]
    assert PASSWORD.encode() not in good.everything()


@pytest.mark.parametrize(
    "url",
    [
        "http://good.test:{good}/x",
        "HTTP://Good.Test:{good}/x?q=a@b%20c#frag@evil.test",
        "http://good.test.:{good}/people/user7@contoso.com/x:y",
        "http://good.test:{good}/caf\u00e9/%2e%2e/",
    ],
)
def test_the_pool_a_request_uses_is_the_origin_its_token_was_decided_for(
    good: Recording, url: str
) -> None:
    # The host urllib3 keys its connection pool with (and connects to) is the decided one.
    url = url.format(good=good.port)
    token = ucwa.BearerToken(TOKEN, issued_for=f"http://good.test:{good.port}")
    pool = ucwa_runtime.transport.make_pool(connect_to=_routes(("good.test", good)))
    with ucwa.Client(url, auth=token, pool=pool) as client:
        client.request("GET", url)
        [key] = list(pool.pools.keys())
        assert (key.key_scheme, key.key_host, key.key_port) == origin_of(url)
    sent_token = TOKEN.encode() in good.everything()
    assert sent_token == (origin_of(url) == token.origin)


def test_a_request_goes_to_its_checked_pool_with_the_path_alone(
    good: Recording, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The URL is read once, by parse_target: urllib3 gets the decided origin's pool and the
    # path and query to send, and reads no URL again (a second reading is where a second
    # opinion about the host could come from).
    def read_again(url: str) -> None:
        raise AssertionError(f"urllib3 read {url!r} again")

    monkeypatch.setattr(urllib3.poolmanager, "parse_url", read_again)
    monkeypatch.setattr(urllib3.connectionpool, "parse_url", read_again)
    pool = ucwa_runtime.transport.make_pool(connect_to=_routes(("good.test", good)))
    url = f"http://good.test:{good.port}/a/../x?q=a@b%20c#frag"
    with ucwa.Client(url, pool=pool) as client:
        client.request("GET", url)
    assert good.requests[0].startswith(b"GET /x?q=a@b%20c HTTP/1.1\r\n")
    assert f"\r\nHost: good.test:{good.port}\r\n".encode() in good.requests[0]


def test_the_password_goes_to_its_checked_pool_with_the_path_alone(
    good: Recording, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The token endpoint's origin and domain are decided on parse_target's reading; the form
    # with the password goes to that origin's pool, and urllib3 reads no URL again.
    def read_again(url: str) -> None:
        raise AssertionError(f"urllib3 read {url!r} again")

    monkeypatch.setattr(urllib3.poolmanager, "parse_url", read_again)
    monkeypatch.setattr(urllib3.connectionpool, "parse_url", read_again)
    good.script.append(
        b"HTTP/1.1 401 Unauthorized\r\n"
        b'WWW-Authenticate: MsRtcOAuth href="/a/../token?x=1",grant_type="password"\r\n'
        b"Content-Length: 0\r\n\r\n"
    )
    token = f'{{"access_token":"{TOKEN}","expires_in":3600}}'.encode()
    good.script.append(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + f"Content-Length: {len(token)}\r\n\r\n".encode()
        + token
    )
    pool = ucwa_runtime.transport.make_pool(connect_to=_routes(("good.test", good)))
    grant = ucwa.PasswordGrant("alice", lambda: PASSWORD, allow_http=True)
    tokens = TokenCache(grant, pool, trusted_domains=("good.test",))
    with ucwa.Client(f"http://good.test:{good.port}/", auth=tokens, pool=pool) as client:
        client.request("GET", "/resource")
    posted = good.requests[1]
    assert posted.startswith(b"POST /token?x=1 HTTP/1.1\r\n") and PASSWORD.encode() in posted
    assert f"\r\nHost: good.test:{good.port}\r\n".encode() in posted
    assert TOKEN.encode() in good.requests[2]


def test_a_proxy_manager_gets_the_whole_url_and_the_token_only_for_its_origin(
    good: Recording,
) -> None:
    # A proxy's pools are the proxy's: it is given the absolute URL (and sets its headers).
    proxy = urllib3.ProxyManager(f"http://127.0.0.1:{good.port}")
    token = ucwa.BearerToken(TOKEN, issued_for="http://good.test")
    with ucwa.Client("http://good.test", auth=token, pool=proxy) as client:
        client.request("GET", "/x?q=1")
        client.request("GET", "http://evil.test/y")
    first, second = good.requests
    assert first.startswith(b"GET http://good.test/x?q=1 HTTP/1.1\r\n")
    assert second.startswith(b"GET http://evil.test/y HTTP/1.1\r\n")
    assert TOKEN.encode() in first and TOKEN.encode() not in second


# Characters that make parsers disagree, around the pieces of a URL.
_PIECES = st.lists(
    st.sampled_from(
        [
            "good.test", "evil.test", "@", ":", "1", "443", "\\", "/", "//", "?", "#", "%", "%40",
            "%2f", "[", "]", "::1", " ", "\t", "\n", ".", "\u3002", "\uff0e", "user", "a:b@",
        ]
    ),
    max_size=8,
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(scheme=st.sampled_from(["http://", "https://", "HTTPS://"]), pieces=_PIECES)
def test_every_origin_decided_is_where_urllib3_connects(scheme: str, pieces: list[str]) -> None:
    url = scheme + "".join(pieces)
    try:
        decided = origin_of(url)
    except UnsafeUrl:
        return
    pool = urllib3.PoolManager().connection_from_url(url)
    # (a pool keeps an IPv6 address without its brackets)
    assert (pool.scheme, pool.host, pool.port) == (decided[0], decided[1].strip("[]"), decided[2])
    # No ambiguity is left: the standard library's parser reads the same host too.
    parts = urlsplit(url)
    assert (parts.hostname or "").strip("[]") == decided[1].strip("[]")
    assert (parts.port or {"http": 80, "https": 443}[decided[0]]) == decided[2]


def test_the_password_is_not_posted_over_plain_http(good: Recording) -> None:
    # After an https sign-in, a link to an http host of the sign-in domain answers 401 with
    # a token endpoint of its own: the password is not posted in clear...
    answer = (
        b"HTTP/1.1 401 Unauthorized\r\n"
        b'WWW-Authenticate: MsRtcOAuth href="/token",grant_type="password"\r\n'
        b"Content-Length: 0\r\n\r\n"
    )
    asked: list[str] = []

    def password() -> str:
        asked.append("asked")
        return PASSWORD

    routes = _routes(("meet.contoso.test", good))
    url = f"http://meet.contoso.test:{good.port}/meeting"
    for allow_http, refusal in [(False, "plain http"), (True, "no access_token")]:
        good.script.append(answer)
        pool = ucwa_runtime.transport.make_pool(connect_to=routes)
        grant = ucwa.PasswordGrant("alice", password, allow_http=allow_http)
        tokens = TokenCache(grant, pool, trusted_domains=("contoso.test",))
        client = ucwa.Client("https://lyncdiscover.contoso.test/", auth=tokens, pool=pool)
        with client, pytest.raises(AuthenticationError, match=refusal):
            client.request("GET", url)
        if not allow_http:
            assert asked == [] and len(good.requests) == 1
            assert PASSWORD.encode() not in good.everything()
    # ...unless the user allows it (the bundled server, loopback tests): then it is.
    assert asked == ["asked"] and good.requests[2].startswith(b"POST /token ")
    assert PASSWORD.encode() in good.requests[2]


def test_the_sign_in_domain_of_an_ipv6_root_is_its_address() -> None:
    grant = ucwa.PasswordGrant("alice", lambda: PASSWORD)
    session = new_session(grant, root_url="https://[::1]:4443/autodiscover")
    try:
        tokens = session.client.auth
        assert isinstance(tokens, TokenCache) and tokens.trusted_domains == ("[::1]",)
        assert ucwa_runtime.auth.in_domains("[::1]", ("::1",))
        assert ucwa_runtime.auth.in_domains("::1", tokens.trusted_domains)
    finally:
        session.close()


def test_an_ambiguous_base_url_is_refused() -> None:
    with pytest.raises(UnsafeUrl):
        ucwa.Client("http://evil.test\\@good.test/")
    with pytest.raises(UnsafeUrl):
        ucwa.Client("/relative")
    with pytest.raises(UnsafeUrl):
        ucwa.BearerToken(TOKEN, issued_for="http://a@good.test/")


@pytest.mark.parametrize("href", ["/x\ty", "/x\\@evil.test", "http://a@good.test/x"])
def test_a_batch_with_an_ambiguous_part_is_not_sent(good: Recording, href: str) -> None:
    from ucwa_runtime.batch_client import send_batch

    base = f"http://good.test:{good.port}/"
    parts = [ucwa.BatchRequest("GET", "/ok"), ucwa.BatchRequest("GET", href)]
    client = ucwa.Client(base, connect_to=_routes(("good.test", good)))
    with client, pytest.raises(UnsafeUrl):
        send_batch(client, "/batch", parts)
    assert good.connections == 0


DISCOVER = "lyncdiscover.contoso.test"


@pytest.fixture
def tls_pair(ca: trustme.CA, ca_file: str) -> Iterator[tuple[Recording, Recording, str]]:
    """Recording servers for lyncdiscover.contoso.test and evil.test over TLS, both with
    certificates the client trusts (an attacker can have one for a domain of their own),
    and the CA file."""
    serving = [_serve(tls_context(ca, name)) for name in (DISCOVER, "evil.test")]
    good, evil = (next(server) for server in serving)
    yield good, evil, ca_file
    for server in serving:
        next(server, None)  # shut down


@pytest.mark.parametrize("through", ["link", "token endpoint"])
def test_the_issue_trick_sends_nothing_over_verified_tls(
    tls_pair: tuple[Recording, Recording, str], through: str
) -> None:
    good, evil, ca_file = tls_pair
    trick = f"https://evil.test:{evil.port}\\@{DISCOVER}:{good.port}/x"
    base = f"https://{DISCOVER}:{good.port}/"
    routes = _routes((DISCOVER, good), ("evil.test", evil))
    pool = ucwa_runtime.transport.make_pool(ca_file, connect_to=routes)
    asked: list[str] = []

    def password() -> str:
        asked.append("asked")
        return PASSWORD

    if through == "link":
        token = ucwa.BearerToken(TOKEN, issued_for=base)
        with ucwa.Client(base, auth=token, pool=pool) as client, pytest.raises(UnsafeUrl):
            client.request("GET", trick)
        assert good.connections == 0
    else:
        quoted = trick.replace("\\", "\\\\")
        good.script.append(
            b"HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nWWW-Authenticate: "
            + f'MsRtcOAuth href="{quoted}",grant_type="password"\r\n\r\n'.encode()
        )
        tokens = TokenCache(
            ucwa.PasswordGrant("alice", password), pool, trusted_domains=("contoso.test",)
        )
        client = ucwa.Client(base, auth=tokens, pool=pool)
        with client, pytest.raises(UnsafeUrl):
            client.request("GET", "/resource")
        assert [r.split(b" ", 2)[:2] for r in good.requests] == [[b"GET", b"/resource"]]
    assert evil.connections == 0 and asked == []

"""Autodiscovery from a domain (with its fallbacks) and the password's trusted hosts, end to end.

The bundled server serves https under real-looking names (a trustme certificate for them);
``connect_to`` sends the client's connections to its loopback port while the URL, the Host
header and the certificate check keep the name, so nothing depends on DNS.
"""

from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import trustme
from ucwa_runtime.auth import AuthenticationError

import ucwa
import ucwa_session
from ucwa_session.discovery import DiscoveryError
from ucwa_testing import UcwaServer
from ucwa_testing.server import TOKEN_PATH, USER_PATH

from ..tls import tls_context
from .sessions import new_session

FAST = ucwa.RetryPolicy(backoff=0.01)
DISCOVER = "lyncdiscover.contoso.test"
INTERNAL = "lyncdiscoverinternal.contoso.test"


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A loopback port bound but not listening: connecting there is refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def test_a_domain_signs_in_through_lyncdiscover_when_the_internal_name_is_unreachable(
    ca: trustme.CA, ca_file: str, closed_port: int
) -> None:
    # The certificate names lyncdiscover only (not 127.0.0.1): a check against the address
    # instead of the name would fail.
    tls = tls_context(ca, DISCOVER)
    with UcwaServer(poll_timeout=0.2, tls=tls, host_names={"primary": DISCOVER}) as server:
        routes = {**server.connect_to, INTERNAL: ("127.0.0.1", closed_port)}
        grant = ucwa.PasswordGrant(server.username, lambda: server.password)
        with new_session(
            grant,
            domain="contoso.test",
            connect_to=routes,
            ca_certs=ca_file,
            poll_timeout=0.2,
            retry=FAST,
        ) as session:
            session.sign_in()
            assert session.discovered is not None
            assert session.discovered.user_url.startswith(f"https://{DISCOVER}:")
            chat = session.start_messaging(server.echo_uri, "Hello")
            chat.wait(timeout=5)
        first = server.requests[0]
        # discovery read https://lyncdiscover.contoso.test itself; the Host header kept the name
        assert (first.method, first.path, first.headers["Host"]) == ("GET", "/", DISCOVER)
        assert all(r.headers["Host"].startswith(DISCOVER) for r in server.requests)


def test_connect_to_keeps_the_name_for_the_certificate_check(ca: trustme.CA, ca_file: str) -> None:
    # The server's certificate is for another name than the one routed to it: refused.
    tls = tls_context(ca, "other.contoso.test")
    with UcwaServer(poll_timeout=0.2, tls=tls) as server:
        port = server.pools["primary"].port
        routes = {DISCOVER: ("127.0.0.1", port)}
        with (
            ucwa.Client(f"https://{DISCOVER}", connect_to=routes, ca_certs=ca_file) as client,
            pytest.raises(ucwa.errors.TlsError, match="Hostname mismatch"),
        ):
            client.request("GET", f"https://{DISCOVER}:{port}/")


def test_connect_to_over_plain_http_keeps_the_url_and_host_header() -> None:
    with UcwaServer(poll_timeout=0.2) as server:
        port = server.pools["primary"].port
        url = f"http://ucwa.example.test:{port}/"
        routes = {"UCWA.example.test.": ("127.0.0.1", port)}  # names match as DNS does
        with ucwa.Client(url, connect_to=routes) as client:
            response = client.request("GET", url)
        assert response.url == url and b"_links" in response.body
        assert server.requests[-1].headers["Host"] == f"ucwa.example.test:{port}"


POOL2 = "pool2.contoso.test"


@pytest.fixture
def two_pools(ca: trustme.CA) -> Iterator[UcwaServer]:
    """The user is homed on a second pool, another host of contoso.test."""
    names = {"primary": DISCOVER, "secondary": POOL2}
    tls = tls_context(ca, DISCOVER, POOL2)
    with UcwaServer(poll_timeout=0.2, tls=tls, second_pool=True, host_names=names) as server:
        yield server


def _session(server: UcwaServer, ca_file: str, **kwargs: object) -> ucwa_session.UcwaSession:
    settings: dict[str, object] = {
        "connect_to": server.connect_to,
        "ca_certs": ca_file,
        "poll_timeout": 0.2,
        "retry": FAST,
        **kwargs,
    }
    return new_session(
        ucwa.PasswordGrant(server.username, lambda: server.password),
        **settings,  # type: ignore[arg-type]
    )


def _token_posts(server: UcwaServer, pool: str) -> int:
    return sum(r.path == TOKEN_PATH and r.pool == pool for r in server.requests)


def test_a_second_pool_in_the_sign_in_domain_gets_the_password(
    two_pools: UcwaServer, ca_file: str, closed_port: int
) -> None:
    routes = {**two_pools.connect_to, INTERNAL: ("127.0.0.1", closed_port)}
    with _session(two_pools, ca_file, domain="contoso.test", connect_to=routes) as session:
        session.sign_in()
        assert session.discovered is not None
        assert session.discovered.applications_url.startswith(f"https://{POOL2}:")
    assert (_token_posts(two_pools, "primary"), _token_posts(two_pools, "secondary")) == (1, 1)


def test_a_root_url_trusts_its_own_host_only_unless_trusted_hosts_say_more(
    two_pools: UcwaServer, ca_file: str
) -> None:
    # root_url's host is lyncdiscover.contoso.test: pool2.contoso.test is not below it
    with (
        _session(two_pools, ca_file, root_url=two_pools.root_url) as session,
        pytest.raises(AuthenticationError, match="not in the sign-in domain"),
    ):
        session.sign_in()
    assert _token_posts(two_pools, "secondary") == 0
    trusting = _session(two_pools, ca_file, root_url=two_pools.root_url, trusted_hosts=[POOL2])
    with trusting:
        trusting.sign_in()
    assert _token_posts(two_pools, "secondary") == 1


def test_a_link_to_a_server_outside_the_domain_never_gets_the_password(
    ca: trustme.CA, ca_file: str, closed_port: int
) -> None:
    hostile_name = "ucwa.fabrikam.test"
    with (
        UcwaServer(
            poll_timeout=0.2, tls=tls_context(ca, DISCOVER), host_names={"primary": DISCOVER}
        ) as server,
        UcwaServer(
            poll_timeout=0.2,
            tls=tls_context(ca, hostile_name),
            host_names={"primary": hostile_name},
            # the same account, so that a password sent there would be accepted
            username=server.username,
            password=server.password,
        ) as hostile,
    ):
        routes = {
            **server.connect_to,
            **hostile.connect_to,
            INTERNAL: ("127.0.0.1", closed_port),
        }
        hostile.expect_violation("url_not_handed_out")  # the link below is forged on purpose
        with _session(server, ca_file, domain="contoso.test", connect_to=routes) as session:
            session.sign_in()
            # An href to the other server (as a hostile resource could carry): it challenges
            # with a token endpoint of its own origin, outside contoso.test.
            link = ucwa.Link(href=hostile.pools["primary"].url + USER_PATH)
            with pytest.raises(AuthenticationError, match="not in the sign-in domain"):
                session.get(link)
        assert [r.path for r in hostile.requests] == [USER_PATH]
        assert hostile.state.token_requests == 0
        assert "Authorization" not in hostile.requests[0].headers


# What an intranet web server (or a captive portal) answers instead of UCWA.
HTML = (200, "text/html", b"<html><body>Welcome to the intranet</body></html>", ())
PAGES: dict[str, tuple[int, str, bytes, tuple[tuple[str, str], ...]]] = {
    "html": HTML,
    "redirect": (302, "text/html", b"", (("Location", "https://portal.contoso.test/"),)),
    "not_found": (404, "text/html", b"<html>404</html>", ()),
    "plain_text": (200, "text/plain", b"it works", ()),
    "json_without_links": (200, "application/json", b'{"status": "ok"}', ()),
    "json_not_an_object": (200, "application/json", b"[1, 2]", ()),
}


@contextmanager
def page_server(
    page: tuple[int, str, bytes, tuple[tuple[str, str], ...]], tls: ssl.SSLContext | None = None
) -> Iterator[ThreadingHTTPServer]:
    """A web server answering every GET with one fixed page."""
    status, content_type, body, headers = page

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def _domain_session(
    routes: dict[str, tuple[str, int]], ca_file: str, server: UcwaServer
) -> ucwa_session.UcwaSession:
    return new_session(
        ucwa.PasswordGrant(server.username, lambda: server.password),
        domain="contoso.test",
        connect_to=routes,
        ca_certs=ca_file,
        poll_timeout=0.2,
        retry=FAST,
    )


@pytest.mark.parametrize("answer", sorted(PAGES))
def test_an_internal_name_answering_something_else_falls_back_to_lyncdiscover(
    ca: trustme.CA, ca_file: str, answer: str
) -> None:
    with (
        page_server(PAGES[answer], tls_context(ca, INTERNAL)) as intranet,
        UcwaServer(
            poll_timeout=0.2, tls=tls_context(ca, DISCOVER), host_names={"primary": DISCOVER}
        ) as server,
    ):
        routes = {**server.connect_to, INTERNAL: ("127.0.0.1", intranet.server_address[1])}
        with _domain_session(routes, ca_file, server) as session:
            session.sign_in()
            assert session.discovered is not None
            assert session.discovered.user_url.startswith(f"https://{DISCOVER}:")


def test_when_every_candidate_fails_the_error_names_each_url_and_why(
    ca: trustme.CA, ca_file: str, closed_port: int
) -> None:
    with page_server(HTML, tls_context(ca, INTERNAL)) as intranet:
        port = intranet.server_address[1]
        routes = {INTERNAL: ("127.0.0.1", port), DISCOVER: ("127.0.0.1", closed_port)}
        grant = ucwa.PasswordGrant("alice@contoso.test", lambda: "secret")
        with (
            new_session(
                grant, domain="contoso.test", connect_to=routes, ca_certs=ca_file, retry=FAST
            ) as session,
            pytest.raises(DiscoveryError) as caught,
        ):
            session.sign_in()
    error = caught.value
    assert [attempt.url for attempt in error.attempts] == [
        f"https://{INTERNAL}",
        f"https://{DISCOVER}",
    ]
    message = str(error)
    assert f"https://{INTERNAL}" in message and f"https://{DISCOVER}" in message
    assert "text/html" in message
    html = error.attempts[0].error
    assert isinstance(html, ucwa.errors.ResponseError)
    assert (html.status, html.content_type, html.body) == (200, "text/html", HTML[2])
    assert isinstance(error.attempts[1].error, ucwa.errors.TransportError)


@pytest.mark.parametrize("answer", ["html", "redirect", "plain_text", "json_without_links"])
def test_a_root_url_answering_something_else_raises_a_discovery_error_naming_it(
    answer: str,
) -> None:
    with page_server(PAGES[answer]) as page:
        root = f"http://127.0.0.1:{page.server_address[1]}/root"
        grant = ucwa.PasswordGrant("alice@contoso.test", lambda: "secret")
        with (
            new_session(grant, root_url=root, retry=FAST) as session,
            pytest.raises(DiscoveryError, match=root) as caught,
        ):
            session.sign_in()
    [attempt] = caught.value.attempts
    assert attempt.url == root and isinstance(attempt.error, ucwa.errors.ResponseError)
    assert attempt.error.status == PAGES[answer][0]


def test_a_user_link_answering_html_raises_a_discovery_error_naming_it() -> None:
    with page_server(HTML) as intranet:
        user = f"http://127.0.0.1:{intranet.server_address[1]}/user"
        root_page = (
            200,
            "application/json",
            f'{{"_links": {{"user": {{"href": "{user}"}}}}}}'.encode(),
            (),
        )
        with page_server(root_page) as root_server:
            root = f"http://127.0.0.1:{root_server.server_address[1]}/root"
            grant = ucwa.PasswordGrant("alice@contoso.test", lambda: "secret")
            with (
                new_session(grant, root_url=root, retry=FAST) as session,
                pytest.raises(DiscoveryError, match=user) as caught,
            ):
                session.sign_in()
    [attempt] = caught.value.attempts
    assert attempt.url == user and isinstance(attempt.error, ucwa.errors.ParseError)
    assert attempt.error.body == HTML[2]

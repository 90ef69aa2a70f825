"""Autodiscovery from a domain, end to end: host names routed to loopback with ``connect_to``.

The bundled server serves https under real-looking names (a trustme certificate for them);
``connect_to`` sends the client's connections to its loopback port while the URL, the Host
header and the certificate check keep the name, so nothing depends on DNS.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

import ucwa
from ucwa.testing import UcwaServer

FAST = ucwa.RetryPolicy(backoff=0.01)
DISCOVER = "lyncdiscover.contoso.test"
INTERNAL = "lyncdiscoverinternal.contoso.test"


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def ca_file(ca: trustme.CA, tmp_path: Path) -> str:
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


def tls_context(ca: trustme.CA, *names: str) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(*names).configure_cert(context)
    return context


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
        with ucwa.UcwaSession(
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

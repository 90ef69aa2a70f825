"""TLS against real TLS servers on loopback (certificates from a throwaway trustme CA)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import trustme
import urllib3

import ucwa
import ucwa_session
from ucwa import errors
from ucwa_testing import UcwaServer

from ..session.sessions import new_session
from ..tls import tls_context
from .test_transport import Recorder


def _session(server: UcwaServer, **kwargs: object) -> ucwa_session.UcwaSession:
    return new_session(
        ucwa.PasswordGrant(server.username, lambda: server.password),
        root_url=server.root_url,
        poll_timeout=0.2,
        **kwargs,  # type: ignore[arg-type]
    )


def test_the_default_refuses_a_certificate_of_an_unknown_ca(tls_server: UcwaServer) -> None:
    assert tls_server.root_url.startswith("https://127.0.0.1:")
    with pytest.raises(errors.TlsError) as caught, ucwa.Client(tls_server.root_url) as client:
        client.request("GET", tls_server.root_url)
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)
    # through a session: discovery fails, and says why
    with pytest.raises(ucwa.errors.UcwaError) as failed, _session(tls_server) as session:
        session.sign_in()
    assert isinstance(failed.value.__cause__, errors.TlsError)
    assert tls_server.state.token_requests == 0  # the password never went out


def test_with_the_ca_bundle_a_whole_session_works(tls_server: UcwaServer, ca_file: str) -> None:
    with _session(tls_server, ca_certs=ca_file) as session:
        session.sign_in()
        chat = session.start_messaging(tls_server.echo_uri, "over TLS")
        chat.wait(timeout=5)
    assert tls_server.state.token_requests == 1


def test_a_certificate_for_another_host_name_is_refused(ca: trustme.CA, ca_file: str) -> None:
    with UcwaServer(tls=tls_context(ca, "ucwa.invalid")) as server:
        client = ucwa.Client(server.root_url, ca_certs=ca_file)
        with pytest.raises(errors.TlsError) as caught:
            client.request("GET", server.root_url)
    assert "match" in str(caught.value).lower() or "mismatch" in str(caught.value).lower()


def test_ca_certs_and_a_pool_of_ones_own_do_not_mix(tls_server: UcwaServer, ca_file: str) -> None:
    with pytest.raises(errors.RequestError):
        _session(tls_server, ca_certs=ca_file, pool=urllib3.PoolManager())


@pytest.fixture
def tls_recorder(ca: trustme.CA) -> Iterator[Recorder]:
    recorder = Recorder()
    recorder.socket = tls_context(ca, "127.0.0.1").wrap_socket(recorder.socket, server_side=True)
    thread = threading.Thread(target=recorder.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    yield recorder
    recorder.shutdown()
    recorder.server_close()


def test_a_redirect_from_https_to_http_is_refused(tls_recorder: Recorder, ca_file: str) -> None:
    url = f"https://127.0.0.1:{tls_recorder.server_address[1]}"
    tls_recorder.script.append((302, {"Location": "http://127.0.0.1:1/steal"}, b""))
    with pytest.raises(errors.InsecureRedirect) as caught, ucwa.Client(url, ca_certs=ca_file) as c:
        c.request("GET", "/logs/7")
    assert caught.value.status == 302
    assert caught.value.headers["Location"] == "http://127.0.0.1:1/steal"


def test_a_redirect_that_stays_on_https_is_returned_unfollowed(
    tls_recorder: Recorder, ca_file: str
) -> None:
    url = f"https://127.0.0.1:{tls_recorder.server_address[1]}"
    tls_recorder.script.append((302, {"Location": "//127.0.0.1:1/x"}, b""))  # scheme-relative
    with ucwa.Client(url, ca_certs=ca_file) as client:
        assert client.request("GET", "/logs/7").status == 302
    assert len(tls_recorder.received) == 1

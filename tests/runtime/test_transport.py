"""The runtime's HTTP layer and generated calls over real HTTP on loopback."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import urllib3
from ucwa_runtime.transport import add_query

import ucwa
from ucwa import errors

TOKEN = "cwt=secret-token-value"


class Recorder(ThreadingHTTPServer):
    """A loopback server that answers from a script and records what it received."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.received: list[dict[str, Any]] = []
        self.script: list[tuple[int, dict[str, str], bytes]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class Handler(BaseHTTPRequestHandler):
    server: Recorder

    def log_message(self, *args: Any) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        self.server.received.append(
            {
                "method": self.command,
                "path": self.path,
                "headers": dict(self.headers),
                "body": self.rfile.read(length),
            }
        )
        status, headers, body = self.server.script.pop(0)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = _answer


@pytest.fixture
def server() -> Iterator[Recorder]:
    recorder = Recorder()
    thread = threading.Thread(target=recorder.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    yield recorder
    recorder.shutdown()
    recorder.server_close()


def client_for(
    server: Recorder, token: bool = True, retry: ucwa.RetryPolicy | None = None
) -> ucwa.Client:
    bearer = ucwa.BearerToken(TOKEN, issued_for=server.url) if token else None
    return ucwa.Client(server.url, auth=bearer, retry=retry)


LOG = {
    "rel": "conversationLog",
    "subject": "hello",
    "_links": {
        "self": {"href": "/ucwa/oauth/v1/applications/1/logs/7"},
        "continueMessaging": {"href": "7/cm?x=1"},
    },
}
JSON = {"Content-Type": "application/json; charset=utf-8"}


def test_a_generated_get_follows_the_href_and_types_the_result(server: Recorder) -> None:
    server.script.append((200, JSON, json.dumps(LOG).encode()))
    with client_for(server) as client:
        log = ucwa.resources.ConversationLog.get(
            client, ucwa.Link(href="/ucwa/oauth/v1/applications/1/logs/7")
        )
    assert isinstance(log, ucwa.resources.ConversationLog) and log.subject == "hello"
    [request] = server.received
    assert request["method"] == "GET" and request["path"] == "/ucwa/oauth/v1/applications/1/logs/7"
    assert request["headers"]["Authorization"] == f"Bearer {TOKEN}"
    assert request["headers"]["Accept"] == "application/json"
    # A relative href is resolved against the URL of the response that carried it.
    assert log.links.continue_messaging is not None
    assert client.url_for(log.links.continue_messaging) == (
        f"{server.url}/ucwa/oauth/v1/applications/1/logs/7/cm?x=1"
    )


def test_a_post_sends_the_input_and_returns_the_created_link(server: Recorder) -> None:
    server.script.append((201, {"Location": "/invitations/602"}, b""))
    with client_for(server) as client:
        created = ucwa.resources.ContinueMessaging.post(
            client,
            ucwa.Link(href="/logs/7/cm?x=1"),
            operation_id="op-1",
            message="Hi, there",
        )
    [request] = server.received
    assert request["path"] == "/logs/7/cm?x=1"
    # URL-encoded as UCWA writes it (PayloadFormat.md): a space is a '+'.
    assert json.loads(request["body"]) == {
        "operationId": "op-1",
        "_links": {"message": {"href": "data:text/plain;charset=utf-8,Hi%2C+there"}},
    }
    assert isinstance(created, ucwa.Created)
    assert client.url_for(created.link) == f"{server.url}/invitations/602"


def test_the_token_never_goes_to_another_origin(server: Recorder) -> None:
    other = Recorder()
    thread = threading.Thread(target=other.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        other.script.append((204, {}, b""))
        with client_for(server) as client:
            # Same loopback machine, another port: another origin.
            ucwa.resources.ConversationLog.delete(client, ucwa.Link(href=f"{other.url}/logs/7"))
        assert "Authorization" not in other.received[0]["headers"]
    finally:
        other.shutdown()
        other.server_close()


def test_the_token_shows_nowhere(server: Recorder) -> None:
    server.script.append((401, {"WWW-Authenticate": 'Bearer realm="x"'}, b"<html>denied</html>"))
    client = client_for(server)
    with pytest.raises(errors.ApiError) as caught:
        ucwa.resources.ConversationLog.get(client, ucwa.Link(href="/logs/7"))
    assert TOKEN not in repr(client) and TOKEN not in str(client.auth)
    assert TOKEN not in str(caught.value) and TOKEN not in repr(caught.value)
    assert caught.value.status == 401 and caught.value.body == b"<html>denied</html>"
    assert caught.value.headers["WWW-Authenticate"] == 'Bearer realm="x"'


def test_an_error_body_gives_its_class_and_typed_subcode(server: Recorder) -> None:
    reason = {"code": "Conflict", "subcode": "AlreadyExists", "message": "It exists."}
    server.script.append((409, JSON, json.dumps(reason).encode()))
    with pytest.raises(errors.Conflict) as caught, client_for(server) as client:
        ucwa.resources.ConversationLog.get(client, ucwa.Link(href="/logs/7"))
    error = caught.value
    assert error.status == 409 and error.reason == "It exists."
    assert error.code == ucwa.ENUMS["ErrorCode"]("Conflict")
    assert isinstance(error.subcode, ucwa.ENUMS["ErrorSubcode"]) and error.subcode.known
    assert json.loads(error.body) == reason and error.headers["Content-Type"].startswith(
        "application/json"
    )


def test_an_xml_error_body_is_read_too(server: Recorder) -> None:
    body = (
        b'<?xml version="1.0" encoding="utf-8"?>'
        b'<reason xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">'
        b'<property name="code">Gone</property>'
        b'<property name="subcode">CannotRedirect</property></reason>'
    )
    server.script.append((410, {"Content-Type": "application/xml"}, body))
    with pytest.raises(errors.Gone) as caught, client_for(server) as client:
        ucwa.resources.ConversationLog.get(client, ucwa.Link(href="/logs/7"))
    assert caught.value.subcode == "CannotRedirect"


def test_a_proxy_error_page_still_raises_by_status_and_keeps_the_page(server: Recorder) -> None:
    server.script.append((500, {"Content-Type": "text/html"}, b"<h1>Server Error</h1>"))
    with (
        pytest.raises(errors.ServiceFailure) as caught,
        client_for(server, retry=ucwa.NO_RETRY) as client,
    ):
        ucwa.resources.ConversationLog.get(client, ucwa.Link(href="/logs/7"))
    assert caught.value.code is None and caught.value.body == b"<h1>Server Error</h1>"


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        (JSON, b'{"rel": "conversationLog", '),
        ({"Content-Type": "text/html"}, b"<html></html>"),
        (JSON, b"[1, 2]"),
    ],
)
def test_an_unreadable_success_body_raises_parse_error(
    server: Recorder, headers: dict[str, str], body: bytes
) -> None:
    server.script.append((200, headers, body))
    with pytest.raises(errors.ParseError) as caught, client_for(server) as client:
        ucwa.resources.ConversationLog.get(client, ucwa.Link(href="/logs/7"))
    assert caught.value.status == 200 and caught.value.body == body


def test_a_status_the_definition_does_not_list_is_an_error(server: Recorder) -> None:
    server.script.append((202, {}, b""))
    with pytest.raises(errors.UnexpectedResponse) as caught, client_for(server) as client:
        ucwa.resources.ConversationLog.delete(client, ucwa.Link(href="/logs/7"))
    assert caught.value.status == 202


def test_redirects_are_not_followed(server: Recorder) -> None:
    server.script.append((302, {"Location": "http://127.0.0.2:1/steal"}, b""))
    with client_for(server) as client:
        response = client.request("GET", "/logs/7")
    assert response.status == 302 and len(server.received) == 1


def test_a_refused_connection_is_a_transport_error() -> None:
    client = ucwa.Client("http://127.0.0.1:9", timeout=2.0)
    with pytest.raises(errors.TransportError) as caught:
        client.request("GET", "/x")
    assert caught.value.url == "http://127.0.0.1:9/x"


def test_arguments_are_checked_before_anything_is_sent(server: Recorder) -> None:
    with client_for(server) as client:
        link: ucwa.Link[Any] = ucwa.Link(href="/start")
        with pytest.raises(errors.RequestError, match="at most 50"):
            ucwa.resources.StartMessaging.post(client, link, to="sip:a@b", operation_id="x" * 51)
        with pytest.raises(errors.RequestError, match="required"):
            ucwa.resources.StartMessaging.post(client, link, to=None)  # type: ignore[arg-type]
    assert server.received == []


def test_add_query_keeps_what_the_href_has() -> None:
    url = "https://h/ucwa/events?ack=1&key=a%26b"
    assert add_query(url, {"timeout": "180"}) == "https://h/ucwa/events?ack=1&key=a%26b&timeout=180"
    assert add_query(url, {}) == url


def test_tls_is_verified_by_default() -> None:
    client = ucwa.Client("https://example.invalid")
    assert client._pool.connection_pool_kw.get("cert_reqs") == "CERT_REQUIRED"


def test_a_declared_body_over_the_limit_is_refused_unread(server: Recorder) -> None:
    server.script.append((200, JSON, b"x" * 5000))
    server.script.append((200, JSON, json.dumps(LOG).encode()))
    with client_for(server) as client:
        client.max_body = 4096
        with pytest.raises(errors.ResponseTooLarge) as caught:
            client.request("GET", "/logs/7")
        assert caught.value.status == 200 and caught.value.limit == 4096
        assert caught.value.headers["Content-Length"] == "5000"
        # the connection with the unread body is not reused: the next answer reads cleanly
        assert (
            ucwa.resources.ConversationLog.get(client, ucwa.Link(href="/logs/7")).subject == "hello"
        )


class Endless(BaseHTTPRequestHandler):
    """Answers every GET with a chunked body that never ends (until the client goes)."""

    protocol_version = "HTTP/1.1"
    written = 0

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunk = b"[" * 65536
        try:
            while Endless.written < 256 * 1024 * 1024:  # the test fails long before this
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                Endless.written += len(chunk)
        except OSError:
            pass  # the client hung up: what the test expects


def test_an_endless_body_is_cut_at_the_limit_not_read_whole() -> None:
    endless = ThreadingHTTPServer(("127.0.0.1", 0), Endless)
    endless.daemon_threads = True
    threading.Thread(target=endless.serve_forever, args=(0.01,), daemon=True).start()
    try:
        url = f"http://127.0.0.1:{endless.server_address[1]}"
        with pytest.raises(errors.ResponseTooLarge), ucwa.Client(url, max_body=1 << 20) as client:
            client.request("GET", "/x")
    finally:
        endless.shutdown()
        endless.server_close()
    # the client stopped reading just past its limit (socket buffers hold a few MiB at most)
    assert Endless.written < 32 * 1024 * 1024


def test_an_external_entity_is_neither_fetched_nor_expanded_through_a_call(
    server: Recorder,
) -> None:
    other = Recorder()
    threading.Thread(target=other.serve_forever, args=(0.01,), daemon=True).start()
    try:
        for body in (
            f'<!DOCTYPE r SYSTEM "{other.url}/dtd"><resource rel="x" href="/x"/>',
            f'<!DOCTYPE r [<!ENTITY e SYSTEM "{other.url}/e">]><resource rel="x">&e;</resource>',
        ):
            server.script.append((200, {"Content-Type": "application/xml"}, body.encode()))
            with pytest.raises(errors.ParseError), client_for(server) as client:
                ucwa.resources.ConversationLog.get(client, ucwa.Link(href="/logs/7"))
        assert other.received == []
    finally:
        other.shutdown()
        other.server_close()


class Dripping(BaseHTTPRequestHandler):
    """Answers with a head at once, then its body one byte every 0.2 s (HTTP/1.1, keep-alive),
    recording how many body bytes it could send before the client hung up."""

    protocol_version = "HTTP/1.1"
    length = 60  # 12 s of dripping: far past every deadline below
    sent: list[int]
    finished: threading.Event

    def log_message(self, *args: Any) -> None:
        pass

    def _drip(self) -> None:
        if self.command == "POST":
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200 if self.command == "GET" else 201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(self.length))
        self.end_headers()
        sent = 0
        try:
            for _ in range(self.length):
                self.wfile.write(b" ")
                self.wfile.flush()
                sent += 1
                time.sleep(0.2)
        except OSError:
            pass  # the client hung up
        finally:
            type(self).sent.append(sent)
            type(self).finished.set()

    do_GET = do_POST = _drip


@pytest.fixture
def dripping() -> Iterator[tuple[str, type[Dripping]]]:
    handler = type("Drip", (Dripping,), {"sent": [], "finished": threading.Event()})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    ("method", "raised"), [("GET", errors.TransportError), ("POST", errors.OutcomeUnknown)]
)
def test_a_dripping_body_is_cut_at_the_calls_deadline(
    dripping: tuple[str, type[Dripping]], method: str, raised: type[Exception]
) -> None:
    # Every byte comes well within the read timeout, so only the call's deadline can end it.
    url, handler = dripping
    policy = ucwa.RetryPolicy(deadline=1.0, backoff=0.0)
    with ucwa.Client(url, timeout=1.0, retry=policy) as client:
        with pytest.raises(raised, match="deadline") as caught:
            client.request(method, "/slow", body=b"{}" if method == "POST" else None)
        # the client hung up, and the server saw it long before its body was out
        assert handler.finished.wait(30)
    [sent] = handler.sent
    assert sent < Dripping.length
    if method == "POST":
        assert isinstance(caught.value, errors.OutcomeUnknown) and caught.value.status == 201
    else:
        assert not isinstance(caught.value, errors.OutcomeUnknown)


def test_a_silent_server_is_given_up_on_at_the_deadline_not_the_read_timeout() -> None:
    # A listening socket that never answers: the read timeout (60 s) would wait it out.
    silent = socket.create_server(("127.0.0.1", 0))
    try:
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        policy = ucwa.RetryPolicy(deadline=0.5, backoff=0.0)
        started = time.monotonic()
        with pytest.raises(errors.TransportError), ucwa.Client(url, retry=policy) as client:
            client.request("GET", "/x")
        assert time.monotonic() - started < 5.0  # a hang guard, 10 times the deadline
    finally:
        silent.close()


@pytest.mark.parametrize(
    "timeout",
    [
        urllib3.Timeout(total=5.0),
        urllib3.Timeout(connect=2.0, read=3.0, total=5.0),
        urllib3.Timeout(connect=2.0),
        7.0,
        None,
    ],
)
def test_every_form_of_timeout_still_works_under_the_deadline(
    server: Recorder, timeout: urllib3.Timeout | float | None
) -> None:
    server.script.append((200, JSON, json.dumps(LOG).encode()))
    with ucwa.Client(server.url, timeout=timeout) as client:  # type: ignore[arg-type]
        assert client.request("GET", "/logs/7").status == 200

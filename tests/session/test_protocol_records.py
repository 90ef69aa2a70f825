"""The bundled server's records of protocol violations: each kind, from a bad raw request,
and the teardown check that fails a test on any record it did not declare."""

from __future__ import annotations

import json
import re
import socket
import threading
from typing import Any

import pytest
import urllib3

import ucwa
import ucwa_session
from ucwa_testing import Fault, UcwaServer
from ucwa_testing.pytest_plugin import fail_on_violations
from ucwa_testing.server import USER_PATH
from ucwa_testing.wire import HttpHandler, Reply, Request

from .conftest import MakeSession

HTTP = urllib3.PoolManager()


def _send(
    server: UcwaServer,
    method: str,
    path: str,
    body: Any = None,
    pool: str = "primary",
    token_pool: str | None = None,
    built: bool = False,
    **headers: str,
) -> urllib3.BaseHTTPResponse:
    """A request as no client would send it, with a valid token of ``token_pool``; to the
    href the server gives a documented path, or (``built``) to that path itself."""
    account = next(iter(server.state.accounts.values()))
    with server.state.cond:
        token = server.state.issue_token(account, token_pool or pool, 60)
    all_headers = {"Authorization": f"Bearer {token}", **headers}
    if body is not None:
        all_headers["Content-Type"] = "application/json"
        body = json.dumps(body).encode()
    url = server.pools[pool].url + (path if built else server.href(path))
    return HTTP.request(method, url, body=body, headers=all_headers, retries=False)


def _kinds(server: UcwaServer) -> list[str]:
    return [v.kind for v in server.unexpected_violations()]


def _declare_all(server: UcwaServer) -> None:
    # Each test reads the records itself; what it provoked must not fail it at teardown.
    for violation in server.unexpected_violations():
        server.expect_violation(violation.kind)


@pytest.fixture
def app_path(session: ucwa_session.UcwaSession, ucwa_server: UcwaServer) -> Any:
    """The signed-in application's path; clean records so far."""
    assert ucwa_server.unexpected_violations() == []
    yield ucwa_server.application().base
    _declare_all(ucwa_server)


def test_a_signed_in_session_leaves_no_record(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    session.me()
    session.communication()
    assert ucwa_server.violations == []


def test_a_url_never_handed_out_is_recorded(app_path: str, ucwa_server: UcwaServer) -> None:
    assert _send(ucwa_server, "GET", app_path + "/people/contacts/guessed").status == 404
    [violation] = ucwa_server.unexpected_violations()
    assert violation.kind == "url_not_handed_out"
    assert violation.method == "GET" and violation.path.endswith("/guessed")


@pytest.mark.ucwa_server(second_pool=True)
def test_a_token_sent_to_another_pool_is_recorded(ucwa_server: UcwaServer) -> None:
    _send(ucwa_server, "GET", USER_PATH, pool="secondary", token_pool="primary")
    assert "token_wrong_origin" in _kinds(ucwa_server)
    _declare_all(ucwa_server)


def test_a_put_without_if_match_is_recorded(app_path: str, ucwa_server: UcwaServer) -> None:
    _send(ucwa_server, "PUT", app_path + "/communication", body={})
    assert _kinds(ucwa_server) == ["put_without_if_match"]


def test_a_4xx_the_definitions_do_not_explain_is_recorded(
    app_path: str, ucwa_server: UcwaServer
) -> None:
    # the definition takes any string as to; the server refuses what is no sip: URI
    start = app_path + "/communication/messagingInvitations"
    _send(ucwa_server, "POST", start, body={"to": "nobody"})
    [violation] = ucwa_server.unexpected_violations()
    assert violation.kind == "client_error_answered" and violation.status == 400


def test_a_retry_before_retry_after_is_recorded(app_path: str, ucwa_server: UcwaServer) -> None:
    fault = Fault("status", status=503, retry_after="30")
    ucwa_server.fail_next(fault, method="GET", path=app_path + "$")
    assert _send(ucwa_server, "GET", app_path).status == 503
    assert _send(ucwa_server, "GET", app_path).status == 200
    assert _kinds(ucwa_server) == ["retry_before_retry_after"]


def test_a_method_the_definition_does_not_declare_is_recorded(
    app_path: str, ucwa_server: UcwaServer
) -> None:
    _send(ucwa_server, "POST", app_path, body={})
    [violation] = ucwa_server.unexpected_violations()
    assert violation.kind == "method_not_declared"
    assert "DELETE, GET" in violation.detail  # what the application's definition declares


def test_a_missing_required_parameter_is_recorded(app_path: str, ucwa_server: UcwaServer) -> None:
    _send(ucwa_server, "POST", app_path + "/communication/messagingInvitations", body={})
    [violation] = ucwa_server.unexpected_violations()
    assert violation.kind == "missing_required_parameter" and "to" in violation.detail


def test_a_parameter_in_the_wrong_place_is_recorded(app_path: str, ucwa_server: UcwaServer) -> None:
    start = app_path + "/communication/messagingInvitations"
    # subject travels in the body, and message as a link, by the definition
    body = {"to": "sip:echo@contoso.com", "message": "data:text/plain,hi"}
    _send(ucwa_server, "POST", start + "?subject=hi", body=body)
    details = [v.detail for v in ucwa_server.unexpected_violations()]
    assert _kinds(ucwa_server) == ["parameter_in_wrong_place"] * 2
    assert details == ["subject belongs in the body", "message is a link"]


def test_a_value_over_its_maximum_length_is_recorded(
    app_path: str, ucwa_server: UcwaServer
) -> None:
    body = {"to": "sip:echo@contoso.com", "subject": "s" * 251}
    start = app_path + "/communication/messagingInvitations"
    assert _send(ucwa_server, "POST", start, body=body).status == 400
    [violation] = ucwa_server.unexpected_violations()
    assert violation.kind == "too_long" and "subject" in violation.detail


def test_an_undeclared_record_fails_the_test_and_a_declared_one_does_not() -> None:
    with UcwaServer(poll_timeout=0.2) as server:
        _send(server, "GET", "/guessed")
        with pytest.raises(pytest.fail.Exception, match="url_not_handed_out: GET /guessed"):
            fail_on_violations(server)
        _declare_all(server)  # it failed as it should: the suite's tally need not count it
    with UcwaServer(poll_timeout=0.2) as server:
        server.expect_violation("url_not_handed_out", path="^/guessed$")
        _send(server, "GET", "/guessed")
        fail_on_violations(server)  # declared: passes
        assert [v.kind for v in server.violations] == ["url_not_handed_out"]


def test_a_long_poll_whose_application_is_deleted_meanwhile_is_not_held_against_it(
    make_session: MakeSession, ucwa_server: UcwaServer
) -> None:
    session = make_session()
    session.sign_in(start_events=False)
    app = ucwa_server.application()
    events = f"{app.base}/events?ack=1&key={app.events.key}"
    answers: list[int] = []
    poll = threading.Thread(target=lambda: answers.append(_send(ucwa_server, "GET", events).status))
    poll.start()
    ucwa_server.wait_until(lambda: app.events.waiting is not None)
    assert _send(ucwa_server, "DELETE", app.base).status == 204
    poll.join()
    assert answers == [404]
    # It was fine when it came: no record at all (not even one the suite declares).
    assert ucwa_server.violations == []
    # the session's own DELETE at close finds the application gone (it was deleted above)
    ucwa_server.expect_violation("client_error_answered", path=r"/\d+$", status=404)


@pytest.mark.parametrize("gone", [False, True])
def test_a_4xx_on_a_connection_the_client_closed_is_not_held_against_it(
    ucwa_server: UcwaServer, gone: bool
) -> None:
    # A P-GET the client cut on closing can still be read, and answered 404, after the
    # application's DELETE: nobody reads that answer, so it is no violation.
    request = Request("GET", "/x/events", {}, {}, b"", "primary", lambda: gone)
    ucwa_server.protocol.answered(request, Reply(404, b"gone"), explained=False)
    assert _kinds(ucwa_server) == ([] if gone else ["client_error_answered"])
    _declare_all(ucwa_server)


def test_a_closed_connection_is_seen_as_gone(ucwa_server: UcwaServer) -> None:
    seen: list[bool] = []
    held = threading.Event()

    class Watching(HttpHandler):
        def do_GET(self) -> None:
            held.wait(5)  # until the client below has hung up
            seen.append(self._client_gone())
            self.close_connection = True

    pool = ucwa_server.pools["primary"]
    pool.RequestHandlerClass = Watching
    try:
        with socket.create_connection(("127.0.0.1", pool.port)) as raw:
            raw.sendall(b"GET /anything HTTP/1.1\r\nHost: x\r\n\r\n")
        held.set()
        ucwa_server.wait_until(lambda: bool(seen))
    finally:
        pool.RequestHandlerClass = HttpHandler
    assert seen == [True]


# -- what the server accepts follows from the definitions, and it hands out no documented path


def test_a_documented_path_the_client_builds_goes_nowhere(
    app_path: str, ucwa_server: UcwaServer
) -> None:
    # The path is right by the reference pages, and the server handed out a link to it, but
    # under another href: a client must follow links, not build them.
    assert _send(ucwa_server, "GET", app_path + "/communication").status == 200
    assert _send(ucwa_server, "GET", app_path + "/communication", built=True).status == 404
    [violation] = ucwa_server.unexpected_violations()
    assert violation.kind == "url_not_handed_out" and violation.path.endswith("/communication")


def test_every_href_below_the_application_is_opaque(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    session.make_me_available()
    chat = session.start_messaging(ucwa_server.echo_uri, "Hi")
    chat.wait(timeout=5)
    application = json.loads(ucwa.serialize(session.refresh_application()))
    hrefs = list(_hrefs(application)) + list(_hrefs(json.loads(ucwa.serialize(chat.resource))))
    base = session.application.require_self_link().href
    below = [h for h in hrefs if h.startswith(base + "/")]
    assert len(below) >= 15
    opaque = re.compile(re.escape(base) + r"/[0-9a-f]{16}(\?.*)?$")
    assert [h for h in below if not opaque.match(h)] == []
    # the events href keeps its opaque key in the query, as in the captures
    assert any("key=" in h for h in below)


def _hrefs(node: Any) -> Any:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "href" and isinstance(value, str):
                yield value
            else:
                yield from _hrefs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _hrefs(item)


def test_presence_and_note_take_no_put(
    session: ucwa_session.UcwaSession, app_path: str, ucwa_server: UcwaServer
) -> None:
    # Their definitions declare GET only; communication is the resource tests PUT. me links
    # them once the user is available (as capture 007's server does).
    session.make_me_available()
    session.me()  # the links the server hands out now
    for kind in ("presence", "note"):
        answer = _send(ucwa_server, "PUT", f"{app_path}/me/{kind}", body={}, **{"If-Match": '"1"'})
        assert answer.status == 405
    assert _kinds(ucwa_server) == ["method_not_declared"] * 2


def test_the_server_takes_and_refuses_what_the_definitions_say(
    app_path: str, ucwa_server: UcwaServer
) -> None:
    # signInAs is optional by its definition: taken without it
    assert _send(ucwa_server, "POST", app_path + "/me/makeMeAvailable", body={}).status == 204
    # subject belongs in the body: refused in the query, with the record that says why
    start = app_path + "/communication/messagingInvitations"
    body = {"to": "sip:echo@contoso.com"}
    answer = _send(ucwa_server, "POST", start + "?subject=hi", body=body)
    assert answer.status == 400
    assert json.loads(answer.data)["subcode"] == "ParameterValidationFailure"
    assert _kinds(ucwa_server) == ["parameter_in_wrong_place"]

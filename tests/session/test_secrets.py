"""Secrets over a whole session: tokens never in logs or errors, the password not kept."""

from __future__ import annotations

import functools
import gc
import logging
import re
import sys
import threading
import traceback
import types
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest
import ucwa_runtime.transport
from ucwa_runtime.auth import TokenCache

import ucwa
import ucwa_session
from ucwa_testing import Fault, UcwaServer
from ucwa_testing.server import TOKEN_PATH

from ..runtime.test_transport import Recorder
from .conftest import MakeSession
from .sessions import new_session


def _secrets(server: UcwaServer) -> list[str]:
    """Every token the server issued, and the password."""
    with server.state.cond:
        return [*server.state.tokens, server.password]


def test_no_token_or_password_reaches_a_log(
    make_session: MakeSession, ucwa_server: UcwaServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, urllib3's included
    session = make_session(retry=ucwa.RetryPolicy(backoff=0.0))
    session.sign_in()
    ucwa_server.fail_next(
        Fault("reset_before"), Fault("status", status=503), method="GET", path=r"/\d+$"
    )
    session.refresh_application()  # retried twice: logged
    ucwa_server.expire_tokens()
    session.refresh_application()  # a 401, a new token
    session.start_messaging(ucwa_server.echo_uri, "hello").wait(timeout=5)
    session.close()
    records = [(r.name, r.getMessage()) for r in caplog.records]
    assert any(name == "ucwa" and "attempt 2" in text for name, text in records)
    assert any(name.startswith("urllib3") for name, _ in records)
    secrets = _secrets(ucwa_server)
    assert len(secrets) == 3  # two tokens and the password were in play
    for name, text in records:
        assert "Authorization" not in text and "Bearer " not in text, (name, text)
        for secret in secrets:
            assert secret not in text, (name, text)


def _everything_said(error: BaseException) -> str:
    """What an error can show: its whole traceback chain, repr, and attributes."""
    parts = ["".join(traceback.format_exception(error))]
    while error is not None:
        parts += [repr(error), repr(vars(error)), repr(error.args)]
        error = error.__cause__ or error.__context__  # type: ignore[assignment]
    return "\n".join(parts)


def _errors(session: ucwa_session.UcwaSession, server: UcwaServer) -> Iterator[BaseException]:
    app = session.client.url_for(session.application.require_self_link())
    no_retry = ucwa.NO_RETRY
    calls: list[tuple[Fault | None, str, str, dict[str, Any]]] = [
        (None, "GET", app + "/nothing", {}),  # ApiError (404)
        (Fault("reset_before"), "GET", app, {"retry": no_retry}),  # TransportError
        (Fault("reset_after"), "POST", app + "/me/makeMeAvailable", {"json_body": {}}),
        (Fault("reset_mid_body"), "GET", app, {"retry": no_retry}),  # cut short
        (Fault("status", status=503, retry_after="9"), "GET", app, {"retry": no_retry}),
    ]
    for fault, method, url, kwargs in calls:
        if fault is not None:  # for this request only, not a P-GET of the channel meanwhile
            server.fail_next(fault, method=method, path=re.escape(urlsplit(url).path) + "$")
        with pytest.raises(ucwa.errors.UcwaError) as caught:
            session.client.request(method, url, **kwargs)
        yield caught.value
    session.client.max_body = 10  # ResponseTooLarge
    with pytest.raises(ucwa.errors.ResponseTooLarge) as too_large:
        session.refresh_application()
    yield too_large.value
    session.client.max_body = ucwa_runtime.transport.DEFAULT_MAX_BODY
    with pytest.raises(ucwa.errors.ParseError) as unreadable:  # a 200 that is no events page
        ucwa.EventChannel(session.client, ucwa.Link(href=server.root_url)).poll()
    yield unreadable.value
    server.expire_tokens()
    wrong = new_session(
        ucwa.PasswordGrant(server.username, lambda: "wrong", allow_http=True), root_url=app
    )
    with pytest.raises(ucwa.errors.UcwaError) as refused:  # AuthenticationError
        wrong.client.request("GET", app)
    yield refused.value


def test_no_error_shows_a_token_or_the_password(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    # Every error is provoked on purpose: bad URLs, bad parameters, a wrong password, 503s.
    for kind in ("url_not_handed_out", "client_error_answered", "retry_before_retry_after"):
        ucwa_server.expect_violation(kind)
    kinds = set()
    for error in _errors(session, ucwa_server):
        kinds.add(type(error).__name__)
        said = _everything_said(error)
        for secret in _secrets(ucwa_server):
            assert secret not in said, type(error)
        assert "Authorization" not in said and "Bearer cwt" not in said, type(error)
        headers = getattr(error, "headers", None) or {}
        assert "Authorization" not in headers
    assert kinds >= {
        "NotFound",
        "TransportError",
        "OutcomeUnknown",
        "ServiceUnavailable",
        "ResponseTooLarge",
        "ParseError",
        "AuthenticationError",
    }


def _reachable_text(root: object) -> Iterator[str | bytes]:
    """Every str and bytes reachable from ``root``, not going through modules or classes
    (whose globals reach everything, the test's own server included)."""
    module_dicts = {id(vars(m)) for m in list(sys.modules.values()) if m is not None}
    seen: set[int] = set()
    stack: list[object] = [root]
    while stack:
        obj = stack.pop()
        if id(obj) in seen or id(obj) in module_dicts:
            continue
        seen.add(id(obj))
        if isinstance(obj, (str, bytes, bytearray)):
            yield bytes(obj) if isinstance(obj, bytearray) else obj
            continue
        if isinstance(obj, (types.ModuleType, type)):
            continue
        stack.extend(gc.get_referents(obj))


def test_the_password_is_not_kept_after_sign_in(
    make_session: MakeSession, ucwa_server: UcwaServer
) -> None:
    # The callable keeps only a scrambled copy, so the password itself exists only while a
    # token request runs; afterwards nothing the session holds may still have it.
    scrambled = ucwa_server.password[::-1]
    asked: list[int] = []

    def ask() -> str:
        asked.append(1)
        return scrambled[::-1]

    grant = ucwa.PasswordGrant(ucwa_server.username, ask, allow_http=True)
    session = make_session(token_provider=grant)
    session.sign_in()
    ucwa_server.expire_tokens()
    session.refresh_application()  # a second token request
    gc.collect()
    assert len(asked) == 2
    password = ucwa_server.password
    forms = [password, password.replace("-", "%2D")]  # as given, as the form encodes it
    for text in _reachable_text(session):
        for form in forms:
            assert (form if isinstance(text, str) else form.encode()) not in text


@pytest.fixture
def elsewhere() -> Iterator[Recorder]:
    """A server on another origin (another loopback port) that records what it gets."""
    recorder = Recorder()
    threading.Thread(target=recorder.serve_forever, args=(0.01,), daemon=True).start()
    yield recorder
    recorder.shutdown()
    recorder.server_close()


def test_an_href_to_another_origin_gets_no_token(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer, elsewhere: Recorder
) -> None:
    elsewhere.script.append((204, {}, b""))
    session.client.request("DELETE", f"{elsewhere.url}/steal")
    assert "Authorization" not in elsewhere.received[0]["headers"]
    # Its challenge names the UCWA server's token endpoint: the password does not go there
    # for it (a token is only ever asked from the challenging origin), and no token is sent.
    token_url = ucwa_server.pools["primary"].url + "/WebTicket/oauthtoken"
    challenge = f'MsRtcOAuth href="{token_url}",grant_type="password"'
    elsewhere.script.append((401, {"WWW-Authenticate": challenge}, b""))
    requests = ucwa_server.state.token_requests
    with pytest.raises(ucwa.errors.UcwaError, match="not on the origin"):
        session.client.request("GET", f"{elsewhere.url}/steal")
    assert ucwa_server.state.token_requests == requests
    assert all("Authorization" not in r["headers"] for r in elsewhere.received)


def _raised(call: Callable[[], object]) -> BaseException:
    # The failing call runs here, so the test's own frame (which knows the secrets) is not
    # part of the traceback looked at.
    try:
        call()
    except ucwa.errors.UcwaError as error:
        return error
    raise AssertionError("the call did not fail")


def _frame_locals(error: BaseException) -> Iterator[tuple[str, str]]:
    """(frame and name, repr) of every local of every frame of the traceback of ``error`` and
    of every error it chains to: what ``pytest -l`` or an error tracker would print."""
    seen: set[int] = set()
    chain: list[BaseException | None] = [error]
    while chain:
        current = chain.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        tb = current.__traceback__
        while tb is not None:
            code = tb.tb_frame.f_code
            for name, value in tb.tb_frame.f_locals.items():
                yield f"{code.co_filename}:{code.co_name}:{name}", repr(value)
            tb = tb.tb_next
        chain += [current.__cause__, current.__context__]


def _assert_no_secret_in_frames(error: BaseException, server: UcwaServer) -> None:
    secrets = _secrets(server)
    secrets.append(urlencode({"password": server.password})[len("password=") :])
    frames = list(_frame_locals(error))
    assert any("/urllib3/" in where for where, _ in frames)  # urllib3's frames were looked at
    assert any("/http/client.py" in where for where, _ in frames)
    for where, shown in frames:
        for secret in secrets:
            assert secret not in shown, where


def test_a_reset_during_the_token_request_leaves_no_password_in_the_traceback(
    make_session: MakeSession, ucwa_server: UcwaServer
) -> None:
    session = make_session()
    session.sign_in(start_events=False)  # no P-GET to take the fault
    ucwa_server.expire_tokens()
    for fault in ("reset_before", "reset_after"):
        ucwa_server.fail_next(Fault(fault), method="POST", path=TOKEN_PATH)
        error = _raised(session.refresh_application)
        assert isinstance(error, ucwa.errors.TransportError) and error.url.endswith(TOKEN_PATH)
        _assert_no_secret_in_frames(error, ucwa_server)


def test_a_reset_during_a_request_leaves_no_token_in_the_traceback(
    make_session: MakeSession, ucwa_server: UcwaServer
) -> None:
    session = make_session()
    session.sign_in(start_events=False)  # no P-GET to take the fault
    app = session.client.url_for(session.application.require_self_link())
    tokens = session.client.auth
    assert isinstance(tokens, TokenCache) and tokens.header_for(app) is not None  # sent with one
    ucwa_server.expect_violation("method_not_declared")  # the POST to the application
    for fault, method in [("reset_before", "GET"), ("reset_after", "POST")]:
        ucwa_server.fail_next(Fault(fault), method=method, path=r"/\d+$")
        error = _raised(
            functools.partial(
                session.client.request, method, app, json_body={}, retry=ucwa.NO_RETRY
            )
        )
        assert isinstance(error, ucwa.errors.TransportError)
        _assert_no_secret_in_frames(error, ucwa_server)

"""Hostile values in a response, through a plain call (issue 9, item 5).

Each input here once escaped a call as a raw RecursionError, OverflowError, ValueError or
LookupError. A call now answers with the value kept (a date out of range stays in
``extra_properties``) or raises a ucwa error that keeps the status and headers; a retry
policy reads Retry-After only when it would retry, and never fails on it.
"""

from __future__ import annotations

import contextlib
import email.utils
import json
import os
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ucwa_runtime.auth import AuthenticationError, TokenRequest
from ucwa_runtime.events import parse_events
from ucwa_runtime.retry import MAX_RETRY_AFTER, retry_after_seconds
from ucwa_runtime.transport import Response

import ucwa
from ucwa import errors
from ucwa_session.discovery import DiscoveryError, discover

from ..client.conftest import FakePool

JSON = {"Content-Type": "application/json"}
XML = {"Content-Type": "application/xml"}
NS = "http://schemas.microsoft.com/rtc/2012/03/ucwa"
EXAMPLES = 2000 if os.environ.get("UCWA_LONG_TESTS") else 150


def client_with(pool: FakePool, retry: ucwa.RetryPolicy = ucwa.NO_RETRY) -> ucwa.Client:
    return ucwa.Client("https://pool.example.com", pool=pool, retry=retry)  # type: ignore[arg-type]


def get_log(client: ucwa.Client) -> Any:
    return ucwa.resources.ConversationLog.get(client, ucwa.Link(href="/x"))


@pytest.mark.parametrize("date", ["/Date(253402300799999+1400)/", "/Date(-99999999999999999999)/"])
def test_a_date_out_of_range_is_kept_not_raised(date: str) -> None:
    pool = FakePool()
    pool.answer(200, json.dumps({"rel": "conversationLog", "creationTime": date}).encode(), JSON)
    log = get_log(client_with(pool))
    assert log.creation_time is None and log.extra_properties == {"creationTime": date}


def test_an_xml_body_in_an_unknown_encoding_is_a_parse_error() -> None:
    body = f'<?xml version="1.0" encoding="x-no-such"?><resource xmlns="{NS}" rel="x"/>'.encode()
    pool = FakePool()
    pool.answer(200, body, XML)
    with pytest.raises(errors.ParseError) as caught:
        get_log(client_with(pool))
    assert caught.value.status == 200 and caught.value.body == body


@pytest.mark.parametrize("length", ["\xb2", "\u0664\u0662", "12abc", "-1"])
def test_a_content_length_that_is_not_a_number_is_a_parse_error(length: str) -> None:
    pool = FakePool()
    pool.answer(200, b'{"rel": "conversationLog"}', {**JSON, "Content-Length": length})
    with pytest.raises(errors.ParseError) as caught:
        get_log(client_with(pool))
    assert caught.value.status == 200 and caught.value.headers["Content-Length"] == length


def test_a_content_length_of_thousands_of_digits_is_over_the_limit() -> None:
    pool = FakePool()
    pool.answer(200, b'{"rel": "conversationLog"}', {**JSON, "Content-Length": "9" * 5000})
    with pytest.raises(errors.ResponseTooLarge) as caught:
        get_log(client_with(pool))
    assert caught.value.status == 200


RETRY_AFTERS = [
    "9" * 5000,  # int() refuses more than 4,300 digits
    "Fri, 31 Dec 9999 23:59:59 GMT",
    "Mon, 01 Jan 99999 00:00:00 GMT",  # a year email.utils cannot build
    "Mon, 99 Foo 2020 99:99:99 GMT",
    "\xb2",
]


@pytest.mark.parametrize("retry_after", RETRY_AFTERS)
def test_a_hostile_retry_after_without_retries_keeps_the_status(retry_after: str) -> None:
    pool = FakePool()
    pool.answer(503, b"", {"Retry-After": retry_after})
    with pytest.raises(errors.HttpError) as caught:
        get_log(client_with(pool))
    assert caught.value.status == 503 and caught.value.headers["Retry-After"] == retry_after


@pytest.mark.parametrize("retry_after", RETRY_AFTERS)
def test_a_hostile_retry_after_is_capped_or_ignored_when_retrying(retry_after: str) -> None:
    waits: list[float] = []
    pool = FakePool()
    pool.answer(503, b"", {"Retry-After": retry_after})
    pool.answer(200, b'{"rel": "conversationLog"}', JSON)
    policy = ucwa.RetryPolicy(backoff=0.5, deadline=2 * MAX_RETRY_AFTER, sleep=waits.append)
    assert isinstance(get_log(client_with(pool, policy)), ucwa.resources.ConversationLog)
    [wait] = waits
    assert wait == 0.5 or wait == pytest.approx(MAX_RETRY_AFTER)


def test_a_retry_after_longer_than_the_deadline_is_not_waited_for() -> None:
    waits: list[float] = []
    pool = FakePool()
    pool.answer(503, b"", {"Retry-After": "9" * 5000})
    with pytest.raises(errors.HttpError):
        get_log(client_with(pool, ucwa.RetryPolicy(sleep=waits.append)))
    assert waits == []


def test_retry_after_values() -> None:
    now = 1_700_000_000.0  # 2023-11-14 22:13:20 UTC
    assert retry_after_seconds(" 120 ") == 120.0
    assert retry_after_seconds("Tue, 14 Nov 2023 22:13:50 GMT", now=now) == 30.0
    assert retry_after_seconds("Tue, 14 Nov 2023 22:13:50 -0000", now=now) == 30.0
    assert retry_after_seconds("Tue, 14 Nov 2000 22:13:50 GMT", now=now) == 0.0
    assert retry_after_seconds("9" * 7) == MAX_RETRY_AFTER
    for unreadable in ("1.5", "-5", "soon", "", "\xb2", "Mon, 01 Jan 99999 00:00:00 GMT"):
        assert retry_after_seconds(unreadable) is None
    # many retries: the doubling is capped rather than overflowing a float
    assert ucwa.RetryPolicy(max_backoff=3.0).wait_before(5000) == 3.0


def test_an_events_body_nested_100000_deep_is_a_parse_error() -> None:
    body = b'{"_links": {"next": {"href": "/e?ack=2"}}, "x": ' + b"[" * 100_000 + b"]" * 100_000
    body += b"}"
    response = Response("GET", "https://pool.example.com/e", 200, JSON, body)
    with pytest.raises(errors.ParseError) as caught:
        parse_events(response, client_with(FakePool()))
    assert caught.value.body == body and caught.value.status == 200


DEEP = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize(
    "body", [b"<html>Sign in</html>", DEEP, b'{"x": ' + DEEP + b"}", b'"a resource?"']
)
def test_an_unreadable_autodiscovery_answer_is_a_parse_error(body: bytes) -> None:
    pool = FakePool()
    pool.answer(200, body, {"Content-Type": "text/html"})
    client = client_with(pool)
    with pytest.raises(DiscoveryError) as caught:
        discover(client, ["https://lyncdiscover.contoso.com"])
    (attempt,) = caught.value.attempts
    assert isinstance(attempt.error, errors.ParseError)
    assert attempt.error.status == 200 and attempt.error.body == body


def token_request(pool: FakePool) -> TokenRequest:
    challenge = ucwa.Challenge(
        "MsRtcOAuth", {"href": "https://lync.contoso.com/token", "grant_type": "password"}
    )
    return TokenRequest(
        "https://lync.contoso.com/user",
        (challenge,),
        pool,  # type: ignore[arg-type]
        trusted_domains=("contoso.com",),
    )


def test_a_token_answer_nested_100000_deep_is_an_authentication_error() -> None:
    pool = FakePool()
    pool.answer(200, b'{"access_token": ' + DEEP + b"}", JSON)
    with pytest.raises(AuthenticationError, match="not a JSON token response"):
        ucwa.PasswordGrant("alice", lambda: "secret")(token_request(pool))


def test_a_token_lifetime_past_a_float_is_no_known_expiry() -> None:
    pool = FakePool()
    body = b'{"access_token": "cwt=a", "expires_in": 1' + b"0" * 400 + b"}"
    pool.answer(200, body, JSON)
    token = ucwa.PasswordGrant("alice", lambda: "secret")(token_request(pool))
    assert token.expires_at is None
    assert token.header_for("https://lync.contoso.com/x") == "Bearer cwt=a"


# Numbers of any length (int() reads at most 4,300 digits) and anything Unicode calls a digit
# ("²" passes str.isdigit, which int() refuses); HTTP dates of any year datetime holds.
numbers = st.integers(0, 6000).map(lambda n: "9" * n) | st.text(
    st.characters(categories=["Nd", "No"]), min_size=1, max_size=5
)
http_dates = st.datetimes(max_value=datetime(9999, 12, 31)).map(
    lambda when: email.utils.format_datetime(when.replace(tzinfo=UTC), usegmt=True)
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    status=st.sampled_from([200, 429, 503]),
    content_length=st.none() | st.text(max_size=30) | numbers,
    retry_after=st.none() | st.text(max_size=40) | numbers | http_dates,
)
def test_arbitrary_length_and_retry_after_headers_raise_only_ucwa_errors(
    status: int, content_length: str | None, retry_after: str | None
) -> None:
    headers = dict(JSON)
    if content_length is not None:
        headers["Content-Length"] = content_length
    if retry_after is not None:
        headers["Retry-After"] = retry_after
    waits: list[float] = []
    pool = FakePool()
    for _ in range(2):
        pool.answer(status, b'{"rel": "conversationLog"}', headers)
    policy = ucwa.RetryPolicy(attempts=2, sleep=waits.append)
    with contextlib.suppress(errors.UcwaError):  # any other exception fails the test
        get_log(client_with(pool, policy))
    assert all(0 <= wait <= MAX_RETRY_AFTER for wait in waits)

"""Hostile server responses: each parses losslessly or raises a documented ucwa error.

``ucwa.parse`` may raise ValueError (bad JSON, not a resource, unsupported content type);
a generated call raises a ucwa.errors.ResponseError subclass that keeps status, headers and
body. Never a KeyError, TypeError, AttributeError or RecursionError from inside the package.
Set UCWA_LONG_TESTS=1 for many more cases.
"""

from __future__ import annotations

import json
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ucwa
from ucwa import errors

from ..client.conftest import FakePool

EXAMPLES = 2000 if os.environ.get("UCWA_LONG_TESTS") else 150
CASES = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

LOG = {
    "rel": "conversationLog",
    "creationTime": "/Date(1474932024587)/",
    "direction": "Incoming",
    "modalities": ["Messaging"],
    "totalRecipientsCount": 3,
    "_links": {"self": {"href": "/x"}, "continueMessaging": {"href": "/x/cm"}},
    "_embedded": {
        "conversationLogRecipient": [{"rel": "conversationLogRecipient", "displayName": "A"}]
    },
}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


@st.composite
def mangled_log(draw: st.DrawFn) -> Any:
    """The log with one part replaced by something of the wrong shape or type."""
    data: Any = json.loads(json.dumps(LOG))
    path = draw(
        st.sampled_from(
            [
                ("creationTime",),
                ("direction",),
                ("modalities",),
                ("totalRecipientsCount",),
                ("_links",),
                ("_links", "self"),
                ("_links", "continueMessaging"),
                ("_links", "continueMessaging", "href"),
                ("_embedded",),
                ("_embedded", "conversationLogRecipient"),
                ("_embedded", "conversationLogRecipient", 0),
                ("rel",),
            ]
        )
    )
    target = data
    for key in path[:-1]:
        target = target[key]
    if draw(st.booleans()):
        target[path[-1]] = draw(json_values)
    else:
        del target[path[-1]]
    return data


def _parse_or_value_error(body: bytes | str) -> ucwa.Resource | None:
    try:
        return ucwa.parse(body, "application/json")
    except ValueError:
        return None


@CASES
@given(body=st.binary(max_size=200))
def test_arbitrary_bytes(body: bytes) -> None:
    _parse_or_value_error(body)


@CASES
@given(data=json_values)
def test_arbitrary_json(data: Any) -> None:
    resource = _parse_or_value_error(json.dumps(data))
    if resource is not None:
        assert json.loads(ucwa.serialize(resource)) == data


@CASES
@given(data=mangled_log())
def test_wrong_types_and_missing_fields_parse_losslessly_or_fail_cleanly(data: Any) -> None:
    resource = _parse_or_value_error(json.dumps(data))
    if resource is not None:
        assert json.loads(ucwa.serialize(resource)) == data


@pytest.mark.parametrize("depth", [100, 10_000, 200_000])
def test_deep_nesting_is_a_clean_error_or_kept(depth: int) -> None:
    body = '{"rel": "conversationLog", "x": ' + "[" * depth + "]" * depth + "}"
    resource = _parse_or_value_error(body)
    if resource is not None:
        assert resource.extra_properties["x"] is not None


def test_invalid_utf8_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        ucwa.parse(b'{"rel": "conversationLog", "subject": "\xff\xfe"}')


def test_a_huge_body_parses() -> None:
    data = dict(LOG, previewMessage="x" * 5_000_000)
    resource = ucwa.parse(json.dumps(data))
    assert isinstance(resource, ucwa.resources.ConversationLog)
    assert resource.preview_message is not None and len(resource.preview_message) == 5_000_000


@CASES
@given(
    status=st.sampled_from([200, 201, 204, 400, 401, 404, 409, 410, 500, 503]),
    content_type=st.sampled_from(
        ["application/json", "text/html", "application/xml", "", "application/json; charset=utf-8"]
    ),
    body=st.one_of(
        st.binary(max_size=100),
        st.just(b"<html><body>Service Unavailable</body></html>"),
        json_values.map(lambda v: json.dumps(v).encode()),
        mangled_log().map(lambda v: json.dumps(v).encode()),
    ),
)
def test_a_generated_call_raises_only_documented_errors(
    status: int, content_type: str, body: bytes
) -> None:
    pool = FakePool()
    headers = {"Content-Type": content_type} if content_type else {}
    pool.answer(status, body, headers)
    # One answer, read as is: a 5xx would otherwise be asked again (retries are tested apart).
    client = ucwa.Client(
        "https://pool.example.com",
        pool=pool,  # type: ignore[arg-type]
        retry=ucwa.NO_RETRY,
    )
    try:
        result = ucwa.resources.ConversationLog.get(client, ucwa.Link(href="/x"))
    except errors.ResponseError as error:
        assert error.status == status and error.body == (b"" if status == 204 else body)
        assert error.headers.get("Content-Type", "") == content_type
    else:
        assert isinstance(result, ucwa.resources.ConversationLog)

"""An event's embedded resource is checked when the events response is read, and built when
``Event.resource`` is first read; nobody can tell the difference but the clock."""

from __future__ import annotations

import json
from typing import Any

import pytest
from ucwa_runtime.errors import ParseError
from ucwa_runtime.events import parse_events
from ucwa_runtime.transport import Response

import ucwa
import ucwa.resources

URL = "https://lync.contoso.com/ucwa/oauth/v1/applications/192/events?ack=3"
MESSAGE = {
    "rel": "message",
    "direction": "Incoming",
    "_links": {
        "self": {"href": "/m/1"},
        "plainMessage": {"href": "data:text/plain;charset=utf-8,Hi"},
    },
}


def response(*embedded: Any) -> Response:
    events = [
        {
            "link": {"rel": "message", "href": f"/m/{i}"},
            "type": "added",
            "_embedded": {"message": e},
        }
        for i, e in enumerate(embedded)
    ]
    body = {"sender": [{"rel": "conversation", "href": "/c/7", "events": events}]}
    return Response(method="GET", url=URL, status=200, headers={}, body=json.dumps(body).encode())


def read(answer: Response) -> list[Any]:
    client = ucwa.Client("https://lync.contoso.com")
    try:
        return parse_events(answer, client)[0]
    finally:
        client.close()


def test_events_are_equal_whichever_resources_were_read_first() -> None:
    first, second = read(response(MESSAGE, MESSAGE)), read(response(MESSAGE, MESSAGE))
    assert first[0].resource is first[0].resource  # built once
    assert first == second and second == first
    assert repr(first[1]) == repr(second[1])
    # Hashable as before the resource was built lazily: equal events hash alike.
    assert hash(first[0]) == hash(second[0]) and len({*first, *second}) == 2
    message = second[1].resource
    assert isinstance(message, ucwa.resources.Message)
    assert str(message.plain_message) == "data:text/plain;charset=utf-8,Hi"
    assert message.self_link is not None and message.self_link.base_url == URL


@pytest.mark.parametrize(
    "embedded",
    [
        {"rel": "message", "_links": {"self": {"href": 7}}},
        {"rel": "message", "_links": []},
        {"rel": "message", "_embedded": 3},
        [MESSAGE],
    ],
)
def test_an_embedded_resource_that_cannot_be_read_fails_the_response(embedded: Any) -> None:
    with pytest.raises(ParseError) as caught:
        read(response(MESSAGE, embedded))
    assert (caught.value.url, caught.value.status) == (URL, 200) and caught.value.body

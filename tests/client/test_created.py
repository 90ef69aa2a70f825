"""A 201 as servers send it: a Location, the new resource as the body, both, or neither.

UCWA's own pages show all four (startMessaging: a Location; presenceSubscriptions: the new
subscription as the body; reportMyNetwork: a bare 201), and makeMeAvailable's revision 2
answers 201 with the operations it queued. Each is a typed Created, never a refusal of the
server's own answer.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from ucwa_runtime.errors import ParseError

import ucwa
from ucwa.enums import ClientNetworkType, PreferredAvailability

from .conftest import FakePool

SUBSCRIPTION = {
    "rel": "presenceSubscription",
    "id": "3",
    "_links": {
        "self": {"href": "/ucwa/v1/applications/192/presenceSubscription"},
        "memberships": {"href": "/ucwa/v1/applications/192/presenceSubscription/memberships"},
    },
}
JSON = {"Content-Type": "application/json"}


def _subscribe(pool: FakePool) -> ucwa.Created[ucwa.resources.PresenceSubscription]:
    client = ucwa.Client("https://fe1.contoso.com", pool=pool)  # type: ignore[arg-type]
    link: ucwa.Link[Any] = ucwa.Link(href="/ucwa/v1/applications/192/presenceSubscriptions")
    return ucwa.resources.PresenceSubscriptions.post(
        client, link, duration=15, uris=["sip:a@contoso.com"]
    )


def test_a_201_with_the_new_resource_as_body_and_no_location(pool: FakePool) -> None:
    pool.answer(201, json.dumps(SUBSCRIPTION).encode(), JSON)
    created = _subscribe(pool)
    assert created.location is None
    assert isinstance(created.resource, ucwa.resources.PresenceSubscription)
    assert created.resource.id == "3"
    # Where the new resource lives comes from its own self link, resolved like any link.
    assert created.link.href == "/ucwa/v1/applications/192/presenceSubscription"
    assert (
        created.link.base_url
        == "https://fe1.contoso.com/ucwa/v1/applications/192/presenceSubscriptions"
    )


def test_a_201_with_a_location_and_the_body_keeps_both(pool: FakePool) -> None:
    pool.answer(201, json.dumps(SUBSCRIPTION).encode(), {**JSON, "Location": "/subs/9"})
    created = _subscribe(pool)
    assert created.location is not None and created.location.href == "/subs/9"
    assert created.link is created.location  # the header wins: it is where the server says
    assert isinstance(created.resource, ucwa.resources.PresenceSubscription)


def test_a_201_body_without_rel_is_typed_by_what_the_operation_creates(pool: FakePool) -> None:
    body = {k: v for k, v in SUBSCRIPTION.items() if k != "rel"}
    pool.answer(201, json.dumps(body).encode(), JSON)
    assert isinstance(_subscribe(pool).resource, ucwa.resources.PresenceSubscription)


def test_a_201_with_only_a_location(pool: FakePool) -> None:
    pool.answer(201, b"", {"Location": "/ucwa/v1/applications/192/presenceSubscription"})
    created = _subscribe(pool)
    assert created.resource is None
    assert created.link.href == "/ucwa/v1/applications/192/presenceSubscription"


def test_a_bare_201_is_a_created_whose_link_is_a_typed_error(pool: FakePool) -> None:
    pool.answer(201, b"", {"X-Trace": "1"})
    created = _subscribe(pool)
    assert created.location is None and created.resource is None
    with pytest.raises(ParseError) as caught:
        created.link  # noqa: B018  # the property is what is tested
    assert caught.value.status == 201
    assert caught.value.headers is not None and caught.value.headers["X-Trace"] == "1"


def test_an_unreadable_201_body_is_a_parse_error_that_keeps_the_response(pool: FakePool) -> None:
    pool.answer(201, b"{not json", JSON)
    with pytest.raises(ParseError) as caught:
        _subscribe(pool)
    assert caught.value.status == 201 and caught.value.body == b"{not json"


def test_report_my_network_takes_its_bare_201(pool: FakePool) -> None:
    pool.answer(201)
    client = ucwa.Client("https://fe1.contoso.com", pool=pool)  # type: ignore[arg-type]
    link: ucwa.Link[Any] = ucwa.Link(href="/ucwa/v1/applications/192/reportMyNetwork")
    created = ucwa.resources.ReportMyNetwork.post(
        client, link, client_network_type=ClientNetworkType.INTERNAL
    )
    assert isinstance(created, ucwa.Created)
    assert created.location is None and created.resource is None


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b'{"operations": [null]}', "application/json"),
        (
            b'<?xml version="1.0"?>\n<operationsQueued><operations>'
            b"<operation/></operations></operationsQueued>",
            "application/xml",
        ),
    ],
)
def test_make_me_available_revision_2_answers_201_with_its_queued_operations(
    pool: FakePool, body: bytes, content_type: str
) -> None:
    pool.answer(201, body, {"Content-Type": content_type})
    client = ucwa.Client("https://fe1.contoso.com", pool=pool, content_type=content_type)  # type: ignore[arg-type]
    link: ucwa.Link[Any] = ucwa.Link(href="/ucwa/v1/applications/192/me/makeMeAvailable")
    created = ucwa.resources.MakeMeAvailable.post(
        client, link, sign_in_as=PreferredAvailability.ONLINE
    )
    assert isinstance(created, ucwa.Created)
    # The queued operations are no UCWA resource: they stay in the response, unread.
    assert created.resource is None and created.response.body == body

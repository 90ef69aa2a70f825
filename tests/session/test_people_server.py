"""The bundled server's people resources have the shapes the pages and captures show."""

from __future__ import annotations

import json
from typing import Any

import pytest

import ucwa
import ucwa_session
from ucwa_testing import UcwaServer

BOB = "sip:bob@contoso.com"


def _post(session: ucwa_session.UcwaSession, embedded: str, rel: str, body: Any) -> Any:
    return session.follow(
        embedded,
        rel,
        lambda link: session.client.request(
            "POST", link, body=json.dumps(body).encode(), content_type="application/json"
        ),
    )


def test_a_new_presence_subscription_is_a_201_with_its_body_and_no_location(
    session: ucwa_session.UcwaSession,
) -> None:
    response = _post(session, "people", "presenceSubscriptions", {"duration": 10, "uris": [BOB]})
    assert response.status == 201 and "Location" not in response.headers
    body = json.loads(response.body)
    assert body["rel"] == "presenceSubscription"
    assert set(body["_links"]) == {"self", "memberships", "addToPresenceSubscription"}


def test_a_new_group_membership_is_a_201_with_its_body(
    session: ucwa_session.UcwaSession,
) -> None:
    response = _post(
        session, "people", "myGroupMemberships", {"contactUri": BOB, "groupId": "pinned"}
    )
    assert response.status == 201 and "Location" not in response.headers
    body = json.loads(response.body)
    assert body["rel"] == "myGroupMembership"
    assert set(body["_links"]) == {"self", "contact", "pinnedGroup"}


def test_group_memberships_link_says_revision_2(session: ucwa_session.UcwaSession) -> None:
    people = session.application.embedded.people
    assert people is not None
    link = people.links.my_group_memberships
    assert link is not None and link.attributes.get("revision") == "2"


def test_contact_changes_come_from_people_in_the_contact(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    session.presence.subscribe([BOB])
    ucwa_server.change_contact(BOB, note="Lunch")
    event = session.events.wait_for(
        lambda item: isinstance(item, ucwa.Event) and item.link.rel == "contactNote", timeout=5
    )
    assert isinstance(event, ucwa.Event)
    assert (event.type, event.sender.rel) == ("updated", "people")
    assert event.in_ is not None and event.in_.rel == "contact"
    bob = session.contacts.find(BOB)
    assert bob is not None
    assert event.in_.url == session.client.url_for(bob.require_self_link())
    assert bob.links.contact_note is not None
    assert event.link.url == session.client.url_for(bob.links.contact_note)


def test_a_contact_reads_as_capture_010_shows(session: ucwa_session.UcwaSession) -> None:
    [bob] = [c for c in session.contacts.all() if c.uri == BOB]
    assert (bob.source_network, bob.type) == ("SameEnterprise", "User")
    assert bob.links.contact_presence is not None and bob.links.contact_note is not None
    assert bob.links.contact_location is not None


def test_the_change_control_tells_only_subscribers(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    assert ucwa_server.change_contact(BOB, availability="Away") == 0
    session.presence.subscribe([BOB])
    assert ucwa_server.change_contact(BOB, availability="Online") == 1
    with pytest.raises(KeyError, match="nobody"):
        ucwa_server.change_contact("sip:nobody@contoso.com", availability="Away")

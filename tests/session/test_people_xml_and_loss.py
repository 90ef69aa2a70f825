"""Presence, subscriptions and contacts over XML, and after the application was lost."""

from __future__ import annotations

import pytest

import ucwa
import ucwa.resources
from ucwa_testing import UcwaServer

from .conftest import MakeSession

XML = "application/xml"
BOB = "sip:bob@contoso.com"


def test_presence_over_xml(make_session: MakeSession, ucwa_server: UcwaServer) -> None:
    session = make_session(content_type=XML)
    session.sign_in()
    session.make_me_available()
    session.presence.set_availability("DoNotDisturb")
    session.presence.set_note("Heads down today")
    assert session.presence.availability() == "DoNotDisturb"
    assert session.presence.note() == "Heads down today"
    [post] = [r for r in ucwa_server.requests if r.method == "POST" and r.path.endswith("/note")]
    assert post.media_type == XML and b'<property name="message">Heads down today' in post.body


def test_a_subscription_over_xml_reads_typed_changes(
    make_session: MakeSession, ucwa_server: UcwaServer
) -> None:
    session = make_session(content_type=XML)
    session.sign_in()
    with session.presence.subscribe([BOB]) as subscription:
        assert subscription.next_change(timeout=5) is not None
        ucwa_server.change_contact(BOB, availability="BeRightBack")
        change = subscription.next_change(timeout=5)
        assert change is not None and change.uri == BOB
        assert isinstance(change.resource, ucwa.resources.ContactPresence)
        assert change.resource.availability == "BeRightBack"
    [post] = [r for r in ucwa_server.requests if r.path.endswith("/presenceSubscriptions")]
    assert post.media_type == XML and b"<item>sip:bob@contoso.com</item>" in post.body


def test_contacts_over_xml(make_session: MakeSession) -> None:
    session = make_session(content_type=XML)
    session.sign_in()
    groups = session.contacts.groups()
    assert [g.name for g in groups] == ["Favorites", "Team", "Engineering"]
    team = session.contacts.group("Team")
    assert [c.name for c in session.contacts.members(team)] == ["Bob Barker", "Carol Chen"]
    session.contacts.add("sip:dave@contoso.com", team)
    session.contacts.remove("sip:dave@contoso.com", team)


@pytest.mark.parametrize("status", [404, 410])
def test_setting_presence_after_a_loss_runs_on_the_new_application(
    make_session: MakeSession, ucwa_server: UcwaServer, status: int
) -> None:
    session = make_session()
    session.sign_in(start_events=False)  # only the call can meet the loss
    session.make_me_available()
    first = ucwa_server.application()
    ucwa_server.lose_application(status)
    session.presence.set_availability("Busy")
    second = ucwa_server.application()
    assert second.id != first.id
    assert second.presence.document["availability"] == "Busy"

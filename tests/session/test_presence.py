"""My presence, note and location through the session, against the bundled server."""

from __future__ import annotations

import pytest

import ucwa
import ucwa.enums
import ucwa.errors
import ucwa_session
from ucwa_testing import UcwaServer


def test_availability_set_is_what_is_read_back(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    session.make_me_available()
    assert session.presence.availability() == ucwa.enums.Availability.ONLINE
    for value in ("Busy", "DoNotDisturb", "BeRightBack", "Away", "Online"):
        session.presence.set_availability(value)
        assert session.presence.availability() == value
    session.presence.set_availability(ucwa.enums.PreferredAvailability.BUSY)
    assert session.presence.read().availability == ucwa.enums.Availability.BUSY


def test_offwork_shows_as_away_off_work(session: ucwa_session.UcwaSession) -> None:
    session.make_me_available()
    session.presence.set_availability("Offwork")
    presence = session.presence.read()
    assert (presence.availability, presence.activity) == ("Away", "Off Work")


def test_setting_presence_is_told_by_an_event_from_me(
    session: ucwa_session.UcwaSession,
) -> None:
    session.make_me_available()
    session.presence.set_availability("Away")
    event = session.events.wait_for(
        lambda item: isinstance(item, ucwa.Event) and item.link.rel == "presence", timeout=5
    )
    assert isinstance(event, ucwa.Event)
    assert (event.type, event.sender.rel) == ("updated", "me")


def test_note_travels_in_the_body_and_is_read_back(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    session.make_me_available()
    assert session.presence.note() == ""
    session.presence.set_note("Heads down today")
    assert session.presence.note() == "Heads down today"
    [post] = [r for r in ucwa_server.requests if r.method == "POST" and r.path.endswith("/note")]
    assert post.json() == {"message": "Heads down today"} and not post.query


def test_location_is_set_and_read(session: ucwa_session.UcwaSession) -> None:
    session.make_me_available()
    session.presence.set_location("Building 7")
    assert session.presence.location() == "Building 7"


def test_location_longer_than_60_characters_is_refused_before_sending(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    session.make_me_available()
    with pytest.raises(ucwa.errors.RequestError, match="60"):
        session.presence.set_location("x" * 61)
    assert not [r for r in ucwa_server.requests if r.path.endswith("/me/location")]


def test_my_presence_before_make_me_available_has_no_link_to_follow(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    # As capture 007's server: me links presence, note and location only once available.
    for call in (
        lambda: session.presence.set_availability("Busy"),
        lambda: session.presence.set_note("too early"),
        session.presence.availability,
    ):
        with pytest.raises(ucwa.errors.RequestError, match=r"no (presence|note) link"):
            call()
    assert not [r for r in ucwa_server.requests if "/me/" in r.path and r.method == "POST"]


def test_an_unknown_availability_is_refused_before_sending(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    session.make_me_available()
    with pytest.raises(ucwa.errors.RequestError, match="Sleepy"):
        session.presence.set_availability("Sleepy")
    assert not [r for r in ucwa_server.requests if r.method == "POST" and "presence" in r.path]


@pytest.mark.parametrize(
    ("body", "complaint"),
    [
        (b'{"availability":"Sleepy"}', "'Sleepy' is no PreferredAvailability"),
        (b'{"availability":7}', "7 is no PreferredAvailability"),
        (b"{}", "availability is the one thing to set"),
    ],
)
def test_the_server_refuses_an_availability_outside_the_enumeration(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer, body: bytes, complaint: str
) -> None:
    # A client that sent one anyway (the raw request) gets 400, typed; the enumeration is
    # the definitions' (the server lists no values of its own).
    session.make_me_available()
    ucwa_server.expect_violation("client_error_answered", path="/me/presence", status=400)
    link = session.follow("me", "presence", lambda link: link)
    with pytest.raises(ucwa.errors.BadRequest, match=complaint):
        session.client.request("POST", link, body=body, content_type="application/json")

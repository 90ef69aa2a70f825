"""Directory search and online meetings, end to end against the bundled server."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

import ucwa
import ucwa.errors
import ucwa_session
from ucwa.enums import AccessLevel
from ucwa_session.directory import SearchResults
from ucwa_testing import UcwaServer, routes_meetings

from ..readme_blocks import readme_blocks
from .conftest import MakeSession


def test_search_finds_people_by_name_sip_and_email(session: ucwa_session.UcwaSession) -> None:
    from ucwa.resources.contact import Contact

    found = session.search("carol")
    assert [c.name for c in found] == ["Carol Chen"]
    assert all(isinstance(c, Contact) for c in found) and not found.more
    carol = found.contacts[0]
    assert (carol.uri, carol.email_addresses, carol.title) == (
        "sip:carol@contoso.com",
        ["carol@contoso.com"],
        "Designer",
    )
    assert [c.name for c in session.search("sip:bob@contoso.com")] == ["Bob Barker"]
    assert [c.name for c in session.search("dave@contoso.com")] == ["Dave Diaz"]
    assert [c.name for c in session.search("DIAZ")] == ["Dave Diaz"]
    assert len(session.search("nobody-by-that-name")) == 0


def test_search_limit_and_more_results(session: ucwa_session.UcwaSession) -> None:
    found = session.search("c", limit=1)  # Echo Contact and Carol Chen
    assert isinstance(found, SearchResults)
    assert [c.name for c in found] == ["Echo Contact"] and found.more
    assert [c.name for c in session.search("c", limit=2)] == ["Echo Contact", "Carol Chen"]
    assert not session.search("c", limit=2).more


def test_a_found_contact_is_read_through_its_own_link(session: ucwa_session.UcwaSession) -> None:
    carol = session.search("carol", limit=1).contacts[0]
    again = session.get(carol.require_self_link())
    assert again.uri == "sip:carol@contoso.com"  # type: ignore[attr-defined]


@pytest.mark.parametrize("limit", [0, 101])
def test_search_refuses_a_limit_outside_the_range_before_sending(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer, limit: int
) -> None:
    sent = len(ucwa_server.requests)
    with pytest.raises(ucwa.errors.RequestError, match="between 1 and 100"):
        session.search("carol", limit=limit)
    with pytest.raises(ucwa.errors.RequestError, match="search for"):
        session.search("  ")
    with pytest.raises(ucwa.errors.RequestError, match="search for"):
        session.search(mail="")
    assert len(ucwa_server.requests) == sent


def test_server_refuses_a_search_without_query_or_mail(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    ucwa_server.expect_violation("client_error_answered", status=400)
    link = session.follow("people", "search", lambda link: link)
    with pytest.raises(ucwa.errors.BadRequest) as raised:
        session.get(link)
    assert raised.value.status == 400 and raised.value.subcode == "ParameterValidationFailure"


def test_create_read_list_update_delete_a_meeting(session: ucwa_session.UcwaSession) -> None:
    expires = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
    meeting = session.meetings.create(
        "Build review",
        attendees=["sip:bob@contoso.com"],
        access_level=AccessLevel.EVERYONE,
        expires=expires,
    )
    assert meeting.subject == "Build review" and meeting.attendees == ["sip:bob@contoso.com"]
    assert meeting.access_level is AccessLevel.EVERYONE and meeting.expiration_time == expires
    assert meeting.join_url and meeting.join_url.startswith("https://meet.contoso.com/alice/")
    assert meeting.online_meeting_uri == (
        f"sip:alice@contoso.com;gruu;opaque=app:conf:focus:id:{meeting.online_meeting_id}"
    )
    assert [m.online_meeting_id for m in session.meetings.list()] == [meeting.online_meeting_id]

    meeting.subject = "Build review (moved)"
    updated = session.meetings.update(meeting)
    assert updated.subject == "Build review (moved)"
    assert session.meetings.get(meeting).subject == "Build review (moved)"
    session.meetings.delete(updated)
    assert session.meetings.list() == []


def test_a_meeting_belongs_to_the_user_not_the_application(make_session: MakeSession) -> None:
    first, second = make_session(), make_session()
    first.sign_in()
    second.sign_in()
    made = first.meetings.create("Shared")
    seen = second.meetings.list()
    assert [m.online_meeting_id for m in seen] == [made.online_meeting_id]
    assert seen[0].self_link != made.self_link  # each application's own href
    second.meetings.delete(seen[0])
    assert first.meetings.list() == []


def test_updating_a_stale_copy_is_refused(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    ucwa_server.expect_violation("client_error_answered", status=412)
    meeting = session.meetings.create("Planning")
    stale = session.meetings.get(meeting)
    meeting.description = "first change"
    session.meetings.update(meeting)
    stale.description = "second change, from an old copy"
    with pytest.raises(ucwa.errors.PreconditionFailed):
        session.meetings.update(stale)
    assert session.meetings.get(meeting).description == "first change"


def test_a_value_the_definitions_do_not_list_is_refused(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    ucwa_server.expect_violation("client_error_answered", status=400)
    with pytest.raises(ucwa.errors.BadRequest, match="AccessLevel"):
        session.meetings.create("Odd", access_level="Sideways")


def test_too_many_meetings_is_a_typed_conflict(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(routes_meetings, "MAX_MEETINGS", 1)
    ucwa_server.expect_violation("client_error_answered", status=409)
    session.meetings.create("One")
    with pytest.raises(ucwa.errors.Conflict) as raised:
        session.meetings.create("Two")
    assert raised.value.subcode == "TooManyOnlineMeetings"


def test_expiry_must_be_timezone_aware(session: ucwa_session.UcwaSession) -> None:
    with pytest.raises(ucwa.errors.RequestError, match="timezone"):
        session.meetings.create("Naive", expires=datetime.now() + timedelta(days=1))


def test_the_readme_examples_run(
    session: ucwa_session.UcwaSession, capsys: pytest.CaptureFixture[str]
) -> None:
    blocks = readme_blocks("tested")
    exec(blocks["search"], {"session": session})
    assert capsys.readouterr().out == ("Carol Chen sip:carol@contoso.com Designer\n")
    exec(blocks["meetings"], {"session": session})
    printed = capsys.readouterr().out
    assert printed.startswith("https://meet.contoso.com/alice/") and ";gruu;" in printed
    assert session.meetings.list() == []


def test_search_by_mail_alone(session: ucwa_session.UcwaSession) -> None:
    # search revision 2: mail instead of query (the bundled server's link is revision 2)
    assert [c.name for c in session.search(mail="dave@contoso.com")] == ["Dave Diaz"]


def test_assigned_meetings_are_listed_read_as_their_kind_and_not_deleted(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    from ucwa.resources.my_assigned_online_meeting import MyAssignedOnlineMeeting

    mine = session.meetings.create("Mine")
    base = ucwa_server.application().base
    assigned = {
        "rel": "myAssignedOnlineMeeting",
        "subject": "Assigned",
        "onlineMeetingId": "600",
        "_links": {"self": {"href": f"{base}/onlineMeetings/myOnlineMeetings/600"}},
    }
    listing = {
        "_links": {"self": {"href": f"{base}/onlineMeetings/myOnlineMeetings"}},
        # myOnlineMeetings_ref.md's example lists an assigned meeting beside the user's own
        "_embedded": {
            "myOnlineMeeting": [json.loads(ucwa.serialize(mine))],
            "myAssignedOnlineMeeting": [assigned],
        },
        "rel": "myOnlineMeetings",
    }
    json_type = (("Content-Type", "application/json"),)
    ucwa_server.answer_with(
        "GET", r"/myOnlineMeetings$", json.dumps(listing).encode(), headers=json_type
    )
    ucwa_server.answer_with(
        "GET", r"/myOnlineMeetings/600$", json.dumps(assigned).encode(), headers=json_type
    )
    listed = session.meetings.list()
    assert [m.subject for m in listed] == ["Mine", "Assigned"]
    again = session.meetings.get(listed[1])
    assert isinstance(again, MyAssignedOnlineMeeting) and again.online_meeting_id == "600"
    sent = len(ucwa_server.requests)
    with pytest.raises(ucwa.errors.RequestError, match="no DELETE"):
        session.meetings.delete(again)
    assert len(ucwa_server.requests) == sent

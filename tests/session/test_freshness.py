"""The session keeps what it hands out current, and a PUT sends the version of its own copy."""

from __future__ import annotations

import pytest

import ucwa
import ucwa_session
from ucwa_testing import UcwaServer

from .conftest import MakeSession

Communication = ucwa.RESOURCES["communication"]
AudioPreference = ucwa.ENUMS["AudioPreference"]


def _application_reads(server: UcwaServer) -> int:
    base = server.application().base
    return sum(r.method == "GET" and r.path == base for r in server.requests)


def test_conversation_logs_work_after_make_me_available(session: ucwa_session.UcwaSession) -> None:
    # As in capture 007, the application is created without a conversationLogs link.
    assert session.application.embedded.communication is not None
    assert session.application.embedded.communication.links.conversation_logs is None
    session.make_me_available()
    logs = session.conversation_logs()
    assert [log.subject for log in logs] == ["Chat 1 with Echo", "Chat 2 with Echo"]


def test_a_link_missing_after_a_fresh_read_is_a_clear_request_error(
    make_session: MakeSession, ucwa_server: UcwaServer
) -> None:
    session = make_session()
    session.sign_in(start_events=False)
    with pytest.raises(ucwa.errors.RequestError, match=r"no conversationLogs link .*read again"):
        session.conversation_logs()
    # decided on a copy read just now, not on the one sign-in made
    assert _application_reads(ucwa_server) == 1
    assert not any("conversationLogs" in r.path for r in ucwa_server.requests)


def test_an_updated_event_of_communication_makes_the_session_read_it_again(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    before = session.communication()
    # Changed past the session (as another client of the user would): the event is all
    # the session hears of it.
    polls = session.events.polls_sent
    before.put(session.client)
    assert session.events.wait_for_poll_after(polls, timeout=5)
    after = session.communication()
    assert after.extra_properties["etag"] != before.extra_properties["etag"]
    assert after.extra_properties["etag"] == str(ucwa_server.application().communication.etag)
    assert _application_reads(ucwa_server) == 1
    assert session.communication() is after  # read once per change, not on every use


def test_a_put_of_a_stale_copy_is_precondition_failed(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    ucwa_server.expect_violation("client_error_answered", path="/communication$", status=412)
    link = session.communication().require_self_link()
    mine, theirs = session.get(link), session.get(link)
    assert isinstance(mine, Communication) and isinstance(theirs, Communication)
    theirs.audio_preference = AudioPreference("VoipAudio")
    session.put(theirs)
    mine.audio_preference = AudioPreference("PhoneAudio")
    with pytest.raises(ucwa.errors.PreconditionFailed):
        session.put(mine)
    assert ucwa_server.application().communication.document["audioPreference"] == "VoipAudio"


def test_a_copy_put_again_after_its_put_goes_through(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    link = session.communication().require_self_link()
    communication = session.get(link)
    assert isinstance(communication, Communication)
    communication.audio_preference = AudioPreference("VoipAudio")
    session.put(communication)
    communication.audio_preference = AudioPreference("PhoneAudio")
    session.put(communication)  # the server now holds this copy's version


def test_a_typed_put_sends_if_match_and_a_stale_copy_gets_412(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    # provoked: a stale copy (412), then one sent without If-Match (428)
    ucwa_server.expect_violation("client_error_answered", path="/communication$", status=412)
    ucwa_server.expect_violation("put_without_if_match", path="/communication$")
    link = session.communication().require_self_link()
    first, second = Communication.get(session.client, link), Communication.get(session.client, link)
    second.put(session.client)
    [put] = [r for r in ucwa_server.requests if r.method == "PUT"]
    assert put.headers["If-Match"] == f'"{second.extra_properties["etag"]}"'
    with pytest.raises(ucwa.errors.PreconditionFailed):
        first.put(session.client)
    first.extra_properties.pop("etag")
    first.response_etag = None
    with pytest.raises(ucwa.errors.PreconditionRequired):  # as UCWA: 428 without If-Match
        first.put(session.client)

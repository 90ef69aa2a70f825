"""After the application is lost (404/410), every call on the application's links runs once
more on a new one; one loss makes one new application, whoever meets it first."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import ucwa
from ucwa.testing import UcwaServer
from ucwa.testing.server import APPLICATIONS_PATH

from .conftest import MakeSession

Call = Callable[[ucwa.UcwaSession], object]

CALLS: dict[str, Call] = {
    "me": lambda s: s.me(),
    "refresh_application": lambda s: s.refresh_application(),
    "conversation_logs": lambda s: s.conversation_logs(),
    "make_me_available": lambda s: s.make_me_available(),
    "report_activity": lambda s: s.report_activity(),
    "start_messaging": lambda s: s.start_messaging("sip:echo@contoso.com", "Hi"),
}


def _applications_created(server: UcwaServer) -> int:
    return sum(r.method == "POST" and r.path == APPLICATIONS_PATH for r in server.requests)


@pytest.mark.parametrize("status", [404, 410])
@pytest.mark.parametrize("name", sorted(CALLS))
def test_a_call_after_the_application_was_lost_runs_on_a_new_one(
    make_session: MakeSession, ucwa_server: UcwaServer, name: str, status: int
) -> None:
    told: list[ucwa.Resource] = []
    session = make_session(on_application_recreated=told.append)
    session.sign_in(start_events=False)  # only the call can meet the loss
    if name == "report_activity":
        session.make_me_available()  # reportMyActivity is offered to an available user only
    first = ucwa_server.application()
    ucwa_server.lose_application(status)
    CALLS[name](session)
    second = ucwa_server.application()
    assert second.id != first.id and _applications_created(ucwa_server) == 2
    assert told == [session.application]
    assert session.client.url_for(session.application.require_self_link()).endswith(second.base)
    if name == "report_activity":
        # the new application was made available again, as the lost one had been
        assert second.available and second.activity_reports == 1
    if name == "start_messaging":
        assert len(second.invitations) == 1 and not first.invitations


def test_the_channel_and_a_call_meeting_one_loss_make_one_new_application(
    make_session: MakeSession, ucwa_server: UcwaServer
) -> None:
    told: list[ucwa.Resource] = []
    session = make_session(on_application_recreated=told.append)
    session.sign_in()
    ucwa_server.lose_application(410)
    session.me()  # races the event channel's next P-GET for the loss
    notice = session.events.wait_for(lambda i: isinstance(i, ucwa.ChannelNotice), timeout=5)
    assert isinstance(notice, ucwa.ChannelNotice) and notice.kind == "application_recreated"
    assert _applications_created(ucwa_server) == 2 and len(told) == 1
    # the channel reads the events of the application the session uses
    href = ucwa_server.invite("still there?")
    event = session.events.wait_for(
        lambda i: isinstance(i, ucwa.Event) and i.link.href.endswith(href), timeout=5
    )
    assert isinstance(event, ucwa.Event)


def test_a_conversation_of_the_lost_application_is_not_carried_over(
    session: ucwa.UcwaSession, ucwa_server: UcwaServer
) -> None:
    chat = session.start_messaging(ucwa_server.echo_uri, "Hi")
    chat.wait(timeout=5)
    ucwa_server.lose_application(410)
    # Its links belong to the lost application: the error is the caller's to see.
    with pytest.raises(ucwa.errors.Gone):
        chat.send("anyone?")

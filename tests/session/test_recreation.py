"""After the application is lost (404/410), every call on the application's links runs once
more on a new one; one loss makes one new application, whoever meets it first."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

import ucwa
import ucwa_session
from ucwa_testing import UcwaServer
from ucwa_testing.server import APPLICATIONS_PATH

from .conftest import MakeSession

Call = Callable[[ucwa_session.UcwaSession], object]
# How long the refreshing threads may take to all move on to a new application (a bound for
# a defect, not a pace: waiting ends as soon as they have).
WAIT = 30.0

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
    if name in ("report_activity", "conversation_logs"):
        # reportMyActivity and conversationLogs are offered to an available user only
        session.make_me_available()
    first = ucwa_server.application()
    ucwa_server.lose_application(status)
    CALLS[name](session)
    second = ucwa_server.application()
    assert second.id != first.id and _applications_created(ucwa_server) == 2
    # (the session's copy may be newer: a new application made available is read again)
    assert [a.self_link for a in told] == [session.application.self_link]
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
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    chat = session.start_messaging(ucwa_server.echo_uri, "Hi")
    chat.wait(timeout=5)
    ucwa_server.lose_application(410)
    # Its links belong to the lost application: the error is the caller's to see.
    with pytest.raises(ucwa.errors.Gone):
        chat.send("anyone?")


class Refreshers:
    """Threads that read the application again and again, each noting the application its
    last call gave, until close() makes a call fail."""

    def __init__(self, session: ucwa_session.UcwaSession, count: int) -> None:
        self.closing = threading.Event()
        self.errors: list[Exception] = []
        self._cond = threading.Condition()
        self._last: list[str | None] = [None] * count
        self.threads = [
            threading.Thread(target=self._refresh_until, args=(session, index))
            for index in range(count)
        ]

    def _refresh_until(self, session: ucwa_session.UcwaSession, index: int) -> None:
        # Bounded in count, so a defect cannot hang the test.
        for _ in range(20_000):
            try:
                application = session.refresh_application()
            except Exception as error:  # every failure is the test's to report
                with self._cond:
                    if not self.closing.is_set():
                        self.errors.append(error)
                    self._cond.notify_all()
                return
            with self._cond:
                self._last[index] = application.require_self_link().href
                self._cond.notify_all()

    def wait_until_each_gave(self, told: list[ucwa.Resource], count: int) -> None:
        """Until every thread's last call gave the ``count``-th new application (or one
        failed: the test reports it). A call runs once more after a loss, not twice: the next
        loss must wait until no thread is still on its second run for the one before, which
        a thread the scheduler keeps waiting may be long after the others moved on."""
        deadline = time.monotonic() + WAIT
        with self._cond:
            while not self.errors:
                if len(told) >= count:
                    href = told[count - 1].require_self_link().href
                    if all(last == href for last in self._last):
                        return
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"the threads never all read new application {count}")
                self._cond.wait(remaining)


def _refreshes_of(server: UcwaServer, app_id: str) -> int:
    path = f"{APPLICATIONS_PATH}/{app_id}"
    return sum(r.method == "GET" and r.path == path for r in server.requests)


@pytest.mark.parametrize("losses", [1, 6])
def test_threads_refreshing_through_losses_make_one_application_per_loss(
    make_session: MakeSession, ucwa_server: UcwaServer, losses: int
) -> None:
    told: list[ucwa.Resource] = []
    session = make_session(on_application_recreated=told.append)
    session.sign_in(start_events=False)  # only the refreshing threads meet the losses
    refreshers = Refreshers(session, 8)
    for thread in refreshers.threads:
        thread.start()
    state = ucwa_server.state
    for loss in range(losses):
        # Let the threads read the current application a while, copies in flight included.
        app_id = ucwa_server.application().id
        ucwa_server.wait_until(lambda a=app_id: _refreshes_of(ucwa_server, a) >= 40)
        ucwa_server.lose_application(410)
        ucwa_server.wait_until(
            lambda n=loss: len(state.applications) >= n + 2 and len(ucwa_server.applications()) == 1
        )
        refreshers.wait_until_each_gave(told, loss + 1)
    # Stale copies read before the last loss have had every chance to come back.
    app_id = ucwa_server.application().id
    ucwa_server.wait_until(lambda: _refreshes_of(ucwa_server, app_id) >= 80)
    refreshers.closing.set()
    # The threads' GETs that come after the DELETE are answered 404, as they should be.
    ucwa_server.expect_violation("client_error_answered", path=r"/\d+$", status=404)
    session.close()  # while the threads still refresh
    for thread in refreshers.threads:
        thread.join()
    assert refreshers.errors == []
    assert len(state.applications) == losses + 1 and len(told) == losses
    assert ucwa_server.applications() == []  # close() left none alive

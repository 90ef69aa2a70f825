"""Injected faults over real HTTP: what is retried, how long it waits, what is never re-sent."""

from __future__ import annotations

import email.utils
import threading
import time

import pytest

import ucwa
import ucwa_session
from ucwa_testing import Fault, UcwaServer

from .conftest import MakeSession

APP = r"/applications/\d+$"


class Sleeps:
    """Stands in for time.sleep: records each wait and waits a hundredth of it."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        time.sleep(seconds / 100)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def signed_in(
    make_session: MakeSession, sleeps: Sleeps, ucwa_server: UcwaServer
) -> ucwa_session.UcwaSession:
    # Sleeps waits a hundredth of what the client asks: its retries come before Retry-After.
    ucwa_server.expect_violation("retry_before_retry_after")
    session = make_session(retry=ucwa.RetryPolicy(backoff=0.1, sleep=sleeps))
    session.sign_in(start_events=False)
    return session


def _count(server: UcwaServer, method: str, pattern: str) -> int:
    import re

    return sum(1 for r in server.requests if r.method == method and re.search(pattern, r.path))


@pytest.mark.parametrize(
    "fault",
    [
        Fault("reset_before"),
        Fault("reset_after"),
        Fault("reset_mid_body"),
        Fault("status", status=500),
        Fault("status", status=502),
        Fault("status", status=503),
        Fault("status", status=429),
    ],
    ids=lambda f: f.kind if f.kind != "status" else str(f.status),
)
def test_a_get_is_retried_with_backoff_after_each_fault(
    signed_in: ucwa_session.UcwaSession, ucwa_server: UcwaServer, sleeps: Sleeps, fault: Fault
) -> None:
    ucwa_server.fail_next(fault, fault, method="GET", path=APP)
    signed_in.refresh_application()
    assert _count(ucwa_server, "GET", APP) == 3
    assert sleeps.waits == [0.1, 0.2]  # doubling from the policy's backoff


def test_a_read_timeout_is_retried(make_session: MakeSession, ucwa_server: UcwaServer) -> None:
    session = make_session(timeout=0.3, retry=ucwa.RetryPolicy(backoff=0.0))
    session.sign_in(start_events=False)
    ucwa_server.fail_next(Fault("delay", delay=1.0), method="GET", path=APP)
    started = time.monotonic()
    session.refresh_application()
    assert 0.3 <= time.monotonic() - started < 1.0  # did not wait for the slow answer
    assert _count(ucwa_server, "GET", APP) == 2


def test_a_slow_answer_within_the_timeout_is_just_slow(
    signed_in: ucwa_session.UcwaSession, ucwa_server: UcwaServer, sleeps: Sleeps
) -> None:
    ucwa_server.fail_next(Fault("delay", delay=0.2), method="GET", path=APP)
    signed_in.refresh_application()
    assert _count(ucwa_server, "GET", APP) == 1 and sleeps.waits == []


def test_a_late_answer_comes_after_the_request_was_applied(
    signed_in: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    # delay_answer, unlike delay, handles the request first: what it changes (and the events
    # that tell of it) is there while the answer is held back.
    signed_in.make_me_available()
    application = ucwa_server.application()
    ucwa_server.fail_next(Fault("delay_answer", delay=2.0), method="POST", path="reportMyActivity$")
    answered = threading.Event()

    def report() -> None:
        signed_in.report_activity()
        answered.set()

    reporter = threading.Thread(target=report)
    reporter.start()
    # applied well before the answer is due (a delay fault would apply it only then)
    ucwa_server.wait_until(lambda: application.activity_reports == 1, timeout=1.5)
    assert not answered.is_set()
    reporter.join(5)
    assert answered.is_set() and application.activity_reports == 1


def test_retry_after_in_seconds_is_honoured(
    signed_in: ucwa_session.UcwaSession, ucwa_server: UcwaServer, sleeps: Sleeps
) -> None:
    ucwa_server.fail_next(Fault("status", status=503, retry_after="7"), method="GET", path=APP)
    signed_in.refresh_application()
    assert sleeps.waits == [7.0]


def test_retry_after_as_an_http_date_is_honoured(
    signed_in: ucwa_session.UcwaSession, ucwa_server: UcwaServer, sleeps: Sleeps
) -> None:
    when = email.utils.formatdate(time.time() + 20, usegmt=True)
    ucwa_server.fail_next(Fault("status", status=429, retry_after=when), method="GET", path=APP)
    signed_in.refresh_application()
    [wait] = sleeps.waits
    assert 18 <= wait <= 20  # whole seconds on the wire


def test_a_retry_after_past_the_deadline_is_not_waited_for(
    make_session: MakeSession, ucwa_server: UcwaServer, sleeps: Sleeps
) -> None:
    session = make_session(retry=ucwa.RetryPolicy(deadline=5, sleep=sleeps))
    session.sign_in(start_events=False)
    ucwa_server.fail_next(Fault("status", status=503, retry_after="60"), method="GET", path=APP)
    with pytest.raises(ucwa.errors.ServiceUnavailable) as caught:
        session.refresh_application()
    assert caught.value.headers["Retry-After"] == "60" and sleeps.waits == []


def test_attempts_run_out_and_the_last_failure_is_raised(
    signed_in: ucwa_session.UcwaSession, ucwa_server: UcwaServer, sleeps: Sleeps
) -> None:
    ucwa_server.fail_next(*[Fault("reset_before")] * 4, method="GET", path=APP)
    with pytest.raises(ucwa.errors.TransportError) as caught:
        signed_in.refresh_application()
    assert not isinstance(caught.value, ucwa.errors.OutcomeUnknown)
    assert _count(ucwa_server, "GET", APP) == 4 and len(sleeps.waits) == 3


def test_put_with_if_match_and_delete_are_retried(
    signed_in: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    communication = signed_in.get(signed_in.communication().require_self_link())
    ucwa_server.fail_next(Fault("reset_before"), method="PUT")
    signed_in.put(communication)
    assert _count(ucwa_server, "PUT", "/communication$") == 2
    ucwa_server.fail_next(Fault("status", status=503), method="DELETE")
    signed_in.close()
    assert _count(ucwa_server, "DELETE", APP) == 2 and ucwa_server.applications() == []


def test_a_put_without_if_match_is_not_resent(
    signed_in: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    ucwa_server.expect_violation("put_without_if_match")  # on purpose: it may not be resent
    ucwa_server.expect_violation("client_error_answered", status=428)  # its lost answer
    link = signed_in.communication().require_self_link()
    ucwa_server.fail_next(Fault("reset_after"), method="PUT")
    with pytest.raises(ucwa.errors.OutcomeUnknown):
        signed_in.client.request("PUT", link, json_body={"audioPreference": "VoipAudio"})
    assert _count(ucwa_server, "PUT", "/communication$") == 1


@pytest.mark.parametrize("kind", ["reset_after", "reset_before"])
def test_a_post_whose_answer_is_lost_is_never_resent(
    signed_in: ucwa_session.UcwaSession, ucwa_server: UcwaServer, kind: str
) -> None:
    ucwa_server.fail_next(Fault(kind), method="POST", path="makeMeAvailable")  # type: ignore[arg-type]
    with pytest.raises(ucwa.errors.OutcomeUnknown) as caught:
        signed_in.make_me_available()
    assert caught.value.status is None and caught.value.method == "POST"
    assert "unknown" in str(caught.value)
    assert _count(ucwa_server, "POST", "makeMeAvailable") == 1
    assert ucwa_server.application().available is (kind == "reset_after")


def test_a_post_broken_mid_answer_keeps_the_status_and_headers(
    signed_in: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    applications = ucwa_server.pools["primary"].url + "/ucwa/oauth/v1/applications"
    ucwa_server.fail_next(Fault("reset_mid_body"), method="POST", path="/applications$")
    body = {"userAgent": "t", "endpointId": "e", "culture": "en-US"}
    with pytest.raises(ucwa.errors.OutcomeUnknown) as caught:
        signed_in.client.request("POST", applications, json_body=body)
    error = caught.value
    assert error.status == 201 and error.headers is not None
    assert error.headers["Location"].startswith("/ucwa/oauth/v1/applications/")
    assert len(error.body) < int(error.headers["Content-Length"])
    assert len(ucwa_server.applications()) == 2  # it was applied: the caller can tell


@pytest.mark.parametrize("status", [429, 500, 503])
def test_a_post_refused_with_a_status_is_raised_not_resent(
    signed_in: ucwa_session.UcwaSession, ucwa_server: UcwaServer, status: int
) -> None:
    ucwa_server.fail_next(Fault("status", status=status), method="POST", path="makeMeAvailable")
    with pytest.raises(ucwa.errors.ApiError) as caught:
        signed_in.make_me_available()
    assert caught.value.status == status
    assert _count(ucwa_server, "POST", "makeMeAvailable") == 1


def test_a_post_that_could_not_connect_is_retried(sleeps: Sleeps) -> None:
    # Nothing listens on port 9 of loopback: the request provably never left.
    client = ucwa.Client(
        "http://127.0.0.1:9", retry=ucwa.RetryPolicy(attempts=3, backoff=0.1, sleep=sleeps)
    )
    with pytest.raises(ucwa.errors.TransportError) as caught:
        client.request("POST", "/x", json_body={})
    assert not isinstance(caught.value, ucwa.errors.OutcomeUnknown)
    assert sleeps.waits == [0.1, 0.2]


def test_the_policy_caps_backoff_and_reads_retry_after() -> None:
    policy = ucwa.RetryPolicy(backoff=1.0, max_backoff=3.0)
    assert [policy.wait_before(n) for n in (1, 2, 3, 4)] == [1.0, 2.0, 3.0, 3.0]
    assert policy.wait_before(1, "5") == 5.0
    assert policy.wait_before(1, "not a date") == 1.0  # unreadable: backoff alone
    assert policy.wait_before(2, "0") == 2.0  # never shorter than the backoff


INVITATIONS = "/communication/messagingInvitations$"
MESSAGES = "/messaging/messages$"


def test_a_lost_start_messaging_that_was_applied_is_recovered_from_the_channel(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    ucwa_server.fail_next(Fault("reset_after"), method="POST", path=INVITATIONS)
    chat = session.start_messaging(ucwa_server.echo_uri, "hello")
    chat.wait(timeout=5)
    assert _count(ucwa_server, "POST", INVITATIONS) == 1
    assert len(ucwa_server.application().invitations) == 1
    # and the conversation goes on: a lost message is recovered the same way
    ucwa_server.fail_next(Fault("reset_after"), method="POST", path=MESSAGES)
    chat.send("are you there?").wait(timeout=5)
    assert _count(ucwa_server, "POST", MESSAGES) == 1
    [conversation] = ucwa_server.application().conversations.values()
    assert conversation.messages == 3  # the echo's hello, ours, the echo's answer


def test_a_lost_start_messaging_never_seen_is_not_sent_again(
    make_session: MakeSession, ucwa_server: UcwaServer
) -> None:
    # Not applied: nothing shows in the channel, and nothing tells it from "applied later".
    session = make_session(outcome_timeout=0.3)
    session.sign_in()
    ucwa_server.fail_next(Fault("reset_before"), method="POST", path=INVITATIONS)
    with pytest.raises(ucwa.errors.OutcomeUnknown, match="not sent again"):
        session.start_messaging(ucwa_server.echo_uri, "hello")
    assert _count(ucwa_server, "POST", INVITATIONS) == 1
    assert ucwa_server.application().invitations == {}


def test_without_the_event_channel_the_outcome_stays_unknown(
    signed_in: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    ucwa_server.fail_next(Fault("reset_after"), method="POST", path=INVITATIONS)
    with pytest.raises(ucwa.errors.OutcomeUnknown):
        signed_in.start_messaging(ucwa_server.echo_uri, "hello")
    assert _count(ucwa_server, "POST", INVITATIONS) == 1


@pytest.mark.ucwa_server(poll_timeout=5.0)
def test_a_channel_that_gives_no_answer_in_time_leaves_the_outcome_unknown(
    make_session: MakeSession, ucwa_server: UcwaServer
) -> None:
    session = make_session(poll_timeout=5.0, outcome_timeout=0.3)
    session.sign_in()
    # Not applied, and nothing else happens: the next P-GET is held for the whole poll.
    ucwa_server.fail_next(Fault("reset_before"), method="POST", path=INVITATIONS)
    with pytest.raises(ucwa.errors.OutcomeUnknown):
        session.start_messaging(ucwa_server.echo_uri, "hello")
    assert _count(ucwa_server, "POST", INVITATIONS) == 1


def _incoming(
    session: ucwa_session.UcwaSession, server: UcwaServer
) -> ucwa.resources.MessagingInvitation:
    server.invite("hi")
    event = session.events.wait_for(
        lambda i: isinstance(i, ucwa.Event) and i.type == "started", timeout=5
    )
    assert isinstance(event, ucwa.Event)
    assert isinstance(event.resource, ucwa.resources.MessagingInvitation)
    return event.resource


def test_a_lost_accept_the_invitation_shows_answered_is_not_sent_again(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    invitation = _incoming(session, ucwa_server)
    ucwa_server.fail_next(Fault("reset_after"), method="POST", path="/accept$")
    session.accept(invitation).wait(timeout=5)
    assert _count(ucwa_server, "POST", "/accept$") == 1


def test_a_lost_accept_of_an_invitation_still_waiting_is_not_sent_again(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    invitation = _incoming(session, ucwa_server)
    ucwa_server.fail_next(Fault("reset_before"), method="POST", path="/accept$")
    with pytest.raises(ucwa.errors.OutcomeUnknown, match="still waits"):
        session.accept(invitation)
    assert _count(ucwa_server, "POST", "/accept$") == 1
    session.accept(invitation).wait(timeout=5)  # the caller's decision, once it knows


def test_the_channel_reconnects_after_statuses_and_honours_retry_after(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    ucwa_server.fail_next(
        Fault("status", status=503, retry_after="1"), Fault("status", status=500), path="/events$"
    )
    started = time.monotonic()
    # Invite only once both faults were served: an event sent earlier could ride on the poll
    # already in flight and never meet them.
    ucwa_server.wait_until(lambda: ucwa_server.faults.injected["500"] >= 1)
    href = ucwa_server.invite("after the outage")
    event = session.events.wait_for(lambda i: isinstance(i, ucwa.Event), timeout=5)
    assert isinstance(event, ucwa.Event) and event.link.url == session.client.url_for(href)
    assert time.monotonic() - started >= 1.0 and session.events.stopped is None


def _stopped(session: ucwa_session.UcwaSession) -> ucwa.ChannelNotice:
    notice = session.events.wait_for(
        lambda i: isinstance(i, ucwa.ChannelNotice) and i.kind == "stopped", timeout=5
    )
    assert isinstance(notice, ucwa.ChannelNotice)
    return notice


def test_the_channel_gives_up_after_reconnect_deadline_and_says_so(
    make_session: MakeSession, ucwa_server: UcwaServer
) -> None:
    ucwa_server.fail_next(*[Fault("reset_before")] * 1000, path="/events$")
    session = make_session(reconnect_deadline=0.3)
    started = time.monotonic()
    session.sign_in()
    notice = _stopped(session)
    assert time.monotonic() - started < 2.0
    assert notice.detail.startswith("gave up reconnecting: ") and "0.3 s" in notice.detail
    assert session.events.stopped is notice and not session.events.running
    polls = _count(ucwa_server, "GET", "/events$")
    assert polls >= 3 and ucwa_server.faults.injected["reset_before"] == polls
    time.sleep(0.3)
    assert _count(ucwa_server, "GET", "/events$") == polls  # no P-GET after the notice
    # an operation cannot learn its outcome from a stopped channel: OutcomeUnknown, at once
    ucwa_server.fail_next(Fault("reset_after"), method="POST", path=INVITATIONS)
    started = time.monotonic()
    with pytest.raises(ucwa.errors.OutcomeUnknown):
        session.start_messaging(ucwa_server.echo_uri, "Hi")
    assert time.monotonic() - started < 1.0


def test_a_retry_after_past_the_reconnect_deadline_stops_the_channel_at_once(
    make_session: MakeSession, ucwa_server: UcwaServer
) -> None:
    ucwa_server.fail_next(Fault("status", status=503, retry_after="60"), path="/events$")
    session = make_session(reconnect_deadline=5)
    started = time.monotonic()
    session.sign_in()
    notice = _stopped(session)
    assert time.monotonic() - started < 2.0  # did not sleep towards the 60 s
    assert notice.detail.endswith("last: status 503")


def test_an_answer_read_starts_the_reconnect_deadline_afresh(
    make_session: MakeSession, ucwa_server: UcwaServer
) -> None:
    # Two runs of three failures (0.25 s of waits each) further apart than the deadline:
    # each run alone is within it, the two together are not.
    session = make_session(reconnect_deadline=0.6)
    session.sign_in()
    for round_ in range(2):
        ucwa_server.fail_next(*[Fault("reset_before")] * 3, path="/events$")
        served = 3 * (round_ + 1)
        ucwa_server.wait_until(lambda n=served: ucwa_server.faults.injected["reset_before"] >= n)
        href = ucwa_server.invite(f"after outage {round_}")
        event = session.events.wait_for(lambda i: isinstance(i, ucwa.Event), timeout=5)
        assert isinstance(event, ucwa.Event) and event.link.url == session.client.url_for(href)
        time.sleep(0.5)
    assert session.events.stopped is None and session.events.running

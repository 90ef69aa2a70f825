"""The event channel over real HTTP: order, drops, resync, resume, PGetReplaced."""

from __future__ import annotations

import threading

import pytest
import urllib3

import ucwa
import ucwa_session
from ucwa_testing import UcwaServer

from .conftest import MakeSession


def _invites(server: UcwaServer, count: int) -> list[str]:
    return [server.invite(f"message {n}") for n in range(count)]


def _started(session: ucwa_session.UcwaSession, count: int) -> list[str]:
    hrefs: list[str] = []
    for item in session.events.items(timeout=5):
        if isinstance(item, ucwa.Event) and item.type == "started":
            hrefs.append(item.link.url)
            if len(hrefs) == count:
                break
    return hrefs


def test_events_arrive_typed_and_in_order(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    hrefs = _invites(ucwa_server, 3)
    assert _started(session, 3) == [session.client.url_for(h) for h in hrefs]


def test_poll_gives_typed_events_with_sender_link_and_resource(
    make_session: MakeSession, ucwa_server: UcwaServer
) -> None:
    session = make_session()
    session.sign_in(start_events=False)
    href = ucwa_server.invite("hi")
    events: list[ucwa.Event] = []
    while not events:  # the first polls may time out empty
        events = [i for i in session.events.poll() if isinstance(i, ucwa.Event)]
    [event] = events
    assert (event.sender.rel, event.link.rel, event.type) == (
        "communication",
        "messagingInvitation",
        "started",
    )
    assert event.link.url == session.client.url_for(href)
    assert isinstance(event.resource, ucwa.resources.MessagingInvitation)
    assert event.resource.links.accept is not None
    assert event.resource.message is not None and "message" not in event.resource.links.extra


def test_listeners_hear_every_item_in_order(
    make_session: MakeSession, ucwa_server: UcwaServer
) -> None:
    session = make_session()
    session.sign_in(start_events=False)
    heard: list[ucwa.Event | ucwa.ChannelNotice] = []
    session.events.listen(heard.append)
    session.events.start()
    hrefs = _invites(ucwa_server, 2)
    assert _started(session, 2) == [session.client.url_for(h) for h in hrefs]
    assert [i.link.url for i in heard if isinstance(i, ucwa.Event)] == [
        session.client.url_for(h) for h in hrefs
    ]


def test_dropped_connections_lose_and_repeat_nothing(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    ucwa_server.drop_polls(3)
    hrefs = _invites(ucwa_server, 2)
    received = _started(session, 2)
    hrefs += _invites(ucwa_server, 2)
    received += _started(session, 2)
    assert received == [session.client.url_for(h) for h in hrefs]
    assert ucwa_server.application().events.drop_next == 0
    # nothing arrives twice: no further started event is queued
    assert not [i for i in session.events.items(timeout=0.3) if isinstance(i, ucwa.Event)]


def test_resync_is_followed_and_reported(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    ucwa_server.request_resync()
    notice = session.events.wait_for(lambda i: isinstance(i, ucwa.ChannelNotice), timeout=5)
    assert isinstance(notice, ucwa.ChannelNotice) and notice.kind == "resync"
    [href] = _invites(ucwa_server, 1)
    assert _started(session, 1) == [session.client.url_for(href)]


def test_resume_is_followed_and_reported(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    ucwa_server.request_resume()
    [href] = _invites(ucwa_server, 1)
    items: list[ucwa.Event | ucwa.ChannelNotice] = []

    def resumed(item: ucwa.Event | ucwa.ChannelNotice) -> bool:
        items.append(item)
        return isinstance(item, ucwa.ChannelNotice) and item.kind == "resume"

    session.events.wait_for(resumed, timeout=10)  # the notice follows its page's events
    assert session.client.url_for(href) in [i.link.url for i in items if isinstance(i, ucwa.Event)]


def test_a_replacing_p_get_stops_the_channel_and_says_so(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    app = ucwa_server.application()
    ucwa_server.wait_until(lambda: app.events.waiting is not None)
    ucwa_server.expect_violation("client_error_answered", path="/events$", status=409)
    # Another instance polls the same href (with a token of its own).
    token = ucwa_server.state.issue_token(app.account, app.pool, 60)
    other = threading.Thread(
        target=urllib3.PoolManager().request,
        args=("GET", session.events.next_url),
        kwargs={"headers": {"Authorization": f"Bearer {token}"}},
    )
    other.start()
    notice = session.events.wait_for(
        lambda i: isinstance(i, ucwa.ChannelNotice) and i.kind == "replaced", timeout=5
    )
    other.join()
    assert session.events.stopped is notice


@pytest.mark.ucwa_server(poll_timeout=0.05)
def test_an_idle_channel_times_out_and_keeps_polling(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    app = ucwa_server.application()
    ucwa_server.wait_until(lambda: app.events.released >= 3)
    assert session.events.stopped is None

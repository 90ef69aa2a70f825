"""Whatever an answer holds, the channel thread goes on or stops saying why; never silently.

Each hostile answer comes from a loopback server, byte for byte, followed by a good page with
one event. The channel either reads past it (the event arrives, the channel still runs) or
ends with a ``stopped`` notice that says why, which every reader and waiter then sees.
"""

from __future__ import annotations

import logging

import pytest
from ucwa_runtime.events import ChannelStopped

import ucwa
from ucwa_testing import UcwaServer

from .conftest import MakeSession
from .scripted_server import HOLD, ScriptedServer, answer, page

AFTER = "/communication/messagingInvitations/after"
DEEP = 100_000


def _deep_body() -> bytes:
    return b'{"_links":{"next":{"href":"/events?n=2"}},"sender":' + b"[" * DEEP + b"]" * DEEP + b"}"


def _far_date_body() -> dict[str, object]:
    message = {
        "rel": "message",
        "timeStamp": "/Date(253402300799999+1400)/",  # 9999-12-31 plus 14 hours: no datetime
        "_links": {"self": {"href": "/conversations/1/messages/1"}},
    }
    event = {
        "type": "added",
        "link": {"rel": "message", "href": "/conversations/1/messages/1"},
        "_embedded": {"message": message},
    }
    sender = {"rel": "conversation", "href": "/conversations/1", "events": [event]}
    return {"_links": {"next": {"href": "/events?n=2"}}, "sender": [sender]}


HOSTILE = {
    "a body nested 100,000 deep": answer(_deep_body()),
    "a date past year 9999": answer(_far_date_body()),
    "a Content-Length of a superscript two": answer(
        page("/events?n=2"), headers=["Content-Length: \xb2"]
    ),
    "a Retry-After of 5,000 digits": answer(b"", 503, headers=["Retry-After: " + "9" * 5000]),
}


def _outcome(channel: ucwa.EventChannel) -> ucwa.Event | ucwa.ChannelNotice | None:
    # The event after the hostile answer, or the stopped notice; None if neither comes.
    for item in channel.items(timeout=10):
        if isinstance(item, ucwa.ChannelNotice) and item.kind == "stopped":
            return item
        if isinstance(item, ucwa.Event) and item.link.href == AFTER:
            return item
    return None


def _assert_went_on_or_said_why(channel: ucwa.EventChannel) -> ucwa.ChannelNotice | None:
    outcome = _outcome(channel)
    assert outcome is not None, "the channel went silent"
    if isinstance(outcome, ucwa.Event):
        assert channel.running and channel.stopped is None
        return None
    assert outcome.detail and channel.stopped is outcome and not channel.running
    # every waiter wakes: a wait for something that will never come ends at once
    with pytest.raises(ChannelStopped):
        channel.wait_for(lambda item: False, timeout=30)
    assert not channel.wait_for_poll_after(channel.polls_sent, timeout=30)
    assert list(channel.items(timeout=30)) == []
    return outcome


@pytest.mark.parametrize("hostile", list(HOSTILE), ids=list(HOSTILE))
def test_a_hostile_answer_never_kills_the_channel_silently(hostile: str) -> None:
    script = [HOSTILE[hostile], answer(page("/events?n=3", AFTER))]
    with ScriptedServer(script) as server:
        channel = server.channel(poll_timeout=30)
        channel.start()
        try:
            notice = _assert_went_on_or_said_why(channel)
        finally:
            channel.stop()
    if notice is not None:  # stopped: its reason names what went wrong, briefly
        assert len(notice.detail) <= 300, notice.detail


@pytest.mark.parametrize("rel", ["next", "resume", "resync"])
@pytest.mark.parametrize(
    "href",
    [
        "data:application/json,%7B%7D",
        "mailto:alice@contoso.com",
        "file:///etc/passwd",
        "http://127.0.0.2:8/events?n=2",  # another origin, where the token does not belong
        "https:///events",  # no host at all
    ],
)
def test_a_link_off_the_channel_origin_is_refused(rel: str, href: str) -> None:
    with ScriptedServer([answer(page(href, rel=rel))], then=HOLD) as server:
        channel = server.channel(poll_timeout=30)
        channel.start()
        notice = _assert_went_on_or_said_why(channel)
        assert notice is not None and notice.detail.startswith(f"refused the {rel} link")
        assert server.paths == ["/events?timeout=30"]  # nothing sent after the answer
        assert channel.next_url == server.url + "/events"


def test_a_raising_listener_is_logged_and_delivery_goes_on(
    make_session: MakeSession, ucwa_server: UcwaServer, caplog: pytest.LogCaptureFixture
) -> None:
    session = make_session()
    session.sign_in(start_events=False)
    heard: list[ucwa.Event] = []

    def failing(item: ucwa.Event | ucwa.ChannelNotice) -> None:
        raise RuntimeError("the listener's own bug")

    session.events.listen(failing)
    session.events.listen(lambda item: heard.append(item) if isinstance(item, ucwa.Event) else None)
    with caplog.at_level(logging.ERROR, logger="ucwa"):
        session.events.start()
        hrefs = [ucwa_server.invite(f"message {n}") for n in range(3)]
        for _ in hrefs:
            session.events.wait_for(lambda item: isinstance(item, ucwa.Event), timeout=5)
    assert [event.link.url for event in heard] == [session.client.url_for(h) for h in hrefs]
    assert session.events.running and session.events.stopped is None
    failures = [r for r in caplog.records if "the listener" in r.getMessage()]
    assert len(failures) == 3 and all(r.exc_info for r in failures)
    assert "failing" in failures[0].getMessage()
    logged = caplog.text
    assert ucwa_server.password not in logged
    for token in ucwa_server.state.tokens:
        assert token not in logged

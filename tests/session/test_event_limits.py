"""The channel's bounds: the readers' buffer, and how fast it polls a server answering at once."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from ucwa_runtime.events import DEFAULT_BUFFER_LIMIT, MAX_RECONNECT_WAIT, ChannelStopped

import ucwa

from .scripted_server import RESET, ScriptedServer, answer, page

EVENTS = 100_000
PAGE = 10_000


def _event_pages(count: int, per_page: int) -> list[bytes]:
    pages = []
    for first in range(0, count, per_page):
        hrefs = [f"/invitations/{n}" for n in range(first, min(first + per_page, count))]
        pages.append(answer(page(f"/events?ack={first + per_page}", *hrefs)))
    return pages


def test_a_listen_only_channel_keeps_no_more_than_its_buffer_limit() -> None:
    heard = 0
    all_heard = threading.Event()

    def count(item: ucwa.Event | ucwa.ChannelNotice) -> None:
        nonlocal heard
        heard += isinstance(item, ucwa.Event)
        if heard == EVENTS:
            all_heard.set()

    with ScriptedServer(_event_pages(EVENTS, PAGE)) as server:
        channel = server.channel(poll_timeout=600)
        channel.listen(count)
        channel.start()
        try:
            assert all_heard.wait(120)
            kept = list(channel.items(timeout=0))  # what the buffer held, read at last
        finally:
            channel.stop()
    assert len(kept) == DEFAULT_BUFFER_LIMIT + 1
    overflow, oldest, newest = kept[0], kept[1], kept[-1]
    assert isinstance(overflow, ucwa.ChannelNotice) and overflow.kind == "overflow"
    assert overflow.dropped == EVENTS - DEFAULT_BUFFER_LIMIT
    assert isinstance(oldest, ucwa.Event) and isinstance(newest, ucwa.Event)
    assert oldest.link.href == f"/invitations/{EVENTS - DEFAULT_BUFFER_LIMIT}"
    assert newest.link.href == f"/invitations/{EVENTS - 1}"


def test_a_reader_learns_where_and_how_much_the_buffer_dropped() -> None:
    with ScriptedServer(_event_pages(5, 1)) as server:
        channel = server.channel(poll_timeout=600, buffer_limit=3)
        done = threading.Event()
        channel.listen(lambda item: done.set() if _href(item) == "/invitations/4" else None)
        channel.start()
        assert done.wait(10)
        channel.stop()
        read = [(_kind(item), _href(item)) for item in channel.items(timeout=0)]
    assert read == [
        ("overflow", None),  # the three oldest dropped; they came before what is left
        ("started", "/invitations/3"),
        ("started", "/invitations/4"),
        ("stopped", None),
    ]


def _kind(item: ucwa.Event | ucwa.ChannelNotice) -> str:
    return item.kind if isinstance(item, ucwa.ChannelNotice) else item.type


def _href(item: ucwa.Event | ucwa.ChannelNotice) -> str | None:
    return item.link.href if isinstance(item, ucwa.Event) else None


class VirtualTime:
    """A clock that moves only when the channel waits: answers take no time at all."""

    def __init__(self) -> None:
        self.now = 0.0
        self.waits: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


EMPTY = answer(page("/events?ack=1"))


def test_answers_that_come_back_at_once_without_events_are_polled_ever_more_slowly() -> None:
    time = VirtualTime()
    script = [EMPTY] * 8 + [answer(page("/events?ack=2", "/invitations/1")), EMPTY, EMPTY]
    with ScriptedServer(script) as server:
        channel = server.channel(poll_timeout=30, clock=time.clock, sleep=time.sleep)
        for _ in script:
            channel.poll()
        assert len(server.paths) == len(script)  # one P-GET per poll: nothing was retried
    # before each P-GET, the wait the answer before it asked for
    # (after 8 empty answers in a row, one P-GET per 2 s; the answer with an event ends that)
    assert time.waits == [0.0, 0.0, 0.05, 0.2, 1.0, 2.0, 2.0, 2.0, 2.0, 0.0, 0.0]


def test_a_retry_after_past_any_reasonable_wait_is_cut_to_an_hour() -> None:
    # With no reconnect deadline to stop at, the channel used to wait as long as the server
    # said, up to urllib3's own limit of six hours.
    time = VirtualTime()
    unavailable = answer(b"", 503, headers=["Retry-After: " + "9" * 300])
    script = [unavailable, answer(page("/events?ack=1", "/invitations/1"))]
    with ScriptedServer(script) as server:
        channel = server.channel(
            poll_timeout=30, clock=time.clock, sleep=time.sleep, reconnect_deadline=None
        )
        [event] = channel.poll()
    assert isinstance(event, ucwa.Event) and time.waits == [0.0, MAX_RECONNECT_WAIT]


def _polls_until_stopped(channel: ucwa.EventChannel, limit: int) -> int:
    for polls in range(1, limit + 1):
        try:
            channel.poll()
        except ChannelStopped as stopped:
            assert stopped.notice.detail.startswith("gave up reconnecting")
            return polls
    pytest.fail(f"the channel still polls after {limit} answers")


@pytest.mark.parametrize(
    ("make_clock", "deadline"),
    [
        # answers take a hundredth of a second each: no wait, only the clock decides
        (lambda: iter(n / 100 for n in range(10**6)).__next__, 0.5),
        (None, 60.0),  # virtual time: the waits themselves reach the deadline
    ],
    ids=["clock", "waits"],
)
def test_failures_between_empty_answers_still_reach_the_reconnect_deadline(
    make_clock: Callable[[], Callable[[], float]] | None, deadline: float
) -> None:
    with ScriptedServer([RESET, EMPTY] * 500) as server:
        if make_clock is not None:  # no waiting at all: one delay of 0 s
            channel = server.channel(
                poll_timeout=30,
                clock=make_clock(),
                reconnect_delays=(0.0,),
                reconnect_deadline=deadline,
            )
        else:
            time = VirtualTime()
            channel = server.channel(
                poll_timeout=30, clock=time.clock, sleep=time.sleep, reconnect_deadline=deadline
            )
        polls = _polls_until_stopped(channel, 200)
        assert polls < 60 and len(server.paths) < 120


def test_empty_answers_the_server_held_still_end_a_run_of_failures() -> None:
    # A long poll that timed out empty is a working channel: failures hours apart, each
    # between such answers, are not one run. Each answer here takes 0.3 s, past the 0.2 s
    # (half the poll timeout) that makes it held.
    clock = iter(n * 0.3 for n in range(10**6)).__next__
    with ScriptedServer([RESET, EMPTY] * 500) as server:
        channel = server.channel(
            poll_timeout=0.4, clock=clock, reconnect_delays=(0.0,), reconnect_deadline=1.0
        )
        for _ in range(50):
            assert channel.poll() == []
        assert len(server.paths) == 100

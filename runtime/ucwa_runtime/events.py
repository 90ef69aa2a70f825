"""The event channel: UCWA's pending GET (P-GET), read in order, without loss or repeats.

Each P-GET goes to the ``next`` href exactly as the server gave it, with ``timeout`` (and, after
a reconnect, ``priority``) appended by :func:`~.transport.add_query`. The channel moves to the
next href only once a response has been read whole, so a dropped connection or a timeout
retries the same href, and the server answers it with the same events: none lost, none twice.

Special answers: ``resync`` (the server lost track of us: follow it, and tell the user that
cached state is stale), ``resume`` (follow it like ``next``; transient state was reset),
409 ``PGetReplaced`` (another P-GET took our place: the channel stops and says so), and
404 ``ApplicationNotFound`` / 410 ``InactiveApplicationExpired`` (handed to ``on_lost``, which
may give the events link of a new application to carry on with). A ``next``, ``resume`` or
``resync`` link off the channel's origin (another host, ``data:``, ``file:``...) is not
followed: the channel stops and says so.

The polling thread never ends without a ``stopped`` notice that says why, whatever went
wrong. What the events are and how an answer is parsed: :mod:`.event_items`.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from .errors import HttpError, ParseError, TransportError, UcwaError
from .event_buffer import DEFAULT_BUFFER_LIMIT, ItemBuffer
from .event_connections import ChannelConnections
from .event_items import (
    ChannelNotice,
    ChannelStopped,
    Event,
    EventLink,
    Item,
    NoticeKind,
    Reason,
    parse_events,
)
from .model import Link
from .retry import RetryPolicy, retry_after_seconds
from .transport import Client, Response, log
from .urls import origin_of

__all__ = [
    "DEFAULT_BUFFER_LIMIT",
    "DEFAULT_POLL_TIMEOUT",
    "DEFAULT_RECONNECT_DEADLINE",
    "READ_MARGIN",
    "ChannelNotice",
    "ChannelStopped",
    "Event",
    "EventChannel",
    "EventLink",
    "Item",
    "NoticeKind",
    "Reason",
    "parse_events",
]

# Statuses after which the channel reconnects rather than stops (overload, a restarting front
# end); the same the client retries by default.
RETRIED_STATUSES = RetryPolicy().statuses

# How long the server may hold a P-GET (seconds); its own limit may be shorter.
DEFAULT_POLL_TIMEOUT = 180.0
# Grace beyond the poll timeout before the client gives up on a silent connection.
READ_MARGIN = 15.0
# How long the channel keeps reconnecting without reading an answer before it stops: long
# enough for a front end to restart, short of UCWA's own expiry of an idle application.
DEFAULT_RECONNECT_DEADLINE = 300.0
# The longest wait before a reconnect, whatever a Retry-After asks (with no deadline to stop at).
MAX_RECONNECT_WAIT = 3600.0
# An answer without events that took this long (or half the poll timeout, if shorter) was
# held by the server, as a long poll should be; one quicker than that was not.
HELD_ANSWER = 1.0
# How often stop() cuts the channel's connections again while the thread has not ended: a
# connection still being made when it first did had no socket to shut down yet.
ABORT_RETRY = 0.05
# The longest description of an unexpected error put in a ``stopped`` notice.
DETAIL_LIMIT = 300

Listener = Callable[[Item], None]
LostHandler = Callable[[HttpError], "Link[Any] | None"]

_STOPPED = ChannelNotice("stopped", "stopped")
# The links an answer may carry to go on with, in order of preference, and what following
# each one tells the user.
_FOLLOWED: tuple[tuple[str, ChannelNotice | None], ...] = (
    ("next", None),
    ("resume", ChannelNotice("resume", "the server reset conversations and subscriptions")),
    ("resync", ChannelNotice("resync", "events may have been missed; re-read resources")),
)


class EventChannel:
    """Reads the event channel from ``events_link`` on; by iteration, callbacks, or both.

    ``poll()`` sends one P-GET and returns what it brought. ``start()`` polls on a daemon
    thread, calling each listener (in order, on that thread) with every item. A listener
    that raises is logged (to the ``ucwa`` logger) and the others, and later items, still
    come. ``on_lost`` is called for 404/410 of the application; it returns the events link
    of a new application (the channel goes on there and emits an ``application_recreated``
    notice) or None to stop.

    Items are also kept for ``items()``, iteration and ``wait_for``, at most
    ``buffer_limit`` of them (10,000 by default): when nobody reads them the oldest are
    dropped, and the reader is told with a ``ChannelNotice("overflow", ..., dropped=n)`` in
    their place (see :mod:`.event_buffer`). A caller that only listens holds no more.

    Dropped connections, timeouts, 429 and 5xx are met by reconnecting after
    ``reconnect_delays`` (or the server's Retry-After, up to an hour), but not forever: once
    P-GETs have failed for ``reconnect_deadline`` seconds (counted from the sending of the
    first that failed, by ``clock``), or the next wait would end past that, the channel
    stops with a ``stopped`` notice saying why. None reconnects without end. Only an answer
    that brought events, or that the server held as a long poll (for a second, or half of
    ``poll_timeout`` if shorter), ends a run of failures; answers that come back at once
    without events do not, and each makes the next P-GET wait, by ``reconnect_delays`` again,
    so a server that answers in a loop is not polled in one. ``sleep`` (for tests) replaces
    the channel's waiting (which :meth:`stop` interrupts).

    The channel ends with a ``stopped`` (or ``replaced``) notice, given to the listeners and
    read last from ``items()``, and :attr:`stopped` holds it: after :meth:`stop`, after an
    error it does not recover from (the error's type and message say which), and after an
    answer it cannot follow.
    """

    def __init__(
        self,
        client: Client,
        events_link: Link[Any],
        *,
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        on_lost: LostHandler | None = None,
        reconnect_delays: tuple[float, ...] = (0.0, 0.05, 0.2, 1.0, 2.0),
        reconnect_deadline: float | None = DEFAULT_RECONNECT_DEADLINE,
        clock: Callable[[], float] = time.monotonic,
        buffer_limit: int = DEFAULT_BUFFER_LIMIT,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self._client = client
        # The P-GETs go over connections of the channel's own, which stop() can cut.
        self._connections = ChannelConnections(client)
        self._next = client.url_for(events_link)
        self._poll_timeout = poll_timeout
        self._held_after = min(HELD_ANSWER, poll_timeout / 2)
        self._on_lost = on_lost
        self._delays = reconnect_delays
        self._reconnects = 0
        self._deadline = reconnect_deadline
        self._clock = clock
        self._sleep = sleep
        # When the first P-GET of the current run of failures was sent (None: no failures).
        self._failing_since: float | None = None
        # Answers in a row that came back at once without events, and the wait they set
        # before the next P-GET.
        self._quick_answers = 0
        self._pause = 0.0
        self._listeners: list[Listener] = []
        self._buffer = ItemBuffer(buffer_limit)
        self._stop = threading.Event()
        # Held while listeners are called: stop() takes it to know that none is running,
        # then sets _closed, after which none is called.
        self._delivering = threading.RLock()
        self._closed = False
        self._stop_reason = "stopped"
        self._thread: threading.Thread | None = None
        self.stopped: ChannelNotice | None = None
        # P-GETs sent, and the number of the last one whose items were all dispatched: a
        # caller can wait until the channel has read a P-GET sent after some moment.
        self._progress = threading.Condition()
        self._sent = 0
        self._answered = 0
        self._dispatched = 0

    @property
    def next_url(self) -> str:
        """The href the next P-GET goes to (it acknowledges everything read so far)."""
        return self._next

    @property
    def running(self) -> bool:
        """True while the polling thread reads the channel."""
        return self._thread is not None and self._thread.is_alive() and self.stopped is None

    @property
    def polls_sent(self) -> int:
        """How many P-GETs have been sent so far (each attempt counts)."""
        with self._progress:
            return self._sent

    def wait_for_poll_after(self, sent: int, timeout: float) -> bool:
        """Wait until the items of a P-GET sent after ``polls_sent`` was ``sent`` have all
        been dispatched (so the listeners have seen everything the server had queued by
        then); False if that does not happen within ``timeout`` seconds or the channel ends."""
        with self._progress:
            self._progress.wait_for(
                lambda: self._dispatched > sent or self.stopped is not None, timeout
            )
            return self._dispatched > sent

    def listen(self, listener: Listener) -> None:
        """Call ``listener`` with every event and notice, in order (on the polling thread)."""
        self._listeners.append(listener)

    def poll(self) -> list[Item]:
        """One P-GET (retrying the same href after a dropped connection); its items in order.

        Waits first when the answer before came back at once without events. Raises
        ChannelStopped when the channel ends instead (see the class documentation).
        """
        self._wait(self._pause)
        self._pause = 0.0
        while True:
            sent_at = self._clock()
            items = self._attempt(sent_at)
            if items is not None:
                self._pace(items, self._clock() - sent_at)
                return items

    def _attempt(self, sent_at: float) -> list[Item] | None:
        # One P-GET: its items, or None once a failure worth a reconnect has been waited out.
        if self._stop.is_set():
            raise ChannelStopped(_STOPPED)
        if self._client.closed:
            raise ChannelStopped(ChannelNotice("stopped", "the client is closed"))
        # After a reconnect the server may still hold our earlier P-GET; a higher priority
        # tells it which one is current should the two cross.
        query = {"timeout": str(max(1, round(self._poll_timeout)))}
        if self._reconnects:
            query["priority"] = str(self._reconnects)
        with self._progress:
            self._sent += 1
            number = self._sent
        try:
            response = self._connections.client.request(
                "GET",
                self._next,
                query=query,
                timeout=self._poll_timeout + READ_MARGIN,
                # The channel reconnects by itself (below), sending each attempt anew so
                # that it is counted and carries the priority of a reconnect. The call
                # may last the whole poll, and the answer's reading after it.
                retry=RetryPolicy(attempts=1, deadline=self._poll_timeout + 2 * READ_MARGIN),
            )
        except TransportError as error:
            log.debug("event channel: %s; reconnecting", error)
            self._wait_before_reconnect(sent_at, str(error))
            return None
        except HttpError as error:
            if error.status not in RETRIED_STATUSES:
                return self._failed(error)
            log.debug("event channel: %s; reconnecting", error.status)
            reason = f"status {error.status}"
            self._wait_before_reconnect(sent_at, reason, error.headers.get("Retry-After"))
            return None
        self._answered = number
        return self._read(response)

    def _pace(self, items: list[Item], took: float) -> None:
        # A long poll answers when it has events, or when the server has held it long
        # enough; an answer with neither, at once, comes from a server answering in a loop.
        if took >= self._held_after or any(isinstance(item, Event) for item in items):
            self._reconnects = 0
            self._failing_since = None
            self._quick_answers = 0
        else:
            self._pause = self._delays[min(self._quick_answers, len(self._delays) - 1)]
            self._quick_answers += 1

    def _wait(self, delay: float) -> None:
        # Waits ``delay`` seconds; ChannelStopped once stop() has been called.
        if self._sleep is not None:
            self._sleep(delay)
            stopped = self._stop.is_set()
        else:
            stopped = self._stop.wait(delay)
        if stopped:
            raise ChannelStopped(_STOPPED)

    def _wait_before_reconnect(
        self, sent_at: float, failure: str, retry_after: str | None = None
    ) -> None:
        if self._stop.is_set():  # the failure was stop() cutting the connection
            raise ChannelStopped(_STOPPED)
        delay = self._delays[min(self._reconnects, len(self._delays) - 1)]
        if retry_after:  # the server's word on when to come back (seconds or a date)
            delay = max(delay, retry_after_seconds(retry_after) or 0.0)
        delay = min(delay, MAX_RECONNECT_WAIT)
        if self._failing_since is None:
            self._failing_since = sent_at
        failing_for = self._clock() - self._failing_since
        if self._deadline is not None and failing_for + delay > self._deadline:
            # No sleeping towards a reconnect that would come too late anyway.
            raise ChannelStopped(
                ChannelNotice(
                    "stopped",
                    f"gave up reconnecting: {self._reconnects + 1} P-GETs failed in a row "
                    f"over {failing_for:.1f} s (reconnect_deadline {self._deadline:g} s); "
                    f"last: {failure}",
                )
            )
        self._reconnects += 1
        self._wait(delay)

    def _read(self, response: Response) -> list[Item]:
        events, links = parse_events(response, self._client)
        for rel, notice in _FOLLOWED:
            if rel in links:
                self._next = _on_origin_of(response.url, rel, links[rel])
                return [*events, notice] if notice is not None else list(events)
        raise ParseError.about(response, "an events response without next, resume or resync")

    def _failed(self, error: HttpError) -> list[Item]:
        subcode = str(getattr(error, "subcode", "") or "")
        if error.status == 409 and subcode == "PGetReplaced":
            raise ChannelStopped(ChannelNotice("replaced", "another P-GET replaced this one"))
        if (error.status, subcode) in (
            (404, "ApplicationNotFound"),
            (410, "InactiveApplicationExpired"),
        ):
            new_link = self._on_lost(error) if self._on_lost is not None else None
            if new_link is None:
                raise ChannelStopped(ChannelNotice("stopped", f"application lost ({subcode})"))
            self._next = self._client.url_for(new_link)
            return [ChannelNotice("application_recreated", f"the application was lost ({subcode})")]
        raise error

    def start(self) -> None:
        """Poll on a daemon thread until :meth:`stop` or the channel ends."""
        if self._thread is not None:
            raise RuntimeError("the event channel is already running")
        self._thread = threading.Thread(target=self._run, name="ucwa-events", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        # Replaced below unless something no handler can catch (KeyboardInterrupt...) ends it.
        notice = ChannelNotice("stopped", "the polling thread was interrupted")
        try:
            while True:
                for item in self.poll():
                    self._dispatch(item)
                with self._progress:
                    self._dispatched = self._answered
                    self._progress.notify_all()
        except ChannelStopped as stopped:
            notice = stopped.notice
        except Exception as error:  # whatever it is, the notice says it rather than silence
            notice = ChannelNotice("stopped", _describe(error))
            unexpected = not isinstance(error, UcwaError)
            log.warning("event channel stopped: %s", notice.detail, exc_info=unexpected)
        finally:
            self._end(notice)
            self._connections.close()

    def _end(self, notice: ChannelNotice) -> None:
        if self._stop.is_set():
            # Stopped on request: what ended the last P-GET (the application deleted, the
            # pool closed) followed from the request, which is the reason to give.
            notice = ChannelNotice("stopped", self._stop_reason)
        if self.stopped is None:
            self.stopped = notice
        self._dispatch(notice, last=True)
        with self._progress:
            self._progress.notify_all()

    def _dispatch(self, item: Item, *, last: bool = False) -> None:
        with self._delivering:
            for listener in self._listeners:
                if self._closed:
                    break
                _deliver(listener, item)
        if last:
            self._buffer.end(item)
        else:
            self._buffer.put(item)

    def stop(self, wait: float = 5.0, reason: str = "stopped") -> None:
        """Stop: cut the P-GET in flight, end the polling thread, close the connections.

        Waits up to ``wait`` seconds for the thread, which gives the listeners the final
        ``stopped`` notice (saying ``reason``) meanwhile. Once this returns no listener is
        called again; only a listener still running when ``wait`` runs out finishes its call,
        and called from a listener, the other listeners of that item are skipped.
        """
        self._stop_reason = reason
        self._stop.set()
        deadline = time.monotonic() + wait
        thread = self._thread
        self._connections.abort()
        if thread is not None and thread is not threading.current_thread():
            while thread.is_alive() and (remaining := deadline - time.monotonic()) > 0:
                thread.join(min(remaining, ABORT_RETRY))
                self._connections.abort()
        # Taken, no listener is running; not taken in time, one that does not return is left
        # to finish its call: either way none is called after this.
        acquired = self._delivering.acquire(timeout=max(0.0, deadline - time.monotonic()))
        self._closed = True
        if acquired:
            self._delivering.release()
        if thread is None and self.stopped is None:  # never started: tell readers, close
            self._end(_STOPPED)
            self._connections.close()

    def items(self, timeout: float | None = None) -> Iterator[Item]:
        """Events and notices as they arrive; ends after ``timeout`` seconds without one, or
        once the final ``stopped``/``replaced`` notice has been read."""
        while (item := self._buffer.get(timeout)) is not None:
            yield item

    def __iter__(self) -> Iterator[Item]:
        return self.items()

    def wait_for(self, predicate: Callable[[Item], bool], timeout: float) -> Item:
        """The first item that matches (earlier ones are consumed); TimeoutError if none comes
        within ``timeout`` seconds, ChannelStopped if the channel ends first."""
        deadline = time.monotonic() + timeout
        while (item := self._buffer.get(max(0.0, deadline - time.monotonic()))) is not None:
            if predicate(item):
                return item
        if self.stopped is not None:
            raise ChannelStopped(self.stopped)
        raise TimeoutError("no matching event arrived in time")


def _deliver(listener: Listener, item: Item) -> None:
    # One listener's failure is its own: the other listeners, and later items, still come.
    # The traceback holds code and messages, not the frames' variables.
    try:
        listener(item)
    except Exception:
        name = getattr(listener, "__qualname__", type(listener).__qualname__)
        log.exception("event channel: the listener %s raised; delivery goes on", name)


def _on_origin_of(channel_url: str, rel: str, url: str) -> str:
    # A link off the channel's origin (another host, or data:, mailto:, file:...) would take
    # the P-GET, and the token, where they do not belong.
    with contextlib.suppress(ValueError):
        if origin_of(url) == origin_of(channel_url):
            return url
    scheme, host, port = origin_of(channel_url)
    raise ChannelStopped(
        ChannelNotice(
            "stopped",
            f"refused the {rel} link {url[:60]!r}: the channel stays on {scheme}://{host}:{port}",
        )
    )


def _describe(error: Exception) -> str:
    text = f"{type(error).__name__}: {error}"
    return text if len(text) <= DETAIL_LIMIT else text[: DETAIL_LIMIT - 3] + "..."

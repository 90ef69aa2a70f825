"""The event channel: UCWA's pending GET (P-GET), read in order, without loss or repeats.

Each P-GET goes to the ``next`` href exactly as the server gave it, with ``timeout`` (and, after
a reconnect, ``priority``) appended by :func:`~.transport.add_query`. The channel moves to the
next href only once a response has been read whole, so a dropped connection or a timeout
retries the same href, and the server answers it with the same events: none lost, none twice.

Special answers: ``resync`` (the server lost track of us: follow it, and tell the user that
cached state is stale), ``resume`` (follow it like ``next``; transient state was reset),
409 ``PGetReplaced`` (another P-GET took our place: the channel stops and says so), and
404 ``ApplicationNotFound`` / 410 ``InactiveApplicationExpired`` (handed to ``on_lost``, which
may give the events link of a new application to carry on with).
"""

from __future__ import annotations

import json
import queue
import re
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, Literal
from urllib.parse import urljoin

import attrs

from . import codec_json
from .errors import HttpError, ParseError, TransportError, UcwaError
from .model import Link, Resource
from .transport import NO_RETRY, Client, Response, RetryPolicy, log

# Statuses after which the channel reconnects rather than stops (overload, a restarting front
# end); the same the client retries by default.
RETRIED_STATUSES = RetryPolicy().statuses

NoticeKind = Literal["resync", "resume", "replaced", "application_recreated", "stopped"]

# How long the server may hold a P-GET (seconds); its own limit may be shorter.
DEFAULT_POLL_TIMEOUT = 180.0
# Grace beyond the poll timeout before the client gives up on a silent connection.
READ_MARGIN = 15.0
# How long the channel keeps reconnecting without reading an answer before it stops: long
# enough for a front end to restart, short of UCWA's own expiry of an idle application.
DEFAULT_RECONNECT_DEADLINE = 300.0


@attrs.frozen
class EventLink:
    """A link in an event (sender, target or ``in``): rel, href as given, and absolute URL."""

    rel: str
    href: str
    url: str
    attributes: dict[str, Any] = attrs.field(factory=dict, eq=False)


@attrs.frozen
class Reason:
    """Why an operation failed or the server changed something: UCWA's error structure.

    ``code`` and ``subcode`` are ``ucwa.enums.ErrorCode`` / ``ErrorSubcode`` values (open
    enumerations, so an unknown value is kept).
    """

    code: Any
    subcode: Any
    message: str | None
    raw: dict[str, Any] = attrs.field(factory=dict, eq=False, repr=False)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Reason:
        from ..enums import ErrorCode, ErrorSubcode  # generated beside this runtime

        code, subcode, message = data.get("code"), data.get("subcode"), data.get("message")
        return cls(
            ErrorCode(code) if isinstance(code, str) else None,
            ErrorSubcode(subcode) if isinstance(subcode, str) else None,
            message if isinstance(message, str) else None,
            data,
        )


@attrs.frozen
class Event:
    """One event: who sent it, what it is about, and the resource when the server embedded it.

    ``type`` is added/updated/deleted (resources) or started/updated/completed (operations);
    ``status`` (Success/Failure) and ``reason`` come with completed operations.
    """

    type: str
    sender: EventLink
    link: EventLink
    resource: Resource | None = None
    status: str | None = None
    reason: Reason | None = None
    in_: EventLink | None = None
    raw: dict[str, Any] = attrs.field(factory=dict, eq=False, repr=False)

    @property
    def operation_id(self) -> str | None:
        """The operationId of the embedded operation resource, if it carries one."""
        if self.resource is None:
            return None
        value = getattr(self.resource, "operation_id", None)
        if value is None:
            value = self.resource.extra_properties.get("operationId")
        return value if isinstance(value, str) else None


@attrs.frozen
class ChannelNotice:
    """Something the user should know about the channel itself (not a resource event)."""

    kind: NoticeKind
    detail: str = ""


Item = Event | ChannelNotice
Listener = Callable[[Item], None]
LostHandler = Callable[[HttpError], "Link[Any] | None"]


class ChannelStopped(UcwaError):
    """The event channel stopped; ``notice`` says why."""

    def __init__(self, notice: ChannelNotice) -> None:
        super().__init__(f"event channel stopped: {notice.kind} {notice.detail}".strip())
        self.notice = notice


class _Resolver:
    """``client.url_for`` of the hrefs of one events response, each href resolved once.

    Every link of a response resolves against the response's URL, and its events name the
    same few resources over and over (the sender, the conversation they happen ``in``); the
    answers are kept for the one response only, so the memo is no larger than the body.
    """

    def __init__(self, client: Client, base_url: str) -> None:
        self.client = client
        self.base_url = base_url
        self.urls: dict[str, str] = {}
        # An http(s) response URL's scheme://host[:port], when hrefs that are plain absolute
        # paths may be appended to it: urljoin would give the same (see _PLAIN_PATH), so the
        # hrefs each event names once (its message, its participant) skip urljoin's parsing.
        self.origin: str | None = None
        if type(client).url_for is Client.url_for:  # nothing overrides how links resolve
            root = urljoin(base_url or client.base_url, "/")
            if root.startswith(("http://", "https://")) and root.count("/") == 3:
                self.origin = root[:-1]

    def __call__(self, href: str) -> str:
        url = self.urls.get(href)
        if url is None:
            if self.origin is not None and _PLAIN_PATH.match(href) and "/." not in href:
                url = self.origin + href
            else:
                url = self.client.url_for(Link(href=href, base_url=self.base_url))
            self.urls[href] = url
        return url


# An absolute path that urljoin leaves as it is: one leading slash (two would start a host),
# only characters urlsplit neither strips nor splits on (no query, fragment, params, spaces or
# controls), and (checked beside it) no "." or ".." segment for it to remove.
_PLAIN_PATH = re.compile(r"/[A-Za-z0-9\-_~%@!$&'()*+,=:][A-Za-z0-9\-_~%@!$&'()*+,=:./]*\Z")


def _event_link(data: Any, resolve: _Resolver) -> EventLink | None:
    if not isinstance(data, dict):
        return None
    href = data.get("href")
    if not isinstance(href, str):
        return None
    rel = data.get("rel")
    # A sender block also holds its events; they are not attributes of the link.
    attributes = {k: v for k, v in data.items() if k not in ("rel", "href", "events")}
    return EventLink(rel if isinstance(rel, str) else "", href, resolve(href), attributes)


def parse_events(response: Response, client: Client) -> tuple[list[Event], dict[str, str]]:
    """The events of a P-GET response, in order, and its links (rel -> absolute URL)."""
    from .. import RESOURCES  # the generated rel -> class map

    try:
        data = json.loads(response.body)
        if not isinstance(data, dict):
            raise ValueError("an events response is a JSON object")
        resolve = _Resolver(client, response.url)
        links = {
            rel: resolve(value["href"])
            for rel, value in (data.get("_links") or {}).items()
            if isinstance(value, dict) and isinstance(value.get("href"), str)
        }
        events: list[Event] = []
        for sender_data in data.get("sender") or []:
            sender = _event_link(sender_data, resolve)
            if sender is None:
                raise ValueError("an event sender has no href")
            for item in sender_data.get("events") or []:
                events.append(_event(item, sender, resolve, RESOURCES))
    except (ValueError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise ParseError(
            f"unreadable events response: {exc}",
            status=response.status,
            headers=response.headers,
            body=response.body,
            method=response.method,
            url=response.url,
        ) from exc
    return events, links


def _event(item: Any, sender: EventLink, resolve: _Resolver, registry: Any) -> Event:
    if not isinstance(item, dict) or not isinstance(item.get("type"), str):
        raise ValueError("an event needs a type")
    link = _event_link(item.get("link"), resolve)
    if link is None:
        raise ValueError("an event needs a link with an href")
    resource: Resource | None = None
    embedded = item.get("_embedded")
    if isinstance(embedded, dict) and embedded:
        # The embedded resource sits under the link's rel (localParticipant...), typed by
        # its own rel property.
        body = embedded.get(link.rel, next(iter(embedded.values())))
        resource = codec_json.structure(
            body, registry.get(body.get("rel")) or _generic(), registry, resolve.base_url
        )
    reason = item.get("reason")
    status = item.get("status")
    return Event(
        type=item["type"],
        sender=sender,
        link=link,
        resource=resource,
        status=status if isinstance(status, str) else None,
        reason=Reason.from_json(reason) if isinstance(reason, dict) else None,
        in_=_event_link(item.get("in"), resolve),
        raw=item,
    )


def _generic() -> type[Resource]:
    from .model import GenericResource

    return GenericResource


class EventChannel:
    """Reads the event channel from ``events_link`` on; by iteration, callbacks, or both.

    ``poll()`` sends one P-GET and returns what it brought. ``start()`` polls on a daemon
    thread, calling each listener (in order, on that thread) and queueing every item for
    ``items()``/iteration. ``on_lost`` is called for 404/410 of the application; it returns
    the events link of a new application (the channel goes on there and emits an
    ``application_recreated`` notice) or None to stop.

    Dropped connections, timeouts, 429 and 5xx are met by reconnecting after
    ``reconnect_delays`` (or the server's Retry-After), but not forever: once P-GETs have
    failed for ``reconnect_deadline`` seconds in a row (counted from the sending of the first
    that failed, by ``clock``), or the next wait would end past that, the channel stops with
    a ``stopped`` notice saying why. None reconnects without end.
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
    ) -> None:
        self._client = client
        self._next = client.url_for(events_link)
        self._poll_timeout = poll_timeout
        self._on_lost = on_lost
        self._delays = reconnect_delays
        self._reconnects = 0
        self._deadline = reconnect_deadline
        self._clock = clock
        # When the first P-GET of the current run of failures was sent (None: no failures).
        self._failing_since: float | None = None
        self._listeners: list[Listener] = []
        self._queue: queue.Queue[Item] = queue.Queue()
        self._stop = threading.Event()
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
        """One P-GET (retrying the same href after a dropped connection); its items in order."""
        while True:
            # After a reconnect the server may still hold our earlier P-GET; a higher priority
            # tells it which one is current should the two cross.
            query = {"timeout": str(max(1, round(self._poll_timeout)))}
            if self._reconnects:
                query["priority"] = str(self._reconnects)
            with self._progress:
                self._sent += 1
                number = self._sent
            sent_at = self._clock()
            try:
                response = self._client.request(
                    "GET",
                    self._next,
                    query=query,
                    timeout=self._poll_timeout + READ_MARGIN,
                    # The channel reconnects by itself (below), sending each attempt anew so
                    # that it is counted and carries the priority of a reconnect.
                    retry=NO_RETRY,
                )
            except TransportError as error:
                log.debug("event channel: %s; reconnecting", error)
                self._wait_before_reconnect(sent_at, str(error))
                continue
            except HttpError as error:
                if error.status in RETRIED_STATUSES:
                    log.debug("event channel: %s; reconnecting", error.status)
                    reason = f"status {error.status}"
                    self._wait_before_reconnect(sent_at, reason, error.headers.get("Retry-After"))
                    continue
                return self._failed(error)
            self._answered = number
            return self._read(response)

    def _wait_before_reconnect(
        self, sent_at: float, failure: str, retry_after: str | None = None
    ) -> None:
        delay = self._delays[min(self._reconnects, len(self._delays) - 1)]
        if retry_after:  # the server's word on when to come back (seconds or a date)
            delay = max(delay, RetryPolicy(backoff=0.0).wait_before(1, retry_after))
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
        if self._stop.wait(delay):
            raise ChannelStopped(ChannelNotice("stopped", "stopped while reconnecting"))

    def _read(self, response: Response) -> list[Item]:
        events, links = parse_events(response, self._client)
        items: list[Item] = list(events)
        if "next" in links:
            self._next = links["next"]
        elif "resume" in links:
            self._next = links["resume"]
            items.append(
                ChannelNotice("resume", "the server reset conversations and subscriptions")
            )
        elif "resync" in links:
            self._next = links["resync"]
            items.append(ChannelNotice("resync", "events may have been missed; re-read resources"))
        else:
            raise ParseError(
                "an events response without next, resume or resync",
                status=response.status,
                headers=response.headers,
                body=response.body,
                method=response.method,
                url=response.url,
            )
        self._reconnects = 0
        self._failing_since = None
        return items

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
        try:
            while not self._stop.is_set():
                for item in self.poll():
                    self._dispatch(item)
                with self._progress:
                    self._dispatched = self._answered
                    self._progress.notify_all()
        except ChannelStopped as stopped:
            self._end(stopped.notice)
        except UcwaError as error:
            self._end(ChannelNotice("stopped", f"{type(error).__name__}: {error}"))
        else:
            self._end(ChannelNotice("stopped", "stopped"))

    def _end(self, notice: ChannelNotice) -> None:
        if self._stop.is_set():
            # Stopped on request: what ended the last P-GET (the application deleted, the
            # pool closed) followed from the request, which is the reason to give.
            notice = ChannelNotice("stopped", self._stop_reason)
        self.stopped = notice
        self._dispatch(notice)
        with self._progress:
            self._progress.notify_all()

    def _dispatch(self, item: Item) -> None:
        for listener in self._listeners:
            listener(item)
        self._queue.put(item)

    def stop(self, wait: float = 5.0, reason: str = "stopped") -> None:
        """Stop polling; the P-GET in flight is left to finish (its events are still read).

        The final ``stopped`` notice gives ``reason``.
        """
        self._stop_reason = reason
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(wait)

    def items(self, timeout: float | None = None) -> Iterator[Item]:
        """Events and notices as they arrive; ends after ``timeout`` seconds without one, or
        after the final ``stopped``/``replaced`` notice."""
        while True:
            try:
                item = self._queue.get(timeout=timeout)
            except queue.Empty:
                return
            yield item
            if isinstance(item, ChannelNotice) and item is self.stopped:
                return

    def __iter__(self) -> Iterator[Item]:
        return self.items()

    def wait_for(self, predicate: Callable[[Item], bool], timeout: float) -> Item:
        """The first queued item that matches (earlier ones are consumed); TimeoutError if none
        comes within ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while (remaining := deadline - time.monotonic()) > 0:
            try:
                item = self._queue.get(timeout=remaining)
            except queue.Empty:
                break
            if predicate(item):
                return item
        raise TimeoutError("no matching event arrived in time")

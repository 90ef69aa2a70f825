"""Waiting for asynchronous operations (startMessaging, sendMessage, accept...) to complete.

An operation is started with an ``operationId`` the client chose; its progress arrives in
the event channel as started/updated/completed events of the operation resource. The
completion can arrive before the 201 response that names the operation's URL (the event
channel is a separate connection), so every completion is kept until someone asks for it,
found by operationId or by the operation's URL.

The events are also how a client learns the fate of an operation whose POST got no answer:
an event carrying its operationId means the server applied it. Their absence proves nothing
(the server may apply it later, or its events may still be queued), so such a POST is never
sent again: :meth:`OperationTracker.wait_seen` waits a bounded time for the events, and
:class:`OperationOutcomeUnknown` says so when none came.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import attrs
from ucwa_runtime.errors import OutcomeUnknown, UcwaError
from ucwa_runtime.events import Event, Item, Reason
from ucwa_runtime.model import Link, Resource
from ucwa_runtime.operations import Created
from ucwa_runtime.transport import Client

# Each record of a tracker (completions nobody has asked for yet, the operations the channel
# has shown, the operation URLs known with their operationId) keeps at most this many
# entries, the oldest dropped first, so that a session that only listens holds no more
# however many operations go by. An operation whose entries were dropped is still found by
# its operationId, but no longer by its URL alone.
MAX_UNCLAIMED = 1000


class OperationFailed(UcwaError):
    """An operation completed with a status other than Success; ``reason`` says why."""

    def __init__(self, operation_id: str, event: Event) -> None:
        reason = event.reason
        detail = " ".join(str(x) for x in (reason.code, reason.subcode) if x) if reason else ""
        super().__init__(f"operation {operation_id} failed: {event.status} {detail}".strip())
        self.operation_id = operation_id
        self.event = event
        self.reason: Reason | None = reason


class OperationOutcomeUnknown(OutcomeUnknown):
    """An operation's POST got no answer, and nothing showed that the server applied it.

    The server may still apply it. It was not sent again, and must not be sent again blindly:
    ``operation.wait()`` still learns its completion should the server apply it; otherwise
    read the resource it would have changed (the conversation, the messages) before deciding.
    What the broken answer carried (``status``, ``headers``, ``body``) is kept.
    """

    def __init__(self, operation: PendingOperation, unknown: OutcomeUnknown, shown: str) -> None:
        super().__init__(
            f"{unknown}; operation {operation.operation_id}: {shown}; it was not sent "
            "again, and may still be applied "
            "(wait() on .operation, or read what it would change, before sending it again)",
            method=unknown.method,
            url=unknown.url,
            status=unknown.status,
            headers=unknown.headers,
            body=unknown.body,
        )
        self.operation = operation


@attrs.frozen
class OperationResult:
    """A successful completion: its status and the operation resource as last sent."""

    operation_id: str
    status: str | None
    resource: Resource | None
    event: Event


class PendingOperation:
    """An operation started (or about to be) with ``operation_id``; :meth:`wait` for it."""

    def __init__(self, tracker: OperationTracker, operation_id: str) -> None:
        self._tracker = tracker
        self.operation_id = operation_id
        # The URL of the resource the operation made (the 201's Location), once known.
        self.url: str | None = None

    def __repr__(self) -> str:
        return f"PendingOperation({self.operation_id!r})"

    def bind(self, url: str) -> None:
        """Record the operation's URL (the 201's Location) to match events without an id."""
        self.url = url
        self._tracker.bind(self.operation_id, url)

    def wait(self, timeout: float) -> OperationResult:
        """The completion; OperationFailed for a failure, TimeoutError when none comes."""
        event = self._tracker.completion(self.operation_id, timeout)
        if event.status not in (None, "Success"):
            raise OperationFailed(self.operation_id, event)
        return OperationResult(self.operation_id, event.status, event.resource, event)


class OperationTracker:
    """Matches ``completed`` events to operations; a listener of the event channel."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._url_to_id: OrderedDict[str, str] = OrderedDict()
        self._by_id: OrderedDict[str, Event] = OrderedDict()
        self._by_url: OrderedDict[str, Event] = OrderedDict()
        # operationId -> URL of every operation the channel has shown (the latest kept)
        self._seen: OrderedDict[str, str] = OrderedDict()

    def start(self, operation_id: str | None = None) -> PendingOperation:
        """A handle for an operation about to be sent (a fresh id when none is given)."""
        return PendingOperation(self, operation_id or uuid.uuid4().hex)

    def bind(self, operation_id: str, url: str) -> None:
        with self._condition:
            self._url_to_id[url] = operation_id
            _trim(self._url_to_id)
            event = self._by_url.pop(url, None)
            if event is not None:
                self._by_id.setdefault(operation_id, event)
                self._condition.notify_all()

    def __call__(self, item: Item) -> None:
        """Take in one channel item (registered with ``EventChannel.listen``)."""
        if not isinstance(item, Event):
            return
        operation_id = item.operation_id
        with self._condition:
            if operation_id is not None:
                self._url_to_id.setdefault(item.link.url, operation_id)
                _trim(self._url_to_id)
                self._seen[operation_id] = item.link.url
                _trim(self._seen)
                self._condition.notify_all()  # for wait_seen
            if item.type != "completed":
                return
            known = operation_id or self._url_to_id.get(item.link.url)
            if known is not None:
                self._by_id[known] = item
                _trim(self._by_id)
            else:  # the 201 with this URL has not been read yet
                self._by_url[item.link.url] = item
                _trim(self._by_url)
            self._condition.notify_all()

    def wait_seen(self, operation_id: str, timeout: float) -> str | None:
        """The URL of the operation with this id once an event shows it; None if no event
        has within ``timeout`` seconds."""
        with self._condition:
            self._condition.wait_for(lambda: operation_id in self._seen, timeout)
            return self._seen.get(operation_id)

    def completion(self, operation_id: str, timeout: float) -> Event:
        deadline = time.monotonic() + timeout
        with self._condition:
            while operation_id not in self._by_id:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"operation {operation_id} did not complete in {timeout} s")
                self._condition.wait(remaining)
            return self._by_id.pop(operation_id)


def post_once(
    tracker: OperationTracker,
    operation: PendingOperation,
    send: Callable[[], Created[Any]],
    client: Client,
    waited: float,
) -> None:
    """Send an operation's POST once and bind its URL; see ``UcwaSession.post_operation``.

    ``waited`` is how long the event channel may take to show an operation whose answer was
    lost (0 when no channel runs).
    """
    try:
        created = send()
    except OutcomeUnknown as unknown:
        operation.bind(_applied_at(tracker, operation, unknown, client, waited))
        return
    operation.bind(client.url_for(created.link))


def _applied_at(
    tracker: OperationTracker,
    operation: PendingOperation,
    unknown: OutcomeUnknown,
    client: Client,
    waited: float,
) -> str:
    # The URL of the operation once something shows the server applied it.
    location = (unknown.headers or {}).get("Location")
    if unknown.status == 201 and location:
        return client.url_for(Link(href=location, base_url=unknown.url))
    url = tracker.wait_seen(operation.operation_id, waited)
    if url is None:
        shown = f"did not show in the event channel within {waited} s"
        raise OperationOutcomeUnknown(operation, unknown, shown) from unknown
    return url


def _trim(buffer: OrderedDict[str, Any]) -> None:
    while len(buffer) > MAX_UNCLAIMED:
        buffer.popitem(last=False)

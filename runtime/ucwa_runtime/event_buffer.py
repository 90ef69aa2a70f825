"""The event channel's buffer for readers: bounded, oldest dropped first, the loss reported.

Listeners get every item as it comes; the buffer keeps items for whoever reads the channel
(``items()``, iteration, ``wait_for``), possibly later or never. Kept whole it would grow
without end under a caller that only listens, so it holds at most ``limit`` items: when full,
the oldest goes, and the next read gives a ``ChannelNotice("overflow", ..., dropped=n)``
before the oldest item still held, so a reader always learns that (and how much) it missed.
"""

from __future__ import annotations

import threading
import time
from collections import deque

from .event_items import ChannelNotice, Item

DEFAULT_BUFFER_LIMIT = 10_000


class ItemBuffer:
    """Items for readers, at most ``limit`` of them (see the module documentation).

    :meth:`end` puts the channel's last item: once it has been read, or while nothing is
    held after it, every :meth:`get` returns None at once instead of waiting.
    """

    def __init__(self, limit: int = DEFAULT_BUFFER_LIMIT) -> None:
        if limit < 1:
            raise ValueError("the event buffer must hold at least one item")
        self._limit = limit
        self._items: deque[Item] = deque()
        self._dropped = 0
        self._ended = False
        self._condition = threading.Condition()

    def put(self, item: Item) -> None:
        with self._condition:
            self._put(item)

    def end(self, last: Item) -> None:
        """Put the channel's last item and wake every reader."""
        with self._condition:
            self._put(last)
            self._ended = True

    def _put(self, item: Item) -> None:
        if len(self._items) >= self._limit:
            self._items.popleft()
            self._dropped += 1
        self._items.append(item)
        self._condition.notify_all()

    def get(self, timeout: float | None) -> Item | None:
        """The next item; None after ``timeout`` seconds (None: no limit) without one, or
        at once when the channel has ended and everything was read."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._condition:
            while not self._items:
                if self._ended:
                    return None
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return None
                self._condition.wait(remaining)
            if self._dropped:
                dropped, self._dropped = self._dropped, 0
                return ChannelNotice(
                    "overflow",
                    f"{dropped} items were dropped unread (the buffer holds {self._limit})",
                    dropped,
                )
            return self._items.popleft()

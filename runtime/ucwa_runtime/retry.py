"""When a request is sent again, and how long a call may take in all.

A :class:`RetryPolicy` is the client's (or one call's) answer to both; the transport applies
it (see :meth:`.transport.Client.request`).
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable, Mapping
from datetime import UTC

import attrs

from .by_fields import HashedByFields

# The longest wait a Retry-After is taken at its word for; a longer one (or a number too
# long to read) counts as this long, which is past any sensible deadline, so the answer is
# raised at once rather than waited for, and never an error of its own.
MAX_RETRY_AFTER = 24 * 3600.0
# Methods whose repetition does no more than doing them once (RFC 9110 9.2.2); a PUT joins
# them only with If-Match, because a repeat after success then fails with 412 instead of
# overwriting a change made in between.
_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "DELETE"})


@attrs.frozen(eq=False, repr=False)
class RetryPolicy(HashedByFields):
    """When an idempotent request is sent again, and how long the client waits first.

    At most ``attempts`` sends in all. After a failure the client waits ``backoff`` seconds,
    doubling each time up to ``max_backoff``; a ``Retry-After`` (seconds or an HTTP date) on
    a retried status is honoured when longer (see :func:`retry_after_seconds`).

    ``deadline`` bounds the whole call, in seconds from its start: no new attempt starts
    once it has passed, nor one whose wait would end past it (the last failure or status is
    raised instead), and an attempt under way is cut when it passes, however slowly the
    server keeps sending its answer's head or body (see :mod:`.pools`; over a pool not
    made by :func:`.pools.make_pool`, only between two receives of the body). Retried: a
    connection that could not be made (any method), and for idempotent requests a dropped or
    cut answer, a timeout, and the ``statuses``. TLS failures are never retried. ``sleep``
    and ``clock`` are for tests.
    """

    attempts: int = 4
    backoff: float = 0.25
    max_backoff: float = 8.0
    deadline: float = 60.0
    statuses: frozenset[int] = frozenset({429, 500, 502, 503, 504})
    sleep: Callable[[float], None] = attrs.field(default=time.sleep, eq=False, repr=False)
    clock: Callable[[], float] = attrs.field(default=time.monotonic, eq=False, repr=False)

    def wait_before(self, retry: int, retry_after: str | None = None) -> float:
        """Seconds to wait before retry number ``retry`` (1 for the first).

        An unreadable ``retry_after`` leaves the backoff alone.
        """
        # The exponent is capped: 2.0 ** 1100 would overflow, and 2 ** 64 is past any cap.
        wait = min(self.max_backoff, self.backoff * 2.0 ** min(retry - 1, 64))
        asked = retry_after_seconds(retry_after) if retry_after else None
        return wait if asked is None else max(wait, asked)


# Nothing is sent twice; for callers that do their own retrying.
NO_RETRY = RetryPolicy(attempts=1)


def retry_after_seconds(value: str, now: float | None = None) -> float | None:
    """The wait a Retry-After value asks for, in seconds, or None when it is not one.

    Either form of RFC 9110 10.2.3 is read: a whole number of seconds, or an HTTP date,
    counted from ``now`` (the wall clock, ``time.time()``, by default; a date past gives 0).
    Anything else is no hint. Either form is capped at :data:`MAX_RETRY_AFTER`, so neither
    a number of thousands of digits nor a date in the year 9999 is an error.
    """
    text = value.strip()
    if text.isascii() and text.isdigit():
        # int() refuses more than 4,300 digits; anything over 6 is past the cap anyway.
        return min(float(int(text)), MAX_RETRY_AFTER) if len(text) <= 6 else MAX_RETRY_AFTER
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # "-0000" or no zone: HTTP dates are GMT
        when = when.replace(tzinfo=UTC)
    ahead = when.timestamp() - (time.time() if now is None else now)
    return min(max(ahead, 0.0), MAX_RETRY_AFTER)


def idempotent(method: str, headers: Mapping[str, str]) -> bool:
    """Whether sending the request twice does no more than sending it once."""
    method = method.upper()
    return method in _IDEMPOTENT or (
        method == "PUT" and any(name.lower() == "if-match" for name in headers)
    )

"""Reading an answer's body: within a size limit, a declared length and the call's deadline.

The client streams every body (``preload_content=False``) and reads it here, so that neither
a huge body nor one sent a byte at a time can hold it: a body is read in pieces, each as big
as one receive brings, and reading stops past ``limit`` bytes or once the deadline passes.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from typing import Any

import urllib3

from .errors import ParseError, ResponseTooLarge

_CHUNK = 64 * 1024

# The client's logger (see transport): sizes and URLs only, never headers or bodies.
log = logging.getLogger("ucwa")


class BrokenBody(Exception):
    """The answer's head arrived, then the connection broke (or the call's deadline passed)
    while its body was read."""

    def __init__(self, raw: urllib3.BaseHTTPResponse, body: bytes, cause: Exception) -> None:
        super().__init__(str(cause))
        self.raw = raw
        self.body = body


def read_body(
    raw: urllib3.BaseHTTPResponse,
    limit: int,
    method: str,
    url: str,
    ends: float | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> bytes:
    """Read a streamed (``preload_content=False``) body of at most ``limit`` bytes.

    A declared Content-Length over the limit is refused before reading (ResponseTooLarge),
    as is one that is not a number (ParseError); otherwise reading stops as soon as the limit
    is passed. When ``ends`` (a ``clock()`` instant) passes, reading stops with BrokenBody:
    each read takes what one receive brings, waiting no longer than the time left, so a
    server that sends a byte now and then cannot hold the call past it. The connection goes
    back to the pool either way (closed when the body was not read to its end, so it is
    never reused mid-answer).
    """
    chunks: list[bytes] = []
    size = 0
    socket_wait = _SocketWait(raw)
    try:
        declared = _declared_length(raw, method, url)
        if declared is not None and declared > limit:
            raise _too_large(raw, limit, method, url)
        while True:
            if ends is not None:
                socket_wait.at_most(ends - clock())
            chunk = raw.read1(_CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise _too_large(raw, limit, method, url)
            chunks.append(chunk)
    except (urllib3.exceptions.HTTPError, DeadlinePassed) as exc:
        raw.close()
        cause: Exception = exc
        if isinstance(exc, urllib3.exceptions.TimeoutError) and socket_wait.cut:
            cause = DeadlinePassed("the call's deadline passed while its answer was read")
        raise BrokenBody(raw, b"".join(chunks), cause) from cause
    except (ResponseTooLarge, ParseError):
        raw.close()
        raise
    finally:
        raw.release_conn()
    return b"".join(chunks)


class DeadlinePassed(Exception):
    """The call's deadline passed before its answer was whole (the cause of a TransportError
    or OutcomeUnknown)."""


class _SocketWait:
    """The longest a response's socket waits for its next bytes, cut to the time left.

    urllib3 sets a connection's timeout anew for each request, so the cut does not outlast
    the answer.
    """

    def __init__(self, raw: urllib3.BaseHTTPResponse) -> None:
        self._raw = raw
        socket_ = self._socket()
        self._timeout = socket_.gettimeout() if socket_ is not None else None
        # Whether the last wait was the time left rather than the read timeout: a timeout
        # of that wait is the deadline's.
        self.cut = False

    def _socket(self) -> Any:
        # None for a response not read from a socket (a test's canned body), and once the
        # answer was read to its end: urllib3 then hands the connection back to the pool,
        # where it may already be another request's.
        return getattr(self._raw.connection, "sock", None)

    def at_most(self, remaining: float) -> None:
        if remaining <= 0:
            raise DeadlinePassed("the call's deadline passed while its answer was read")
        socket_ = self._socket()
        if socket_ is not None:
            self.cut = self._timeout is None or remaining < self._timeout
            wait = remaining if self.cut else self._timeout
            with contextlib.suppress(OSError):  # closed: the read that follows says so
                socket_.settimeout(wait)


def _declared_length(raw: urllib3.BaseHTTPResponse, method: str, url: str) -> int | None:
    # urllib3 gives up on a Content-Length it cannot read and reads to the end of the
    # connection; the answer is broken all the same, so it is refused here. Only ASCII digits
    # count: str.isdigit() also takes "²", which int() refuses. Equal repeats ("5, 5") are
    # allowed, as urllib3 allows them (it refuses differing ones itself).
    declared = raw.headers.get("Content-Length")
    if declared is None:
        return None
    values = {value.strip() for value in declared.split(",")}
    if not all(value.isascii() and value.isdigit() for value in values):
        raise ParseError(
            f"{method} {url}: the answer's Content-Length {declared[:40]!r} is not a number",
            status=raw.status,
            headers=raw.headers,
            body=b"",
            method=method,
            url=url,
        )
    # int() refuses more than 4,300 digits; 19 already exceed any body that can be read.
    digits = [value.lstrip("0") or "0" for value in values]
    return max(int(value) if len(value) <= 18 else 10**18 for value in digits)


def _too_large(
    raw: urllib3.BaseHTTPResponse, limit: int, method: str, url: str
) -> ResponseTooLarge:
    log.warning("%s %s: the body is over %d bytes; not read", method, url, limit)
    return ResponseTooLarge(
        f"{method} {url}: the answer's body is longer than {limit} bytes",
        method=method,
        url=url,
        status=raw.status,
        headers=raw.headers,
        limit=limit,
    )

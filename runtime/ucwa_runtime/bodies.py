"""Reading an answer's body: within a size limit, a declared length and the call's deadline.

The client streams every body (``preload_content=False``) and reads it here, so that neither
a huge body nor one sent a byte at a time can hold it: a body is read in pieces, each as big
as one receive brings, and reading stops past ``limit`` bytes or once the deadline passes.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import urllib3

from .errors import ParseError, ResponseTooLarge
from .pools import DeadlinePassed, deadline_passed

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
    is passed. Reading stops with BrokenBody when the request's deadline passes: within a
    receive, on the connections of :func:`.pools.make_pool` (which wait no longer than the
    time left), and between receives once ``ends`` (a ``clock()`` instant) has passed, which
    also bounds a body read over a pool of another kind. The connection goes back to the pool
    either way (closed when the body was not read to its end, so it is never reused
    mid-answer).
    """
    chunks: list[bytes] = []
    size = 0
    try:
        declared = _declared_length(raw, method, url)
        if declared is not None and declared > limit:
            raise _too_large(raw, limit, method, url)
        # A declared length read whole ends the body: no last receive to find its end.
        while declared is None or size < declared:
            if ends is not None and clock() >= ends:
                raise DeadlinePassed("the deadline passed while the answer was read")
            chunk = raw.read1(_CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise _too_large(raw, limit, method, url)
            chunks.append(chunk)
    except (urllib3.exceptions.HTTPError, DeadlinePassed) as exc:
        raw.close()
        # urllib3 words a deadline passing within a receive as a read timeout.
        cause: Exception = deadline_passed(exc) or exc
        raise BrokenBody(raw, b"".join(chunks), cause) from cause
    except (ResponseTooLarge, ParseError):
        raw.close()
        raise
    finally:
        raw.release_conn()
    return b"".join(chunks)


def _declared_length(raw: urllib3.BaseHTTPResponse, method: str, url: str) -> int | None:
    # urllib3 gives up on a Content-Length it cannot read and reads to the end of the
    # connection; the answer is broken all the same, so it is refused here. Only ASCII digits
    # count: str.isdigit() also takes "²", which int() refuses. Equal repeats ("5, 5") are
    # allowed, as urllib3 allows them (it refuses differing ones itself).
    declared = raw.headers.get("Content-Length")
    if declared is None:
        return None
    if declared.isascii() and declared.isdigit() and len(declared) <= 18:
        return int(declared)  # the usual answer: one plain number
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

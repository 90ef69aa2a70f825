"""The client's connection pools: answers read within their deadline, host names routed.

urllib3 cuts a request's connect and read timeouts to its :class:`urllib3.Timeout`'s
``total``, but a read timeout bounds each wait for bytes, not the answer: a server sending
one byte now and then, each well within it, holds the request for as long as it likes, while
http.client reads the status line, the header lines, a chunked body's size lines, or the
body. The connections of :func:`make_pool` read every answer through :class:`_Answer`, whose
every receive waits no longer than the read timeout nor past ``total`` seconds from the start
of the request; past that, reading fails with :class:`DeadlinePassed` (a ``TimeoutError``,
which urllib3 raises as a ``ReadTimeoutError`` from it). The client gives each attempt the
time left to its call's deadline as ``total``, so a call ends within its deadline, whole.
"""

from __future__ import annotations

import contextvars
import http.client
import io
import socket
import time
from collections.abc import Callable, Mapping
from typing import Any

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.util.timeout import _DEFAULT_TIMEOUT

from .urls import Target

# Host name -> (address, port) its TCP connections go to (see :func:`make_pool`).
ConnectTo = Mapping[str, tuple[str, int]]

# The deadline (a time.monotonic() instant) of the request a pool is making on this thread:
# set by the pool, read by the answer http.client makes (which is given the socket alone).
_answer_ends: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "ucwa_answer_ends", default=None
)


class DeadlinePassed(TimeoutError):
    """A request's deadline passed before its answer was whole (the cause of the error raised)."""


def deadline_passed(error: BaseException) -> DeadlinePassed | None:
    """The DeadlinePassed that caused ``error`` (or is ``error``), if one did."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, DeadlinePassed):
            return cause
        cause = cause.__cause__
    return None


def make_pool(
    ca_certs: str | None = None, maxsize: int = 10, connect_to: ConnectTo | None = None
) -> urllib3.PoolManager:
    """A pool that verifies TLS certificates (against ``ca_certs`` when given), and reads no
    answer past its request's ``Timeout.total`` (module documentation).

    It keeps up to ``maxsize`` connections per host; threads beyond that still get a
    connection each, which is closed after use rather than kept. ``connect_to`` sends the
    TCP connections for a host name (any port) to another address, like curl's
    ``--connect-to``: the URL, the Host header, TLS SNI and the certificate check keep the
    name. It reaches a deployment (or a test server) under its real names without DNS.
    """
    return _PoolManager(
        connect_to or {}, maxsize=maxsize, cert_reqs="CERT_REQUIRED", ca_certs=ca_certs
    )


def open_at(
    manager: urllib3.PoolManager, method: str, target: Target, **options: Any
) -> urllib3.BaseHTTPResponse:
    """Send a request to ``target`` through ``manager`` (``options`` as pool.urlopen's).

    It goes to the pool of the checked (scheme, host, port) with the path and query alone,
    so the URL is read once (by parse_target, as urllib3 reads it) and the origin decided is
    the pool connected to; PoolManager.urlopen would read it again. A proxy manager's pools
    are the proxy's, and take the whole URL and headers of its own.
    """
    if isinstance(manager, urllib3.ProxyManager):
        return manager.urlopen(method, target.url, **options)
    pool = manager.connection_from_host(target.host, target.port, target.scheme)
    return pool.urlopen(method, target.request_uri, assert_same_host=False, **options)


class _PoolManager(urllib3.PoolManager):
    # urllib3 documents _new_pool as the place to customise the pools it makes: a pool for a
    # routed host makes connections that connect elsewhere (pools are per scheme, host, port).
    def __init__(self, connect_to: ConnectTo, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.pool_classes_by_scheme = {"http": _HTTPPool, "https": _HTTPSPool}
        self.connect_to = {
            host.lower().rstrip("."): address for host, address in connect_to.items()
        }

    def _new_pool(
        self,
        scheme: str,
        host: str,
        port: int,
        request_context: dict[str, Any] | None = None,
    ) -> HTTPConnectionPool:
        pool = super()._new_pool(scheme, host, port, request_context)
        address = self.connect_to.get(host.lower().rstrip("."))
        if address is not None:
            tls = scheme == "https"
            pool.ConnectionCls = _RoutedHTTPSConnection if tls else _RoutedHTTPConnection
            pool.conn_kw["connect_to"] = address
        return pool


class _Answer(http.client.HTTPResponse):
    """http.client's answer, read from a :class:`_WithinDeadline` when it has a deadline."""

    def __init__(
        self,
        sock: socket.socket,
        debuglevel: int = 0,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(sock, debuglevel, method, url)
        ends = _answer_ends.get()
        if ends is not None:
            self.fp = io.BufferedReader(_WithinDeadline(self.fp.detach(), sock, ends))


class _WithinDeadline(io.RawIOBase):
    """A socket's reader whose every receive waits at most the socket's read timeout (urllib3
    sets it before the answer is read) and not past ``ends``."""

    def __init__(self, raw: io.RawIOBase, sock: socket.socket, ends: float) -> None:
        super().__init__()
        self._raw = raw
        self._sock = sock
        self._ends = ends
        self._read_timeout = sock.gettimeout()

    def readable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._raw.fileno()

    def readinto(self, buffer: Any) -> int | None:
        left = self._ends - time.monotonic()
        if left <= 0:
            raise DeadlinePassed("the deadline passed while the answer was read")
        cut = self._read_timeout is None or left < self._read_timeout
        self._sock.settimeout(left if cut else self._read_timeout)
        try:
            return self._raw.readinto(buffer)
        except TimeoutError as timeout:
            if cut:  # the wait was the time left, not the read timeout
                raise DeadlinePassed("the deadline passed while the answer was read") from timeout
            raise

    def close(self) -> None:
        super().close()
        self._raw.close()


class _HTTPConnection(HTTPConnection):
    response_class = _Answer


class _HTTPSConnection(HTTPSConnection):
    response_class = _Answer


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls: type[HTTPConnection] = _HTTPConnection

    def _make_request(self, conn: Any, *args: Any, **kwargs: Any) -> Any:
        # urlopen hands each request's Timeout (by keyword) to _make_request, which connects,
        # sends, and makes the answer (whose head it reads) on this thread.
        total = self._get_timeout(kwargs.get("timeout", _DEFAULT_TIMEOUT)).total
        ends = time.monotonic() + total if isinstance(total, int | float) else None
        token = _answer_ends.set(ends)
        try:
            return super()._make_request(conn, *args, **kwargs)
        finally:
            _answer_ends.reset(token)


class _HTTPSPool(_HTTPPool, HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


def _connect_elsewhere(
    connection: HTTPConnection, address: tuple[str, int], connect: Callable[[], socket.socket]
) -> socket.socket:
    # urllib3 opens the socket to (_dns_host, port) in _new_conn, and to nothing else: point
    # those at the address only while it does, so that everything after (Host header, SNI,
    # hostname check) still uses the name of the URL.
    name = (connection._dns_host, connection.port)
    connection._dns_host, connection.port = address
    try:
        return connect()
    finally:
        connection._dns_host, connection.port = name


class _RoutedHTTPConnection(_HTTPConnection):
    def __init__(self, *args: Any, connect_to: tuple[str, int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._connect_to = connect_to

    def _new_conn(self) -> socket.socket:
        return _connect_elsewhere(self, self._connect_to, super()._new_conn)


class _RoutedHTTPSConnection(_HTTPSConnection):
    def __init__(self, *args: Any, connect_to: tuple[str, int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._connect_to = connect_to

    def _new_conn(self) -> socket.socket:
        return _connect_elsewhere(self, self._connect_to, super()._new_conn)

"""The event channel's own connections, so that stopping the channel can cut its P-GET.

A server may hold a P-GET for minutes. Clearing a urllib3 pool closes only the connections it
holds idle, never one a request is using, so a channel sharing its client's pool could not
end the P-GET it has in flight. :class:`ChannelConnections` gives the channel a client of its
own: the same client (token cache, timeouts, limits) sending over a pool manager of its own,
copied from the client's (TLS, proxy and routing settings kept), whose connections it knows.
:meth:`ChannelConnections.abort` shuts their sockets down, which ends a P-GET in flight at once
with a TransportError, and refuses any new connection after it.
"""

from __future__ import annotations

import contextlib
import copy
import socket
import threading
import weakref
from typing import Any

import urllib3
from urllib3.connectionpool import HTTPConnectionPool

from .transport import Client


class ChannelConnections:
    """A copy of ``client`` whose connections :meth:`abort` can cut (module documentation)."""

    def __init__(self, client: Client) -> None:
        self._lock = threading.Lock()
        self._made: weakref.WeakSet[Any] = weakref.WeakSet()
        self._aborted = False
        self._manager = _own_manager(client.pool, self)
        self.client = client.over(self._manager)

    def made(self, connection: Any) -> None:
        """Called for every connection the channel's pools make (not yet connected)."""
        with self._lock:
            if self._aborted:
                # urllib3 reads an OSError while connecting as a failed connection.
                raise OSError("the event channel is stopping")
            self._made.add(connection)

    def abort(self) -> None:
        """Shut down every connected socket of the channel; refuse new connections.

        A connection made just before and still connecting has no socket yet: calling this
        again once it has one shuts that too (:meth:`EventChannel.stop` repeats it).
        """
        with self._lock:
            self._aborted = True
            connections = list(self._made)
        for connection in connections:
            sock = getattr(connection, "sock", None)
            if sock is not None:
                with contextlib.suppress(OSError):  # already closed by the other side
                    sock.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        """Close every connection of the channel (once no request uses them)."""
        self.abort()
        with self._lock:
            connections = list(self._made)
        for connection in connections:
            connection.close()
        self._manager.clear()


def _own_manager(shared: urllib3.PoolManager, owner: ChannelConnections) -> urllib3.PoolManager:
    # A shallow copy keeps every setting (and a subclass's pool customisation); it gets a
    # pool store of its own and pool classes that report the connections they make.
    manager = copy.copy(shared)
    manager.pools = type(shared.pools)()
    manager.pool_classes_by_scheme = {
        scheme: _reporting(pool_class, owner)
        for scheme, pool_class in shared.pool_classes_by_scheme.items()
    }
    return manager


def _reporting(
    base: type[HTTPConnectionPool], owner: ChannelConnections
) -> type[HTTPConnectionPool]:
    # _new_conn is where urllib3 makes every connection of a pool, whatever its class
    # (a routing pool manager sets ConnectionCls after the pool is made).
    class ReportingPool(base):  # type: ignore[valid-type,misc]
        def _new_conn(self) -> Any:
            connection = super()._new_conn()
            owner.made(connection)
            return connection

    return ReportingPool

"""The bundled server's HTTP plumbing: requests and replies, listeners, faults on the wire.

One listener (:class:`PoolHttp`) per pool, each on its own loopback port; a connection gets its
own thread (:class:`HttpHandler`), which reads a request, applies an injected fault if one is
planned, and hands the request to the server's ``dispatch``.
"""

from __future__ import annotations

import json
import socket
import ssl
import struct
import sys
import time
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

import attrs
from urllib3 import HTTPHeaderDict

from . import resources as build
from .faults import malformed

if TYPE_CHECKING:
    from .server import UcwaServer

Json = dict[str, Any]
_FAULT_CODES = {429: "TooManyRequests", 503: "ServiceUnavailable", 504: "GatewayTimeout"}


@attrs.frozen
class Request:
    method: str
    path: str
    query: Mapping[str, str]
    headers: Mapping[str, str]
    body: bytes
    pool: str
    # Whether the client has closed the connection the request came on (so it will never
    # read the answer): a P-GET the client cut on closing may still be read after the DELETE.
    client_gone: Callable[[], bool] = attrs.field(default=lambda: False, eq=False, repr=False)
    # ``path`` is the documented path the routes know; ``wire_path`` what the client sent (an
    # opaque alias, see hrefs.py), and ``built`` says it was no alias: a path the client made.
    wire_path: str = ""
    built: bool = False

    @property
    def media_type(self) -> str:
        return self.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()

    def json(self) -> Any:
        return json.loads(self.body or b"null")


@attrs.frozen
class Reply:
    status: int
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    drop: bool = False  # close the connection without answering (a dropped connection)
    # A 4xx the request did nothing to earn: it was fine when it came, and the resource went
    # away while it waited (a long poll when the application is deleted).
    excused: bool = False


def json_reply(status: int, data: Json, headers: tuple[tuple[str, str], ...] = ()) -> Reply:
    body = json.dumps(data, separators=(",", ":")).encode()
    return Reply(status, body, (("Content-Type", "application/json; charset=utf-8"), *headers))


def error_reply(status: int, code: str, subcode: str | None, message: str) -> Reply:
    return json_reply(status, build.error(code, subcode, message))


class PoolHttp(ThreadingHTTPServer):
    daemon_threads = True
    # One thread per connection; the default backlog of 5 would make 50 clients connecting
    # at once wait for SYN retransmissions (a second each), so allow many more to queue.
    request_queue_size = 256

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hung up before its answer was written (a P-GET cut by stop(), a call
        # past its deadline) is the client's right, not the server's error: no traceback.
        # Over TLS such a hang-up is an SSLEOFError.
        if not isinstance(sys.exc_info()[1], (ConnectionError, ssl.SSLEOFError)):
            super().handle_error(request, client_address)

    def __init__(self, owner: UcwaServer, name: str) -> None:
        super().__init__(("127.0.0.1", 0), HttpHandler)
        self.owner = owner
        self.name = name
        self.scheme = "http"
        if owner.config.tls is not None:
            # The handshake happens on the first read, in the connection's own thread, so a
            # client that refuses the certificate does not hold up the accepting thread.
            self.socket = owner.config.tls.wrap_socket(
                self.socket, server_side=True, do_handshake_on_connect=False
            )
            self.scheme = "https"

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        # The thread lives as long as the connection: counting threads counts connections.
        self.owner._connection_opened()
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.owner._connection_closed()

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    @property
    def host(self) -> str:
        return self.owner.config.host_names.get(self.name, "127.0.0.1")

    @property
    def url(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"


class HttpHandler(BaseHTTPRequestHandler):
    server: PoolHttp
    protocol_version = "HTTP/1.1"  # keep-alive, like IIS; the client's pool reuses sockets

    def log_message(self, format: str, *args: Any) -> None:
        pass  # tests read state, not logs

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in two writes; with Nagle's algorithm the body would wait
        # for the client's delayed ACK (40 ms on Linux) on every answer.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def _handle(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        parts = urlsplit(self.path)
        owner = self.server.owner
        path, built = owner.inward(parts.path)
        request = Request(
            self.command,
            path,
            dict(parse_qsl(parts.query, keep_blank_values=True)),
            HTTPHeaderDict(self.headers.items()),
            body,
            self.server.name,
            self._client_gone,
            wire_path=parts.path,
            built=built,
        )
        fault = owner._fault_for(request)
        if fault is not None and fault.kind == "delay":
            time.sleep(fault.delay)  # outside the state lock: other requests go on meanwhile
        if fault is not None and fault.kind == "reset_before":
            self._reset()
            return
        if fault is not None and fault.kind == "status":
            headers = (("Retry-After", fault.retry_after),) if fault.retry_after else ()
            code = _FAULT_CODES.get(fault.status, "ServiceFailure")
            reply = error_reply(fault.status, code, None, "injected fault")
            reply = attrs.evolve(reply, headers=reply.headers + headers)
            owner._fault_answered(request, reply)
            self._send(reply)
            return
        reply = owner.dispatch(request)
        if fault is not None and fault.kind == "delay_answer":
            time.sleep(fault.delay)  # handled: its events go out meanwhile, on the long poll
        if reply.drop or (fault is not None and fault.kind == "reset_after"):
            self._reset()
            return
        if fault is not None and fault.kind == "reset_mid_body":
            self._send(reply, cut=max(1, len(reply.body) // 2))
            self._reset()
            return
        if fault is not None and fault.kind == "malformed":
            status, spoilt, body = malformed(fault, reply.status, reply.headers, reply.body)
            self.close_connection = True  # after a hostile answer, never reuse the connection
            reply = Reply(status, body, spoilt)
        self._send(reply)

    def _send(self, reply: Reply, cut: int | None = None) -> None:
        self.send_response(reply.status)
        for name, value in reply.headers:
            self.send_header(name, value)
        if not any(name.lower() == "content-length" for name, _ in reply.headers):
            self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body[:cut])

    def _client_gone(self) -> bool:
        # A closed peer makes the socket readable with nothing to read (EOF). The TCP socket's
        # own recv peeks under TLS too (an SSL socket refuses flags).
        try:
            peek = socket.socket.recv
            peeked: bytes = peek(self.connection, 1, socket.MSG_PEEK | socket.MSG_DONTWAIT)
        except (BlockingIOError, InterruptedError):
            return False
        except OSError:
            return True
        return peeked == b""

    def _reset(self) -> None:
        # SO_LINGER 0 makes close() send RST: the client sees "connection reset by peer",
        # as when a load balancer or a crashing front end drops the connection.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    do_GET = do_POST = do_PUT = do_DELETE = _handle

"""A loopback HTTP server that answers each request with the next answer of a script.

For event channel tests that need answers the bundled server never gives: hostile bodies
and headers written byte for byte, answers that come back at once, resets, and a P-GET held
until the client itself closes the connection. Every answer closes its connection.
"""

from __future__ import annotations

import json
import socket
import socketserver
import struct
import threading
from collections import deque
from collections.abc import Iterable
from typing import Any

import ucwa

# Script entries besides raw answers (bytes).
HOLD = "hold"  # keep the request unanswered until the client closes the connection
RESET = "reset"  # close the connection with a reset instead of answering


def answer(body: bytes | dict[str, Any], status: int = 200, headers: Iterable[str] = ()) -> bytes:
    """A raw HTTP/1.1 answer; a dict body is sent as JSON. Header lines go out as given."""
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    head = [f"HTTP/1.1 {status} X", "Content-Type: application/json", "Connection: close"]
    head += headers
    if not any(line.lower().startswith("content-length:") for line in headers):
        head.append(f"Content-Length: {len(data)}")
    return "\r\n".join(head).encode("latin-1") + b"\r\n\r\n" + data


def page(next_href: str, *event_hrefs: str, rel: str = "next") -> dict[str, Any]:
    """An events page: one ``started`` messagingInvitation event per href, then ``rel``."""
    events = [
        {"type": "started", "link": {"rel": "messagingInvitation", "href": href}}
        for href in event_hrefs
    ]
    page: dict[str, Any] = {"_links": {rel: {"href": next_href}}}
    if events:
        page["sender"] = [{"rel": "communication", "href": "/communication", "events": events}]
    return page


class ScriptedServer:
    """Answers requests with ``script`` in order (raw bytes, HOLD or RESET); once it has run
    out, with ``then`` (HOLD unless given). ``paths`` lists the request paths received;
    ``client_closed`` is set when the client closed a held connection."""

    def __init__(self, script: Iterable[bytes | str], then: bytes | str = HOLD) -> None:
        self.script = deque(script)
        self.then = then
        self.paths: list[str] = []
        self.client_closed = threading.Event()
        self.holding = threading.Event()
        self._lock = threading.Lock()
        owner = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                owner._handle(self)

        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def channel(self, **kwargs: Any) -> ucwa.EventChannel:
        """An event channel starting at ``/events`` of this server (plain client)."""
        client = ucwa.Client(self.url)
        return ucwa.EventChannel(client, ucwa.Link(href="/events"), **kwargs)

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def _handle(self, handler: socketserver.StreamRequestHandler) -> None:
        request_line = handler.rfile.readline().decode("latin-1")
        while handler.rfile.readline() not in (b"\r\n", b"\n", b""):
            pass  # the headers: nothing here depends on them
        with self._lock:
            self.paths.append(request_line.split(" ")[1] if " " in request_line else "")
            step = self.script.popleft() if self.script else self.then
        if step == HOLD:
            self.holding.set()
            if handler.rfile.read(1) == b"":  # blocks until the client closes or shuts down
                self.client_closed.set()
        elif step == RESET:
            handler.connection.setsockopt(
                socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
            )
        else:
            assert isinstance(step, bytes)
            handler.wfile.write(step)

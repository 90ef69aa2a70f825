"""A GET through the generated call against urllib3 + json.loads, on a loopback server.

The server writes each response (status line, headers and body) in one send. Written in two
(the headers, then the body, as BaseHTTPRequestHandler's send_header/end_headers then a
write do), every response on a kept-alive connection waited about 40 ms: Nagle's algorithm
held the body back until the client's delayed ACK of the headers came. Both sides then took
44 ms a request and the row measured the stall, not the client; the ``STALL`` check refuses
such a run.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from measure import Figure, Row, interleaved

WHY_GET = (
    "reading the body into the typed resource: inside the loop (caches cold from the network "
    "stack) the JSON codec takes about 50 us of the client's CPU a call against json.loads' "
    "12 us on the same fresh body, which is all of what is over; the transport's own work "
    "(the href's checked target kept, the pool of that origin given the path alone so urllib3 "
    "reads no URL again, a Timeout per attempt for the call's deadline, the body read within "
    "its limit) takes no more CPU than urllib3's own PoolManager.request"
)
STALL = 0.02  # seconds: far above a loopback request, far below the 40 ms of a stall


def resource_body() -> bytes:
    resource: dict[str, Any] = {
        "rel": "conversationLog",
        "subject": "",
        "direction": "Incoming",
        "creationTime": "/Date(1474932024587)/",
        "modalities": ["Messaging", "Audio"],
        "_links": {
            "self": {"href": "/ucwa/v1/applications/192/communication/conversationLogs/1"},
            "continueMessaging": {"href": "/ucwa/v1/applications/192/x/continueMessaging"},
            "markAsRead": {"href": "/ucwa/v1/applications/192/x/markAsRead"},
        },
    }
    resource["subject"] = "x" * (1500 - len(json.dumps(resource)))
    body = json.dumps(resource).encode()
    assert len(body) == 1500
    return body


def one_send_handler(body: bytes) -> type[BaseHTTPRequestHandler]:
    response = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            self.wfile.write(response)  # one write, one send (wbufsize is 0)

    return Handler


def http_get() -> list[Row]:
    import urllib3

    import ucwa
    import ucwa.resources

    server = ThreadingHTTPServer(("127.0.0.1", 0), one_send_handler(resource_body()))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    pool = urllib3.PoolManager()
    client = ucwa.Client(base, pool=pool)
    link: ucwa.Link[Any] = ucwa.Link(
        href="/ucwa/v1/applications/192/communication/conversationLogs/1"
    )
    calls = 300

    def generated() -> None:
        for _ in range(calls):
            ucwa.resources.ConversationLog.get(client, link)

    def plain() -> None:
        for _ in range(calls):
            json.loads(pool.request("GET", base + link.href).data)

    try:
        generated(), plain()  # warm up connections and caches
        ours, theirs = interleaved(generated, plain, 11)
    finally:
        server.shutdown()
        server.server_close()
    ours, theirs = ours / calls, theirs / calls
    if theirs > STALL:
        raise RuntimeError(
            f"urllib3 took {theirs * 1000:.1f} ms a GET on loopback: the server's responses "
            "stall (Nagle and delayed ACK); the row would measure the stall, not the client"
        )
    return [
        Figure(
            "GET 1.5 KB resource: generated call / urllib3 + json.loads",
            ours,
            theirs,
            1.10,
            WHY_GET,
        )
    ]

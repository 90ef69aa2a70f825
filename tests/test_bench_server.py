"""The GET benchmark's server writes each response in one send (bench/http_get.py).

Written in two sends (headers, then body) on a kept-alive connection, Nagle's algorithm held
the body until the client's delayed ACK: every response waited about 40 ms and the row
measured the stall. Counted here as writes, not timed.
"""

from __future__ import annotations

import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace

import urllib3

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from http_get import one_send_handler, resource_body


def test_a_response_is_one_write() -> None:
    body = resource_body()
    handler_class = one_send_handler(body)
    handler = handler_class.__new__(handler_class)
    writes: list[bytes] = []
    handler.wfile = SimpleNamespace(write=writes.append)
    handler.do_GET()
    assert len(writes) == 1
    assert writes[0].startswith(b"HTTP/1.1 200 OK\r\n") and writes[0].endswith(body)


def test_the_response_reads_as_http_on_a_kept_alive_connection() -> None:
    body = resource_body()
    server = ThreadingHTTPServer(("127.0.0.1", 0), one_send_handler(body))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        pool = urllib3.PoolManager()
        url = f"http://127.0.0.1:{server.server_address[1]}/x"
        for _ in range(3):
            response = pool.request("GET", url)
            assert response.status == 200 and response.data == body
            assert response.headers["Content-Type"] == "application/json"
        assert pool.connection_from_url(url).num_connections == 1  # kept alive
    finally:
        server.shutdown()
        server.server_close()

"""One session used from 50 threads at once: no errors, no leaked connections, bounded memory.

1,000 calls here (50 threads x 20); UCWA_LONG_TESTS=1 makes it 10,000 (50 x 200). The server
runs in this process, so the memory figure includes its side too.
"""

from __future__ import annotations

import os
import threading
import time
import tracemalloc
from concurrent.futures import ThreadPoolExecutor

import pytest

from ucwa_testing import UcwaServer

from .conftest import MakeSession

THREADS = 50
CALLS_PER_THREAD = 200 if os.environ.get("UCWA_LONG_TESTS") else 20
PEAK_LIMIT = 64 * 1024 * 1024


@pytest.mark.ucwa_server(poll_timeout=0.2)
def test_one_session_from_fifty_threads(make_session: MakeSession, ucwa_server: UcwaServer) -> None:
    session = make_session()
    session.sign_in()
    me = session.me().require_self_link()
    start = threading.Barrier(THREADS)

    def work(worker: int) -> int:
        start.wait()  # all threads at once
        done = 0
        for call in range(CALLS_PER_THREAD):
            if (worker + call) % 2:
                session.get(me)
            else:
                session.refresh_application()
            done += 1
        return done

    tracemalloc.start()
    began = time.monotonic()
    with ThreadPoolExecutor(THREADS) as pool:
        done = sum(pool.map(work, range(THREADS)))  # any error is raised here
    elapsed = time.monotonic() - began
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert done == THREADS * CALLS_PER_THREAD
    # Connections: the pool keeps up to 10 per host (the rest are closed after use), so
    # once the threads are done at most those and the channel's P-GET stay open...
    ucwa_server.wait_until(lambda: ucwa_server.connections_open <= 11, timeout=5)
    still_open = ucwa_server.connections_open
    session.close()
    # ...and closing the session closes every one of them.
    ucwa_server.wait_until(lambda: ucwa_server.connections_open == 0, timeout=5)
    assert peak < PEAK_LIMIT
    print(
        f"\n{done} calls from {THREADS} threads in {elapsed:.1f} s "
        f"({done / elapsed:.0f}/s under tracemalloc); peak traced memory "
        f"{peak / 2**20:.1f} MiB; server connections: {ucwa_server.connections_total} opened, "
        f"{ucwa_server.connections_peak} at most at once, {still_open} open after the run, "
        "0 after close"
    )

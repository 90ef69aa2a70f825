"""Suite-wide: every bundled server a test starts, with the fixture or without, must end the
test with no protocol violation the test did not declare."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ucwa.testing import UcwaServer
from ucwa.testing.pytest_plugin import fail_on_violations


@pytest.fixture(autouse=True)
def _bundled_servers_keep_clean_records(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    started: list[UcwaServer] = []
    original_start = UcwaServer.start

    def start(server: UcwaServer) -> UcwaServer:
        started.append(server)
        # CLIENT DEFECT (UcwaSession.close): the event channel is stopped with wait=0 before
        # the application is deleted, so a P-GET it was about to send can reach the server
        # after the DELETE and earn a 404. Declared for every test until close() waits.
        server.expect_violation("client_error_answered", path="/events$", status=404)
        return original_start(server)

    monkeypatch.setattr(UcwaServer, "start", start)
    yield
    for server in started:
        fail_on_violations(server)

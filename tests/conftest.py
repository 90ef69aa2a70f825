"""Suite-wide: every bundled server a test starts, with the fixture or without, must end the
test with no protocol violation the test did not declare."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ucwa_testing import UcwaServer
from ucwa_testing.pytest_plugin import fail_on_violations


@pytest.fixture(autouse=True)
def _bundled_servers_keep_clean_records(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    started: list[UcwaServer] = []
    original_start = UcwaServer.start

    def start(server: UcwaServer) -> UcwaServer:
        started.append(server)
        return original_start(server)

    monkeypatch.setattr(UcwaServer, "start", start)
    yield
    for server in started:
        fail_on_violations(server)

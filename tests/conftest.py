"""Suite-wide: every bundled server a test starts, with the fixture or without, must end the
test with no protocol violation the test did not declare."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest

from ucwa_testing import UcwaServer
from ucwa_testing.pytest_plugin import fail_on_violations

from .tls import ca, ca_file, tls_server

__all__ = ["ca", "ca_file", "tls_server"]  # fixtures every test module may use

# Across the run: bundled servers started, records they made, and the records no test
# declared (each of which failed its test); printed at the end of the run.
TALLY = Counter[str]()


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
        TALLY["servers"] += 1
        TALLY["records"] += len(server.violations)
        TALLY["undeclared records"] += len(server.unexpected_violations())
        fail_on_violations(server)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if TALLY["servers"]:
        terminalreporter.write_line(
            f"bundled servers: {TALLY['servers']}, protocol records: {TALLY['records']} "
            f"(provoked by their tests), of them undeclared: {TALLY['undeclared records']}"
        )

"""pytest support: the ``ucwa_server`` fixture, a bundled UCWA server per test.

Import the fixture into a conftest.py (``from ucwa_testing.pytest_plugin import ucwa_server``)
or load this module as a plugin (``-p ucwa_testing.pytest_plugin``). A test that needs other
settings marks itself: ``@pytest.mark.ucwa_server(second_pool=True)``. The long poll is held
for 0.2 s by default here, so idle channels cost tests next to nothing.

The fixture fails the test at teardown when the server recorded a violation of the protocol
the test did not declare with ``expect_violation`` (see :mod:`ucwa_testing.protocol`).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .server import UcwaServer

TEST_POLL_TIMEOUT = 0.2


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "ucwa_server(**settings): settings of the ucwa_server")


def fail_on_violations(server: UcwaServer) -> None:
    """Fail the running test if ``server`` recorded violations it did not expect (once per
    server: a later check of the same server passes)."""
    with server.state.cond:
        if server.protocol.reported:
            return
        server.protocol.reported = True
        unexpected = server.protocol.unexpected()
    if unexpected:
        lines = "\n".join(f"  {v.kind}: {v.method} {v.path}: {v.detail}" for v in unexpected[:20])
        more = f"\n  ... and {len(unexpected) - 20} more" if len(unexpected) > 20 else ""
        pytest.fail(
            f"the bundled server recorded {len(unexpected)} unexpected protocol "
            f"violation(s):\n{lines}{more}",
            pytrace=False,
        )


@pytest.fixture
def ucwa_server(request: pytest.FixtureRequest) -> Iterator[UcwaServer]:
    """A running UcwaServer on loopback, stopped after the test; its violations fail it."""
    marker = request.node.get_closest_marker("ucwa_server")
    settings = {"poll_timeout": TEST_POLL_TIMEOUT, **(marker.kwargs if marker else {})}
    with UcwaServer(**settings) as server:
        yield server
    fail_on_violations(server)

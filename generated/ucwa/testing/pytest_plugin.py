"""pytest support: the ``ucwa_server`` fixture, a bundled UCWA server per test.

Import the fixture into a conftest.py (``from ucwa.testing.pytest_plugin import ucwa_server``)
or load this module as a plugin (``-p ucwa.testing.pytest_plugin``). A test that needs other
settings marks itself: ``@pytest.mark.ucwa_server(second_pool=True)``. The long poll is held
for 0.2 s by default here, so idle channels cost tests next to nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .server import UcwaServer

TEST_POLL_TIMEOUT = 0.2


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "ucwa_server(**settings): settings of the ucwa_server")


@pytest.fixture
def ucwa_server(request: pytest.FixtureRequest) -> Iterator[UcwaServer]:
    """A running UcwaServer on loopback, stopped after the test."""
    marker = request.node.get_closest_marker("ucwa_server")
    settings = {"poll_timeout": TEST_POLL_TIMEOUT, **(marker.kwargs if marker else {})}
    with UcwaServer(**settings) as server:
        yield server

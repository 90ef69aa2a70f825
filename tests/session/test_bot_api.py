"""What a bot needs from the package: its errors importable, a clear end after close()."""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest

import ucwa
import ucwa_session
from ucwa_testing import UcwaServer

from .conftest import MakeSession


@pytest.mark.parametrize(
    ("package", "name", "module"),
    [
        (ucwa, "AuthenticationError", "ucwa_runtime.auth"),
        (ucwa, "ChannelStopped", "ucwa_runtime.events"),
        (ucwa_session, "DiscoveryError", "ucwa_session.discovery"),
        (ucwa_session, "OperationOutcomeUnknown", "ucwa_session.tracking"),
        (ucwa_session, "OperationFailed", "ucwa_session.tracking"),
    ],
)
def test_the_session_errors_are_importable_from_the_package(
    package: ModuleType, name: str, module: str
) -> None:
    # The runtime's from ucwa, the session's from ucwa_session (ucwa never imports it).
    defined = getattr(importlib.import_module(module), name)
    assert getattr(package, name) is defined
    assert name in package.__all__


def test_after_close_the_last_notice_says_the_session_was_closed(
    make_session: MakeSession, ucwa_server: UcwaServer
) -> None:
    session = make_session()
    session.sign_in()
    channel = session.events
    session.close()
    items = list(channel.items(timeout=5))
    last = items[-1]
    assert isinstance(last, ucwa.ChannelNotice)
    assert (last.kind, last.detail) == ("stopped", "the session was closed")
    assert channel.stopped == last

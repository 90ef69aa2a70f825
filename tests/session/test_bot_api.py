"""What a bot needs from the package: its errors importable, a clear end after close()."""

from __future__ import annotations

import importlib

import pytest

import ucwa
import ucwa.errors
from ucwa.testing import UcwaServer

from .conftest import MakeSession


@pytest.mark.parametrize(
    ("name", "module"),
    [
        ("AuthenticationError", "auth"),
        ("DiscoveryError", "discovery"),
        ("ChannelStopped", "events"),
        ("OperationOutcomeUnknown", "tracking"),
        ("OperationFailed", "tracking"),
    ],
)
def test_the_session_errors_are_importable_from_the_package_and_errors(
    name: str, module: str
) -> None:
    defined = getattr(importlib.import_module(f"ucwa._runtime.{module}"), name)
    assert getattr(ucwa, name) is defined
    assert getattr(ucwa.errors, name) is defined
    assert name in ucwa.__all__ and name in ucwa.errors.__all__


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

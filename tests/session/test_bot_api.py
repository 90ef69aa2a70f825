"""What a bot needs from the package: its errors importable, a clear end after close()."""

from __future__ import annotations

import importlib

import pytest

import ucwa
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
def test_the_session_errors_are_importable_from_the_package(name: str, module: str) -> None:
    # Not from ucwa.errors: it would import the session's modules, which import the transport,
    # which raises ucwa.errors' classes (an import cycle).
    defined = getattr(importlib.import_module(f"ucwa._runtime.{module}"), name)
    assert getattr(ucwa, name) is defined
    assert name in ucwa.__all__


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

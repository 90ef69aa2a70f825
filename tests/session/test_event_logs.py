"""The P-GETs the event channel handles itself are not logged as warnings by the transport."""

from __future__ import annotations

import logging

import pytest

import ucwa
from ucwa import errors

from .scripted_server import RESET, ScriptedServer, answer, page

FIRST = "/communication/messagingInvitations/first"
GIVING_UP = "giving up after"


def _giving_up(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [record for record in caplog.records if GIVING_UP in record.getMessage()]


def test_failed_p_gets_are_debug_records_reset_and_cut_alike(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # A reset P-GET (the channel reconnects), then one that brings an event, then one held
    # until stop() cuts it: two failures the channel handles, neither a warning.
    caplog.set_level(logging.DEBUG, logger="ucwa")
    with ScriptedServer([RESET, answer(page("/events?n=2", FIRST))]) as server:
        channel = server.channel(poll_timeout=600)
        channel.start()
        channel.wait_for(lambda item: isinstance(item, ucwa.Event), timeout=10)
        assert server.holding.wait(10)
        channel.stop()
    assert len(server.paths) == 3
    assert [record.levelno for record in _giving_up(caplog)] == [logging.DEBUG] * 2
    assert not [record for record in caplog.records if record.levelno >= logging.WARNING]


def test_a_call_that_could_have_been_retried_still_warns_when_it_gives_up(
    caplog: pytest.LogCaptureFixture,
) -> None:
    policy = ucwa.RetryPolicy(attempts=2, backoff=0.0, sleep=lambda seconds: None)
    with ScriptedServer([RESET, RESET]) as server:
        client = ucwa.Client(server.url, retry=policy)
        with client, pytest.raises(errors.TransportError):
            client.request("GET", "/x")
    [record] = _giving_up(caplog)
    assert record.levelno == logging.WARNING and "after 2 attempt(s)" in record.getMessage()

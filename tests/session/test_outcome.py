"""A POST whose answer is lost is never sent again: the session waits a bounded time for the
operation to show in the event channel, then says the outcome is unknown."""

from __future__ import annotations

import pytest
import urllib3

import ucwa
import ucwa_session
from ucwa_session.tracking import OperationOutcomeUnknown
from ucwa_testing import Fault, UcwaServer

from .conftest import MakeSession

MESSAGES = "/messaging/messages$"
# The server applies the message after the client stopped reading (read timeout 0.5 s).
SLOW_APPLY = Fault("delay", delay=1.5)
SHORT_READ = urllib3.Timeout(connect=5.0, read=0.5)


def _posted(server: UcwaServer) -> int:
    return sum(
        r.method == "POST" and r.path.endswith("/messaging/messages") for r in server.requests
    )


def _connected_chat(session: ucwa_session.UcwaSession, server: UcwaServer) -> ucwa_session.Chat:
    chat = session.start_messaging(server.echo_uri, "Hi")
    chat.wait(timeout=5)
    return chat


def _our_messages(server: UcwaServer) -> int:
    [conversation] = server.application().conversations.values()
    return conversation.messages - 2  # less the echo's answers to "Hi" and to ours


def test_a_message_applied_after_the_read_timeout_is_delivered_once(
    make_session: MakeSession, ucwa_server: UcwaServer
) -> None:
    session = make_session(timeout=SHORT_READ, outcome_timeout=10.0)
    session.sign_in()
    chat = _connected_chat(session, ucwa_server)
    ucwa_server.fail_next(SLOW_APPLY, method="POST", path=MESSAGES)
    result = chat.send("slow").wait(timeout=10)
    assert isinstance(result.resource, ucwa.resources.Message)
    assert _posted(ucwa_server) == 1 and _our_messages(ucwa_server) == 1


def test_an_outcome_not_seen_in_time_raises_and_is_still_delivered_once(
    make_session: MakeSession, ucwa_server: UcwaServer
) -> None:
    session = make_session(timeout=SHORT_READ, outcome_timeout=0.3)
    session.sign_in()
    chat = _connected_chat(session, ucwa_server)
    ucwa_server.fail_next(SLOW_APPLY, method="POST", path=MESSAGES)
    with pytest.raises(ucwa.errors.OutcomeUnknown) as caught:
        chat.send("slow")
    unknown = caught.value
    assert isinstance(unknown, OperationOutcomeUnknown)
    assert unknown.method == "POST" and unknown.operation.operation_id in str(unknown)
    # the server applies it later; the operation still learns its completion
    result = unknown.operation.wait(timeout=10)
    assert isinstance(result.resource, ucwa.resources.Message)
    assert _posted(ucwa_server) == 1 and _our_messages(ucwa_server) == 1


def test_an_accept_applied_after_the_read_timeout_is_sent_once(
    make_session: MakeSession, ucwa_server: UcwaServer
) -> None:
    session = make_session(timeout=SHORT_READ)
    session.sign_in()
    ucwa_server.invite("hi")
    event = session.events.wait_for(
        lambda i: isinstance(i, ucwa.Event) and i.type == "started", timeout=5
    )
    assert isinstance(event, ucwa.Event)
    assert isinstance(event.resource, ucwa.resources.MessagingInvitation)
    ucwa_server.fail_next(SLOW_APPLY, method="POST", path="/accept$")
    with pytest.raises(OperationOutcomeUnknown) as caught:
        session.accept(event.resource)
    result = caught.value.operation.wait(timeout=10)  # the late accept connects
    assert isinstance(result.resource, ucwa.resources.MessagingInvitation)
    assert str(result.resource.state) == "Connected"
    accepts = [r for r in ucwa_server.requests if r.method == "POST" and r.path.endswith("/accept")]
    assert len(accepts) == 1

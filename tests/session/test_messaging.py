"""Messaging through the session against the bundled server's echo contact."""

from __future__ import annotations

import pytest

import ucwa
import ucwa_session
from ucwa_testing import UcwaServer


def _incoming_texts(
    session: ucwa_session.UcwaSession, count: int
) -> list[ucwa_session.MessageText]:
    texts: list[ucwa_session.MessageText] = []
    for item in session.events.items(timeout=5):
        if (
            isinstance(item, ucwa.Event)
            and isinstance(item.resource, ucwa.resources.Message)
            and str(item.resource.direction) == "Incoming"
        ):
            text = ucwa_session.message_text(item.resource)
            assert text is not None
            texts.append(text)
            if len(texts) == count:
                break
    return texts


def test_start_send_receive_and_stop(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    chat = session.start_messaging(ucwa_server.echo_uri, "Hi", subject="Test")
    invitation = chat.wait(timeout=5)
    assert str(invitation.state) == "Connected"
    sent = chat.send("<b>bold</b>", "text/html").wait(timeout=5)
    assert isinstance(sent.resource, ucwa.resources.Message)
    assert ucwa_session.message_text(sent.resource) == ucwa_session.MessageText(
        "<b>bold</b>", "text/html"
    )
    assert _incoming_texts(session, 2) == [
        ucwa_session.MessageText("echo: Hi", "text/plain"),
        ucwa_session.MessageText("echo: <b>bold</b>", "text/html"),
    ]
    chat.stop()
    with pytest.raises(ucwa.errors.RequestError, match="no sendMessage"):
        chat.send("too late")  # messaging is disconnected: the server offers no sendMessage


def test_continue_messaging_from_a_log(session: ucwa_session.UcwaSession) -> None:
    session.make_me_available()  # conversationLogs is offered to an available user only
    logs = session.conversation_logs()
    assert [log.subject for log in logs] == ["Chat 1 with Echo", "Chat 2 with Echo"]
    chat = session.continue_messaging(logs[0], "Back again")
    chat.wait(timeout=5)
    chat.send("plain").wait(timeout=5)
    assert [t.text for t in _incoming_texts(session, 2)] == ["echo: Back again", "echo: plain"]


def test_a_failed_invitation_gives_a_typed_reason(session: ucwa_session.UcwaSession) -> None:
    chat = session.start_messaging("sip:nobody@contoso.com")
    with pytest.raises(ucwa_session.OperationFailed) as failed:
        chat.wait(timeout=5)
    assert failed.value.reason is not None
    assert failed.value.reason.code == ucwa.enums.ErrorCode.NOT_FOUND
    assert failed.value.reason.subcode == ucwa.enums.ErrorSubcode("DestinationNotFound")


@pytest.mark.ucwa_server(completion_before_created=True)
def test_completions_that_arrive_before_the_201_are_kept(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    chat = session.start_messaging(ucwa_server.echo_uri)
    assert ucwa_server.application().events.delivered == ucwa_server.application().events.enqueued
    chat.wait(timeout=5)
    chat.send("early").wait(timeout=5)


def test_an_incoming_invitation_is_accepted_or_declined(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    for accept in (True, False):
        href = ucwa_server.invite("Knock knock")
        event = session.events.wait_for(
            lambda i, href=href: isinstance(i, ucwa.Event) and i.link.url.endswith(href),
            timeout=5,
        )
        assert isinstance(event, ucwa.Event)
        invitation = event.resource
        assert isinstance(invitation, ucwa.resources.MessagingInvitation)
        assert invitation.message is not None  # sent as _links.message.href, read typed
        assert invitation.message.text == "Knock knock"
        if accept:
            chat = session.accept(invitation)
            chat.wait(timeout=5)
            chat.send("Who's there?").wait(timeout=5)
        else:
            session.decline(invitation)
            declined = session.events.wait_for(
                lambda i, href=href: (
                    isinstance(i, ucwa.Event)
                    and i.type == "completed"
                    and i.link.url.endswith(href)
                ),
                timeout=5,
            )
            assert isinstance(declined, ucwa.Event) and declined.status == "Failure"


def test_the_server_checks_parameters(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    ucwa_server.expect_violation("missing_required_parameter", path="/messagingInvitations$")
    link = session.communication().links.start_messaging
    assert link is not None
    with pytest.raises(ucwa.errors.BadRequest) as caught:
        session.client.request("POST", link, json_body={"operationId": "x"})
    assert str(caught.value.subcode) == "ParameterValidationFailure"
    with pytest.raises(ucwa.errors.UnsupportedMediaType):
        session.client.request("POST", link, body=b"to=sip:a", content_type="text/plain")
    with pytest.raises(ucwa.errors.RequestError):  # checked before sending: at most 50
        ucwa.resources.StartMessaging.post(
            session.client, link, to=ucwa_server.echo_uri, operation_id="x" * 51
        )

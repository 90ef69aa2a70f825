"""Chats: one POST per send or stop on the links the events brought, cancelling a ringing
invitation, ending a chat in any state, each chat's own messages, an invitation's text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import ucwa
import ucwa_session
from ucwa_testing import UcwaServer
from ucwa_testing.server import Request


def _requests_during(server: UcwaServer, action: Callable[[], object]) -> list[Request]:
    """The requests (P-GETs of the event channel aside) that ``action`` sent."""
    before = list(server.requests)
    action()
    sent = list(server.requests)[len(before) :]
    return [r for r in sent if not r.path.endswith("/events")]


def _connected_chat(
    session: ucwa_session.UcwaSession, server: UcwaServer, text: str = "Hi"
) -> ucwa_session.Chat:
    chat = session.start_messaging(server.echo_uri, text)
    chat.wait(timeout=5)
    return chat


def test_send_and_stop_cost_one_post_each_on_the_links_the_events_brought(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    chat = _connected_chat(session, ucwa_server)
    for _ in range(2):
        sent = _requests_during(ucwa_server, lambda: chat.send("ping").wait(timeout=5))
        assert [(r.method, r.path.rsplit("/", 1)[-1]) for r in sent] == [("POST", "messages")]
    stopped = _requests_during(ucwa_server, chat.stop)
    assert [(r.method, r.path.rsplit("/", 1)[-1]) for r in stopped] == [("POST", "terminate")]
    assert _requests_during(ucwa_server, chat.stop) == []  # over: nothing more to send


def test_a_link_the_server_rejects_is_read_again(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    # provoked: the chat's stop link is stale, which the server answers 409
    ucwa_server.expect_violation("client_error_answered", path="/messaging/terminate$", status=409)
    chat = _connected_chat(session, ucwa_server)
    session.events.stop()  # the chat hears nothing of what follows
    invitation = chat.resource
    assert invitation is not None and invitation.links.messaging is not None
    messaging = session.get(invitation.links.messaging)
    stop_link = messaging.find_link("stopMessaging")
    assert isinstance(stop_link, ucwa.Link)
    session.client.request("POST", stop_link)  # ended elsewhere
    sent = _requests_during(ucwa_server, chat.stop)  # 409 on the old link, then read again
    assert [r.method for r in sent] == ["POST", "GET", "GET"]
    with pytest.raises(ucwa.errors.RequestError, match="no sendMessage"):
        chat.send("too late")


@pytest.mark.ucwa_server(echo_answers=False)
@pytest.mark.parametrize("end", ["cancel", "stop"])
def test_a_ringing_invitation_is_cancelled(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer, end: str
) -> None:
    polls = session.events.polls_sent
    chat = session.start_messaging(ucwa_server.echo_uri, "Anyone?")
    assert session.events.wait_for_poll_after(polls, timeout=5)
    assert chat.resource is not None  # from the started event
    cancel = chat.resource.links.cancel
    assert cancel is not None
    sent = _requests_during(ucwa_server, getattr(chat, end))
    assert [(r.method, r.wire_path) for r in sent] == [("POST", cancel.href)]
    with pytest.raises(ucwa_session.OperationFailed) as failed:
        chat.wait(timeout=5)
    assert failed.value.reason is not None
    assert failed.value.reason.subcode == ucwa.enums.ErrorSubcode("Canceled")
    [invitation] = ucwa_server.application().invitations.values()
    assert invitation.state == "Failed"
    assert _requests_during(ucwa_server, chat.cancel) == []


def test_a_failed_invitation_is_over_and_stopping_it_sends_nothing(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    chat = session.start_messaging("sip:nobody@contoso.com")
    with pytest.raises(ucwa_session.OperationFailed):
        chat.wait(timeout=5)
    assert _requests_during(ucwa_server, chat.stop) == []
    assert _requests_during(ucwa_server, chat.cancel) == []


def _texts(chat: ucwa_session.Chat, count: int) -> list[str | None]:
    messages = [chat.next_message(timeout=5) for _ in range(count)]
    return [text.text if (text := ucwa_session.message_text(m)) else None for m in messages]


def test_each_chat_has_its_own_stream_of_messages(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    first = _connected_chat(session, ucwa_server, "Hi first")
    second = _connected_chat(session, ucwa_server, "Hi second")
    first.send("again").wait(timeout=5)
    second.send("more").wait(timeout=5)
    assert _texts(second, 2) == ["echo: Hi second", "echo: more"]
    assert _texts(first, 2) == ["echo: Hi first", "echo: again"]
    with pytest.raises(TimeoutError):
        first.next_message(timeout=0.3)
    assert list(second.messages(timeout=0.3)) == []


def test_an_invitation_s_message_has_its_text_and_accept_sends_what_its_page_lists(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    href = ucwa_server.invite("Knock")
    event = session.events.wait_for(
        lambda i: isinstance(i, ucwa.Event) and i.link.url.endswith(href), timeout=5
    )
    assert isinstance(event, ucwa.Event)
    invitation = event.resource
    assert isinstance(invitation, ucwa.resources.MessagingInvitation)
    assert ucwa_session.message_text(invitation) == ucwa_session.MessageText("Knock", "text/plain")
    chat = session.accept(invitation)
    chat.wait(timeout=5)
    [accept] = [r for r in ucwa_server.requests if r.path.endswith("/accept")]
    assert accept.query == {} and accept.body == b""  # accept's page lists no parameters
    chat.send("Who is there?").wait(timeout=5)

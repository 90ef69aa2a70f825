"""IM conversations (chats) of a session, and the text of their messages.

A :class:`Chat` is what ``UcwaSession.start_messaging``, ``continue_messaging`` and
``accept`` give: it waits for the invitation, then sends messages as operations of the
session. No POST whose answer was lost is sent again (see ``UcwaSession.post_operation``):
the server may apply it late, and a message would arrive twice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

import attrs

from .datauri import DataUri
from .errors import OutcomeUnknown, RequestError
from .model import Link
from .operations import Created
from .tracking import OperationOutcomeUnknown, OperationTracker, PendingOperation
from .transport import Client

if TYPE_CHECKING:
    from ..resources.conversation_log import ConversationLog
    from ..resources.message import Message
    from ..resources.messaging_invitation import MessagingInvitation


class OperationPoster(Protocol):
    """What a chat needs of its session (``UcwaSession`` is one)."""

    @property
    def client(self) -> Client: ...

    @property
    def operations(self) -> OperationTracker: ...

    def post_operation(
        self, operation: PendingOperation, send: Callable[[], Created[Any]]
    ) -> None: ...


@attrs.frozen
class MessageText:
    """The text of a message and its media type (text/plain or text/html)."""

    text: str
    media_type: str


def message_text(message: Message) -> MessageText | None:
    """A message's text, from its ``htmlMessage``/``plainMessage`` (property or data: link)."""
    for attr, media_type in (("html_message", "text/html"), ("plain_message", "text/plain")):
        value: DataUri | None = getattr(message, attr)
        link = getattr(message.links, attr, None)
        if value is None and isinstance(link, Link) and link.href.startswith("data:"):
            value = DataUri.parse(link.href)
        if value is not None:
            return MessageText(value.text, media_type)
    return None


class Chat:
    """An IM conversation (a chat) started or accepted through the session.

    ``invitation`` completes when the remote side accepts; :meth:`wait` waits for it and
    gives the invitation resource, from which :meth:`send` and :meth:`stop` find messaging.
    """

    def __init__(self, session: OperationPoster, invitation: PendingOperation) -> None:
        self._session = session
        self.invitation = invitation
        self.resource: MessagingInvitation | None = None

    def wait(self, timeout: float) -> MessagingInvitation:
        """Wait for the invitation to complete; OperationFailed if it was declined or failed."""
        from ..resources.messaging_invitation import MessagingInvitation

        result = self.invitation.wait(timeout)
        if not isinstance(result.resource, MessagingInvitation):
            raise RequestError("the invitation completed without its resource")
        self.resource = result.resource
        return result.resource

    def _messaging_link(self) -> Link[Any]:
        if self.resource is None or self.resource.links.messaging is None:
            raise RequestError("the conversation is not connected yet; wait() for it first")
        return self.resource.links.messaging

    def send(self, text: str, media_type: str = "text/plain") -> PendingOperation:
        """Send a message (text/plain or text/html); wait on the result for its delivery."""
        from ..resources.messaging import Messaging
        from ..resources.send_message import SendMessage

        messaging = Messaging.get(self._session.client, self._messaging_link())
        if messaging.links.send_message is None:
            raise RequestError("messaging offers no sendMessage now (not connected?)")
        link, operation = messaging.links.send_message, self._session.operations.start()
        self._session.post_operation(
            operation,
            lambda: SendMessage.post(
                self._session.client,
                link,
                text,
                media_type=media_type,
                operation_id=operation.operation_id,
            ),
        )
        return operation

    def stop(self) -> None:
        """Stop messaging in this conversation."""
        from ..resources.messaging import Messaging
        from ..resources.stop_messaging import StopMessaging

        messaging = Messaging.get(self._session.client, self._messaging_link())
        if messaging.links.stop_messaging is None:
            raise RequestError("messaging offers no stopMessaging now")
        StopMessaging.post(self._session.client, messaging.links.stop_messaging)


def continue_conversation(
    session: OperationPoster, log: ConversationLog, message: str | None
) -> Chat:
    """Start messaging again with the people of a past conversation."""
    from ..resources.continue_messaging import ContinueMessaging

    link = log.links.continue_messaging
    if link is None:
        raise RequestError("this conversationLog offers no continueMessaging")
    operation = session.operations.start()
    session.post_operation(
        operation,
        lambda: ContinueMessaging.post(
            session.client, link, operation_id=operation.operation_id, message=message
        ),
    )
    return Chat(session, operation)


def accept_invitation(session: OperationPoster, invitation: MessagingInvitation) -> Chat:
    """Accept an incoming invitation; its completion is the invitation's completed event.

    An accept whose answer was lost is not sent again: the invitation shows whether it was
    answered, but one still waiting may yet be accepted by the lost POST, so that case is
    OperationOutcomeUnknown (whose ``operation`` still completes if the accept arrives).
    """
    from ..resources.messaging_invitation import MessagingInvitation

    link = invitation.links.accept
    if link is None:
        raise RequestError("this invitation cannot be accepted (no accept link)")
    operation = session.operations.start()
    invitation_link = invitation.require_self_link()
    operation.bind(session.client.url_for(invitation_link))
    try:
        session.client.request("POST", link, query={"operationId": operation.operation_id})
    except OutcomeUnknown as unknown:
        if MessagingInvitation.get(session.client, invitation_link).links.accept is not None:
            shown = "the invitation still waits for an answer"
            raise OperationOutcomeUnknown(operation, unknown, shown) from unknown
    return Chat(session, operation)

"""IM conversations (chats) of a session, and the text of their messages.

A :class:`Chat` is what ``UcwaSession.start_messaging``, ``continue_messaging`` and
``accept`` give: it waits for the invitation, sends messages as operations of the session,
hands out the messages the other side sends, and ends the conversation in whatever state it
is. No POST whose answer was lost is sent again (see ``UcwaSession.post_operation``): the
server may apply it late, and a message would arrive twice.

A chat keeps the latest copies of its invitation and messaging as the event channel brings
them (see :mod:`.chat_events`), so that sending or stopping costs one POST on the links
already known; it reads a resource again only when the link it needs is missing, or the
server rejected the one it had.
"""

from __future__ import annotations

import logging
import queue
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Protocol

import attrs
from ucwa_runtime.datauri import DataUri
from ucwa_runtime.errors import HttpError, OutcomeUnknown, RequestError
from ucwa_runtime.events import Event
from ucwa_runtime.model import Link, Resource
from ucwa_runtime.operations import Created, parse_response
from ucwa_runtime.transport import Client

from .chat_events import ChatRouter
from .tracking import OperationOutcomeUnknown, OperationTracker, PendingOperation

if TYPE_CHECKING:
    from ucwa.resources.conversation_log import ConversationLog
    from ucwa.resources.message import Message
    from ucwa.resources.messaging import Messaging
    from ucwa.resources.messaging_invitation import MessagingInvitation

log = logging.getLogger("ucwa.chat")

# Messages received and not yet taken, per chat; past this the oldest are dropped (logged).
MAX_UNREAD = 1000
# Statuses with which the server refuses a request on a link that no longer fits the state
# (the conversation moved on): nothing was applied, so it is read again and decided anew.
_REJECTED = frozenset({404, 409})


class OperationPoster(Protocol):
    """What a chat needs of its session (``UcwaSession`` is one)."""

    @property
    def client(self) -> Client: ...

    @property
    def operations(self) -> OperationTracker: ...

    @property
    def chats(self) -> ChatRouter: ...

    def post_operation(
        self, operation: PendingOperation, send: Callable[[], Created[Any]]
    ) -> None: ...


@attrs.frozen
class MessageText:
    """The text of a message and its media type (text/plain or text/html)."""

    text: str
    media_type: str


# Where each resource keeps its text: (attribute, media type; None: the data: URI's own).
_TEXT_SOURCES: tuple[tuple[str, str | None], ...] = (
    ("html_message", "text/html"),
    ("plain_message", "text/plain"),
    ("message", None),  # a messagingInvitation's first message
)


def message_text(message: Message | MessagingInvitation) -> MessageText | None:
    """The text of a message (``htmlMessage``/``plainMessage``) or of the first message an
    invitation carries (``message``); the wire sends them as data: links, which the
    definitions mark ``as: link``, so they are read into these typed properties."""
    for attr, media_type in _TEXT_SOURCES:
        value: DataUri | None = getattr(message, attr, None)
        if value is not None:
            return MessageText(value.text, media_type or value.media_type)
    return None


def _of_rel(resource: Resource | None, rel: str) -> bool:
    return resource is not None and type(resource).SPEC.rel == rel


class Chat:
    """An IM conversation (a chat) started or accepted through the session.

    ``invitation`` completes when the remote side accepts; :meth:`wait` waits for it.
    ``resource`` is the latest copy of the invitation (from its events, or :meth:`wait`).
    """

    def __init__(
        self,
        session: OperationPoster,
        invitation: PendingOperation,
        resource: MessagingInvitation | None = None,
    ) -> None:
        self._session = session
        self.invitation = invitation
        self.resource: MessagingInvitation | None = None
        self._messaging: Messaging | None = None
        self._ended = False  # by this chat's own stop/cancel
        self._unread: queue.Queue[Event] = queue.Queue(MAX_UNREAD)
        # Followed before anything is sent, so that no event of the chat can come unheard.
        session.chats.follow(self, ("operation", invitation.operation_id))
        if resource is not None:
            self.take_invitation(resource)

    def __repr__(self) -> str:
        state = self.resource.state if self.resource is not None else "unknown"
        return f"Chat(operation={self.invitation.operation_id!r}, invitation {state})"

    # -- what the event channel tells (called on its thread) --------------------------

    def take(self, event: Event) -> None:
        """Take in an event about this chat: its invitation, messaging or a message."""
        rel, resource = event.link.rel, event.resource
        if rel == "messagingInvitation" and _of_rel(resource, "messagingInvitation"):
            self.take_invitation(resource)  # type: ignore[arg-type]
        elif rel == "messaging":
            # Without an embedded copy the one held is out of date: read it when needed.
            self._messaging = resource if _of_rel(resource, "messaging") else None  # type: ignore[assignment]
        elif rel == "message" and event.type in ("added", "completed"):
            direction = getattr(resource, "direction", None)
            if direction is None or str(direction) == "Incoming":
                self._keep_unread(event)

    def take_invitation(self, invitation: MessagingInvitation) -> None:
        """A newer copy of the invitation; the chat follows its URLs from now on."""
        self.resource = invitation
        client = self._session.client
        urls = [client.url_for(invitation.require_self_link())]
        if invitation.links.conversation is not None:
            urls.append(client.url_for(invitation.links.conversation))
        self._session.chats.follow(self, *(("url", url) for url in urls))

    def _keep_unread(self, event: Event) -> None:
        try:
            self._unread.put_nowait(event)
        except queue.Full:
            dropped = self._unread.get_nowait()
            log.warning("chat %r: %d messages unread; dropped %s", self, MAX_UNREAD, dropped.link)
            self._unread.put_nowait(event)

    # -- the caller's side --------------------------------------------------------------

    def wait(self, timeout: float) -> MessagingInvitation:
        """Wait for the invitation to complete; OperationFailed if it was declined or failed."""
        result = self.invitation.wait(timeout)
        if not _of_rel(result.resource, "messagingInvitation"):
            raise RequestError("the invitation completed without its resource")
        invitation: MessagingInvitation = result.resource  # type: ignore[assignment]
        self.take_invitation(invitation)
        return invitation

    def next_message(self, timeout: float) -> Message:
        """The next message the other side sent in this chat; TimeoutError if none comes
        within ``timeout`` seconds. (The event channel must be running.)"""
        try:
            event = self._unread.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(f"no message came in {timeout} s") from None
        if _of_rel(event.resource, "message"):
            return event.resource  # type: ignore[return-value]
        # The event did not embed the message: read it.
        client = self._session.client
        response = client.request("GET", event.link.url)
        message: Message = parse_response(response, client.registry)  # type: ignore[assignment]
        return message

    def messages(self, timeout: float) -> Iterator[Message]:
        """The messages the other side sends, as they come; ends after ``timeout`` seconds
        without one."""
        while True:
            try:
                yield self.next_message(timeout)
            except TimeoutError:
                return

    def send(self, text: str, media_type: str = "text/plain") -> PendingOperation:
        """Send a message (text/plain or text/html); wait on the result for its delivery."""
        operation = self._session.operations.start()
        try:
            self._post_message(self._send_link(reread=False), operation, text, media_type)
        except HttpError as error:
            if error.status not in _REJECTED:
                raise
            # Refused, so not applied: the link was out of date. Read messaging, go again.
            self._post_message(self._send_link(reread=True), operation, text, media_type)
        return operation

    def _post_message(
        self, link: Link[Any], operation: PendingOperation, text: str, media_type: str
    ) -> None:
        from ucwa.resources.send_message import SendMessage

        client = self._session.client
        self._session.post_operation(
            operation,
            lambda: SendMessage.post(
                client, link, text, media_type=media_type, operation_id=operation.operation_id
            ),
        )

    def _send_link(self, reread: bool) -> Link[Any]:
        messaging = None if reread else self._messaging
        if messaging is None or messaging.links.send_message is None:
            messaging = self._read_messaging()
        if messaging.links.send_message is None:
            raise RequestError("messaging offers no sendMessage now (not connected?)")
        return messaging.links.send_message

    def _read_messaging(self) -> Messaging:
        from ucwa.resources.messaging import Messaging

        if self.resource is None or self.resource.links.messaging is None:
            raise RequestError("the conversation is not connected yet; wait() for it first")
        self._messaging = Messaging.get(self._session.client, self.resource.links.messaging)
        return self._messaging

    def stop(self) -> None:
        """End the chat, whatever its state: an invitation still ringing is cancelled,
        connected messaging is stopped, and a chat already over is left alone (nothing is
        sent). One POST when the links are known."""
        link = None if self._ended else self._ending_link(reread=False)
        if link is None:
            return
        try:
            self._session.client.request("POST", link)
        except HttpError as error:
            if error.status not in _REJECTED:
                raise
            # The state moved on meanwhile (answered, or ended): go by what it is now.
            link = self._ending_link(reread=True)
            if link is not None:
                self._session.client.request("POST", link)
        self._ended = True
        self._messaging = None  # what it offered is out of date now

    def cancel(self) -> None:
        """Withdraw the invitation while it rings (its ``cancel`` link); once it was
        answered, end the chat as :meth:`stop` does (UCWA's cancel "fails the outgoing
        invitation or disconnects the modality")."""
        self.stop()

    def _ending_link(self, reread: bool) -> Link[Any] | None:
        invitation = self.resource
        if reread or invitation is None:
            invitation = self._read_invitation()
        if str(invitation.state) == "Connecting" and invitation.links.cancel is not None:
            return invitation.links.cancel
        if str(invitation.state) not in ("Connecting", "Connected"):
            return None  # declined, failed, cancelled: nothing to end
        messaging = None if reread else self._messaging
        if messaging is None:
            messaging = self._read_messaging()
        return messaging.links.stop_messaging  # None once disconnected

    def _read_invitation(self) -> MessagingInvitation:
        from ucwa.resources.messaging_invitation import MessagingInvitation

        url = self.invitation.url
        if self.resource is not None:
            url = self._session.client.url_for(self.resource.require_self_link())
        if url is None:
            raise RequestError("the invitation's URL is not known (its POST got no answer)")
        invitation = MessagingInvitation.get(self._session.client, Link(href=url))
        self.take_invitation(invitation)
        return invitation


def start_chat(session: OperationPoster, post: Callable[[PendingOperation], None]) -> Chat:
    """A chat whose invitation ``post`` sends (with the operation's id).

    The chat is followed before the POST, since its events can overtake the answer; it is
    forgotten if the POST was refused (nothing will come of it).
    """
    chat = Chat(session, session.operations.start())
    try:
        post(chat.invitation)
    except OutcomeUnknown:
        raise  # it may still be applied: its events still reach the chat
    except Exception:
        session.chats.forget(chat)
        raise
    if chat.invitation.url is not None:
        session.chats.follow(chat, ("url", chat.invitation.url))
    return chat


def continue_conversation(
    session: OperationPoster, log: ConversationLog, message: str | None
) -> Chat:
    """Start messaging again with the people of a past conversation."""
    from ucwa.resources.continue_messaging import ContinueMessaging

    link = log.links.continue_messaging
    if link is None:
        raise RequestError("this conversationLog offers no continueMessaging")

    def post(operation: PendingOperation) -> None:
        session.post_operation(
            operation,
            lambda: ContinueMessaging.post(
                session.client, link, operation_id=operation.operation_id, message=message
            ),
        )

    return start_chat(session, post)


def accept_invitation(session: OperationPoster, invitation: MessagingInvitation) -> Chat:
    """Accept an incoming invitation; its completion is the invitation's completed event.

    The POST carries nothing but the accept (its page lists no parameters): the completion
    is found by the invitation's URL. An accept whose answer was lost is not sent again:
    the invitation shows whether it was answered, but one still waiting may yet be accepted
    by the lost POST, so that case is OperationOutcomeUnknown (whose ``operation`` still
    completes if the accept arrives).
    """
    from ucwa.resources.messaging_invitation import MessagingInvitation

    link = invitation.links.accept
    if link is None:
        raise RequestError("this invitation cannot be accepted (no accept link)")
    invitation_link = invitation.require_self_link()
    chat = Chat(session, session.operations.start(), invitation)
    chat.invitation.bind(session.client.url_for(invitation_link))
    try:
        session.client.request("POST", link)
    except OutcomeUnknown as unknown:
        if MessagingInvitation.get(session.client, invitation_link).links.accept is not None:
            shown = "the invitation still waits for an answer"
            raise OperationOutcomeUnknown(chat.invitation, unknown, shown) from unknown
    return chat

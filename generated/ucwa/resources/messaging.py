"""messaging: The instant messaging part of a conversation; present when the conversation can use
it.

Reference: messaging_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import MessageFormat

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .add_messaging import AddMessaging
    from .conversation import Conversation
    from .send_message import SendMessage
    from .set_is_typing import SetIsTyping
    from .stop_messaging import StopMessaging
    from .typing_participants import TypingParticipants


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class MessagingLinks(Links):
    """The links of a messaging (its self link is Resource.self_link)."""

    add_messaging: Link[AddMessaging] | None = attrs.field(
        default=None, metadata={"wire": "addMessaging", "target": "addMessaging"}
    )
    conversation: Link[Conversation] | None = attrs.field(
        default=None, metadata={"wire": "conversation", "target": "conversation"}
    )
    send_message: Link[SendMessage] | None = attrs.field(
        default=None, metadata={"wire": "sendMessage", "target": "sendMessage"}
    )
    set_is_typing: Link[SetIsTyping] | None = attrs.field(
        default=None, metadata={"wire": "setIsTyping", "target": "setIsTyping"}
    )
    stop_messaging: Link[StopMessaging] | None = attrs.field(
        default=None, metadata={"wire": "stopMessaging", "target": "stopMessaging"}
    )
    typing_participants: Link[TypingParticipants] | None = attrs.field(
        default=None, metadata={"wire": "typingParticipants", "target": "typingParticipants"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Messaging(Resource):
    """The instant messaging part of a conversation; present when the conversation can use it.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "messaging"

    negotiated_message_formats: list[MessageFormat] | None = attrs.field(
        default=None, metadata={"wire": "negotiatedMessageFormats"}
    )
    """Formats (plain text, HTML) agreed for this conversation's messages."""
    state: str | None = attrs.field(default=None, metadata={"wire": "state"})
    """Where the modality stands, for example Connecting or Connected."""
    links: MessagingLinks = attrs.field(factory=MessagingLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "negotiatedMessageFormats":
                    read.many(key, "negotiated_message_formats", value, MessageFormat)
                case "state":
                    read.one(key, "state", value, str)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.many("negotiatedMessageFormats", self.negotiated_message_formats, MessageFormat)
        write.one("state", self.state, str)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[Messaging],
    ) -> Messaging:
        """Read the messaging modality.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[Messaging] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="messaging"),),
)

"""message: A single instant message the user sent or received, with its delivery status.

Reference: message_ref.md.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.datauri import DataUri
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import Direction, Status

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .contact import Contact
    from .failed_delivery_participant import FailedDeliveryParticipant
    from .messaging import Messaging
    from .participant import Participant


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class MessageLinks(Links):
    """The links of a message (its self link is Resource.self_link)."""

    contact: Link[Contact] | None = attrs.field(
        default=None, metadata={"wire": "contact", "target": "contact"}
    )
    failed_delivery_participant: list[Link[FailedDeliveryParticipant]] | None = attrs.field(
        default=None,
        metadata={"wire": "failedDeliveryParticipant", "target": "failedDeliveryParticipant"},
    )
    """Participants the message did not reach."""
    messaging: Link[Messaging] | None = attrs.field(
        default=None, metadata={"wire": "messaging", "target": "messaging"}
    )
    participant: Link[Participant] | None = attrs.field(
        default=None, metadata={"wire": "participant", "target": "participant"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Message(Resource):
    """A single instant message the user sent or received, with its delivery status.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "message"

    direction: Direction | None = attrs.field(default=None, metadata={"wire": "direction"})
    """Whether the message was received or sent."""
    html_message: DataUri | None = attrs.field(
        default=None, metadata={"wire": "htmlMessage", "as_link": True}
    )
    """HTML body, when there is one; the examples carry it as a data URI under _links. Sent as
    _links.htmlMessage.href.
    """
    operation_id: str | None = attrs.field(default=None, metadata={"wire": "operationId"})
    """The correlation id the client gave to sendMessage for an outgoing message."""
    status: Status | None = attrs.field(default=None, metadata={"wire": "status"})
    """Delivery status."""
    plain_message: DataUri | None = attrs.field(
        default=None, metadata={"wire": "plainMessage", "as_link": True}
    )
    """Plain-text body, when there is one; the examples carry it as a data URI under _links. Sent as
    _links.plainMessage.href.
    """
    time_stamp: datetime | None = attrs.field(default=None, metadata={"wire": "timeStamp"})
    links: MessageLinks = attrs.field(factory=MessageLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "direction":
                    read.one(key, "direction", value, Direction)
                case "operationId":
                    read.one(key, "operation_id", value, str)
                case "status":
                    read.one(key, "status", value, Status)
                case "timeStamp":
                    read.one(key, "time_stamp", value, datetime)
                case _:
                    read.other(key, value)
        read.linked("htmlMessage", "html_message", DataUri)
        read.linked("plainMessage", "plain_message", DataUri)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("direction", self.direction, Direction)
        write.linked("htmlMessage", self.html_message)
        write.one("operationId", self.operation_id, str)
        write.one("status", self.status, Status)
        write.linked("plainMessage", self.plain_message)
        write.one("timeStamp", self.time_stamp, datetime)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[Message],
    ) -> Message:
        """Read the message.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[Message] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="message"),),
)

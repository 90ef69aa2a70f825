"""message: A single instant message the user sent or received, with its delivery status.

Reference: message_ref.md.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.datauri import DataUri
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import Direction, Status

if TYPE_CHECKING:
    from .contact import Contact
    from .failed_delivery_participant import FailedDeliveryParticipant
    from .messaging import Messaging
    from .participant import Participant


@attrs.define(kw_only=True)
class MessageLinks(Links):
    """The links of a message (its self link is Resource.self_link)."""

    contact: Link[Contact] | None = None
    failed_delivery_participant: list[Link[FailedDeliveryParticipant]] | None = None
    """Participants the message did not reach."""
    messaging: Link[Messaging] | None = None
    participant: Link[Participant] | None = None


@attrs.define(kw_only=True)
class Message(Resource):
    """A single instant message the user sent or received, with its delivery status.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "message"

    direction: Direction | None = None
    """Whether the message was received or sent."""
    html_message: DataUri | None = None
    """HTML body, when there is one; the examples carry it as a data URI under _links. Sent as
    _links.htmlMessage.href.
    """
    operation_id: str | None = None
    """The correlation id the client gave to sendMessage for an outgoing message."""
    status: Status | None = None
    """Delivery status."""
    plain_message: DataUri | None = None
    """Plain-text body, when there is one; the examples carry it as a data URI under _links. Sent as
    _links.plainMessage.href.
    """
    time_stamp: datetime | None = None
    links: MessageLinks = attrs.field(factory=MessageLinks)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=MessageLinks,
        embedded_class=Embedded,
        properties=(
            PropertySpec("direction", "direction", Direction),
            PropertySpec("htmlMessage", "html_message", DataUri, as_link=True),
            PropertySpec("operationId", "operation_id", str),
            PropertySpec("status", "status", Status),
            PropertySpec("plainMessage", "plain_message", DataUri, as_link=True),
            PropertySpec("timeStamp", "time_stamp", datetime),
        ),
        links=(
            LinkSpec("contact", "contact", target="contact"),
            LinkSpec(
                "failedDeliveryParticipant",
                "failed_delivery_participant",
                many=True,
                target="failedDeliveryParticipant",
            ),
            LinkSpec("messaging", "messaging", target="messaging"),
            LinkSpec("participant", "participant", target="participant"),
        ),
    )

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

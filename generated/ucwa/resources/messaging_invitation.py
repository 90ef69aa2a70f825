"""messagingInvitation: An incoming or outgoing invitation to instant messaging, tracked until it is
accepted, declined, cancelled or fails.

Reference: messagingInvitation_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.datauri import DataUri
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import Direction, Importance, InvitationState

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .accept import Accept
    from .accepted_by_contact import AcceptedByContact
    from .accepted_by_participant import AcceptedByParticipant
    from .cancel import Cancel
    from .conversation import Conversation
    from .decline import Decline
    from .derived_messaging import DerivedMessaging
    from .from_ import From
    from .messaging import Messaging
    from .on_behalf_of import OnBehalfOf
    from .participant import Participant
    from .to import To


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class MessagingInvitationLinks(Links):
    """The links of a messagingInvitation (its self link is Resource.self_link)."""

    accept: Link[Accept] | None = attrs.field(
        default=None, metadata={"wire": "accept", "target": "accept"}
    )
    accepted_by_contact: Link[AcceptedByContact] | None = attrs.field(
        default=None, metadata={"wire": "acceptedByContact", "target": "acceptedByContact"}
    )
    cancel: Link[Cancel] | None = attrs.field(
        default=None, metadata={"wire": "cancel", "target": "cancel"}
    )
    conversation: Link[Conversation] | None = attrs.field(
        default=None, metadata={"wire": "conversation", "target": "conversation"}
    )
    decline: Link[Decline] | None = attrs.field(
        default=None, metadata={"wire": "decline", "target": "decline"}
    )
    derived_messaging: Link[DerivedMessaging] | None = attrs.field(
        default=None, metadata={"wire": "derivedMessaging", "target": "derivedMessaging"}
    )
    from_: Link[From] | None = attrs.field(
        default=None, metadata={"wire": "from", "target": "from"}
    )
    """Listed twice in the page's Links table; the examples show it both here and embedded."""
    messaging: Link[Messaging] | None = attrs.field(
        default=None, metadata={"wire": "messaging", "target": "messaging"}
    )
    on_behalf_of: Link[OnBehalfOf] | None = attrs.field(
        default=None, metadata={"wire": "onBehalfOf", "target": "onBehalfOf"}
    )
    to: Link[To] | None = attrs.field(default=None, metadata={"wire": "to", "target": "to"})
    accepted_by_participant: Link[AcceptedByParticipant] | None = attrs.field(
        default=None, metadata={"wire": "acceptedByParticipant", "target": "acceptedByParticipant"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class MessagingInvitationEmbedded(Embedded):
    """The resources a messagingInvitation carries inside itself."""

    accepted_by_participant: list[Participant] | None = attrs.field(
        default=None, metadata={"wire": "acceptedByParticipant", "target": "participant"}
    )
    """Holds participant resources."""
    from_: Participant | None = attrs.field(
        default=None, metadata={"wire": "from", "target": "participant"}
    )
    """Holds a participant resource."""


@attrs.define(kw_only=True, eq=False, repr=False)
class MessagingInvitation(Resource):
    """An incoming or outgoing invitation to instant messaging, tracked until it is accepted,
    declined, cancelled or fails.

    Scopes (Skype for Business Online): Conversations.Initiate.
    """

    REL: ClassVar[str] = "messagingInvitation"

    custom_content: DataUri | None = attrs.field(
        default=None, metadata={"wire": "customContent", "as_link": True}
    )
    """Application-defined content; the examples carry it as a data URI under _links. Sent as
    _links.customContent.href.
    """
    direction: Direction | None = attrs.field(default=None, metadata={"wire": "direction"})
    """Whether the invitation was received or sent."""
    importance: Importance | None = attrs.field(default=None, metadata={"wire": "importance"})
    message: DataUri | None = attrs.field(
        default=None, metadata={"wire": "message", "as_link": True}
    )
    """First message of the invitation; the examples carry it as a data URI under _links. Sent as
    _links.message.href.
    """
    operation_id: str | None = attrs.field(default=None, metadata={"wire": "operationId"})
    """The correlation id the client gave when it started the invitation. At most 50 characters.
    """
    state: InvitationState | None = attrs.field(default=None, metadata={"wire": "state"})
    subject: str | None = attrs.field(default=None, metadata={"wire": "subject"})
    """At most 250 characters."""
    thread_id: str | None = attrs.field(default=None, metadata={"wire": "threadId"})
    to: str | None = attrs.field(default=None, metadata={"wire": "to"})
    """SIP address of the invitee."""
    links: MessagingInvitationLinks = attrs.field(factory=MessagingInvitationLinks)
    embedded: MessagingInvitationEmbedded = attrs.field(factory=MessagingInvitationEmbedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "direction":
                    read.one(key, "direction", value, Direction)
                case "importance":
                    read.one(key, "importance", value, Importance)
                case "operationId":
                    read.one(key, "operation_id", value, str)
                case "state":
                    read.one(key, "state", value, InvitationState)
                case "subject":
                    read.one(key, "subject", value, str)
                case "threadId":
                    read.one(key, "thread_id", value, str)
                case "to":
                    read.one(key, "to", value, str)
                case _:
                    read.other(key, value)
        read.linked("customContent", "custom_content", DataUri)
        read.linked("message", "message", DataUri)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.linked("customContent", self.custom_content)
        write.one("direction", self.direction, Direction)
        write.one("importance", self.importance, Importance)
        write.linked("message", self.message)
        write.one("operationId", self.operation_id, str)
        write.one("state", self.state, InvitationState)
        write.one("subject", self.subject, str)
        write.one("threadId", self.thread_id, str)
        write.one("to", self.to, str)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[MessagingInvitation],
    ) -> MessagingInvitation:
        """Read the invitation.

        Errors: BadRequest, Gone, NotFound, ServiceFailure, Conflict (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[MessagingInvitation] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="messagingInvitation"),),
)

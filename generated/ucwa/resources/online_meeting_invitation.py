"""onlineMeetingInvitation resource.

Reference: onlineMeetingInvitation_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.datauri import DataUri
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import ConversationModalityType, Direction, Importance, InvitationState

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .accept import Accept
    from .accepted_by_contact import AcceptedByContact
    from .cancel import Cancel
    from .conversation import Conversation
    from .decline import Decline
    from .from_ import From
    from .on_behalf_of import OnBehalfOf
    from .participant import Participant
    from .to import To


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class OnlineMeetingInvitationLinks(Links):
    """The links of a onlineMeetingInvitation (its self link is Resource.self_link)."""

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
    from_: Link[From] | None = attrs.field(
        default=None, metadata={"wire": "from", "target": "from"}
    )
    on_behalf_of: Link[OnBehalfOf] | None = attrs.field(
        default=None, metadata={"wire": "onBehalfOf", "target": "onBehalfOf"}
    )
    to: Link[To] | None = attrs.field(default=None, metadata={"wire": "to", "target": "to"})


@attrs.define(kw_only=True, eq=False, repr=False)
class OnlineMeetingInvitationEmbedded(Embedded):
    """The resources a onlineMeetingInvitation carries inside itself."""

    from_: Participant | None = attrs.field(
        default=None, metadata={"wire": "from", "target": "participant"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class OnlineMeetingInvitation(Resource):
    """The onlineMeetingInvitation resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "onlineMeetingInvitation"

    anonymous_display_name: str | None = attrs.field(
        default=None, metadata={"wire": "anonymousDisplayName"}
    )
    """At most 250 characters."""
    available_modalities: list[ConversationModalityType] | None = attrs.field(
        default=None, metadata={"wire": "availableModalities"}
    )
    direction: Direction | None = attrs.field(default=None, metadata={"wire": "direction"})
    importance: Importance | None = attrs.field(default=None, metadata={"wire": "importance"})
    online_meeting_uri: str | None = attrs.field(
        default=None, metadata={"wire": "onlineMeetingUri"}
    )
    message: DataUri | None = attrs.field(
        default=None, metadata={"wire": "message", "as_link": True}
    )
    """Sent as _links.message.href."""
    operation_id: str | None = attrs.field(default=None, metadata={"wire": "operationId"})
    """At most 50 characters."""
    state: InvitationState | None = attrs.field(default=None, metadata={"wire": "state"})
    subject: str | None = attrs.field(default=None, metadata={"wire": "subject"})
    """At most 250 characters."""
    thread_id: str | None = attrs.field(default=None, metadata={"wire": "threadId"})
    to: str | None = attrs.field(default=None, metadata={"wire": "to"})
    links: OnlineMeetingInvitationLinks = attrs.field(factory=OnlineMeetingInvitationLinks)
    embedded: OnlineMeetingInvitationEmbedded = attrs.field(factory=OnlineMeetingInvitationEmbedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "anonymousDisplayName":
                    read.one(key, "anonymous_display_name", value, str)
                case "availableModalities":
                    read.many(key, "available_modalities", value, ConversationModalityType)
                case "direction":
                    read.one(key, "direction", value, Direction)
                case "importance":
                    read.one(key, "importance", value, Importance)
                case "onlineMeetingUri":
                    read.one(key, "online_meeting_uri", value, str)
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
        read.linked("message", "message", DataUri)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("anonymousDisplayName", self.anonymous_display_name, str)
        write.many("availableModalities", self.available_modalities, ConversationModalityType)
        write.one("direction", self.direction, Direction)
        write.one("importance", self.importance, Importance)
        write.one("onlineMeetingUri", self.online_meeting_uri, str)
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
        link: Link[OnlineMeetingInvitation],
    ) -> OnlineMeetingInvitation:
        """GET onlineMeetingInvitation.

        Errors: BadRequest, Gone, NotFound, ServiceFailure, Conflict (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[OnlineMeetingInvitation] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="onlineMeetingInvitation"),),
)

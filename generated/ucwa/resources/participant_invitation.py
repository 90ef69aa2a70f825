"""participantInvitation resource.

Reference: participantInvitation_ref.md.
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

    from .accepted_by_participant import AcceptedByParticipant
    from .cancel import Cancel
    from .conversation import Conversation
    from .from_ import From
    from .participant import Participant
    from .to import To


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ParticipantInvitationLinks(Links):
    """The links of a participantInvitation (its self link is Resource.self_link)."""

    cancel: Link[Cancel] | None = attrs.field(
        default=None, metadata={"wire": "cancel", "target": "cancel"}
    )
    conversation: Link[Conversation] | None = attrs.field(
        default=None, metadata={"wire": "conversation", "target": "conversation"}
    )
    from_: Link[From] | None = attrs.field(
        default=None, metadata={"wire": "from", "target": "from"}
    )
    participant: Link[Participant] | None = attrs.field(
        default=None, metadata={"wire": "participant", "target": "participant"}
    )
    to: Link[To] | None = attrs.field(default=None, metadata={"wire": "to", "target": "to"})
    accepted_by_participant: Link[AcceptedByParticipant] | None = attrs.field(
        default=None, metadata={"wire": "acceptedByParticipant", "target": "acceptedByParticipant"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class ParticipantInvitationEmbedded(Embedded):
    """The resources a participantInvitation carries inside itself."""

    from_: Participant | None = attrs.field(
        default=None, metadata={"wire": "from", "target": "participant"}
    )
    accepted_by_participant: list[Participant] | None = attrs.field(
        default=None, metadata={"wire": "acceptedByParticipant", "target": "participant"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class ParticipantInvitation(Resource):
    """The participantInvitation resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "participantInvitation"

    direction: Direction | None = attrs.field(default=None, metadata={"wire": "direction"})
    importance: Importance | None = attrs.field(default=None, metadata={"wire": "importance"})
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
    links: ParticipantInvitationLinks = attrs.field(factory=ParticipantInvitationLinks)
    embedded: ParticipantInvitationEmbedded = attrs.field(factory=ParticipantInvitationEmbedded)

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
        read.linked("message", "message", DataUri)

    def _write_properties(self, write: PropertyWriter) -> None:
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
        link: Link[ParticipantInvitation],
    ) -> ParticipantInvitation:
        """GET participantInvitation.

        Errors: BadRequest, Gone, NotFound, ServiceFailure, Conflict (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[ParticipantInvitation] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="participantInvitation"),),
)

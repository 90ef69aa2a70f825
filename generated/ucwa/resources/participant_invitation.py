"""participantInvitation resource.

Reference: participantInvitation_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.datauri import DataUri
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import Direction, Importance, InvitationState

if TYPE_CHECKING:
    from .accepted_by_participant import AcceptedByParticipant
    from .cancel import Cancel
    from .conversation import Conversation
    from .from_ import From
    from .participant import Participant
    from .to import To


@attrs.define(kw_only=True)
class ParticipantInvitationLinks(Links):
    """The links of a participantInvitation (its self link is Resource.self_link)."""

    cancel: Link[Cancel] | None = None
    conversation: Link[Conversation] | None = None
    from_: Link[From] | None = None
    participant: Link[Participant] | None = None
    to: Link[To] | None = None
    accepted_by_participant: Link[AcceptedByParticipant] | None = None


@attrs.define(kw_only=True)
class ParticipantInvitationEmbedded(Embedded):
    """The resources a participantInvitation carries inside itself."""

    from_: Participant | None = None
    accepted_by_participant: list[Participant] | None = None


@attrs.define(kw_only=True)
class ParticipantInvitation(Resource):
    """The participantInvitation resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "participantInvitation"

    direction: Direction | None = None
    importance: Importance | None = None
    message: DataUri | None = None
    """Sent as _links.message.href."""
    operation_id: str | None = None
    """At most 50 characters."""
    state: InvitationState | None = None
    subject: str | None = None
    """At most 250 characters."""
    thread_id: str | None = None
    to: str | None = None
    links: ParticipantInvitationLinks = attrs.field(factory=ParticipantInvitationLinks)
    embedded: ParticipantInvitationEmbedded = attrs.field(factory=ParticipantInvitationEmbedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=ParticipantInvitationLinks,
        embedded_class=ParticipantInvitationEmbedded,
        properties=(
            PropertySpec("direction", "direction", Direction),
            PropertySpec("importance", "importance", Importance),
            PropertySpec("message", "message", DataUri, as_link=True),
            PropertySpec("operationId", "operation_id", str),
            PropertySpec("state", "state", InvitationState),
            PropertySpec("subject", "subject", str),
            PropertySpec("threadId", "thread_id", str),
            PropertySpec("to", "to", str),
        ),
        links=(
            LinkSpec("cancel", "cancel", target="cancel"),
            LinkSpec("conversation", "conversation", target="conversation"),
            LinkSpec("from", "from_", target="from"),
            LinkSpec("participant", "participant", target="participant"),
            LinkSpec("to", "to", target="to"),
            LinkSpec(
                "acceptedByParticipant", "accepted_by_participant", target="acceptedByParticipant"
            ),
        ),
        embedded=(
            LinkSpec("from", "from_", target="participant"),
            LinkSpec(
                "acceptedByParticipant", "accepted_by_participant", many=True, target="participant"
            ),
        ),
    )

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

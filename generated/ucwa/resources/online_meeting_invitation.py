"""onlineMeetingInvitation resource.

Reference: onlineMeetingInvitation_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.datauri import DataUri
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import ConversationModalityType, Direction, Importance, InvitationState

if TYPE_CHECKING:
    from .accept import Accept
    from .accepted_by_contact import AcceptedByContact
    from .cancel import Cancel
    from .conversation import Conversation
    from .decline import Decline
    from .from_ import From
    from .on_behalf_of import OnBehalfOf
    from .participant import Participant
    from .to import To


@attrs.define(kw_only=True)
class OnlineMeetingInvitationLinks(Links):
    """The links of a onlineMeetingInvitation (its self link is Resource.self_link)."""

    accept: Link[Accept] | None = None
    accepted_by_contact: Link[AcceptedByContact] | None = None
    cancel: Link[Cancel] | None = None
    conversation: Link[Conversation] | None = None
    decline: Link[Decline] | None = None
    from_: Link[From] | None = None
    on_behalf_of: Link[OnBehalfOf] | None = None
    to: Link[To] | None = None


@attrs.define(kw_only=True)
class OnlineMeetingInvitationEmbedded(Embedded):
    """The resources a onlineMeetingInvitation carries inside itself."""

    from_: Participant | None = None


@attrs.define(kw_only=True)
class OnlineMeetingInvitation(Resource):
    """The onlineMeetingInvitation resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "onlineMeetingInvitation"

    anonymous_display_name: str | None = None
    """At most 250 characters."""
    available_modalities: list[ConversationModalityType] | None = None
    direction: Direction | None = None
    importance: Importance | None = None
    online_meeting_uri: str | None = None
    message: DataUri | None = None
    """Sent as _links.message.href."""
    operation_id: str | None = None
    """At most 50 characters."""
    state: InvitationState | None = None
    subject: str | None = None
    """At most 250 characters."""
    thread_id: str | None = None
    to: str | None = None
    links: OnlineMeetingInvitationLinks = attrs.field(factory=OnlineMeetingInvitationLinks)
    embedded: OnlineMeetingInvitationEmbedded = attrs.field(factory=OnlineMeetingInvitationEmbedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=OnlineMeetingInvitationLinks,
        embedded_class=OnlineMeetingInvitationEmbedded,
        properties=(
            PropertySpec("anonymousDisplayName", "anonymous_display_name", str),
            PropertySpec(
                "availableModalities", "available_modalities", list[ConversationModalityType]
            ),
            PropertySpec("direction", "direction", Direction),
            PropertySpec("importance", "importance", Importance),
            PropertySpec("onlineMeetingUri", "online_meeting_uri", str),
            PropertySpec("message", "message", DataUri, as_link=True),
            PropertySpec("operationId", "operation_id", str),
            PropertySpec("state", "state", InvitationState),
            PropertySpec("subject", "subject", str),
            PropertySpec("threadId", "thread_id", str),
            PropertySpec("to", "to", str),
        ),
        links=(
            LinkSpec("accept", "accept", target="accept"),
            LinkSpec("acceptedByContact", "accepted_by_contact", target="acceptedByContact"),
            LinkSpec("cancel", "cancel", target="cancel"),
            LinkSpec("conversation", "conversation", target="conversation"),
            LinkSpec("decline", "decline", target="decline"),
            LinkSpec("from", "from_", target="from"),
            LinkSpec("onBehalfOf", "on_behalf_of", target="onBehalfOf"),
            LinkSpec("to", "to", target="to"),
        ),
        embedded=(LinkSpec("from", "from_", target="participant"),),
    )

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

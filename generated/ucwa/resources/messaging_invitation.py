"""messagingInvitation: An incoming or outgoing invitation to instant messaging, tracked until it is
accepted, declined, cancelled or fails.

Reference: messagingInvitation_ref.md.
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


@attrs.define(kw_only=True)
class MessagingInvitationLinks(Links):
    """The links of a messagingInvitation (its self link is Resource.self_link)."""

    accept: Link[Accept] | None = None
    accepted_by_contact: Link[AcceptedByContact] | None = None
    cancel: Link[Cancel] | None = None
    conversation: Link[Conversation] | None = None
    decline: Link[Decline] | None = None
    derived_messaging: Link[DerivedMessaging] | None = None
    from_: Link[From] | None = None
    """Listed twice in the page's Links table; the examples show it both here and embedded."""
    messaging: Link[Messaging] | None = None
    on_behalf_of: Link[OnBehalfOf] | None = None
    to: Link[To] | None = None
    accepted_by_participant: Link[AcceptedByParticipant] | None = None


@attrs.define(kw_only=True)
class MessagingInvitationEmbedded(Embedded):
    """The resources a messagingInvitation carries inside itself."""

    accepted_by_participant: list[Participant] | None = None
    """Holds participant resources."""
    from_: Participant | None = None
    """Holds a participant resource."""


@attrs.define(kw_only=True)
class MessagingInvitation(Resource):
    """An incoming or outgoing invitation to instant messaging, tracked until it is accepted,
    declined, cancelled or fails.

    Scopes (Skype for Business Online): Conversations.Initiate.
    """

    REL: ClassVar[str] = "messagingInvitation"

    custom_content: DataUri | None = None
    """Application-defined content; the examples carry it as a data URI under _links. Sent as
    _links.customContent.href.
    """
    direction: Direction | None = None
    """Whether the invitation was received or sent."""
    importance: Importance | None = None
    message: DataUri | None = None
    """First message of the invitation; the examples carry it as a data URI under _links. Sent as
    _links.message.href.
    """
    operation_id: str | None = None
    """The correlation id the client gave when it started the invitation. At most 50 characters.
    """
    state: InvitationState | None = None
    subject: str | None = None
    """At most 250 characters."""
    thread_id: str | None = None
    to: str | None = None
    """SIP address of the invitee."""
    links: MessagingInvitationLinks = attrs.field(factory=MessagingInvitationLinks)
    embedded: MessagingInvitationEmbedded = attrs.field(factory=MessagingInvitationEmbedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=MessagingInvitationLinks,
        embedded_class=MessagingInvitationEmbedded,
        properties=(
            PropertySpec("customContent", "custom_content", DataUri, as_link=True),
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
            LinkSpec("accept", "accept", target="accept"),
            LinkSpec("acceptedByContact", "accepted_by_contact", target="acceptedByContact"),
            LinkSpec("cancel", "cancel", target="cancel"),
            LinkSpec("conversation", "conversation", target="conversation"),
            LinkSpec("decline", "decline", target="decline"),
            LinkSpec("derivedMessaging", "derived_messaging", target="derivedMessaging"),
            LinkSpec("from", "from_", target="from"),
            LinkSpec("messaging", "messaging", target="messaging"),
            LinkSpec("onBehalfOf", "on_behalf_of", target="onBehalfOf"),
            LinkSpec("to", "to", target="to"),
            LinkSpec(
                "acceptedByParticipant", "accepted_by_participant", target="acceptedByParticipant"
            ),
        ),
        embedded=(
            LinkSpec(
                "acceptedByParticipant", "accepted_by_participant", many=True, target="participant"
            ),
            LinkSpec("from", "from_", target="participant"),
        ),
    )

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

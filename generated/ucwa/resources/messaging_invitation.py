"""messagingInvitation: An incoming or outgoing invitation to instant messaging, tracked until it is
accepted, declined, cancelled or fails.

Reference: messagingInvitation_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from .._runtime.datauri import DataUri
from .._runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from .._runtime.operations import OperationSpec, OutcomeSpec, call
from .._runtime.transport import Client
from ..enums import Direction, Importance, InvitationState

if TYPE_CHECKING:
    from .conversation import Conversation
    from .messaging import Messaging


@attrs.define(kw_only=True)
class MessagingInvitationLinks(Links):
    """The links of a messagingInvitation (its self link is Resource.self_link)."""

    accept: Link[Any] | None = None
    accepted_by_contact: Link[Any] | None = None
    cancel: Link[Any] | None = None
    conversation: Link[Conversation] | None = None
    decline: Link[Any] | None = None
    derived_messaging: Link[Any] | None = None
    from_: Link[Any] | None = None
    """Listed twice in the page's Links table; the examples show it both here and embedded."""
    messaging: Link[Messaging] | None = None
    on_behalf_of: Link[Any] | None = None
    to: Link[Any] | None = None
    custom_content: Link[Any] | None = None
    """Not in the page's Links table; the examples carry the customContent property here."""
    message: Link[Any] | None = None
    """Not in the page's Links table; the examples carry the message property here."""


@attrs.define(kw_only=True)
class MessagingInvitation(Resource):
    """An incoming or outgoing invitation to instant messaging, tracked until it is accepted,
    declined, cancelled or fails.

    Scopes (Skype for Business Online): Conversations.Initiate.
    """

    REL: ClassVar[str] = "messagingInvitation"

    custom_content: DataUri | None = None
    """Application-defined content; the examples carry it as a data URI under _links."""
    direction: Direction | None = None
    """Whether the invitation was received or sent."""
    importance: Importance | None = None
    message: DataUri | None = None
    """First message of the invitation; the examples carry it as a data URI under _links."""
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
    embedded: Embedded = attrs.field(factory=Embedded)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[MessagingInvitation],
    ) -> MessagingInvitation:
        """Read the invitation.

        Errors: BadRequest, Gone, NotFound, ServiceFailure, Conflict (see ucwa.errors).
        """
        result: MessagingInvitation = call(
            client,
            _GET,
            link,
            {},
        )
        return result


MessagingInvitation.SPEC = ResourceSpec(
    rel="messagingInvitation",
    links_class=MessagingInvitationLinks,
    embedded_class=Embedded,
    properties=(
        PropertySpec("customContent", "custom_content", DataUri),
        PropertySpec("direction", "direction", Direction),
        PropertySpec("importance", "importance", Importance),
        PropertySpec("message", "message", DataUri),
        PropertySpec("operationId", "operation_id", str),
        PropertySpec("state", "state", InvitationState),
        PropertySpec("subject", "subject", str),
        PropertySpec("threadId", "thread_id", str),
        PropertySpec("to", "to", str),
    ),
    links=(
        LinkSpec("accept", "accept"),
        LinkSpec("acceptedByContact", "accepted_by_contact"),
        LinkSpec("cancel", "cancel"),
        LinkSpec("conversation", "conversation", target="conversation"),
        LinkSpec("decline", "decline"),
        LinkSpec("derivedMessaging", "derived_messaging"),
        LinkSpec("from", "from_"),
        LinkSpec("messaging", "messaging", target="messaging"),
        LinkSpec("onBehalfOf", "on_behalf_of"),
        LinkSpec("to", "to"),
        LinkSpec("customContent", "custom_content"),
        LinkSpec("message", "message"),
    ),
)

_GET = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="messagingInvitation"),),
)

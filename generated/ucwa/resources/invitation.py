"""invitation resource.

Reference: invitation_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec

from ..enums import Direction, Importance, InvitationState

if TYPE_CHECKING:
    from .cancel import Cancel
    from .conversation import Conversation
    from .from_ import From


@attrs.define(kw_only=True)
class InvitationLinks(Links):
    """The links of a invitation (its self link is Resource.self_link)."""

    cancel: Link[Cancel] | None = None
    conversation: Link[Conversation] | None = None
    from_: Link[From] | None = None


@attrs.define(kw_only=True)
class Invitation(Resource):
    """The invitation resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "invitation"

    direction: Direction | None = None
    importance: Importance | None = None
    operation_id: str | None = None
    """At most 50 characters."""
    state: InvitationState | None = None
    subject: str | None = None
    """At most 250 characters."""
    thread_id: str | None = None
    links: InvitationLinks = attrs.field(factory=InvitationLinks)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=InvitationLinks,
        embedded_class=Embedded,
        properties=(
            PropertySpec("direction", "direction", Direction),
            PropertySpec("importance", "importance", Importance),
            PropertySpec("operationId", "operation_id", str),
            PropertySpec("state", "state", InvitationState),
            PropertySpec("subject", "subject", str),
            PropertySpec("threadId", "thread_id", str),
        ),
        links=(
            LinkSpec("cancel", "cancel", target="cancel"),
            LinkSpec("conversation", "conversation", target="conversation"),
            LinkSpec("from", "from_", target="from"),
        ),
    )

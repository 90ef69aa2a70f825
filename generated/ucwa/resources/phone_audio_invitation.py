"""phoneAudioInvitation resource.

Reference: phoneAudioInvitation_ref.md.
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
    from .delegator import Delegator
    from .derived_conversation import DerivedConversation
    from .derived_phone_audio import DerivedPhoneAudio
    from .forwarded_by import ForwardedBy
    from .from_ import From
    from .on_behalf_of import OnBehalfOf
    from .participant import Participant
    from .phone_audio import PhoneAudio
    from .replaces_phone_audio import ReplacesPhoneAudio
    from .to import To
    from .transferred_by import TransferredBy


@attrs.define(kw_only=True)
class PhoneAudioInvitationLinks(Links):
    """The links of a phoneAudioInvitation (its self link is Resource.self_link)."""

    accept: Link[Accept] | None = None
    accepted_by_contact: Link[AcceptedByContact] | None = None
    cancel: Link[Cancel] | None = None
    conversation: Link[Conversation] | None = None
    decline: Link[Decline] | None = None
    delegator: Link[Delegator] | None = None
    derived_conversation: Link[DerivedConversation] | None = None
    derived_phone_audio: Link[DerivedPhoneAudio] | None = None
    forwarded_by: Link[ForwardedBy] | None = None
    from_: Link[From] | None = None
    on_behalf_of: Link[OnBehalfOf] | None = None
    phone_audio: Link[PhoneAudio] | None = None
    replaces_phone_audio: Link[ReplacesPhoneAudio] | None = None
    to: Link[To] | None = None
    transferred_by: Link[TransferredBy] | None = None
    accepted_by_participant: Link[AcceptedByParticipant] | None = None


@attrs.define(kw_only=True)
class PhoneAudioInvitationEmbedded(Embedded):
    """The resources a phoneAudioInvitation carries inside itself."""

    from_: Participant | None = None
    accepted_by_participant: list[Participant] | None = None


@attrs.define(kw_only=True)
class PhoneAudioInvitation(Resource):
    """The phoneAudioInvitation resource.

    Scopes (Skype for Business Online): Conversations.Initiate.
    """

    REL: ClassVar[str] = "phoneAudioInvitation"

    custom_content: DataUri | None = None
    """Sent as _links.customContent.href."""
    delegator: str | None = None
    direction: Direction | None = None
    importance: Importance | None = None
    join_audio_muted: bool | None = None
    operation_id: str | None = None
    """At most 50 characters."""
    phone_number: str | None = None
    private_line: bool | None = None
    state: InvitationState | None = None
    subject: str | None = None
    """At most 250 characters."""
    thread_id: str | None = None
    to: str | None = None
    links: PhoneAudioInvitationLinks = attrs.field(factory=PhoneAudioInvitationLinks)
    embedded: PhoneAudioInvitationEmbedded = attrs.field(factory=PhoneAudioInvitationEmbedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=PhoneAudioInvitationLinks,
        embedded_class=PhoneAudioInvitationEmbedded,
        properties=(
            PropertySpec("customContent", "custom_content", DataUri, as_link=True),
            PropertySpec("delegator", "delegator", str),
            PropertySpec("direction", "direction", Direction),
            PropertySpec("importance", "importance", Importance),
            PropertySpec("joinAudioMuted", "join_audio_muted", bool),
            PropertySpec("operationId", "operation_id", str),
            PropertySpec("phoneNumber", "phone_number", str),
            PropertySpec("privateLine", "private_line", bool),
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
            LinkSpec("delegator", "delegator", target="delegator"),
            LinkSpec("derivedConversation", "derived_conversation", target="derivedConversation"),
            LinkSpec("derivedPhoneAudio", "derived_phone_audio", target="derivedPhoneAudio"),
            LinkSpec("forwardedBy", "forwarded_by", target="forwardedBy"),
            LinkSpec("from", "from_", target="from"),
            LinkSpec("onBehalfOf", "on_behalf_of", target="onBehalfOf"),
            LinkSpec("phoneAudio", "phone_audio", target="phoneAudio"),
            LinkSpec("replacesPhoneAudio", "replaces_phone_audio", target="replacesPhoneAudio"),
            LinkSpec("to", "to", target="to"),
            LinkSpec("transferredBy", "transferred_by", target="transferredBy"),
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
        link: Link[PhoneAudioInvitation],
    ) -> PhoneAudioInvitation:
        """GET phoneAudioInvitation.

        Errors: BadRequest, Gone, NotFound, ServiceFailure, Conflict (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[PhoneAudioInvitation] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="phoneAudioInvitation"),),
)

"""audioVideoInvitation resource.

Reference: audioVideoInvitation_ref.md.
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
    from .accept_with_answer import AcceptWithAnswer
    from .accept_with_phone_audio import AcceptWithPhoneAudio
    from .accepted_by_contact import AcceptedByContact
    from .accepted_by_participant import AcceptedByParticipant
    from .audio_video import AudioVideo
    from .cancel import Cancel
    from .conversation import Conversation
    from .decline import Decline
    from .delegator import Delegator
    from .derived_audio_video import DerivedAudioVideo
    from .derived_conversation import DerivedConversation
    from .forwarded_by import ForwardedBy
    from .from_ import From
    from .on_behalf_of import OnBehalfOf
    from .participant import Participant
    from .replaces_audio_video import ReplacesAudioVideo
    from .report_media_diagnostics import ReportMediaDiagnostics
    from .send_provisional_answer import SendProvisionalAnswer
    from .to import To
    from .transferred_by import TransferredBy


@attrs.define(kw_only=True)
class AudioVideoInvitationLinks(Links):
    """The links of a audioVideoInvitation (its self link is Resource.self_link)."""

    accepted_by_contact: Link[AcceptedByContact] | None = None
    accept_with_answer: Link[AcceptWithAnswer] | None = None
    accept_with_phone_audio: Link[AcceptWithPhoneAudio] | None = None
    audio_video: Link[AudioVideo] | None = None
    cancel: Link[Cancel] | None = None
    conversation: Link[Conversation] | None = None
    decline: Link[Decline] | None = None
    delegator: Link[Delegator] | None = None
    derived_audio_video: Link[DerivedAudioVideo] | None = None
    derived_conversation: Link[DerivedConversation] | None = None
    forwarded_by: Link[ForwardedBy] | None = None
    from_: Link[From] | None = None
    on_behalf_of: Link[OnBehalfOf] | None = None
    replaces_audio_video: Link[ReplacesAudioVideo] | None = None
    report_media_diagnostics: Link[ReportMediaDiagnostics] | None = None
    send_provisional_answer: Link[SendProvisionalAnswer] | None = None
    to: Link[To] | None = None
    transferred_by: Link[TransferredBy] | None = None
    accepted_by_participant: Link[AcceptedByParticipant] | None = None


@attrs.define(kw_only=True)
class AudioVideoInvitationEmbedded(Embedded):
    """The resources a audioVideoInvitation carries inside itself."""

    from_: Participant | None = None
    accepted_by_participant: list[Participant] | None = None


@attrs.define(kw_only=True)
class AudioVideoInvitation(Resource):
    """The audioVideoInvitation resource.

    Scopes (Skype for Business Online): Conversations.Initiate.
    """

    REL: ClassVar[str] = "audioVideoInvitation"

    address: str | None = None
    bandwidth_control_id: str | None = None
    building: str | None = None
    city: str | None = None
    country: str | None = None
    custom_content: DataUri | None = None
    """Sent as _links.customContent.href."""
    delegator: str | None = None
    direction: Direction | None = None
    importance: Importance | None = None
    join_audio_muted: bool | None = None
    join_video_muted: bool | None = None
    location_state: str | None = None
    operation_id: str | None = None
    """At most 50 characters."""
    private_line: bool | None = None
    media_offer: DataUri | None = None
    """Sent as _links.mediaOffer.href."""
    session_context: str | None = None
    """At most 50 characters."""
    state: InvitationState | None = None
    subject: str | None = None
    """At most 250 characters."""
    thread_id: str | None = None
    to: str | None = None
    zip: str | None = None
    links: AudioVideoInvitationLinks = attrs.field(factory=AudioVideoInvitationLinks)
    embedded: AudioVideoInvitationEmbedded = attrs.field(factory=AudioVideoInvitationEmbedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=AudioVideoInvitationLinks,
        embedded_class=AudioVideoInvitationEmbedded,
        properties=(
            PropertySpec("address", "address", str),
            PropertySpec("bandwidthControlId", "bandwidth_control_id", str),
            PropertySpec("building", "building", str),
            PropertySpec("city", "city", str),
            PropertySpec("country", "country", str),
            PropertySpec("customContent", "custom_content", DataUri, as_link=True),
            PropertySpec("delegator", "delegator", str),
            PropertySpec("direction", "direction", Direction),
            PropertySpec("importance", "importance", Importance),
            PropertySpec("joinAudioMuted", "join_audio_muted", bool),
            PropertySpec("joinVideoMuted", "join_video_muted", bool),
            PropertySpec("locationState", "location_state", str),
            PropertySpec("operationId", "operation_id", str),
            PropertySpec("privateLine", "private_line", bool),
            PropertySpec("mediaOffer", "media_offer", DataUri, as_link=True),
            PropertySpec("sessionContext", "session_context", str),
            PropertySpec("state", "state", InvitationState),
            PropertySpec("subject", "subject", str),
            PropertySpec("threadId", "thread_id", str),
            PropertySpec("to", "to", str),
            PropertySpec("zip", "zip", str),
        ),
        links=(
            LinkSpec("acceptedByContact", "accepted_by_contact", target="acceptedByContact"),
            LinkSpec("acceptWithAnswer", "accept_with_answer", target="acceptWithAnswer"),
            LinkSpec(
                "acceptWithPhoneAudio", "accept_with_phone_audio", target="acceptWithPhoneAudio"
            ),
            LinkSpec("audioVideo", "audio_video", target="audioVideo"),
            LinkSpec("cancel", "cancel", target="cancel"),
            LinkSpec("conversation", "conversation", target="conversation"),
            LinkSpec("decline", "decline", target="decline"),
            LinkSpec("delegator", "delegator", target="delegator"),
            LinkSpec("derivedAudioVideo", "derived_audio_video", target="derivedAudioVideo"),
            LinkSpec("derivedConversation", "derived_conversation", target="derivedConversation"),
            LinkSpec("forwardedBy", "forwarded_by", target="forwardedBy"),
            LinkSpec("from", "from_", target="from"),
            LinkSpec("onBehalfOf", "on_behalf_of", target="onBehalfOf"),
            LinkSpec("replacesAudioVideo", "replaces_audio_video", target="replacesAudioVideo"),
            LinkSpec(
                "reportMediaDiagnostics",
                "report_media_diagnostics",
                target="reportMediaDiagnostics",
            ),
            LinkSpec(
                "sendProvisionalAnswer", "send_provisional_answer", target="sendProvisionalAnswer"
            ),
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
        link: Link[AudioVideoInvitation],
    ) -> AudioVideoInvitation:
        """GET audioVideoInvitation.

        Errors: NotFound, BadRequest, Gone, ServiceFailure, Conflict (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[AudioVideoInvitation] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="audioVideoInvitation"),),
)

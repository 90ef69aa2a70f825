"""audioVideoInvitation resource.

Reference: audioVideoInvitation_ref.md.
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


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class AudioVideoInvitationLinks(Links):
    """The links of a audioVideoInvitation (its self link is Resource.self_link)."""

    accepted_by_contact: Link[AcceptedByContact] | None = attrs.field(
        default=None, metadata={"wire": "acceptedByContact", "target": "acceptedByContact"}
    )
    accept_with_answer: Link[AcceptWithAnswer] | None = attrs.field(
        default=None, metadata={"wire": "acceptWithAnswer", "target": "acceptWithAnswer"}
    )
    accept_with_phone_audio: Link[AcceptWithPhoneAudio] | None = attrs.field(
        default=None, metadata={"wire": "acceptWithPhoneAudio", "target": "acceptWithPhoneAudio"}
    )
    audio_video: Link[AudioVideo] | None = attrs.field(
        default=None, metadata={"wire": "audioVideo", "target": "audioVideo"}
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
    delegator: Link[Delegator] | None = attrs.field(
        default=None, metadata={"wire": "delegator", "target": "delegator"}
    )
    derived_audio_video: Link[DerivedAudioVideo] | None = attrs.field(
        default=None, metadata={"wire": "derivedAudioVideo", "target": "derivedAudioVideo"}
    )
    derived_conversation: Link[DerivedConversation] | None = attrs.field(
        default=None, metadata={"wire": "derivedConversation", "target": "derivedConversation"}
    )
    forwarded_by: Link[ForwardedBy] | None = attrs.field(
        default=None, metadata={"wire": "forwardedBy", "target": "forwardedBy"}
    )
    from_: Link[From] | None = attrs.field(
        default=None, metadata={"wire": "from", "target": "from"}
    )
    on_behalf_of: Link[OnBehalfOf] | None = attrs.field(
        default=None, metadata={"wire": "onBehalfOf", "target": "onBehalfOf"}
    )
    replaces_audio_video: Link[ReplacesAudioVideo] | None = attrs.field(
        default=None, metadata={"wire": "replacesAudioVideo", "target": "replacesAudioVideo"}
    )
    report_media_diagnostics: Link[ReportMediaDiagnostics] | None = attrs.field(
        default=None,
        metadata={"wire": "reportMediaDiagnostics", "target": "reportMediaDiagnostics"},
    )
    send_provisional_answer: Link[SendProvisionalAnswer] | None = attrs.field(
        default=None, metadata={"wire": "sendProvisionalAnswer", "target": "sendProvisionalAnswer"}
    )
    to: Link[To] | None = attrs.field(default=None, metadata={"wire": "to", "target": "to"})
    transferred_by: Link[TransferredBy] | None = attrs.field(
        default=None, metadata={"wire": "transferredBy", "target": "transferredBy"}
    )
    accepted_by_participant: Link[AcceptedByParticipant] | None = attrs.field(
        default=None, metadata={"wire": "acceptedByParticipant", "target": "acceptedByParticipant"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class AudioVideoInvitationEmbedded(Embedded):
    """The resources a audioVideoInvitation carries inside itself."""

    from_: Participant | None = attrs.field(
        default=None, metadata={"wire": "from", "target": "participant"}
    )
    accepted_by_participant: list[Participant] | None = attrs.field(
        default=None, metadata={"wire": "acceptedByParticipant", "target": "participant"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class AudioVideoInvitation(Resource):
    """The audioVideoInvitation resource.

    Scopes (Skype for Business Online): Conversations.Initiate.
    """

    REL: ClassVar[str] = "audioVideoInvitation"

    address: str | None = attrs.field(default=None, metadata={"wire": "address"})
    bandwidth_control_id: str | None = attrs.field(
        default=None, metadata={"wire": "bandwidthControlId"}
    )
    building: str | None = attrs.field(default=None, metadata={"wire": "building"})
    city: str | None = attrs.field(default=None, metadata={"wire": "city"})
    country: str | None = attrs.field(default=None, metadata={"wire": "country"})
    custom_content: DataUri | None = attrs.field(
        default=None, metadata={"wire": "customContent", "as_link": True}
    )
    """Sent as _links.customContent.href."""
    delegator: str | None = attrs.field(default=None, metadata={"wire": "delegator"})
    direction: Direction | None = attrs.field(default=None, metadata={"wire": "direction"})
    importance: Importance | None = attrs.field(default=None, metadata={"wire": "importance"})
    join_audio_muted: bool | None = attrs.field(default=None, metadata={"wire": "joinAudioMuted"})
    join_video_muted: bool | None = attrs.field(default=None, metadata={"wire": "joinVideoMuted"})
    location_state: str | None = attrs.field(default=None, metadata={"wire": "locationState"})
    operation_id: str | None = attrs.field(default=None, metadata={"wire": "operationId"})
    """At most 50 characters."""
    private_line: bool | None = attrs.field(default=None, metadata={"wire": "privateLine"})
    media_offer: DataUri | None = attrs.field(
        default=None, metadata={"wire": "mediaOffer", "as_link": True}
    )
    """Sent as _links.mediaOffer.href."""
    session_context: str | None = attrs.field(default=None, metadata={"wire": "sessionContext"})
    """At most 50 characters."""
    state: InvitationState | None = attrs.field(default=None, metadata={"wire": "state"})
    subject: str | None = attrs.field(default=None, metadata={"wire": "subject"})
    """At most 250 characters."""
    thread_id: str | None = attrs.field(default=None, metadata={"wire": "threadId"})
    to: str | None = attrs.field(default=None, metadata={"wire": "to"})
    zip: str | None = attrs.field(default=None, metadata={"wire": "zip"})
    links: AudioVideoInvitationLinks = attrs.field(factory=AudioVideoInvitationLinks)
    embedded: AudioVideoInvitationEmbedded = attrs.field(factory=AudioVideoInvitationEmbedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "address":
                    read.one(key, "address", value, str)
                case "bandwidthControlId":
                    read.one(key, "bandwidth_control_id", value, str)
                case "building":
                    read.one(key, "building", value, str)
                case "city":
                    read.one(key, "city", value, str)
                case "country":
                    read.one(key, "country", value, str)
                case "delegator":
                    read.one(key, "delegator", value, str)
                case "direction":
                    read.one(key, "direction", value, Direction)
                case "importance":
                    read.one(key, "importance", value, Importance)
                case "joinAudioMuted":
                    read.one(key, "join_audio_muted", value, bool)
                case "joinVideoMuted":
                    read.one(key, "join_video_muted", value, bool)
                case "locationState":
                    read.one(key, "location_state", value, str)
                case "operationId":
                    read.one(key, "operation_id", value, str)
                case "privateLine":
                    read.one(key, "private_line", value, bool)
                case "sessionContext":
                    read.one(key, "session_context", value, str)
                case "state":
                    read.one(key, "state", value, InvitationState)
                case "subject":
                    read.one(key, "subject", value, str)
                case "threadId":
                    read.one(key, "thread_id", value, str)
                case "to":
                    read.one(key, "to", value, str)
                case "zip":
                    read.one(key, "zip", value, str)
                case _:
                    read.other(key, value)
        read.linked("customContent", "custom_content", DataUri)
        read.linked("mediaOffer", "media_offer", DataUri)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("address", self.address, str)
        write.one("bandwidthControlId", self.bandwidth_control_id, str)
        write.one("building", self.building, str)
        write.one("city", self.city, str)
        write.one("country", self.country, str)
        write.linked("customContent", self.custom_content)
        write.one("delegator", self.delegator, str)
        write.one("direction", self.direction, Direction)
        write.one("importance", self.importance, Importance)
        write.one("joinAudioMuted", self.join_audio_muted, bool)
        write.one("joinVideoMuted", self.join_video_muted, bool)
        write.one("locationState", self.location_state, str)
        write.one("operationId", self.operation_id, str)
        write.one("privateLine", self.private_line, bool)
        write.linked("mediaOffer", self.media_offer)
        write.one("sessionContext", self.session_context, str)
        write.one("state", self.state, InvitationState)
        write.one("subject", self.subject, str)
        write.one("threadId", self.thread_id, str)
        write.one("to", self.to, str)
        write.one("zip", self.zip, str)

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

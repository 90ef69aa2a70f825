"""phoneAudioInvitation resource.

Reference: phoneAudioInvitation_ref.md.
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


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class PhoneAudioInvitationLinks(Links):
    """The links of a phoneAudioInvitation (its self link is Resource.self_link)."""

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
    delegator: Link[Delegator] | None = attrs.field(
        default=None, metadata={"wire": "delegator", "target": "delegator"}
    )
    derived_conversation: Link[DerivedConversation] | None = attrs.field(
        default=None, metadata={"wire": "derivedConversation", "target": "derivedConversation"}
    )
    derived_phone_audio: Link[DerivedPhoneAudio] | None = attrs.field(
        default=None, metadata={"wire": "derivedPhoneAudio", "target": "derivedPhoneAudio"}
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
    phone_audio: Link[PhoneAudio] | None = attrs.field(
        default=None, metadata={"wire": "phoneAudio", "target": "phoneAudio"}
    )
    replaces_phone_audio: Link[ReplacesPhoneAudio] | None = attrs.field(
        default=None, metadata={"wire": "replacesPhoneAudio", "target": "replacesPhoneAudio"}
    )
    to: Link[To] | None = attrs.field(default=None, metadata={"wire": "to", "target": "to"})
    transferred_by: Link[TransferredBy] | None = attrs.field(
        default=None, metadata={"wire": "transferredBy", "target": "transferredBy"}
    )
    accepted_by_participant: Link[AcceptedByParticipant] | None = attrs.field(
        default=None, metadata={"wire": "acceptedByParticipant", "target": "acceptedByParticipant"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class PhoneAudioInvitationEmbedded(Embedded):
    """The resources a phoneAudioInvitation carries inside itself."""

    from_: Participant | None = attrs.field(
        default=None, metadata={"wire": "from", "target": "participant"}
    )
    accepted_by_participant: list[Participant] | None = attrs.field(
        default=None, metadata={"wire": "acceptedByParticipant", "target": "participant"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class PhoneAudioInvitation(Resource):
    """The phoneAudioInvitation resource.

    Scopes (Skype for Business Online): Conversations.Initiate.
    """

    REL: ClassVar[str] = "phoneAudioInvitation"

    custom_content: DataUri | None = attrs.field(
        default=None, metadata={"wire": "customContent", "as_link": True}
    )
    """Sent as _links.customContent.href."""
    delegator: str | None = attrs.field(default=None, metadata={"wire": "delegator"})
    direction: Direction | None = attrs.field(default=None, metadata={"wire": "direction"})
    importance: Importance | None = attrs.field(default=None, metadata={"wire": "importance"})
    join_audio_muted: bool | None = attrs.field(default=None, metadata={"wire": "joinAudioMuted"})
    operation_id: str | None = attrs.field(default=None, metadata={"wire": "operationId"})
    """At most 50 characters."""
    phone_number: str | None = attrs.field(default=None, metadata={"wire": "phoneNumber"})
    private_line: bool | None = attrs.field(default=None, metadata={"wire": "privateLine"})
    state: InvitationState | None = attrs.field(default=None, metadata={"wire": "state"})
    subject: str | None = attrs.field(default=None, metadata={"wire": "subject"})
    """At most 250 characters."""
    thread_id: str | None = attrs.field(default=None, metadata={"wire": "threadId"})
    to: str | None = attrs.field(default=None, metadata={"wire": "to"})
    links: PhoneAudioInvitationLinks = attrs.field(factory=PhoneAudioInvitationLinks)
    embedded: PhoneAudioInvitationEmbedded = attrs.field(factory=PhoneAudioInvitationEmbedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "delegator":
                    read.one(key, "delegator", value, str)
                case "direction":
                    read.one(key, "direction", value, Direction)
                case "importance":
                    read.one(key, "importance", value, Importance)
                case "joinAudioMuted":
                    read.one(key, "join_audio_muted", value, bool)
                case "operationId":
                    read.one(key, "operation_id", value, str)
                case "phoneNumber":
                    read.one(key, "phone_number", value, str)
                case "privateLine":
                    read.one(key, "private_line", value, bool)
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
        read.linked("customContent", "custom_content", DataUri)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.linked("customContent", self.custom_content)
        write.one("delegator", self.delegator, str)
        write.one("direction", self.direction, Direction)
        write.one("importance", self.importance, Importance)
        write.one("joinAudioMuted", self.join_audio_muted, bool)
        write.one("operationId", self.operation_id, str)
        write.one("phoneNumber", self.phone_number, str)
        write.one("privateLine", self.private_line, bool)
        write.one("state", self.state, InvitationState)
        write.one("subject", self.subject, str)
        write.one("threadId", self.thread_id, str)
        write.one("to", self.to, str)

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

"""conversation: The user's own view of one communication session, which may span several modalities
and participants.

Reference: conversation_ref.md.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import (
    AudienceMessaging,
    AudienceMuteLock,
    ConversationModalityType,
    ConversationState,
    Importance,
)

if TYPE_CHECKING:
    from .add_participant import AddParticipant
    from .application_sharing import ApplicationSharing
    from .attendees import Attendees
    from .audio_video import AudioVideo
    from .data_collaboration import DataCollaboration
    from .disable_audience_messaging import DisableAudienceMessaging
    from .disable_audience_mute_lock import DisableAudienceMuteLock
    from .enable_audience_messaging import EnableAudienceMessaging
    from .enable_audience_mute_lock import EnableAudienceMuteLock
    from .leaders import Leaders
    from .lobby import Lobby
    from .local_participant import LocalParticipant
    from .messaging import Messaging
    from .online_meeting import OnlineMeeting
    from .participants import Participants
    from .phone_audio import PhoneAudio
    from .user_acknowledged import UserAcknowledged


@attrs.define(kw_only=True)
class ConversationLinks(Links):
    """The links of a conversation (its self link is Resource.self_link)."""

    add_participant: Link[AddParticipant] | None = None
    application_sharing: Link[ApplicationSharing] | None = None
    attendees: Link[Attendees] | None = None
    audio_video: Link[AudioVideo] | None = None
    data_collaboration: Link[DataCollaboration] | None = None
    disable_audience_messaging: Link[DisableAudienceMessaging] | None = None
    disable_audience_mute_lock: Link[DisableAudienceMuteLock] | None = None
    enable_audience_messaging: Link[EnableAudienceMessaging] | None = None
    enable_audience_mute_lock: Link[EnableAudienceMuteLock] | None = None
    leaders: Link[Leaders] | None = None
    lobby: Link[Lobby] | None = None
    local_participant: Link[LocalParticipant] | None = None
    messaging: Link[Messaging] | None = None
    online_meeting: Link[OnlineMeeting] | None = None
    participants: Link[Participants] | None = None
    phone_audio: Link[PhoneAudio] | None = None
    user_acknowledged: Link[UserAcknowledged] | None = None


@attrs.define(kw_only=True)
class Conversation(Resource):
    """The user's own view of one communication session, which may span several modalities and
    participants.

    Scopes (Skype for Business Online): Conversations.Receive.
    """

    REL: ClassVar[str] = "conversation"

    active_modalities: list[ConversationModalityType] | None = None
    """Modalities in use right now."""
    audience_messaging: AudienceMessaging | None = None
    """Whether messaging is on for the audience of the conversation."""
    audience_mute: AudienceMuteLock | None = None
    """Audio mute state of the local participant."""
    created: datetime | None = None
    """When the conversation was created (UTC)."""
    expiration_time: datetime | None = None
    """When the conversation expires."""
    importance: Importance | None = None
    participant_count: int | None = None
    """How many people take part."""
    read_locally: bool | None = None
    """Whether this client has marked the conversation read."""
    recording: bool | None = None
    """Whether the conversation is recorded."""
    state: ConversationState | None = None
    subject: str | None = None
    thread_id: str | None = None
    links: ConversationLinks = attrs.field(factory=ConversationLinks)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=ConversationLinks,
        embedded_class=Embedded,
        properties=(
            PropertySpec("activeModalities", "active_modalities", list[ConversationModalityType]),
            PropertySpec("audienceMessaging", "audience_messaging", AudienceMessaging),
            PropertySpec("audienceMute", "audience_mute", AudienceMuteLock),
            PropertySpec("created", "created", datetime),
            PropertySpec("expirationTime", "expiration_time", datetime),
            PropertySpec("importance", "importance", Importance),
            PropertySpec("participantCount", "participant_count", int),
            PropertySpec("readLocally", "read_locally", bool),
            PropertySpec("recording", "recording", bool),
            PropertySpec("state", "state", ConversationState),
            PropertySpec("subject", "subject", str),
            PropertySpec("threadId", "thread_id", str),
        ),
        links=(
            LinkSpec("addParticipant", "add_participant", target="addParticipant"),
            LinkSpec("applicationSharing", "application_sharing", target="applicationSharing"),
            LinkSpec("attendees", "attendees", target="attendees"),
            LinkSpec("audioVideo", "audio_video", target="audioVideo"),
            LinkSpec("dataCollaboration", "data_collaboration", target="dataCollaboration"),
            LinkSpec(
                "disableAudienceMessaging",
                "disable_audience_messaging",
                target="disableAudienceMessaging",
            ),
            LinkSpec(
                "disableAudienceMuteLock",
                "disable_audience_mute_lock",
                target="disableAudienceMuteLock",
            ),
            LinkSpec(
                "enableAudienceMessaging",
                "enable_audience_messaging",
                target="enableAudienceMessaging",
            ),
            LinkSpec(
                "enableAudienceMuteLock",
                "enable_audience_mute_lock",
                target="enableAudienceMuteLock",
            ),
            LinkSpec("leaders", "leaders", target="leaders"),
            LinkSpec("lobby", "lobby", target="lobby"),
            LinkSpec("localParticipant", "local_participant", target="localParticipant"),
            LinkSpec("messaging", "messaging", target="messaging"),
            LinkSpec("onlineMeeting", "online_meeting", target="onlineMeeting"),
            LinkSpec("participants", "participants", target="participants"),
            LinkSpec("phoneAudio", "phone_audio", target="phoneAudio"),
            LinkSpec("userAcknowledged", "user_acknowledged", target="userAcknowledged"),
        ),
    )

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[Conversation],
    ) -> Conversation:
        """Read the conversation.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )

    @classmethod
    def delete(
        cls,
        client: Client,
        link: Link[Conversation],
    ) -> None:
        """Leave the conversation, closing all of its modalities; other participants may carry on.

        Errors: Gone (see ucwa.errors).
        """
        return call(
            client,
            _DELETE,
            link,
            {},
        )


_GET: OperationSpec[Conversation] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="conversation"),),
)

_DELETE: OperationSpec[None] = OperationSpec(
    method="DELETE",
    outcomes=(OutcomeSpec(204),),
)

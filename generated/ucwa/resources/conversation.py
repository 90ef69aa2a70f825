"""conversation: The user's own view of one communication session, which may span several modalities
and participants.

Reference: conversation_ref.md.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import (
    AudienceMessaging,
    AudienceMuteLock,
    ConversationModalityType,
    ConversationState,
    Importance,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

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


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ConversationLinks(Links):
    """The links of a conversation (its self link is Resource.self_link)."""

    add_participant: Link[AddParticipant] | None = attrs.field(
        default=None, metadata={"wire": "addParticipant", "target": "addParticipant"}
    )
    application_sharing: Link[ApplicationSharing] | None = attrs.field(
        default=None, metadata={"wire": "applicationSharing", "target": "applicationSharing"}
    )
    attendees: Link[Attendees] | None = attrs.field(
        default=None, metadata={"wire": "attendees", "target": "attendees"}
    )
    audio_video: Link[AudioVideo] | None = attrs.field(
        default=None, metadata={"wire": "audioVideo", "target": "audioVideo"}
    )
    data_collaboration: Link[DataCollaboration] | None = attrs.field(
        default=None, metadata={"wire": "dataCollaboration", "target": "dataCollaboration"}
    )
    disable_audience_messaging: Link[DisableAudienceMessaging] | None = attrs.field(
        default=None,
        metadata={"wire": "disableAudienceMessaging", "target": "disableAudienceMessaging"},
    )
    disable_audience_mute_lock: Link[DisableAudienceMuteLock] | None = attrs.field(
        default=None,
        metadata={"wire": "disableAudienceMuteLock", "target": "disableAudienceMuteLock"},
    )
    enable_audience_messaging: Link[EnableAudienceMessaging] | None = attrs.field(
        default=None,
        metadata={"wire": "enableAudienceMessaging", "target": "enableAudienceMessaging"},
    )
    enable_audience_mute_lock: Link[EnableAudienceMuteLock] | None = attrs.field(
        default=None,
        metadata={"wire": "enableAudienceMuteLock", "target": "enableAudienceMuteLock"},
    )
    leaders: Link[Leaders] | None = attrs.field(
        default=None, metadata={"wire": "leaders", "target": "leaders"}
    )
    lobby: Link[Lobby] | None = attrs.field(
        default=None, metadata={"wire": "lobby", "target": "lobby"}
    )
    local_participant: Link[LocalParticipant] | None = attrs.field(
        default=None, metadata={"wire": "localParticipant", "target": "localParticipant"}
    )
    messaging: Link[Messaging] | None = attrs.field(
        default=None, metadata={"wire": "messaging", "target": "messaging"}
    )
    online_meeting: Link[OnlineMeeting] | None = attrs.field(
        default=None, metadata={"wire": "onlineMeeting", "target": "onlineMeeting"}
    )
    participants: Link[Participants] | None = attrs.field(
        default=None, metadata={"wire": "participants", "target": "participants"}
    )
    phone_audio: Link[PhoneAudio] | None = attrs.field(
        default=None, metadata={"wire": "phoneAudio", "target": "phoneAudio"}
    )
    user_acknowledged: Link[UserAcknowledged] | None = attrs.field(
        default=None, metadata={"wire": "userAcknowledged", "target": "userAcknowledged"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Conversation(Resource):
    """The user's own view of one communication session, which may span several modalities and
    participants.

    Scopes (Skype for Business Online): Conversations.Receive.
    """

    REL: ClassVar[str] = "conversation"

    active_modalities: list[ConversationModalityType] | None = attrs.field(
        default=None, metadata={"wire": "activeModalities"}
    )
    """Modalities in use right now."""
    audience_messaging: AudienceMessaging | None = attrs.field(
        default=None, metadata={"wire": "audienceMessaging"}
    )
    """Whether messaging is on for the audience of the conversation."""
    audience_mute: AudienceMuteLock | None = attrs.field(
        default=None, metadata={"wire": "audienceMute"}
    )
    """Audio mute state of the local participant."""
    created: datetime | None = attrs.field(default=None, metadata={"wire": "created"})
    """When the conversation was created (UTC)."""
    expiration_time: datetime | None = attrs.field(
        default=None, metadata={"wire": "expirationTime"}
    )
    """When the conversation expires."""
    importance: Importance | None = attrs.field(default=None, metadata={"wire": "importance"})
    participant_count: int | None = attrs.field(default=None, metadata={"wire": "participantCount"})
    """How many people take part."""
    read_locally: bool | None = attrs.field(default=None, metadata={"wire": "readLocally"})
    """Whether this client has marked the conversation read."""
    recording: bool | None = attrs.field(default=None, metadata={"wire": "recording"})
    """Whether the conversation is recorded."""
    state: ConversationState | None = attrs.field(default=None, metadata={"wire": "state"})
    subject: str | None = attrs.field(default=None, metadata={"wire": "subject"})
    thread_id: str | None = attrs.field(default=None, metadata={"wire": "threadId"})
    links: ConversationLinks = attrs.field(factory=ConversationLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "activeModalities":
                    read.many(key, "active_modalities", value, ConversationModalityType)
                case "audienceMessaging":
                    read.one(key, "audience_messaging", value, AudienceMessaging)
                case "audienceMute":
                    read.one(key, "audience_mute", value, AudienceMuteLock)
                case "created":
                    read.one(key, "created", value, datetime)
                case "expirationTime":
                    read.one(key, "expiration_time", value, datetime)
                case "importance":
                    read.one(key, "importance", value, Importance)
                case "participantCount":
                    read.one(key, "participant_count", value, int)
                case "readLocally":
                    read.one(key, "read_locally", value, bool)
                case "recording":
                    read.one(key, "recording", value, bool)
                case "state":
                    read.one(key, "state", value, ConversationState)
                case "subject":
                    read.one(key, "subject", value, str)
                case "threadId":
                    read.one(key, "thread_id", value, str)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.many("activeModalities", self.active_modalities, ConversationModalityType)
        write.one("audienceMessaging", self.audience_messaging, AudienceMessaging)
        write.one("audienceMute", self.audience_mute, AudienceMuteLock)
        write.one("created", self.created, datetime)
        write.one("expirationTime", self.expiration_time, datetime)
        write.one("importance", self.importance, Importance)
        write.one("participantCount", self.participant_count, int)
        write.one("readLocally", self.read_locally, bool)
        write.one("recording", self.recording, bool)
        write.one("state", self.state, ConversationState)
        write.one("subject", self.subject, str)
        write.one("threadId", self.thread_id, str)

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

"""conversationLog: One past conversation from the user's history, as stored in Exchange.

Reference: conversationLog_ref.md.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import (
    ConversationLogStatus,
    ConversationLogType,
    ConversationModalityType,
    Direction,
    Importance,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .continue_audio import ContinueAudio
    from .continue_audio_video import ContinueAudioVideo
    from .continue_messaging import ContinueMessaging
    from .continue_phone_audio import ContinuePhoneAudio
    from .continue_video import ContinueVideo
    from .conversation_log_recipient import ConversationLogRecipient
    from .conversation_log_transcripts import ConversationLogTranscripts
    from .mark_as_read import MarkAsRead


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ConversationLogLinks(Links):
    """The links of a conversationLog (its self link is Resource.self_link)."""

    continue_audio: Link[ContinueAudio] | None = attrs.field(
        default=None, metadata={"wire": "continueAudio", "target": "continueAudio"}
    )
    continue_audio_video: Link[ContinueAudioVideo] | None = attrs.field(
        default=None, metadata={"wire": "continueAudioVideo", "target": "continueAudioVideo"}
    )
    continue_messaging: Link[ContinueMessaging] | None = attrs.field(
        default=None, metadata={"wire": "continueMessaging", "target": "continueMessaging"}
    )
    continue_phone_audio: Link[ContinuePhoneAudio] | None = attrs.field(
        default=None, metadata={"wire": "continuePhoneAudio", "target": "continuePhoneAudio"}
    )
    continue_video: Link[ContinueVideo] | None = attrs.field(
        default=None, metadata={"wire": "continueVideo", "target": "continueVideo"}
    )
    conversation_log_transcripts: Link[ConversationLogTranscripts] | None = attrs.field(
        default=None,
        metadata={"wire": "conversationLogTranscripts", "target": "conversationLogTranscripts"},
    )
    mark_as_read: Link[MarkAsRead] | None = attrs.field(
        default=None, metadata={"wire": "markAsRead", "target": "markAsRead"}
    )
    conversation_log_recipient: Link[ConversationLogRecipient] | None = attrs.field(
        default=None,
        metadata={"wire": "conversationLogRecipient", "target": "conversationLogRecipient"},
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class ConversationLogEmbedded(Embedded):
    """The resources a conversationLog carries inside itself."""

    conversation_log_recipient: list[ConversationLogRecipient] | None = attrs.field(
        default=None,
        metadata={"wire": "conversationLogRecipient", "target": "conversationLogRecipient"},
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class ConversationLog(Resource):
    """One past conversation from the user's history, as stored in Exchange.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "conversationLog"

    creation_time: datetime | None = attrs.field(default=None, metadata={"wire": "creationTime"})
    """When the log reached Exchange."""
    direction: Direction | None = attrs.field(default=None, metadata={"wire": "direction"})
    """Whether the conversation was incoming or outgoing."""
    importance: Importance | None = attrs.field(default=None, metadata={"wire": "importance"})
    modalities: list[ConversationModalityType] | None = attrs.field(
        default=None, metadata={"wire": "modalities"}
    )
    """The modalities the conversation used."""
    online_meeting_uri: str | None = attrs.field(
        default=None, metadata={"wire": "onlineMeetingUri"}
    )
    preview_message: str | None = attrs.field(default=None, metadata={"wire": "previewMessage"})
    """The start of the conversation's messages, cut short."""
    status: ConversationLogStatus | None = attrs.field(default=None, metadata={"wire": "status"})
    subject: str | None = attrs.field(default=None, metadata={"wire": "subject"})
    thread_id: str | None = attrs.field(default=None, metadata={"wire": "threadId"})
    total_recipients_count: int | None = attrs.field(
        default=None, metadata={"wire": "totalRecipientsCount"}
    )
    type: ConversationLogType | None = attrs.field(default=None, metadata={"wire": "type"})
    links: ConversationLogLinks = attrs.field(factory=ConversationLogLinks)
    embedded: ConversationLogEmbedded = attrs.field(factory=ConversationLogEmbedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "creationTime":
                    read.one(key, "creation_time", value, datetime)
                case "direction":
                    read.one(key, "direction", value, Direction)
                case "importance":
                    read.one(key, "importance", value, Importance)
                case "modalities":
                    read.many(key, "modalities", value, ConversationModalityType)
                case "onlineMeetingUri":
                    read.one(key, "online_meeting_uri", value, str)
                case "previewMessage":
                    read.one(key, "preview_message", value, str)
                case "status":
                    read.one(key, "status", value, ConversationLogStatus)
                case "subject":
                    read.one(key, "subject", value, str)
                case "threadId":
                    read.one(key, "thread_id", value, str)
                case "totalRecipientsCount":
                    read.one(key, "total_recipients_count", value, int)
                case "type":
                    read.one(key, "type", value, ConversationLogType)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("creationTime", self.creation_time, datetime)
        write.one("direction", self.direction, Direction)
        write.one("importance", self.importance, Importance)
        write.many("modalities", self.modalities, ConversationModalityType)
        write.one("onlineMeetingUri", self.online_meeting_uri, str)
        write.one("previewMessage", self.preview_message, str)
        write.one("status", self.status, ConversationLogStatus)
        write.one("subject", self.subject, str)
        write.one("threadId", self.thread_id, str)
        write.one("totalRecipientsCount", self.total_recipients_count, int)
        write.one("type", self.type, ConversationLogType)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[ConversationLog],
    ) -> ConversationLog:
        """Read the past conversation.

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
        link: Link[ConversationLog],
    ) -> None:
        """Remove the past conversation from the history.

        Errors: Gone (see ucwa.errors).
        """
        return call(
            client,
            _DELETE,
            link,
            {},
        )


_GET: OperationSpec[ConversationLog] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="conversationLog"),),
)

_DELETE: OperationSpec[None] = OperationSpec(
    method="DELETE",
    outcomes=(OutcomeSpec(204),),
)

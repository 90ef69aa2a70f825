"""conversationLog: One past conversation from the user's history, as stored in Exchange.

Reference: conversationLog_ref.md.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import (
    ConversationLogStatus,
    ConversationLogType,
    ConversationModalityType,
    Direction,
    Importance,
)

if TYPE_CHECKING:
    from .continue_audio import ContinueAudio
    from .continue_audio_video import ContinueAudioVideo
    from .continue_messaging import ContinueMessaging
    from .continue_phone_audio import ContinuePhoneAudio
    from .continue_video import ContinueVideo
    from .conversation_log_recipient import ConversationLogRecipient
    from .conversation_log_transcripts import ConversationLogTranscripts
    from .mark_as_read import MarkAsRead


@attrs.define(kw_only=True)
class ConversationLogLinks(Links):
    """The links of a conversationLog (its self link is Resource.self_link)."""

    continue_audio: Link[ContinueAudio] | None = None
    continue_audio_video: Link[ContinueAudioVideo] | None = None
    continue_messaging: Link[ContinueMessaging] | None = None
    continue_phone_audio: Link[ContinuePhoneAudio] | None = None
    continue_video: Link[ContinueVideo] | None = None
    conversation_log_transcripts: Link[ConversationLogTranscripts] | None = None
    mark_as_read: Link[MarkAsRead] | None = None
    conversation_log_recipient: Link[ConversationLogRecipient] | None = None


@attrs.define(kw_only=True)
class ConversationLogEmbedded(Embedded):
    """The resources a conversationLog carries inside itself."""

    conversation_log_recipient: list[ConversationLogRecipient] | None = None


@attrs.define(kw_only=True)
class ConversationLog(Resource):
    """One past conversation from the user's history, as stored in Exchange.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "conversationLog"

    creation_time: datetime | None = None
    """When the log reached Exchange."""
    direction: Direction | None = None
    """Whether the conversation was incoming or outgoing."""
    importance: Importance | None = None
    modalities: list[ConversationModalityType] | None = None
    """The modalities the conversation used."""
    online_meeting_uri: str | None = None
    preview_message: str | None = None
    """The start of the conversation's messages, cut short."""
    status: ConversationLogStatus | None = None
    subject: str | None = None
    thread_id: str | None = None
    total_recipients_count: int | None = None
    type: ConversationLogType | None = None
    links: ConversationLogLinks = attrs.field(factory=ConversationLogLinks)
    embedded: ConversationLogEmbedded = attrs.field(factory=ConversationLogEmbedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=ConversationLogLinks,
        embedded_class=ConversationLogEmbedded,
        properties=(
            PropertySpec("creationTime", "creation_time", datetime),
            PropertySpec("direction", "direction", Direction),
            PropertySpec("importance", "importance", Importance),
            PropertySpec("modalities", "modalities", list[ConversationModalityType]),
            PropertySpec("onlineMeetingUri", "online_meeting_uri", str),
            PropertySpec("previewMessage", "preview_message", str),
            PropertySpec("status", "status", ConversationLogStatus),
            PropertySpec("subject", "subject", str),
            PropertySpec("threadId", "thread_id", str),
            PropertySpec("totalRecipientsCount", "total_recipients_count", int),
            PropertySpec("type", "type", ConversationLogType),
        ),
        links=(
            LinkSpec("continueAudio", "continue_audio", target="continueAudio"),
            LinkSpec("continueAudioVideo", "continue_audio_video", target="continueAudioVideo"),
            LinkSpec("continueMessaging", "continue_messaging", target="continueMessaging"),
            LinkSpec("continuePhoneAudio", "continue_phone_audio", target="continuePhoneAudio"),
            LinkSpec("continueVideo", "continue_video", target="continueVideo"),
            LinkSpec(
                "conversationLogTranscripts",
                "conversation_log_transcripts",
                target="conversationLogTranscripts",
            ),
            LinkSpec("markAsRead", "mark_as_read", target="markAsRead"),
            LinkSpec(
                "conversationLogRecipient",
                "conversation_log_recipient",
                target="conversationLogRecipient",
            ),
        ),
        embedded=(
            LinkSpec(
                "conversationLogRecipient",
                "conversation_log_recipient",
                many=True,
                target="conversationLogRecipient",
            ),
        ),
    )

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

"""conversationLogTranscript resource.

Reference: conversationLogTranscript_ref.md.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .audio_transcript import AudioTranscript
    from .contact import Contact
    from .error_transcript import ErrorTranscript
    from .me import Me
    from .message_transcript import MessageTranscript


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ConversationLogTranscriptLinks(Links):
    """The links of a conversationLogTranscript (its self link is Resource.self_link)."""

    contact: Link[Contact] | None = attrs.field(
        default=None, metadata={"wire": "contact", "target": "contact"}
    )
    me: Link[Me] | None = attrs.field(default=None, metadata={"wire": "me", "target": "me"})
    audio_transcript: Link[AudioTranscript] | None = attrs.field(
        default=None, metadata={"wire": "audioTranscript", "target": "audioTranscript"}
    )
    error_transcript: Link[ErrorTranscript] | None = attrs.field(
        default=None, metadata={"wire": "errorTranscript", "target": "errorTranscript"}
    )
    message_transcript: Link[MessageTranscript] | None = attrs.field(
        default=None, metadata={"wire": "messageTranscript", "target": "messageTranscript"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class ConversationLogTranscriptEmbedded(Embedded):
    """The resources a conversationLogTranscript carries inside itself."""

    audio_transcript: AudioTranscript | None = attrs.field(
        default=None, metadata={"wire": "audioTranscript", "target": "audioTranscript"}
    )
    error_transcript: ErrorTranscript | None = attrs.field(
        default=None, metadata={"wire": "errorTranscript", "target": "errorTranscript"}
    )
    message_transcript: MessageTranscript | None = attrs.field(
        default=None, metadata={"wire": "messageTranscript", "target": "messageTranscript"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class ConversationLogTranscript(Resource):
    """The conversationLogTranscript resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "conversationLogTranscript"

    time_stamp: datetime | None = attrs.field(default=None, metadata={"wire": "timeStamp"})
    links: ConversationLogTranscriptLinks = attrs.field(factory=ConversationLogTranscriptLinks)
    embedded: ConversationLogTranscriptEmbedded = attrs.field(
        factory=ConversationLogTranscriptEmbedded
    )

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "timeStamp":
                    read.one(key, "time_stamp", value, datetime)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("timeStamp", self.time_stamp, datetime)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[ConversationLogTranscript],
    ) -> ConversationLogTranscript:
        """GET conversationLogTranscript.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[ConversationLogTranscript] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="conversationLogTranscript"),),
)

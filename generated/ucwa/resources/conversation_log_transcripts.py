"""conversationLogTranscripts resource.

Reference: conversationLogTranscripts_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader
    from ucwa_runtime.transport import Client

    from .conversation_log_transcript import ConversationLogTranscript
    from .next_conversation_log_transcripts import NextConversationLogTranscripts


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ConversationLogTranscriptsLinks(Links):
    """The links of a conversationLogTranscripts (its self link is Resource.self_link)."""

    next_conversation_log_transcripts: Link[NextConversationLogTranscripts] | None = attrs.field(
        default=None,
        metadata={
            "wire": "nextConversationLogTranscripts",
            "target": "nextConversationLogTranscripts",
        },
    )
    conversation_log_transcript: Link[ConversationLogTranscript] | None = attrs.field(
        default=None,
        metadata={"wire": "conversationLogTranscript", "target": "conversationLogTranscript"},
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class ConversationLogTranscriptsEmbedded(Embedded):
    """The resources a conversationLogTranscripts carries inside itself."""

    conversation_log_transcript: list[ConversationLogTranscript] | None = attrs.field(
        default=None,
        metadata={"wire": "conversationLogTranscript", "target": "conversationLogTranscript"},
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class ConversationLogTranscripts(Resource):
    """The conversationLogTranscripts resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "conversationLogTranscripts"

    links: ConversationLogTranscriptsLinks = attrs.field(factory=ConversationLogTranscriptsLinks)
    embedded: ConversationLogTranscriptsEmbedded = attrs.field(
        factory=ConversationLogTranscriptsEmbedded
    )

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case _:
                    read.other(key, value)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[ConversationLogTranscripts],
    ) -> ConversationLogTranscripts:
        """GET conversationLogTranscripts.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[ConversationLogTranscripts] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="conversationLogTranscripts"),),
)

"""nextConversationLogTranscripts resource.

Reference: nextConversationLogTranscripts_ref.md.
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


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class NextConversationLogTranscriptsLinks(Links):
    """The links of a nextConversationLogTranscripts (its self link is Resource.self_link)."""

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
class NextConversationLogTranscriptsEmbedded(Embedded):
    """The resources a nextConversationLogTranscripts carries inside itself."""

    conversation_log_transcript: list[ConversationLogTranscript] | None = attrs.field(
        default=None,
        metadata={"wire": "conversationLogTranscript", "target": "conversationLogTranscript"},
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class NextConversationLogTranscripts(Resource):
    """The nextConversationLogTranscripts resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "nextConversationLogTranscripts"

    links: NextConversationLogTranscriptsLinks = attrs.field(
        factory=NextConversationLogTranscriptsLinks
    )
    embedded: NextConversationLogTranscriptsEmbedded = attrs.field(
        factory=NextConversationLogTranscriptsEmbedded
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
        link: Link[NextConversationLogTranscripts],
    ) -> NextConversationLogTranscripts:
        """GET nextConversationLogTranscripts.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[NextConversationLogTranscripts] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="nextConversationLogTranscripts"),),
)

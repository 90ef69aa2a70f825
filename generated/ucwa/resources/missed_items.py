"""missedItems resource.

Reference: missedItems_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class MissedItems(Resource):
    """The missedItems resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "missedItems"

    conversation_logs_count: int | None = attrs.field(
        default=None, metadata={"wire": "conversationLogsCount"}
    )
    conversation_logs_notifications: str | None = attrs.field(
        default=None, metadata={"wire": "conversationLogsNotifications"}
    )
    missed_conversations_count: int | None = attrs.field(
        default=None, metadata={"wire": "missedConversationsCount"}
    )
    unread_missed_conversations_count: int | None = attrs.field(
        default=None, metadata={"wire": "unreadMissedConversationsCount"}
    )
    unread_voicemails_count: int | None = attrs.field(
        default=None, metadata={"wire": "unreadVoicemailsCount"}
    )
    voice_mails_count: int | None = attrs.field(default=None, metadata={"wire": "voiceMailsCount"})
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "conversationLogsCount":
                    read.one(key, "conversation_logs_count", value, int)
                case "conversationLogsNotifications":
                    read.one(key, "conversation_logs_notifications", value, str)
                case "missedConversationsCount":
                    read.one(key, "missed_conversations_count", value, int)
                case "unreadMissedConversationsCount":
                    read.one(key, "unread_missed_conversations_count", value, int)
                case "unreadVoicemailsCount":
                    read.one(key, "unread_voicemails_count", value, int)
                case "voiceMailsCount":
                    read.one(key, "voice_mails_count", value, int)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("conversationLogsCount", self.conversation_logs_count, int)
        write.one("conversationLogsNotifications", self.conversation_logs_notifications, str)
        write.one("missedConversationsCount", self.missed_conversations_count, int)
        write.one("unreadMissedConversationsCount", self.unread_missed_conversations_count, int)
        write.one("unreadVoicemailsCount", self.unread_voicemails_count, int)
        write.one("voiceMailsCount", self.voice_mails_count, int)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[MissedItems],
    ) -> MissedItems:
        """GET missedItems.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[MissedItems] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="missedItems"),),
)

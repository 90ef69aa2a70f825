"""missedItems resource.

Reference: missedItems_ref.md.
"""

from __future__ import annotations

from typing import ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client


@attrs.define(kw_only=True)
class MissedItems(Resource):
    """The missedItems resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "missedItems"

    conversation_logs_count: int | None = None
    conversation_logs_notifications: str | None = None
    missed_conversations_count: int | None = None
    unread_missed_conversations_count: int | None = None
    unread_voicemails_count: int | None = None
    voice_mails_count: int | None = None
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=Links,
        embedded_class=Embedded,
        properties=(
            PropertySpec("conversationLogsCount", "conversation_logs_count", int),
            PropertySpec("conversationLogsNotifications", "conversation_logs_notifications", str),
            PropertySpec("missedConversationsCount", "missed_conversations_count", int),
            PropertySpec(
                "unreadMissedConversationsCount", "unread_missed_conversations_count", int
            ),
            PropertySpec("unreadVoicemailsCount", "unread_voicemails_count", int),
            PropertySpec("voiceMailsCount", "voice_mails_count", int),
        ),
    )

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

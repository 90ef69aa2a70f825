"""conversationLogs: The user's history of past conversations, peer-to-peer calls and conferences
alike.

Reference: conversationLogs_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, ParameterSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader
    from ucwa_runtime.transport import Client

    from .conversation_log import ConversationLog


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ConversationLogsLinks(Links):
    """The links of a conversationLogs (its self link is Resource.self_link)."""

    conversation_log: list[Link[ConversationLog]] | None = attrs.field(
        default=None, metadata={"wire": "conversationLog", "target": "conversationLog"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class ConversationLogs(Resource):
    """The user's history of past conversations, peer-to-peer calls and conferences alike.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "conversationLogs"

    links: ConversationLogsLinks = attrs.field(factory=ConversationLogsLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

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
        link: Link[ConversationLogs],
        *,
        limit: int | None = None,
    ) -> ConversationLogs:
        """List the past conversations.

        Args:
            limit: Caps how many logs are returned.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {
                "limit": limit,
            },
        )


_GET: OperationSpec[ConversationLogs] = OperationSpec(
    method="GET",
    query=(ParameterSpec("limit", "limit", int),),
    outcomes=(OutcomeSpec(200, body="conversationLogs"),),
)

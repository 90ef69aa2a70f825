"""continueMessaging: Picks up a past conversation again over instant messaging.

Reference: continueMessaging_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.datauri import DataUri
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import Created, OperationSpec, OutcomeSpec, ParameterSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader
    from ucwa_runtime.transport import Client

    from .messaging_invitation import MessagingInvitation


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ContinueMessaging(Resource):
    """Picks up a past conversation again over instant messaging.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "continueMessaging"

    links: Links = attrs.field(factory=Links)
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
    def post(
        cls,
        client: Client,
        link: Link[ContinueMessaging],
        *,
        operation_id: str | None = None,
        message: DataUri | str | None = None,
    ) -> Created[MessagingInvitation]:
        """Resume instant messaging in the conversation of a conversationLog.

        Args:
            operation_id: Chosen by the client to match this request with the operation that then
                starts in the event channel. At most 50 characters.
            message: Text sent with the messaging invitation. Sent as _links.message.href; plain
                text becomes a data: URI.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "operation_id": operation_id,
                "message": message,
            },
        )


_POST: OperationSpec[Created[MessagingInvitation]] = OperationSpec(
    method="POST",
    body=(
        ParameterSpec("operationId", "operation_id", str, max_length=50),
        ParameterSpec("message", "message", DataUri, as_link=True),
    ),
    outcomes=(OutcomeSpec(201, creates="messagingInvitation"),),
)

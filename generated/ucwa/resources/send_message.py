"""sendMessage: Posts an instant message to everyone else in the conversation; offered only while
messaging is connected.

Reference: sendMessage_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import Created, OperationSpec, OutcomeSpec, ParameterSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader
    from ucwa_runtime.transport import Client

    from .message import Message


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class SendMessage(Resource):
    """Posts an instant message to everyone else in the conversation; offered only while messaging
    is connected.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "sendMessage"

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
        link: Link[SendMessage],
        text: str,
        *,
        media_type: str = "text/plain",
        operation_id: str,
    ) -> Created[Message]:
        """Send a message; a message operation then starts in the event channel.

        Args:
            text: The message, sent as the request body (text/plain or text/html).
            operation_id: Chosen by the client to follow the message resource the server creates.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "operation_id": operation_id,
            },
            text=(text, media_type),
        )


_POST: OperationSpec[Created[Message]] = OperationSpec(
    method="POST",
    query=(ParameterSpec("operationId", "operation_id", str, required=True),),
    text_body=("text/plain", "text/html"),
    outcomes=(OutcomeSpec(201, creates="message"),),
)

"""sendProvisionalAnswer resource.

Reference: sendProvisionalAnswer_ref.md.
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


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class SendProvisionalAnswer(Resource):
    """The sendProvisionalAnswer resource.

    Scopes (Skype for Business Online): Conversations.Initiate.
    """

    REL: ClassVar[str] = "sendProvisionalAnswer"

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
        link: Link[SendProvisionalAnswer],
        text: str,
        *,
        session_context: str,
        processed_offer_id: str | None = None,
    ) -> None:
        """POST sendProvisionalAnswer.

        Args:
            text: The message, sent as the request body (application/sdp).
            session_context: The sessionContext query parameter. At most 50 characters.
            processed_offer_id: The processedOfferId query parameter. At most 100 characters.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "session_context": session_context,
                "processed_offer_id": processed_offer_id,
            },
            text=(text, "application/sdp"),
        )


_POST: OperationSpec[None] = OperationSpec(
    method="POST",
    query=(
        ParameterSpec("processedOfferId", "processed_offer_id", str, max_length=100),
        ParameterSpec("sessionContext", "session_context", str, required=True, max_length=50),
    ),
    text_body=("application/sdp",),
    outcomes=(OutcomeSpec(204),),
)

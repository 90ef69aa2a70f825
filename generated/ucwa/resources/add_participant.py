"""addParticipant resource.

Reference: addParticipant_ref.md.
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

    from .participant_invitation import ParticipantInvitation


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class AddParticipant(Resource):
    """The addParticipant resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "addParticipant"

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
        link: Link[AddParticipant],
        *,
        to: str,
        operation_id: str | None = None,
    ) -> Created[ParticipantInvitation]:
        """POST addParticipant.

        Args:
            to: The to parameter.
            operation_id: The operationId parameter. At most 50 characters.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "to": to,
                "operation_id": operation_id,
            },
        )


_POST: OperationSpec[Created[ParticipantInvitation]] = OperationSpec(
    method="POST",
    body=(
        ParameterSpec("operationId", "operation_id", str, max_length=50),
        ParameterSpec("to", "to", str, required=True),
    ),
    outcomes=(OutcomeSpec(201, creates="participantInvitation"),),
)

"""replaceWithPhoneAudio resource.

Reference: replaceWithPhoneAudio_ref.md.
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

    from .phone_audio_invitation import PhoneAudioInvitation


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ReplaceWithPhoneAudio(Resource):
    """The replaceWithPhoneAudio resource.

    Scopes (Skype for Business Online): Conversations.Initiate.
    """

    REL: ClassVar[str] = "replaceWithPhoneAudio"

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
        link: Link[ReplaceWithPhoneAudio],
        *,
        to: str,
        operation_id: str | None = None,
        phone_number: str | None = None,
    ) -> Created[PhoneAudioInvitation]:
        """POST replaceWithPhoneAudio.

        Args:
            to: The to parameter.
            operation_id: The operationId parameter. At most 50 characters.
            phone_number: The phoneNumber parameter.

        Errors: BadRequest, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "to": to,
                "operation_id": operation_id,
                "phone_number": phone_number,
            },
        )


_POST: OperationSpec[Created[PhoneAudioInvitation]] = OperationSpec(
    method="POST",
    body=(
        ParameterSpec("operationId", "operation_id", str, max_length=50),
        ParameterSpec("phoneNumber", "phone_number", str),
        ParameterSpec("to", "to", str, required=True),
    ),
    outcomes=(OutcomeSpec(201, creates="phoneAudioInvitation"),),
)

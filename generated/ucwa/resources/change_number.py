"""changeNumber resource.

Reference: changeNumber_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import UNSET, OperationSpec, OutcomeSpec, ParameterSpec, Unset, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader
    from ucwa_runtime.transport import Client


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ChangeNumber(Resource):
    """The changeNumber resource.

    Scopes (Skype for Business Online): User.ReadWrite.
    """

    REL: ClassVar[str] = "changeNumber"

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
        link: Link[ChangeNumber],
        *,
        include_in_contact_card: bool | Unset | None = UNSET,
        number: str | None = None,
    ) -> None:
        """POST changeNumber.

        Args:
            include_in_contact_card: The includeInContactCard parameter. None is sent as null.
            number: The number parameter. At most 80 characters.

        Errors: Forbidden, Conflict, BadRequest, ServiceFailure, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "include_in_contact_card": include_in_contact_card,
                "number": number,
            },
        )


_POST: OperationSpec[None] = OperationSpec(
    method="POST",
    body=(
        ParameterSpec("includeInContactCard", "include_in_contact_card", bool, nullable=True),
        ParameterSpec("number", "number", str, max_length=80),
    ),
    outcomes=(OutcomeSpec(204),),
)

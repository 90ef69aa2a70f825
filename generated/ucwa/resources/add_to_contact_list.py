"""addToContactList resource.

Reference: addToContactList_ref.md.
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
class AddToContactList(Resource):
    """The addToContactList resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite.
    """

    REL: ClassVar[str] = "addToContactList"

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
        link: Link[AddToContactList],
        *,
        display_name: str,
        smtp_address: str,
    ) -> None:
        """POST addToContactList.

        Args:
            display_name: The displayName parameter. At most 256 characters.
            smtp_address: The smtpAddress parameter.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "display_name": display_name,
                "smtp_address": smtp_address,
            },
        )


_POST: OperationSpec[None] = OperationSpec(
    method="POST",
    body=(
        ParameterSpec("displayName", "display_name", str, required=True, max_length=256),
        ParameterSpec("smtpAddress", "smtp_address", str, required=True),
    ),
    outcomes=(OutcomeSpec(204),),
)

"""removeFromContactList resource.

Reference: removeFromContactList_ref.md.
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
class RemoveFromContactList(Resource):
    """The removeFromContactList resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite.
    """

    REL: ClassVar[str] = "removeFromContactList"

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
        link: Link[RemoveFromContactList],
        *,
        group_id: str,
    ) -> None:
        """POST removeFromContactList.

        Args:
            group_id: The groupId parameter. At most 256 characters.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "group_id": group_id,
            },
        )


_POST: OperationSpec[None] = OperationSpec(
    method="POST",
    body=(ParameterSpec("groupId", "group_id", str, required=True, max_length=256),),
    outcomes=(OutcomeSpec(204),),
)

"""contactPhoto resource.

Reference: contactPhoto_ref.md.
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
class ContactPhoto(Resource):
    """The contactPhoto resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite.
    """

    REL: ClassVar[str] = "contactPhoto"

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
    def get(
        cls,
        client: Client,
        link: Link[ContactPhoto],
        *,
        size: str | None = None,
    ) -> ContactPhoto:
        """GET contactPhoto.

        Args:
            size: The size query parameter.

        Errors: Forbidden, GatewayTimeout, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {
                "size": size,
            },
        )


_GET: OperationSpec[ContactPhoto] = OperationSpec(
    method="GET",
    query=(ParameterSpec("size", "size", str),),
    outcomes=(OutcomeSpec(200, body="contactPhoto"),),
)

"""onlineMeetingExtension resource.

Reference: onlineMeetingExtension_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, ParameterSpec, call

from ..enums import OnlineMeetingExtensionType

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class OnlineMeetingExtension(Resource):
    """The onlineMeetingExtension resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "onlineMeetingExtension"

    id: str | None = attrs.field(default=None, metadata={"wire": "id"})
    type: OnlineMeetingExtensionType | None = attrs.field(default=None, metadata={"wire": "type"})
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "id":
                    read.one(key, "id", value, str)
                case "type":
                    read.one(key, "type", value, OnlineMeetingExtensionType)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("id", self.id, str)
        write.one("type", self.type, OnlineMeetingExtensionType)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[OnlineMeetingExtension],
    ) -> OnlineMeetingExtension:
        """GET onlineMeetingExtension.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )

    @classmethod
    def put(
        cls,
        client: Client,
        link: Link[OnlineMeetingExtension],
        *,
        id: str | None = None,
        type: OnlineMeetingExtensionType | None = None,
    ) -> OnlineMeetingExtension:
        """PUT onlineMeetingExtension.

        Args:
            id: The id parameter.
            type: The type parameter.

        Errors: ServiceFailure, Gone (see ucwa.errors).
        """
        return call(
            client,
            _PUT,
            link,
            {
                "id": id,
                "type": type,
            },
        )

    @classmethod
    def delete(
        cls,
        client: Client,
        link: Link[OnlineMeetingExtension],
    ) -> None:
        """DELETE onlineMeetingExtension.

        Errors: Gone (see ucwa.errors).
        """
        return call(
            client,
            _DELETE,
            link,
            {},
        )


_GET: OperationSpec[OnlineMeetingExtension] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="onlineMeetingExtension"),),
)

_PUT: OperationSpec[OnlineMeetingExtension] = OperationSpec(
    method="PUT",
    body=(
        ParameterSpec("id", "id", str),
        ParameterSpec("type", "type", OnlineMeetingExtensionType),
    ),
    outcomes=(OutcomeSpec(200, body="onlineMeetingExtension"),),
)

_DELETE: OperationSpec[None] = OperationSpec(
    method="DELETE",
    outcomes=(OutcomeSpec(204),),
)

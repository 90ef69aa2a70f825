"""presence resource.

Reference: presence_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import UNSET, OperationSpec, OutcomeSpec, ParameterSpec, Unset, call

from ..enums import Availability, PreferredAvailability

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class Presence(Resource):
    """The presence resource.

    Scopes (Skype for Business Online): User.ReadWrite.
    """

    REL: ClassVar[str] = "presence"

    activity: str | None = attrs.field(default=None, metadata={"wire": "activity"})
    availability: Availability | None = attrs.field(default=None, metadata={"wire": "availability"})
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "activity":
                    read.one(key, "activity", value, str)
                case "availability":
                    read.one(key, "availability", value, Availability)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("activity", self.activity, str)
        write.one("availability", self.availability, Availability)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[Presence],
    ) -> Presence:
        """GET presence.

        Errors: Conflict, ServiceFailure, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )

    @classmethod
    def post(
        cls,
        client: Client,
        link: Link[Presence],
        *,
        availability: PreferredAvailability | Unset | None = UNSET,
    ) -> None:
        """POST presence.

        Args:
            availability: The availability parameter. None is sent as null.

        Errors: Conflict, ServiceFailure, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "availability": availability,
            },
        )


_GET: OperationSpec[Presence] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="presence"),),
)

_POST: OperationSpec[None] = OperationSpec(
    method="POST",
    body=(ParameterSpec("availability", "availability", PreferredAvailability, nullable=True),),
    outcomes=(OutcomeSpec(204),),
)

"""anonApplications resource.

Reference: anonApplications_ref.md.
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

    from .application import Application


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class AnonApplications(Resource):
    """The anonApplications resource."""

    REL: ClassVar[str] = "anonApplications"

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
        link: Link[AnonApplications],
        *,
        culture: str,
        user_agent: str,
    ) -> Created[Application]:
        """POST anonApplications.

        Args:
            culture: The culture parameter. At most 100 characters.
            user_agent: The userAgent parameter. At most 100 characters.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "culture": culture,
                "user_agent": user_agent,
            },
        )

    @classmethod
    def options(
        cls,
        client: Client,
        link: Link[AnonApplications],
    ) -> Resource | None:
        """OPTIONS anonApplications."""
        return call(
            client,
            _OPTIONS,
            link,
            {},
        )


_POST: OperationSpec[Created[Application]] = OperationSpec(
    method="POST",
    body=(
        ParameterSpec("culture", "culture", str, required=True, max_length=100),
        ParameterSpec("userAgent", "user_agent", str, required=True, max_length=100),
    ),
    outcomes=(OutcomeSpec(201, body="application", creates="application"),),
)

_OPTIONS: OperationSpec[Resource | None] = OperationSpec(
    method="OPTIONS",
    outcomes=(OutcomeSpec(200),),
)

"""events resource.

Reference: events_ref.md.
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
class Events(Resource):
    """The events resource."""

    REL: ClassVar[str] = "events"

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
        link: Link[Events],
        *,
        low: int | None = None,
        medium: int | None = None,
        priority: int | None = None,
        timeout: int | None = None,
    ) -> Events:
        """GET events.

        Args:
            low: The low query parameter.
            medium: The medium query parameter.
            priority: The priority query parameter.
            timeout: The timeout query parameter.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {
                "low": low,
                "medium": medium,
                "priority": priority,
                "timeout": timeout,
            },
        )


_GET: OperationSpec[Events] = OperationSpec(
    method="GET",
    query=(
        ParameterSpec("low", "low", int),
        ParameterSpec("medium", "medium", int),
        ParameterSpec("priority", "priority", int),
        ParameterSpec("timeout", "timeout", int),
    ),
    outcomes=(OutcomeSpec(200, body="events"),),
)

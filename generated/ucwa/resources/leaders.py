"""leaders resource.

Reference: leaders_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader
    from ucwa_runtime.transport import Client

    from .participant import Participant


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class LeadersLinks(Links):
    """The links of a leaders (its self link is Resource.self_link)."""

    participant: list[Link[Participant]] | None = attrs.field(
        default=None, metadata={"wire": "participant", "target": "participant"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Leaders(Resource):
    """The leaders resource.

    Scopes (Skype for Business Online): Conversations.Receive.
    """

    REL: ClassVar[str] = "leaders"

    links: LeadersLinks = attrs.field(factory=LeadersLinks)
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
        link: Link[Leaders],
    ) -> Leaders:
        """GET leaders.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[Leaders] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="leaders"),),
)

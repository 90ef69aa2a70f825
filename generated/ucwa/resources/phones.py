"""phones resource.

Reference: phones_ref.md.
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

    from .phone import Phone


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class PhonesLinks(Links):
    """The links of a phones (its self link is Resource.self_link)."""

    phone: Link[Phone] | None = attrs.field(
        default=None, metadata={"wire": "phone", "target": "phone"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class PhonesEmbedded(Embedded):
    """The resources a phones carries inside itself."""

    phone: list[Phone] | None = attrs.field(
        default=None, metadata={"wire": "phone", "target": "phone"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Phones(Resource):
    """The phones resource.

    Scopes (Skype for Business Online): User.ReadWrite.
    """

    REL: ClassVar[str] = "phones"

    links: PhonesLinks = attrs.field(factory=PhonesLinks)
    embedded: PhonesEmbedded = attrs.field(factory=PhonesEmbedded)

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
        link: Link[Phones],
    ) -> Phones:
        """GET phones.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[Phones] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="phones"),),
)

"""unansweredCallToContact resource.

Reference: unansweredCallToContact_ref.md.
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
class UnansweredCallToContact(Resource):
    """The unansweredCallToContact resource.

    Scopes (Skype for Business Online): User.ReadWrite.
    """

    REL: ClassVar[str] = "unansweredCallToContact"

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
        link: Link[UnansweredCallToContact],
        *,
        target: str,
        ring_delay: int | Unset | None = UNSET,
    ) -> None:
        """POST unansweredCallToContact.

        Args:
            target: The target parameter. At most 80 characters.
            ring_delay: The ringDelay parameter. None is sent as null.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "target": target,
                "ring_delay": ring_delay,
            },
        )


_POST: OperationSpec[None] = OperationSpec(
    method="POST",
    body=(
        ParameterSpec("ringDelay", "ring_delay", int, nullable=True),
        ParameterSpec("target", "target", str, required=True, max_length=80),
    ),
    outcomes=(OutcomeSpec(204),),
)

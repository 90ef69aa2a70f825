"""reason resource.

Reference: reason_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import ErrorCode, ErrorSubcode

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class Reason(Resource):
    """The reason resource."""

    REL: ClassVar[str] = "reason"

    code: ErrorCode | None = attrs.field(default=None, metadata={"wire": "code"})
    message: str | None = attrs.field(default=None, metadata={"wire": "message"})
    subcode: ErrorSubcode | None = attrs.field(default=None, metadata={"wire": "subcode"})
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "code":
                    read.one(key, "code", value, ErrorCode)
                case "message":
                    read.one(key, "message", value, str)
                case "subcode":
                    read.one(key, "subcode", value, ErrorSubcode)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("code", self.code, ErrorCode)
        write.one("message", self.message, str)
        write.one("subcode", self.subcode, ErrorSubcode)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[Reason],
    ) -> Reason:
        """GET reason."""
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[Reason] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="reason"),),
)

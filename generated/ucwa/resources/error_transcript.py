"""errorTranscript resource.

Reference: errorTranscript_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import ErrorTranscriptReason

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ErrorTranscript(Resource):
    """The errorTranscript resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "errorTranscript"

    reason: ErrorTranscriptReason | None = attrs.field(default=None, metadata={"wire": "reason"})
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "reason":
                    read.one(key, "reason", value, ErrorTranscriptReason)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("reason", self.reason, ErrorTranscriptReason)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[ErrorTranscript],
    ) -> ErrorTranscript:
        """GET errorTranscript.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[ErrorTranscript] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="errorTranscript"),),
)

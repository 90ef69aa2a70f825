"""note resource.

Reference: note_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, ParameterSpec, call

from ..enums import NoteType

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class Note(Resource):
    """The note resource.

    Scopes (Skype for Business Online): User.ReadWrite.
    """

    REL: ClassVar[str] = "note"

    message: str | None = attrs.field(default=None, metadata={"wire": "message"})
    type: NoteType | None = attrs.field(default=None, metadata={"wire": "type"})
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "message":
                    read.one(key, "message", value, str)
                case "type":
                    read.one(key, "type", value, NoteType)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("message", self.message, str)
        write.one("type", self.type, NoteType)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[Note],
    ) -> Note:
        """GET note.

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
        link: Link[Note],
        *,
        message: str | None = None,
    ) -> None:
        """POST note.

        Args:
            message: The message parameter.

        Errors: Conflict, ServiceFailure, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "message": message,
            },
        )


_GET: OperationSpec[Note] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="note"),),
)

_POST: OperationSpec[None] = OperationSpec(
    method="POST",
    body=(ParameterSpec("message", "message", str),),
    outcomes=(OutcomeSpec(204),),
)

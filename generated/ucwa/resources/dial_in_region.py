"""dialInRegion resource.

Reference: dialInRegion_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class DialInRegion(Resource):
    """The dialInRegion resource.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "dialInRegion"

    languages: list[str] | None = attrs.field(default=None, metadata={"wire": "languages"})
    name: str | None = attrs.field(default=None, metadata={"wire": "name"})
    number: str | None = attrs.field(default=None, metadata={"wire": "number"})
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "languages":
                    read.many(key, "languages", value, str)
                case "name":
                    read.one(key, "name", value, str)
                case "number":
                    read.one(key, "number", value, str)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.many("languages", self.languages, str)
        write.one("name", self.name, str)
        write.one("number", self.number, str)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[DialInRegion],
    ) -> DialInRegion:
        """GET dialInRegion.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[DialInRegion] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="dialInRegion"),),
)

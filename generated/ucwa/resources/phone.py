"""phone resource.

Reference: phone_ref.md.
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

    from .change_number import ChangeNumber
    from .change_visibility import ChangeVisibility


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class PhoneLinks(Links):
    """The links of a phone (its self link is Resource.self_link)."""

    change_number: Link[ChangeNumber] | None = attrs.field(
        default=None, metadata={"wire": "changeNumber", "target": "changeNumber"}
    )
    change_visibility: Link[ChangeVisibility] | None = attrs.field(
        default=None, metadata={"wire": "changeVisibility", "target": "changeVisibility"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Phone(Resource):
    """The phone resource.

    Scopes (Skype for Business Online): User.ReadWrite.
    """

    REL: ClassVar[str] = "phone"

    include_in_contact_card: bool | None = attrs.field(
        default=None, metadata={"wire": "includeInContactCard"}
    )
    number: str | None = attrs.field(default=None, metadata={"wire": "number"})
    type: str | None = attrs.field(default=None, metadata={"wire": "type"})
    links: PhoneLinks = attrs.field(factory=PhoneLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "includeInContactCard":
                    read.one(key, "include_in_contact_card", value, bool)
                case "number":
                    read.one(key, "number", value, str)
                case "type":
                    read.one(key, "type", value, str)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("includeInContactCard", self.include_in_contact_card, bool)
        write.one("number", self.number, str)
        write.one("type", self.type, str)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[Phone],
    ) -> Phone:
        """GET phone.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[Phone] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="phone"),),
)

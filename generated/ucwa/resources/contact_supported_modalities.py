"""contactSupportedModalities resource.

Reference: contactSupportedModalities_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import ModalityType

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ContactSupportedModalities(Resource):
    """The contactSupportedModalities resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite.
    """

    REL: ClassVar[str] = "contactSupportedModalities"

    modalities: list[ModalityType] | None = attrs.field(
        default=None, metadata={"wire": "modalities"}
    )
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "modalities":
                    read.many(key, "modalities", value, ModalityType)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.many("modalities", self.modalities, ModalityType)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[ContactSupportedModalities],
    ) -> ContactSupportedModalities:
        """GET contactSupportedModalities.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[ContactSupportedModalities] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="contactSupportedModalities"),),
)

"""contactPresence resource.

Reference: contactPresence_ref.md.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import Availability, ContactDeviceType

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ContactPresence(Resource):
    """The contactPresence resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite.
    """

    REL: ClassVar[str] = "contactPresence"

    activity: str | None = attrs.field(default=None, metadata={"wire": "activity"})
    availability: Availability | None = attrs.field(default=None, metadata={"wire": "availability"})
    device_type: ContactDeviceType | None = attrs.field(
        default=None, metadata={"wire": "deviceType"}
    )
    last_active: datetime | None = attrs.field(default=None, metadata={"wire": "lastActive"})
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "activity":
                    read.one(key, "activity", value, str)
                case "availability":
                    read.one(key, "availability", value, Availability)
                case "deviceType":
                    read.one(key, "device_type", value, ContactDeviceType)
                case "lastActive":
                    read.one(key, "last_active", value, datetime)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("activity", self.activity, str)
        write.one("availability", self.availability, Availability)
        write.one("deviceType", self.device_type, ContactDeviceType)
        write.one("lastActive", self.last_active, datetime)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[ContactPresence],
    ) -> ContactPresence:
        """GET contactPresence.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[ContactPresence] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="contactPresence"),),
)

"""contactPresence resource.

Reference: contactPresence_ref.md.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import Availability, ContactDeviceType


@attrs.define(kw_only=True)
class ContactPresence(Resource):
    """The contactPresence resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite.
    """

    REL: ClassVar[str] = "contactPresence"

    activity: str | None = None
    availability: Availability | None = None
    device_type: ContactDeviceType | None = None
    last_active: datetime | None = None
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=Links,
        embedded_class=Embedded,
        properties=(
            PropertySpec("activity", "activity", str),
            PropertySpec("availability", "availability", Availability),
            PropertySpec("deviceType", "device_type", ContactDeviceType),
            PropertySpec("lastActive", "last_active", datetime),
        ),
    )

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

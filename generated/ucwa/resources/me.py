"""me resource.

Reference: me_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

if TYPE_CHECKING:
    from ucwa_runtime.transport import Client

    from .call_forwarding_settings import CallForwardingSettings
    from .location import Location
    from .make_me_available import MakeMeAvailable
    from .note import Note
    from .phones import Phones
    from .photo import Photo
    from .presence import Presence
    from .report_my_activity import ReportMyActivity


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class MeLinks(Links):
    """The links of a me (its self link is Resource.self_link)."""

    call_forwarding_settings: Link[CallForwardingSettings] | None = attrs.field(
        default=None,
        metadata={"wire": "callForwardingSettings", "target": "callForwardingSettings"},
    )
    location: Link[Location] | None = attrs.field(
        default=None, metadata={"wire": "location", "target": "location"}
    )
    make_me_available: Link[MakeMeAvailable] | None = attrs.field(
        default=None, metadata={"wire": "makeMeAvailable", "target": "makeMeAvailable"}
    )
    note: Link[Note] | None = attrs.field(default=None, metadata={"wire": "note", "target": "note"})
    phones: Link[Phones] | None = attrs.field(
        default=None, metadata={"wire": "phones", "target": "phones"}
    )
    photo: Link[Photo] | None = attrs.field(
        default=None, metadata={"wire": "photo", "target": "photo"}
    )
    presence: Link[Presence] | None = attrs.field(
        default=None, metadata={"wire": "presence", "target": "presence"}
    )
    report_my_activity: Link[ReportMyActivity] | None = attrs.field(
        default=None, metadata={"wire": "reportMyActivity", "target": "reportMyActivity"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Me(Resource):
    """The me resource.

    Scopes (Skype for Business Online): User.ReadWrite.
    """

    REL: ClassVar[str] = "me"

    company: str | None = attrs.field(default=None, metadata={"wire": "company"})
    department: str | None = attrs.field(default=None, metadata={"wire": "department"})
    email_addresses: list[str] | None = attrs.field(
        default=None, metadata={"wire": "emailAddresses"}
    )
    endpoint_uri: str | None = attrs.field(default=None, metadata={"wire": "endpointUri"})
    home_phone_number: str | None = attrs.field(default=None, metadata={"wire": "homePhoneNumber"})
    mobile_phone_number: str | None = attrs.field(
        default=None, metadata={"wire": "mobilePhoneNumber"}
    )
    name: str | None = attrs.field(default=None, metadata={"wire": "name"})
    office_location: str | None = attrs.field(default=None, metadata={"wire": "officeLocation"})
    other_phone_number: str | None = attrs.field(
        default=None, metadata={"wire": "otherPhoneNumber"}
    )
    title: str | None = attrs.field(default=None, metadata={"wire": "title"})
    uri: str | None = attrs.field(default=None, metadata={"wire": "uri"})
    work_phone_number: str | None = attrs.field(default=None, metadata={"wire": "workPhoneNumber"})
    links: MeLinks = attrs.field(factory=MeLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[Me],
    ) -> Me:
        """GET me.

        Errors: Conflict, ServiceFailure, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[Me] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="me"),),
)

"""me resource.

Reference: me_ref.md.
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

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "company":
                    read.one(key, "company", value, str)
                case "department":
                    read.one(key, "department", value, str)
                case "emailAddresses":
                    read.many(key, "email_addresses", value, str)
                case "endpointUri":
                    read.one(key, "endpoint_uri", value, str)
                case "homePhoneNumber":
                    read.one(key, "home_phone_number", value, str)
                case "mobilePhoneNumber":
                    read.one(key, "mobile_phone_number", value, str)
                case "name":
                    read.one(key, "name", value, str)
                case "officeLocation":
                    read.one(key, "office_location", value, str)
                case "otherPhoneNumber":
                    read.one(key, "other_phone_number", value, str)
                case "title":
                    read.one(key, "title", value, str)
                case "uri":
                    read.one(key, "uri", value, str)
                case "workPhoneNumber":
                    read.one(key, "work_phone_number", value, str)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("company", self.company, str)
        write.one("department", self.department, str)
        write.many("emailAddresses", self.email_addresses, str)
        write.one("endpointUri", self.endpoint_uri, str)
        write.one("homePhoneNumber", self.home_phone_number, str)
        write.one("mobilePhoneNumber", self.mobile_phone_number, str)
        write.one("name", self.name, str)
        write.one("officeLocation", self.office_location, str)
        write.one("otherPhoneNumber", self.other_phone_number, str)
        write.one("title", self.title, str)
        write.one("uri", self.uri, str)
        write.one("workPhoneNumber", self.work_phone_number, str)

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

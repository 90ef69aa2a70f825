"""me resource.

Reference: me_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

if TYPE_CHECKING:
    from .call_forwarding_settings import CallForwardingSettings
    from .location import Location
    from .make_me_available import MakeMeAvailable
    from .note import Note
    from .phones import Phones
    from .photo import Photo
    from .presence import Presence
    from .report_my_activity import ReportMyActivity


@attrs.define(kw_only=True)
class MeLinks(Links):
    """The links of a me (its self link is Resource.self_link)."""

    call_forwarding_settings: Link[CallForwardingSettings] | None = None
    location: Link[Location] | None = None
    make_me_available: Link[MakeMeAvailable] | None = None
    note: Link[Note] | None = None
    phones: Link[Phones] | None = None
    photo: Link[Photo] | None = None
    presence: Link[Presence] | None = None
    report_my_activity: Link[ReportMyActivity] | None = None


@attrs.define(kw_only=True)
class Me(Resource):
    """The me resource.

    Scopes (Skype for Business Online): User.ReadWrite.
    """

    REL: ClassVar[str] = "me"

    company: str | None = None
    department: str | None = None
    email_addresses: list[str] | None = None
    endpoint_uri: str | None = None
    home_phone_number: str | None = None
    mobile_phone_number: str | None = None
    name: str | None = None
    office_location: str | None = None
    other_phone_number: str | None = None
    title: str | None = None
    uri: str | None = None
    work_phone_number: str | None = None
    links: MeLinks = attrs.field(factory=MeLinks)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=MeLinks,
        embedded_class=Embedded,
        properties=(
            PropertySpec("company", "company", str),
            PropertySpec("department", "department", str),
            PropertySpec("emailAddresses", "email_addresses", list[str]),
            PropertySpec("endpointUri", "endpoint_uri", str),
            PropertySpec("homePhoneNumber", "home_phone_number", str),
            PropertySpec("mobilePhoneNumber", "mobile_phone_number", str),
            PropertySpec("name", "name", str),
            PropertySpec("officeLocation", "office_location", str),
            PropertySpec("otherPhoneNumber", "other_phone_number", str),
            PropertySpec("title", "title", str),
            PropertySpec("uri", "uri", str),
            PropertySpec("workPhoneNumber", "work_phone_number", str),
        ),
        links=(
            LinkSpec(
                "callForwardingSettings",
                "call_forwarding_settings",
                target="callForwardingSettings",
            ),
            LinkSpec("location", "location", target="location"),
            LinkSpec("makeMeAvailable", "make_me_available", target="makeMeAvailable"),
            LinkSpec("note", "note", target="note"),
            LinkSpec("phones", "phones", target="phones"),
            LinkSpec("photo", "photo", target="photo"),
            LinkSpec("presence", "presence", target="presence"),
            LinkSpec("reportMyActivity", "report_my_activity", target="reportMyActivity"),
        ),
    )

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

"""onBehalfOf resource.

Reference: onBehalfOf_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import ContactType, SourceNetwork

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .contact_location import ContactLocation
    from .contact_note import ContactNote
    from .contact_photo import ContactPhoto
    from .contact_presence import ContactPresence
    from .contact_privacy_relationship import ContactPrivacyRelationship
    from .contact_supported_modalities import ContactSupportedModalities


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class OnBehalfOfLinks(Links):
    """The links of a onBehalfOf (its self link is Resource.self_link)."""

    contact_location: Link[ContactLocation] | None = attrs.field(
        default=None, metadata={"wire": "contactLocation", "target": "contactLocation"}
    )
    contact_note: Link[ContactNote] | None = attrs.field(
        default=None, metadata={"wire": "contactNote", "target": "contactNote"}
    )
    contact_photo: Link[ContactPhoto] | None = attrs.field(
        default=None, metadata={"wire": "contactPhoto", "target": "contactPhoto"}
    )
    contact_presence: Link[ContactPresence] | None = attrs.field(
        default=None, metadata={"wire": "contactPresence", "target": "contactPresence"}
    )
    contact_privacy_relationship: Link[ContactPrivacyRelationship] | None = attrs.field(
        default=None,
        metadata={"wire": "contactPrivacyRelationship", "target": "contactPrivacyRelationship"},
    )
    contact_supported_modalities: Link[ContactSupportedModalities] | None = attrs.field(
        default=None,
        metadata={"wire": "contactSupportedModalities", "target": "contactSupportedModalities"},
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class OnBehalfOf(Resource):
    """The onBehalfOf resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite.
    """

    REL: ClassVar[str] = "onBehalfOf"

    company: str | None = attrs.field(default=None, metadata={"wire": "company"})
    department: str | None = attrs.field(default=None, metadata={"wire": "department"})
    email_addresses: list[str] | None = attrs.field(
        default=None, metadata={"wire": "emailAddresses"}
    )
    home_phone_number: str | None = attrs.field(default=None, metadata={"wire": "homePhoneNumber"})
    source_network_icon_url: str | None = attrs.field(
        default=None, metadata={"wire": "sourceNetworkIconUrl"}
    )
    mobile_phone_number: str | None = attrs.field(
        default=None, metadata={"wire": "mobilePhoneNumber"}
    )
    name: str | None = attrs.field(default=None, metadata={"wire": "name"})
    office: str | None = attrs.field(default=None, metadata={"wire": "office"})
    other_phone_number: str | None = attrs.field(
        default=None, metadata={"wire": "otherPhoneNumber"}
    )
    source_network: SourceNetwork | None = attrs.field(
        default=None, metadata={"wire": "sourceNetwork"}
    )
    title: str | None = attrs.field(default=None, metadata={"wire": "title"})
    type: ContactType | None = attrs.field(default=None, metadata={"wire": "type"})
    uri: str | None = attrs.field(default=None, metadata={"wire": "uri"})
    work_phone_number: str | None = attrs.field(default=None, metadata={"wire": "workPhoneNumber"})
    links: OnBehalfOfLinks = attrs.field(factory=OnBehalfOfLinks)
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
                case "homePhoneNumber":
                    read.one(key, "home_phone_number", value, str)
                case "sourceNetworkIconUrl":
                    read.one(key, "source_network_icon_url", value, str)
                case "mobilePhoneNumber":
                    read.one(key, "mobile_phone_number", value, str)
                case "name":
                    read.one(key, "name", value, str)
                case "office":
                    read.one(key, "office", value, str)
                case "otherPhoneNumber":
                    read.one(key, "other_phone_number", value, str)
                case "sourceNetwork":
                    read.one(key, "source_network", value, SourceNetwork)
                case "title":
                    read.one(key, "title", value, str)
                case "type":
                    read.one(key, "type", value, ContactType)
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
        write.one("homePhoneNumber", self.home_phone_number, str)
        write.one("sourceNetworkIconUrl", self.source_network_icon_url, str)
        write.one("mobilePhoneNumber", self.mobile_phone_number, str)
        write.one("name", self.name, str)
        write.one("office", self.office, str)
        write.one("otherPhoneNumber", self.other_phone_number, str)
        write.one("sourceNetwork", self.source_network, SourceNetwork)
        write.one("title", self.title, str)
        write.one("type", self.type, ContactType)
        write.one("uri", self.uri, str)
        write.one("workPhoneNumber", self.work_phone_number, str)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[OnBehalfOf],
    ) -> OnBehalfOf:
        """GET onBehalfOf.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[OnBehalfOf] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="onBehalfOf"),),
)

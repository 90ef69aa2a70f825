"""forwardedBy resource.

Reference: forwardedBy_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import ContactType, SourceNetwork

if TYPE_CHECKING:
    from .contact_location import ContactLocation
    from .contact_note import ContactNote
    from .contact_photo import ContactPhoto
    from .contact_presence import ContactPresence
    from .contact_privacy_relationship import ContactPrivacyRelationship
    from .contact_supported_modalities import ContactSupportedModalities


@attrs.define(kw_only=True)
class ForwardedByLinks(Links):
    """The links of a forwardedBy (its self link is Resource.self_link)."""

    contact_location: Link[ContactLocation] | None = None
    contact_note: Link[ContactNote] | None = None
    contact_photo: Link[ContactPhoto] | None = None
    contact_presence: Link[ContactPresence] | None = None
    contact_privacy_relationship: Link[ContactPrivacyRelationship] | None = None
    contact_supported_modalities: Link[ContactSupportedModalities] | None = None


@attrs.define(kw_only=True)
class ForwardedBy(Resource):
    """The forwardedBy resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite.
    """

    REL: ClassVar[str] = "forwardedBy"

    company: str | None = None
    department: str | None = None
    email_addresses: list[str] | None = None
    home_phone_number: str | None = None
    source_network_icon_url: str | None = None
    mobile_phone_number: str | None = None
    name: str | None = None
    office: str | None = None
    other_phone_number: str | None = None
    source_network: SourceNetwork | None = None
    title: str | None = None
    type: ContactType | None = None
    uri: str | None = None
    work_phone_number: str | None = None
    links: ForwardedByLinks = attrs.field(factory=ForwardedByLinks)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=ForwardedByLinks,
        embedded_class=Embedded,
        properties=(
            PropertySpec("company", "company", str),
            PropertySpec("department", "department", str),
            PropertySpec("emailAddresses", "email_addresses", list[str]),
            PropertySpec("homePhoneNumber", "home_phone_number", str),
            PropertySpec("sourceNetworkIconUrl", "source_network_icon_url", str),
            PropertySpec("mobilePhoneNumber", "mobile_phone_number", str),
            PropertySpec("name", "name", str),
            PropertySpec("office", "office", str),
            PropertySpec("otherPhoneNumber", "other_phone_number", str),
            PropertySpec("sourceNetwork", "source_network", SourceNetwork),
            PropertySpec("title", "title", str),
            PropertySpec("type", "type", ContactType),
            PropertySpec("uri", "uri", str),
            PropertySpec("workPhoneNumber", "work_phone_number", str),
        ),
        links=(
            LinkSpec("contactLocation", "contact_location", target="contactLocation"),
            LinkSpec("contactNote", "contact_note", target="contactNote"),
            LinkSpec("contactPhoto", "contact_photo", target="contactPhoto"),
            LinkSpec("contactPresence", "contact_presence", target="contactPresence"),
            LinkSpec(
                "contactPrivacyRelationship",
                "contact_privacy_relationship",
                target="contactPrivacyRelationship",
            ),
            LinkSpec(
                "contactSupportedModalities",
                "contact_supported_modalities",
                target="contactSupportedModalities",
            ),
        ),
    )

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[ForwardedBy],
    ) -> ForwardedBy:
        """GET forwardedBy.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[ForwardedBy] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="forwardedBy"),),
)

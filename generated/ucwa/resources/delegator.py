"""delegator resource.

Reference: delegator_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import ContactType, SourceNetwork

if TYPE_CHECKING:
    from ucwa_runtime.transport import Client

    from .contact_location import ContactLocation
    from .contact_note import ContactNote
    from .contact_photo import ContactPhoto
    from .contact_presence import ContactPresence
    from .contact_privacy_relationship import ContactPrivacyRelationship
    from .contact_supported_modalities import ContactSupportedModalities


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class DelegatorLinks(Links):
    """The links of a delegator (its self link is Resource.self_link)."""

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
class Delegator(Resource):
    """The delegator resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite.
    """

    REL: ClassVar[str] = "delegator"

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
    links: DelegatorLinks = attrs.field(factory=DelegatorLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[Delegator],
    ) -> Delegator:
        """GET delegator.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[Delegator] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="delegator"),),
)

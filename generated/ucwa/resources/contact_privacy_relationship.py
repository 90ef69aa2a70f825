"""contactPrivacyRelationship resource.

Reference: contactPrivacyRelationship_ref.md (revisions: contactPrivacyRelationship2_ref.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import PrivacyRelationshipLevel

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .reset_contact_privacy_relationship import ResetContactPrivacyRelationship


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ContactPrivacyRelationshipLinks(Links):
    """The links of a contactPrivacyRelationship (its self link is Resource.self_link)."""

    reset_contact_privacy_relationship: Link[ResetContactPrivacyRelationship] | None = attrs.field(
        default=None,
        metadata={
            "wire": "resetContactPrivacyRelationship",
            "target": "resetContactPrivacyRelationship",
        },
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class ContactPrivacyRelationship(Resource):
    """The contactPrivacyRelationship resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite.
    """

    REL: ClassVar[str] = "contactPrivacyRelationship"

    relationship_level: PrivacyRelationshipLevel | None = attrs.field(
        default=None, metadata={"wire": "relationshipLevel"}
    )
    links: ContactPrivacyRelationshipLinks = attrs.field(factory=ContactPrivacyRelationshipLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "relationshipLevel":
                    read.one(key, "relationship_level", value, PrivacyRelationshipLevel)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("relationshipLevel", self.relationship_level, PrivacyRelationshipLevel)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[ContactPrivacyRelationship],
    ) -> ContactPrivacyRelationship:
        """GET contactPrivacyRelationship.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )

    def put(
        self,
        client: Client,
        link: Link[ContactPrivacyRelationship] | None = None,
    ) -> Resource | None:
        """PUT contactPrivacyRelationship.

        Sends this resource back whole (unknown properties included), to ``link`` or to its self
        link.

        Errors: Forbidden, ServiceFailure, Gone (see ucwa.errors).
        """
        return call(
            client,
            _PUT,
            link or self.require_self_link(),
            {},
            self,
        )


_GET: OperationSpec[ContactPrivacyRelationship] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="contactPrivacyRelationship"),),
)

_PUT: OperationSpec[Resource | None] = OperationSpec(
    method="PUT",
    sends_resource=True,
    outcomes=(OutcomeSpec(200),),
)

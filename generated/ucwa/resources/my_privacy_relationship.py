"""myPrivacyRelationship resource.

Reference: myPrivacyRelationship_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import PrivacyRelationshipLevel

if TYPE_CHECKING:
    from .contact import Contact


@attrs.define(kw_only=True)
class MyPrivacyRelationshipLinks(Links):
    """The links of a myPrivacyRelationship (its self link is Resource.self_link)."""

    contact: list[Link[Contact]] | None = None


@attrs.define(kw_only=True)
class MyPrivacyRelationship(Resource):
    """The myPrivacyRelationship resource.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "myPrivacyRelationship"

    relationship_level: PrivacyRelationshipLevel | None = None
    links: MyPrivacyRelationshipLinks = attrs.field(factory=MyPrivacyRelationshipLinks)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=MyPrivacyRelationshipLinks,
        embedded_class=Embedded,
        properties=(
            PropertySpec("relationshipLevel", "relationship_level", PrivacyRelationshipLevel),
        ),
        links=(LinkSpec("contact", "contact", many=True, target="contact"),),
    )

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[MyPrivacyRelationship],
    ) -> MyPrivacyRelationship:
        """GET myPrivacyRelationship.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[MyPrivacyRelationship] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="myPrivacyRelationship"),),
)

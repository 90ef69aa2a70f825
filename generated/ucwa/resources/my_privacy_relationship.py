"""myPrivacyRelationship resource.

Reference: myPrivacyRelationship_ref.md.
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

    from .contact import Contact


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class MyPrivacyRelationshipLinks(Links):
    """The links of a myPrivacyRelationship (its self link is Resource.self_link)."""

    contact: list[Link[Contact]] | None = attrs.field(
        default=None, metadata={"wire": "contact", "target": "contact"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class MyPrivacyRelationship(Resource):
    """The myPrivacyRelationship resource.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "myPrivacyRelationship"

    relationship_level: PrivacyRelationshipLevel | None = attrs.field(
        default=None, metadata={"wire": "relationshipLevel"}
    )
    links: MyPrivacyRelationshipLinks = attrs.field(factory=MyPrivacyRelationshipLinks)
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

"""myPrivacyRelationships resource.

Reference: myPrivacyRelationships_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader
    from ucwa_runtime.transport import Client

    from .my_privacy_relationship import MyPrivacyRelationship


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class MyPrivacyRelationshipsLinks(Links):
    """The links of a myPrivacyRelationships (its self link is Resource.self_link)."""

    my_privacy_relationship: Link[MyPrivacyRelationship] | None = attrs.field(
        default=None, metadata={"wire": "myPrivacyRelationship", "target": "myPrivacyRelationship"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class MyPrivacyRelationshipsEmbedded(Embedded):
    """The resources a myPrivacyRelationships carries inside itself."""

    my_privacy_relationship: list[MyPrivacyRelationship] | None = attrs.field(
        default=None, metadata={"wire": "myPrivacyRelationship", "target": "myPrivacyRelationship"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class MyPrivacyRelationships(Resource):
    """The myPrivacyRelationships resource.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "myPrivacyRelationships"

    links: MyPrivacyRelationshipsLinks = attrs.field(factory=MyPrivacyRelationshipsLinks)
    embedded: MyPrivacyRelationshipsEmbedded = attrs.field(factory=MyPrivacyRelationshipsEmbedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case _:
                    read.other(key, value)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[MyPrivacyRelationships],
    ) -> MyPrivacyRelationships:
        """GET myPrivacyRelationships.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[MyPrivacyRelationships] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="myPrivacyRelationships"),),
)

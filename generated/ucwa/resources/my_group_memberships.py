"""myGroupMemberships resource.

Reference: myGroupMemberships_ref.md (revisions: myGroupMemberships2_ref.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import Created, OperationSpec, OutcomeSpec, ParameterSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader
    from ucwa_runtime.transport import Client

    from .my_group_membership import MyGroupMembership


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class MyGroupMembershipsLinks(Links):
    """The links of a myGroupMemberships (its self link is Resource.self_link)."""

    my_group_membership: Link[MyGroupMembership] | None = attrs.field(
        default=None, metadata={"wire": "myGroupMembership", "target": "myGroupMembership"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class MyGroupMembershipsEmbedded(Embedded):
    """The resources a myGroupMemberships carries inside itself."""

    my_group_membership: list[MyGroupMembership] | None = attrs.field(
        default=None, metadata={"wire": "myGroupMembership", "target": "myGroupMembership"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class MyGroupMemberships(Resource):
    """The myGroupMemberships resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite, User.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "myGroupMemberships"

    links: MyGroupMembershipsLinks = attrs.field(factory=MyGroupMembershipsLinks)
    embedded: MyGroupMembershipsEmbedded = attrs.field(factory=MyGroupMembershipsEmbedded)

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
        link: Link[MyGroupMemberships],
        *,
        group_id: str | None = None,
    ) -> MyGroupMemberships:
        """GET myGroupMemberships.

        Args:
            group_id: The groupId query parameter. At most 256 characters.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {
                "group_id": group_id,
            },
        )

    @classmethod
    def post(
        cls,
        client: Client,
        link: Link[MyGroupMemberships],
        *,
        contact_uri: str,
        group_id: str | None = None,
    ) -> Created[MyGroupMembership]:
        """POST myGroupMemberships.

        Args:
            contact_uri: The contactUri parameter. At most 250 characters.
            group_id: The groupId parameter. At most 256 characters.

        Errors: ServiceFailure, Conflict, Forbidden, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "contact_uri": contact_uri,
                "group_id": group_id,
            },
        )


_GET: OperationSpec[MyGroupMemberships] = OperationSpec(
    method="GET",
    query=(ParameterSpec("groupId", "group_id", str, max_length=256),),
    outcomes=(OutcomeSpec(200, body="myGroupMemberships"),),
)

_POST: OperationSpec[Created[MyGroupMembership]] = OperationSpec(
    method="POST",
    body=(
        ParameterSpec("contactUri", "contact_uri", str, required=True, max_length=250),
        ParameterSpec("groupId", "group_id", str, max_length=256),
    ),
    outcomes=(OutcomeSpec(201, body="myGroupMembership", creates="myGroupMembership"),),
)

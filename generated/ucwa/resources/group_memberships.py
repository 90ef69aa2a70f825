"""groupMemberships resource.

Reference: groupMemberships_ref.md.
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

    from .my_group_membership import MyGroupMembership


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class GroupMembershipsLinks(Links):
    """The links of a groupMemberships (its self link is Resource.self_link)."""

    my_group_membership: Link[MyGroupMembership] | None = attrs.field(
        default=None, metadata={"wire": "myGroupMembership", "target": "myGroupMembership"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class GroupMembershipsEmbedded(Embedded):
    """The resources a groupMemberships carries inside itself."""

    my_group_membership: list[MyGroupMembership] | None = attrs.field(
        default=None, metadata={"wire": "myGroupMembership", "target": "myGroupMembership"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class GroupMemberships(Resource):
    """The groupMemberships resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite.
    """

    REL: ClassVar[str] = "groupMemberships"

    links: GroupMembershipsLinks = attrs.field(factory=GroupMembershipsLinks)
    embedded: GroupMembershipsEmbedded = attrs.field(factory=GroupMembershipsEmbedded)

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
        link: Link[GroupMemberships],
    ) -> GroupMemberships:
        """GET groupMemberships.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[GroupMemberships] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="groupMemberships"),),
)

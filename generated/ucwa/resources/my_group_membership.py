"""myGroupMembership resource.

Reference: myGroupMembership_ref.md (revisions: myGroupMembership2_ref.md).
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

    from .contact import Contact
    from .default_group import DefaultGroup
    from .delegates_group import DelegatesGroup
    from .group import Group
    from .pinned_group import PinnedGroup


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class MyGroupMembershipLinks(Links):
    """The links of a myGroupMembership (its self link is Resource.self_link)."""

    contact: Link[Contact] | None = attrs.field(
        default=None, metadata={"wire": "contact", "target": "contact"}
    )
    default_group: Link[DefaultGroup] | None = attrs.field(
        default=None, metadata={"wire": "defaultGroup", "target": "defaultGroup"}
    )
    group: Link[Group] | None = attrs.field(
        default=None, metadata={"wire": "group", "target": "group"}
    )
    pinned_group: Link[PinnedGroup] | None = attrs.field(
        default=None, metadata={"wire": "pinnedGroup", "target": "pinnedGroup"}
    )
    delegates_group: Link[DelegatesGroup] | None = attrs.field(
        default=None, metadata={"wire": "delegatesGroup", "target": "delegatesGroup"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class MyGroupMembership(Resource):
    """The myGroupMembership resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite.
    """

    REL: ClassVar[str] = "myGroupMembership"

    links: MyGroupMembershipLinks = attrs.field(factory=MyGroupMembershipLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

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
        link: Link[MyGroupMembership],
    ) -> MyGroupMembership:
        """GET myGroupMembership.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )

    @classmethod
    def delete(
        cls,
        client: Client,
        link: Link[MyGroupMembership],
    ) -> None:
        """DELETE myGroupMembership.

        Errors: ServiceFailure, NotFound, Gone (see ucwa.errors).
        """
        return call(
            client,
            _DELETE,
            link,
            {},
        )


_GET: OperationSpec[MyGroupMembership] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="myGroupMembership"),),
)

_DELETE: OperationSpec[None] = OperationSpec(
    method="DELETE",
    outcomes=(OutcomeSpec(204),),
)

"""myGroups resource.

Reference: myGroups_ref.md (revisions: myGroups2_ref.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, ParameterSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader
    from ucwa_runtime.transport import Client

    from .default_group import DefaultGroup
    from .delegates_group import DelegatesGroup
    from .delegators_group import DelegatorsGroup
    from .distribution_group import DistributionGroup
    from .group import Group
    from .my_organization_group import MyOrganizationGroup
    from .pinned_group import PinnedGroup


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class MyGroupsLinks(Links):
    """The links of a myGroups (its self link is Resource.self_link)."""

    default_group: Link[DefaultGroup] | None = attrs.field(
        default=None, metadata={"wire": "defaultGroup", "target": "defaultGroup"}
    )
    delegates_group: Link[DelegatesGroup] | None = attrs.field(
        default=None, metadata={"wire": "delegatesGroup", "target": "delegatesGroup"}
    )
    delegators_group: Link[DelegatorsGroup] | None = attrs.field(
        default=None, metadata={"wire": "delegatorsGroup", "target": "delegatorsGroup"}
    )
    distribution_group: list[Link[DistributionGroup]] | None = attrs.field(
        default=None, metadata={"wire": "distributionGroup", "target": "distributionGroup"}
    )
    group: list[Link[Group]] | None = attrs.field(
        default=None, metadata={"wire": "group", "target": "group"}
    )
    my_organization_group: Link[MyOrganizationGroup] | None = attrs.field(
        default=None, metadata={"wire": "myOrganizationGroup", "target": "myOrganizationGroup"}
    )
    pinned_group: Link[PinnedGroup] | None = attrs.field(
        default=None, metadata={"wire": "pinnedGroup", "target": "pinnedGroup"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class MyGroupsEmbedded(Embedded):
    """The resources a myGroups carries inside itself."""

    default_group: DefaultGroup | None = attrs.field(
        default=None, metadata={"wire": "defaultGroup", "target": "defaultGroup"}
    )
    """Not in the page's sample; the page's text and SubscribeToThePresenceOfAGroupOfContacts.md and
    GetPresenceDataOfAContact.md embed it.
    """
    distribution_group: list[DistributionGroup] | None = attrs.field(
        default=None, metadata={"wire": "distributionGroup", "target": "distributionGroup"}
    )
    group: list[Group] | None = attrs.field(
        default=None, metadata={"wire": "group", "target": "group"}
    )
    pinned_group: PinnedGroup | None = attrs.field(
        default=None, metadata={"wire": "pinnedGroup", "target": "pinnedGroup"}
    )
    """Not in the page's sample; the page's text and SubscribeToThePresenceOfAGroupOfContacts.md and
    GetPresenceDataOfAContact.md embed it.
    """


@attrs.define(kw_only=True, eq=False, repr=False)
class MyGroups(Resource):
    """The myGroups resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite.
    """

    REL: ClassVar[str] = "myGroups"

    links: MyGroupsLinks = attrs.field(factory=MyGroupsLinks)
    embedded: MyGroupsEmbedded = attrs.field(factory=MyGroupsEmbedded)

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
        link: Link[MyGroups],
        *,
        expand: bool | None = None,
    ) -> MyGroups:
        """GET myGroups.

        Args:
            expand: The expand query parameter.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {
                "expand": expand,
            },
        )

    @classmethod
    def post(
        cls,
        client: Client,
        link: Link[MyGroups],
        *,
        display_name: str,
    ) -> None:
        """POST myGroups.

        Args:
            display_name: The displayName parameter. At most 256 characters.

        Errors: Forbidden, Conflict, ServiceFailure, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "display_name": display_name,
            },
        )


_GET: OperationSpec[MyGroups] = OperationSpec(
    method="GET",
    query=(ParameterSpec("expand", "expand", bool),),
    outcomes=(OutcomeSpec(200, body="myGroups"),),
)

_POST: OperationSpec[None] = OperationSpec(
    method="POST",
    body=(ParameterSpec("displayName", "display_name", str, required=True, max_length=256),),
    outcomes=(OutcomeSpec(204),),
)

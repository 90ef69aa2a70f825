"""distributionGroup resource.

Reference: distributionGroup_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

if TYPE_CHECKING:
    from .add_to_contact_list import AddToContactList
    from .contact import Contact
    from .expand_distribution_group import ExpandDistributionGroup
    from .remove_from_contact_list import RemoveFromContactList
    from .subscribe_to_group_presence import SubscribeToGroupPresence


@attrs.define(kw_only=True)
class DistributionGroupLinks(Links):
    """The links of a distributionGroup (its self link is Resource.self_link)."""

    add_to_contact_list: Link[AddToContactList] | None = None
    expand_distribution_group: Link[ExpandDistributionGroup] | None = None
    remove_from_contact_list: Link[RemoveFromContactList] | None = None
    subscribe_to_group_presence: Link[SubscribeToGroupPresence] | None = None
    contact: Link[Contact] | None = None
    distribution_group: Link[DistributionGroup] | None = None


@attrs.define(kw_only=True)
class DistributionGroupEmbedded(Embedded):
    """The resources a distributionGroup carries inside itself."""

    contact: list[Contact] | None = None
    distribution_group: list[DistributionGroup] | None = None


@attrs.define(kw_only=True)
class DistributionGroup(Resource):
    """The distributionGroup resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite.
    """

    REL: ClassVar[str] = "distributionGroup"

    uri: str | None = None
    id: str | None = None
    name: str | None = None
    """At most 256 characters."""
    links: DistributionGroupLinks = attrs.field(factory=DistributionGroupLinks)
    embedded: DistributionGroupEmbedded = attrs.field(factory=DistributionGroupEmbedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=DistributionGroupLinks,
        embedded_class=DistributionGroupEmbedded,
        properties=(
            PropertySpec("uri", "uri", str),
            PropertySpec("id", "id", str),
            PropertySpec("name", "name", str),
        ),
        links=(
            LinkSpec("addToContactList", "add_to_contact_list", target="addToContactList"),
            LinkSpec(
                "expandDistributionGroup",
                "expand_distribution_group",
                target="expandDistributionGroup",
            ),
            LinkSpec(
                "removeFromContactList", "remove_from_contact_list", target="removeFromContactList"
            ),
            LinkSpec(
                "subscribeToGroupPresence",
                "subscribe_to_group_presence",
                target="subscribeToGroupPresence",
            ),
            LinkSpec("contact", "contact", target="contact"),
            LinkSpec("distributionGroup", "distribution_group", target="distributionGroup"),
        ),
        embedded=(
            LinkSpec("contact", "contact", many=True, target="contact"),
            LinkSpec(
                "distributionGroup", "distribution_group", many=True, target="distributionGroup"
            ),
        ),
    )

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[DistributionGroup],
    ) -> DistributionGroup:
        """GET distributionGroup.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[DistributionGroup] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="distributionGroup"),),
)

"""distributionGroup resource.

Reference: distributionGroup_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .add_to_contact_list import AddToContactList
    from .contact import Contact
    from .expand_distribution_group import ExpandDistributionGroup
    from .remove_from_contact_list import RemoveFromContactList
    from .subscribe_to_group_presence import SubscribeToGroupPresence


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class DistributionGroupLinks(Links):
    """The links of a distributionGroup (its self link is Resource.self_link)."""

    add_to_contact_list: Link[AddToContactList] | None = attrs.field(
        default=None, metadata={"wire": "addToContactList", "target": "addToContactList"}
    )
    expand_distribution_group: Link[ExpandDistributionGroup] | None = attrs.field(
        default=None,
        metadata={"wire": "expandDistributionGroup", "target": "expandDistributionGroup"},
    )
    remove_from_contact_list: Link[RemoveFromContactList] | None = attrs.field(
        default=None, metadata={"wire": "removeFromContactList", "target": "removeFromContactList"}
    )
    subscribe_to_group_presence: Link[SubscribeToGroupPresence] | None = attrs.field(
        default=None,
        metadata={"wire": "subscribeToGroupPresence", "target": "subscribeToGroupPresence"},
    )
    contact: Link[Contact] | None = attrs.field(
        default=None, metadata={"wire": "contact", "target": "contact"}
    )
    distribution_group: Link[DistributionGroup] | None = attrs.field(
        default=None, metadata={"wire": "distributionGroup", "target": "distributionGroup"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class DistributionGroupEmbedded(Embedded):
    """The resources a distributionGroup carries inside itself."""

    contact: list[Contact] | None = attrs.field(
        default=None, metadata={"wire": "contact", "target": "contact"}
    )
    distribution_group: list[DistributionGroup] | None = attrs.field(
        default=None, metadata={"wire": "distributionGroup", "target": "distributionGroup"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class DistributionGroup(Resource):
    """The distributionGroup resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite.
    """

    REL: ClassVar[str] = "distributionGroup"

    uri: str | None = attrs.field(default=None, metadata={"wire": "uri"})
    id: str | None = attrs.field(default=None, metadata={"wire": "id"})
    name: str | None = attrs.field(default=None, metadata={"wire": "name"})
    """At most 256 characters."""
    links: DistributionGroupLinks = attrs.field(factory=DistributionGroupLinks)
    embedded: DistributionGroupEmbedded = attrs.field(factory=DistributionGroupEmbedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "uri":
                    read.one(key, "uri", value, str)
                case "id":
                    read.one(key, "id", value, str)
                case "name":
                    read.one(key, "name", value, str)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("uri", self.uri, str)
        write.one("id", self.id, str)
        write.one("name", self.name, str)

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

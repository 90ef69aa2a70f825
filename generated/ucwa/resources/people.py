"""people resource.

Reference: people_ref.md.
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

    from .my_contacts import MyContacts
    from .my_contacts_and_groups_subscription import MyContactsAndGroupsSubscription
    from .my_group_memberships import MyGroupMemberships
    from .my_groups import MyGroups
    from .my_privacy_relationships import MyPrivacyRelationships
    from .presence_subscription_memberships import PresenceSubscriptionMemberships
    from .presence_subscriptions import PresenceSubscriptions
    from .search import Search
    from .subscribed_contacts import SubscribedContacts


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class PeopleLinks(Links):
    """The links of a people (its self link is Resource.self_link)."""

    my_contacts_and_groups_subscription: Link[MyContactsAndGroupsSubscription] | None = attrs.field(
        default=None,
        metadata={
            "wire": "myContactsAndGroupsSubscription",
            "target": "myContactsAndGroupsSubscription",
        },
    )
    my_contacts: Link[MyContacts] | None = attrs.field(
        default=None, metadata={"wire": "myContacts", "target": "myContacts"}
    )
    my_group_memberships: Link[MyGroupMemberships] | None = attrs.field(
        default=None, metadata={"wire": "myGroupMemberships", "target": "myGroupMemberships"}
    )
    my_groups: Link[MyGroups] | None = attrs.field(
        default=None, metadata={"wire": "myGroups", "target": "myGroups"}
    )
    my_privacy_relationships: Link[MyPrivacyRelationships] | None = attrs.field(
        default=None,
        metadata={"wire": "myPrivacyRelationships", "target": "myPrivacyRelationships"},
    )
    presence_subscription_memberships: Link[PresenceSubscriptionMemberships] | None = attrs.field(
        default=None,
        metadata={
            "wire": "presenceSubscriptionMemberships",
            "target": "presenceSubscriptionMemberships",
        },
    )
    presence_subscriptions: Link[PresenceSubscriptions] | None = attrs.field(
        default=None, metadata={"wire": "presenceSubscriptions", "target": "presenceSubscriptions"}
    )
    search: Link[Search] | None = attrs.field(
        default=None, metadata={"wire": "search", "target": "search"}
    )
    subscribed_contacts: Link[SubscribedContacts] | None = attrs.field(
        default=None, metadata={"wire": "subscribedContacts", "target": "subscribedContacts"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class People(Resource):
    """The people resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite.
    """

    REL: ClassVar[str] = "people"

    links: PeopleLinks = attrs.field(factory=PeopleLinks)
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
        link: Link[People],
    ) -> People:
        """GET people.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[People] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="people"),),
)

"""people resource.

Reference: people_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

if TYPE_CHECKING:
    from .my_contacts import MyContacts
    from .my_contacts_and_groups_subscription import MyContactsAndGroupsSubscription
    from .my_group_memberships import MyGroupMemberships
    from .my_groups import MyGroups
    from .my_privacy_relationships import MyPrivacyRelationships
    from .presence_subscription_memberships import PresenceSubscriptionMemberships
    from .presence_subscriptions import PresenceSubscriptions
    from .search import Search
    from .subscribed_contacts import SubscribedContacts


@attrs.define(kw_only=True)
class PeopleLinks(Links):
    """The links of a people (its self link is Resource.self_link)."""

    my_contacts_and_groups_subscription: Link[MyContactsAndGroupsSubscription] | None = None
    my_contacts: Link[MyContacts] | None = None
    my_group_memberships: Link[MyGroupMemberships] | None = None
    my_groups: Link[MyGroups] | None = None
    my_privacy_relationships: Link[MyPrivacyRelationships] | None = None
    presence_subscription_memberships: Link[PresenceSubscriptionMemberships] | None = None
    presence_subscriptions: Link[PresenceSubscriptions] | None = None
    search: Link[Search] | None = None
    subscribed_contacts: Link[SubscribedContacts] | None = None


@attrs.define(kw_only=True)
class People(Resource):
    """The people resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite.
    """

    REL: ClassVar[str] = "people"

    links: PeopleLinks = attrs.field(factory=PeopleLinks)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=PeopleLinks,
        embedded_class=Embedded,
        links=(
            LinkSpec(
                "myContactsAndGroupsSubscription",
                "my_contacts_and_groups_subscription",
                target="myContactsAndGroupsSubscription",
            ),
            LinkSpec("myContacts", "my_contacts", target="myContacts"),
            LinkSpec("myGroupMemberships", "my_group_memberships", target="myGroupMemberships"),
            LinkSpec("myGroups", "my_groups", target="myGroups"),
            LinkSpec(
                "myPrivacyRelationships",
                "my_privacy_relationships",
                target="myPrivacyRelationships",
            ),
            LinkSpec(
                "presenceSubscriptionMemberships",
                "presence_subscription_memberships",
                target="presenceSubscriptionMemberships",
            ),
            LinkSpec(
                "presenceSubscriptions", "presence_subscriptions", target="presenceSubscriptions"
            ),
            LinkSpec("search", "search", target="search"),
            LinkSpec("subscribedContacts", "subscribed_contacts", target="subscribedContacts"),
        ),
    )

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

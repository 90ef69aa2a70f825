"""myContactsAndGroupsSubscription resource.

Reference: myContactsAndGroupsSubscription_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import SubscriptionState

if TYPE_CHECKING:
    from .start_or_refresh_subscription_to_contacts_and_groups import (
        StartOrRefreshSubscriptionToContactsAndGroups,
    )
    from .stop_subscription_to_contacts_and_groups import StopSubscriptionToContactsAndGroups


@attrs.define(kw_only=True)
class MyContactsAndGroupsSubscriptionLinks(Links):
    """The links of a myContactsAndGroupsSubscription (its self link is Resource.self_link)."""

    start_or_refresh_subscription_to_contacts_and_groups: (
        Link[StartOrRefreshSubscriptionToContactsAndGroups] | None
    ) = None
    stop_subscription_to_contacts_and_groups: Link[StopSubscriptionToContactsAndGroups] | None = (
        None
    )


@attrs.define(kw_only=True)
class MyContactsAndGroupsSubscription(Resource):
    """The myContactsAndGroupsSubscription resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite.
    """

    REL: ClassVar[str] = "myContactsAndGroupsSubscription"

    state: SubscriptionState | None = None
    links: MyContactsAndGroupsSubscriptionLinks = attrs.field(
        factory=MyContactsAndGroupsSubscriptionLinks
    )
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=MyContactsAndGroupsSubscriptionLinks,
        embedded_class=Embedded,
        properties=(PropertySpec("state", "state", SubscriptionState),),
        links=(
            LinkSpec(
                "startOrRefreshSubscriptionToContactsAndGroups",
                "start_or_refresh_subscription_to_contacts_and_groups",
                target="startOrRefreshSubscriptionToContactsAndGroups",
            ),
            LinkSpec(
                "stopSubscriptionToContactsAndGroups",
                "stop_subscription_to_contacts_and_groups",
                target="stopSubscriptionToContactsAndGroups",
            ),
        ),
    )

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[MyContactsAndGroupsSubscription],
    ) -> MyContactsAndGroupsSubscription:
        """GET myContactsAndGroupsSubscription.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[MyContactsAndGroupsSubscription] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="myContactsAndGroupsSubscription"),),
)

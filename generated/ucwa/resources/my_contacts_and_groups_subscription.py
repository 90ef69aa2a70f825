"""myContactsAndGroupsSubscription resource.

Reference: myContactsAndGroupsSubscription_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import SubscriptionState

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .start_or_refresh_subscription_to_contacts_and_groups import (
        StartOrRefreshSubscriptionToContactsAndGroups,
    )
    from .stop_subscription_to_contacts_and_groups import StopSubscriptionToContactsAndGroups


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class MyContactsAndGroupsSubscriptionLinks(Links):
    """The links of a myContactsAndGroupsSubscription (its self link is Resource.self_link)."""

    start_or_refresh_subscription_to_contacts_and_groups: (
        Link[StartOrRefreshSubscriptionToContactsAndGroups] | None
    ) = attrs.field(
        default=None,
        metadata={
            "wire": "startOrRefreshSubscriptionToContactsAndGroups",
            "target": "startOrRefreshSubscriptionToContactsAndGroups",
        },
    )
    stop_subscription_to_contacts_and_groups: Link[StopSubscriptionToContactsAndGroups] | None = (
        attrs.field(
            default=None,
            metadata={
                "wire": "stopSubscriptionToContactsAndGroups",
                "target": "stopSubscriptionToContactsAndGroups",
            },
        )
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class MyContactsAndGroupsSubscription(Resource):
    """The myContactsAndGroupsSubscription resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite.
    """

    REL: ClassVar[str] = "myContactsAndGroupsSubscription"

    state: SubscriptionState | None = attrs.field(default=None, metadata={"wire": "state"})
    links: MyContactsAndGroupsSubscriptionLinks = attrs.field(
        factory=MyContactsAndGroupsSubscriptionLinks
    )
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "state":
                    read.one(key, "state", value, SubscriptionState)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("state", self.state, SubscriptionState)

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

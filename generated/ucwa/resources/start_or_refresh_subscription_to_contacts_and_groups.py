"""startOrRefreshSubscriptionToContactsAndGroups resource.

Reference: startOrRefreshSubscriptionToContactsAndGroups_ref.md.
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

    from .my_contacts_and_groups_subscription import MyContactsAndGroupsSubscription


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class StartOrRefreshSubscriptionToContactsAndGroups(Resource):
    """The startOrRefreshSubscriptionToContactsAndGroups resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite.
    """

    REL: ClassVar[str] = "startOrRefreshSubscriptionToContactsAndGroups"

    links: Links = attrs.field(factory=Links)
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
    def post(
        cls,
        client: Client,
        link: Link[StartOrRefreshSubscriptionToContactsAndGroups],
        *,
        duration: int,
    ) -> Created[MyContactsAndGroupsSubscription]:
        """POST startOrRefreshSubscriptionToContactsAndGroups.

        Args:
            duration: The duration parameter.

        Errors: Forbidden, Conflict, ServiceFailure, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "duration": duration,
            },
        )


_POST: OperationSpec[Created[MyContactsAndGroupsSubscription]] = OperationSpec(
    method="POST",
    body=(ParameterSpec("duration", "duration", int, required=True),),
    outcomes=(
        OutcomeSpec(
            201, body="myContactsAndGroupsSubscription", creates="myContactsAndGroupsSubscription"
        ),
    ),
)

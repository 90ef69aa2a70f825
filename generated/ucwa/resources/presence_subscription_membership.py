"""presenceSubscriptionMembership resource.

Reference: presenceSubscriptionMembership_ref.md.
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
    from .presence_subscription import PresenceSubscription


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class PresenceSubscriptionMembershipLinks(Links):
    """The links of a presenceSubscriptionMembership (its self link is Resource.self_link)."""

    contact: Link[Contact] | None = attrs.field(
        default=None, metadata={"wire": "contact", "target": "contact"}
    )
    presence_subscription: Link[PresenceSubscription] | None = attrs.field(
        default=None, metadata={"wire": "presenceSubscription", "target": "presenceSubscription"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class PresenceSubscriptionMembership(Resource):
    """The presenceSubscriptionMembership resource.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "presenceSubscriptionMembership"

    links: PresenceSubscriptionMembershipLinks = attrs.field(
        factory=PresenceSubscriptionMembershipLinks
    )
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
        link: Link[PresenceSubscriptionMembership],
    ) -> PresenceSubscriptionMembership:
        """GET presenceSubscriptionMembership.

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
        link: Link[PresenceSubscriptionMembership],
    ) -> None:
        """DELETE presenceSubscriptionMembership.

        Errors: Forbidden, Gone (see ucwa.errors).
        """
        return call(
            client,
            _DELETE,
            link,
            {},
        )


_GET: OperationSpec[PresenceSubscriptionMembership] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="presenceSubscriptionMembership"),),
)

_DELETE: OperationSpec[None] = OperationSpec(
    method="DELETE",
    outcomes=(OutcomeSpec(204),),
)

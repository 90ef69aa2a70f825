"""presenceSubscriptionMemberships resource.

Reference: presenceSubscriptionMemberships_ref.md.
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

    from .presence_subscription_membership import PresenceSubscriptionMembership


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class PresenceSubscriptionMembershipsLinks(Links):
    """The links of a presenceSubscriptionMemberships (its self link is Resource.self_link)."""

    presence_subscription_membership: Link[PresenceSubscriptionMembership] | None = attrs.field(
        default=None,
        metadata={
            "wire": "presenceSubscriptionMembership",
            "target": "presenceSubscriptionMembership",
        },
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class PresenceSubscriptionMembershipsEmbedded(Embedded):
    """The resources a presenceSubscriptionMemberships carries inside itself."""

    presence_subscription_membership: list[PresenceSubscriptionMembership] | None = attrs.field(
        default=None,
        metadata={
            "wire": "presenceSubscriptionMembership",
            "target": "presenceSubscriptionMembership",
        },
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class PresenceSubscriptionMemberships(Resource):
    """The presenceSubscriptionMemberships resource.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "presenceSubscriptionMemberships"

    links: PresenceSubscriptionMembershipsLinks = attrs.field(
        factory=PresenceSubscriptionMembershipsLinks
    )
    embedded: PresenceSubscriptionMembershipsEmbedded = attrs.field(
        factory=PresenceSubscriptionMembershipsEmbedded
    )

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
        link: Link[PresenceSubscriptionMemberships],
    ) -> PresenceSubscriptionMemberships:
        """GET presenceSubscriptionMemberships.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )

    @classmethod
    def post(
        cls,
        client: Client,
        link: Link[PresenceSubscriptionMemberships],
        *,
        contact_uris: list[str],
    ) -> Created[PresenceSubscriptionMemberships]:
        """POST presenceSubscriptionMemberships.

        Args:
            contact_uris: The contactUris parameter.

        Errors: Forbidden, Conflict, ServiceFailure, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "contact_uris": contact_uris,
            },
        )


_GET: OperationSpec[PresenceSubscriptionMemberships] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="presenceSubscriptionMemberships"),),
)

_POST: OperationSpec[Created[PresenceSubscriptionMemberships]] = OperationSpec(
    method="POST",
    body=(ParameterSpec("contactUris", "contact_uris", list[str], required=True),),
    outcomes=(
        OutcomeSpec(
            201, body="presenceSubscriptionMemberships", creates="presenceSubscriptionMemberships"
        ),
    ),
)

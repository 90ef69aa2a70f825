"""presenceSubscriptions resource.

Reference: presenceSubscriptions_ref.md.
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

    from .presence_subscription import PresenceSubscription


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class PresenceSubscriptionsLinks(Links):
    """The links of a presenceSubscriptions (its self link is Resource.self_link)."""

    presence_subscription: Link[PresenceSubscription] | None = attrs.field(
        default=None, metadata={"wire": "presenceSubscription", "target": "presenceSubscription"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class PresenceSubscriptionsEmbedded(Embedded):
    """The resources a presenceSubscriptions carries inside itself."""

    presence_subscription: list[PresenceSubscription] | None = attrs.field(
        default=None, metadata={"wire": "presenceSubscription", "target": "presenceSubscription"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class PresenceSubscriptions(Resource):
    """The presenceSubscriptions resource.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "presenceSubscriptions"

    links: PresenceSubscriptionsLinks = attrs.field(factory=PresenceSubscriptionsLinks)
    embedded: PresenceSubscriptionsEmbedded = attrs.field(factory=PresenceSubscriptionsEmbedded)

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
        link: Link[PresenceSubscriptions],
    ) -> PresenceSubscriptions:
        """GET presenceSubscriptions.

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
        link: Link[PresenceSubscriptions],
        *,
        duration: int,
        uris: list[str],
    ) -> Created[PresenceSubscription]:
        """POST presenceSubscriptions.

        Args:
            duration: The duration parameter.
            uris: The uris parameter.

        Errors: Forbidden, Conflict, ServiceFailure, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "duration": duration,
                "uris": uris,
            },
        )


_GET: OperationSpec[PresenceSubscriptions] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="presenceSubscriptions"),),
)

_POST: OperationSpec[Created[PresenceSubscription]] = OperationSpec(
    method="POST",
    body=(
        ParameterSpec("duration", "duration", int, required=True),
        ParameterSpec("uris", "uris", list[str], required=True),
    ),
    outcomes=(OutcomeSpec(201, body="presenceSubscription", creates="presenceSubscription"),),
)

"""presenceSubscription resource.

Reference: presenceSubscription_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import Created, OperationSpec, OutcomeSpec, ParameterSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .add_to_presence_subscription import AddToPresenceSubscription
    from .memberships import Memberships


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class PresenceSubscriptionLinks(Links):
    """The links of a presenceSubscription (its self link is Resource.self_link)."""

    add_to_presence_subscription: Link[AddToPresenceSubscription] | None = attrs.field(
        default=None,
        metadata={"wire": "addToPresenceSubscription", "target": "addToPresenceSubscription"},
    )
    memberships: Link[Memberships] | None = attrs.field(
        default=None, metadata={"wire": "memberships", "target": "memberships"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class PresenceSubscription(Resource):
    """The presenceSubscription resource.

    Scopes (Skype for Business Online): User.ReadWrite.
    """

    REL: ClassVar[str] = "presenceSubscription"

    id: str | None = attrs.field(default=None, metadata={"wire": "id"})
    links: PresenceSubscriptionLinks = attrs.field(factory=PresenceSubscriptionLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "id":
                    read.one(key, "id", value, str)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("id", self.id, str)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[PresenceSubscription],
    ) -> PresenceSubscription:
        """GET presenceSubscription.

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
        link: Link[PresenceSubscription],
        *,
        duration: int,
    ) -> Created[PresenceSubscription]:
        """POST presenceSubscription.

        Args:
            duration: The duration query parameter.

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

    @classmethod
    def delete(
        cls,
        client: Client,
        link: Link[PresenceSubscription],
    ) -> None:
        """DELETE presenceSubscription.

        Errors: Forbidden, Gone (see ucwa.errors).
        """
        return call(
            client,
            _DELETE,
            link,
            {},
        )


_GET: OperationSpec[PresenceSubscription] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="presenceSubscription"),),
)

_POST: OperationSpec[Created[PresenceSubscription]] = OperationSpec(
    method="POST",
    query=(ParameterSpec("duration", "duration", int, required=True),),
    outcomes=(OutcomeSpec(201, body="presenceSubscription", creates="presenceSubscription"),),
)

_DELETE: OperationSpec[None] = OperationSpec(
    method="DELETE",
    outcomes=(OutcomeSpec(204),),
)

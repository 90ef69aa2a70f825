"""subscribedContacts resource.

Reference: subscribedContacts_ref.md.
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


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class SubscribedContactsLinks(Links):
    """The links of a subscribedContacts (its self link is Resource.self_link)."""

    contact: list[Link[Contact]] | None = attrs.field(
        default=None, metadata={"wire": "contact", "target": "contact"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class SubscribedContacts(Resource):
    """The subscribedContacts resource.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "subscribedContacts"

    links: SubscribedContactsLinks = attrs.field(factory=SubscribedContactsLinks)
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
        link: Link[SubscribedContacts],
    ) -> SubscribedContacts:
        """GET subscribedContacts.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[SubscribedContacts] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="subscribedContacts"),),
)

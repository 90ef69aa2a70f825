"""groupContacts resource.

Reference: groupContacts_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, ParameterSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader
    from ucwa_runtime.transport import Client

    from .contact import Contact


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class GroupContactsLinks(Links):
    """The links of a groupContacts (its self link is Resource.self_link)."""

    contact: list[Link[Contact]] | None = attrs.field(
        default=None, metadata={"wire": "contact", "target": "contact"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class GroupContactsEmbedded(Embedded):
    """The resources a groupContacts carries inside itself."""

    contact: list[Contact] | None = attrs.field(
        default=None, metadata={"wire": "contact", "target": "contact"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class GroupContacts(Resource):
    """The groupContacts resource.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "groupContacts"

    links: GroupContactsLinks = attrs.field(factory=GroupContactsLinks)
    embedded: GroupContactsEmbedded = attrs.field(factory=GroupContactsEmbedded)

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
        link: Link[GroupContacts],
        *,
        expand: bool | None = None,
    ) -> GroupContacts:
        """GET groupContacts.

        Args:
            expand: The expand query parameter.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {
                "expand": expand,
            },
        )


_GET: OperationSpec[GroupContacts] = OperationSpec(
    method="GET",
    query=(ParameterSpec("expand", "expand", bool),),
    outcomes=(OutcomeSpec(200, body="groupContacts"),),
)

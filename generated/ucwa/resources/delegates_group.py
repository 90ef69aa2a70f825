"""delegatesGroup resource.

Reference: delegatesGroup_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .group_contacts import GroupContacts
    from .subscribe_to_group_presence import SubscribeToGroupPresence


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class DelegatesGroupLinks(Links):
    """The links of a delegatesGroup (its self link is Resource.self_link)."""

    group_contacts: Link[GroupContacts] | None = attrs.field(
        default=None, metadata={"wire": "groupContacts", "target": "groupContacts"}
    )
    subscribe_to_group_presence: Link[SubscribeToGroupPresence] | None = attrs.field(
        default=None,
        metadata={"wire": "subscribeToGroupPresence", "target": "subscribeToGroupPresence"},
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class DelegatesGroup(Resource):
    """The delegatesGroup resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite.
    """

    REL: ClassVar[str] = "delegatesGroup"

    id: str | None = attrs.field(default=None, metadata={"wire": "id"})
    name: str | None = attrs.field(default=None, metadata={"wire": "name"})
    """At most 256 characters."""
    links: DelegatesGroupLinks = attrs.field(factory=DelegatesGroupLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "id":
                    read.one(key, "id", value, str)
                case "name":
                    read.one(key, "name", value, str)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("id", self.id, str)
        write.one("name", self.name, str)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[DelegatesGroup],
    ) -> DelegatesGroup:
        """GET delegatesGroup.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[DelegatesGroup] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="delegatesGroup"),),
)

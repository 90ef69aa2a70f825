"""delegatesGroup resource.

Reference: delegatesGroup_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

if TYPE_CHECKING:
    from .group_contacts import GroupContacts
    from .subscribe_to_group_presence import SubscribeToGroupPresence


@attrs.define(kw_only=True)
class DelegatesGroupLinks(Links):
    """The links of a delegatesGroup (its self link is Resource.self_link)."""

    group_contacts: Link[GroupContacts] | None = None
    subscribe_to_group_presence: Link[SubscribeToGroupPresence] | None = None


@attrs.define(kw_only=True)
class DelegatesGroup(Resource):
    """The delegatesGroup resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite.
    """

    REL: ClassVar[str] = "delegatesGroup"

    id: str | None = None
    name: str | None = None
    """At most 256 characters."""
    links: DelegatesGroupLinks = attrs.field(factory=DelegatesGroupLinks)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=DelegatesGroupLinks,
        embedded_class=Embedded,
        properties=(
            PropertySpec("id", "id", str),
            PropertySpec("name", "name", str),
        ),
        links=(
            LinkSpec("groupContacts", "group_contacts", target="groupContacts"),
            LinkSpec(
                "subscribeToGroupPresence",
                "subscribe_to_group_presence",
                target="subscribeToGroupPresence",
            ),
        ),
    )

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

"""simultaneousRingSettings resource.

Reference: simultaneousRingSettings_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import AccessLevel

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .contact import Contact
    from .simultaneous_ring_to_contact import SimultaneousRingToContact
    from .simultaneous_ring_to_delegates import SimultaneousRingToDelegates
    from .simultaneous_ring_to_team import SimultaneousRingToTeam


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class SimultaneousRingSettingsLinks(Links):
    """The links of a simultaneousRingSettings (its self link is Resource.self_link)."""

    contact: Link[Contact] | None = attrs.field(
        default=None, metadata={"wire": "contact", "target": "contact"}
    )
    simultaneous_ring_to_contact: Link[SimultaneousRingToContact] | None = attrs.field(
        default=None,
        metadata={"wire": "simultaneousRingToContact", "target": "simultaneousRingToContact"},
    )
    simultaneous_ring_to_delegates: Link[SimultaneousRingToDelegates] | None = attrs.field(
        default=None,
        metadata={"wire": "simultaneousRingToDelegates", "target": "simultaneousRingToDelegates"},
    )
    simultaneous_ring_to_team: Link[SimultaneousRingToTeam] | None = attrs.field(
        default=None,
        metadata={"wire": "simultaneousRingToTeam", "target": "simultaneousRingToTeam"},
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class SimultaneousRingSettings(Resource):
    """The simultaneousRingSettings resource.

    Scopes (Skype for Business Online): User.ReadWrite.
    """

    REL: ClassVar[str] = "simultaneousRingSettings"

    ring_delay: int | None = attrs.field(default=None, metadata={"wire": "ringDelay"})
    target: AccessLevel | None = attrs.field(default=None, metadata={"wire": "target"})
    links: SimultaneousRingSettingsLinks = attrs.field(factory=SimultaneousRingSettingsLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "ringDelay":
                    read.one(key, "ring_delay", value, int)
                case "target":
                    read.one(key, "target", value, AccessLevel)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("ringDelay", self.ring_delay, int)
        write.one("target", self.target, AccessLevel)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[SimultaneousRingSettings],
    ) -> SimultaneousRingSettings:
        """GET simultaneousRingSettings.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )

    def put(
        self,
        client: Client,
        link: Link[SimultaneousRingSettings] | None = None,
    ) -> Resource | None:
        """PUT simultaneousRingSettings.

        Sends this resource back whole (unknown properties included), to ``link`` or to its self
        link.

        Errors: Forbidden, ServiceFailure, Gone (see ucwa.errors).
        """
        return call(
            client,
            _PUT,
            link or self.require_self_link(),
            {},
            self,
        )


_GET: OperationSpec[SimultaneousRingSettings] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="simultaneousRingSettings"),),
)

_PUT: OperationSpec[Resource | None] = OperationSpec(
    method="PUT",
    sends_resource=True,
    outcomes=(OutcomeSpec(200),),
)

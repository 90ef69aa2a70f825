"""simultaneousRingSettings resource.

Reference: simultaneousRingSettings_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import AccessLevel

if TYPE_CHECKING:
    from .contact import Contact
    from .simultaneous_ring_to_contact import SimultaneousRingToContact
    from .simultaneous_ring_to_delegates import SimultaneousRingToDelegates
    from .simultaneous_ring_to_team import SimultaneousRingToTeam


@attrs.define(kw_only=True)
class SimultaneousRingSettingsLinks(Links):
    """The links of a simultaneousRingSettings (its self link is Resource.self_link)."""

    contact: Link[Contact] | None = None
    simultaneous_ring_to_contact: Link[SimultaneousRingToContact] | None = None
    simultaneous_ring_to_delegates: Link[SimultaneousRingToDelegates] | None = None
    simultaneous_ring_to_team: Link[SimultaneousRingToTeam] | None = None


@attrs.define(kw_only=True)
class SimultaneousRingSettings(Resource):
    """The simultaneousRingSettings resource.

    Scopes (Skype for Business Online): User.ReadWrite.
    """

    REL: ClassVar[str] = "simultaneousRingSettings"

    ring_delay: int | None = None
    target: AccessLevel | None = None
    links: SimultaneousRingSettingsLinks = attrs.field(factory=SimultaneousRingSettingsLinks)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=SimultaneousRingSettingsLinks,
        embedded_class=Embedded,
        properties=(
            PropertySpec("ringDelay", "ring_delay", int),
            PropertySpec("target", "target", AccessLevel),
        ),
        links=(
            LinkSpec("contact", "contact", target="contact"),
            LinkSpec(
                "simultaneousRingToContact",
                "simultaneous_ring_to_contact",
                target="simultaneousRingToContact",
            ),
            LinkSpec(
                "simultaneousRingToDelegates",
                "simultaneous_ring_to_delegates",
                target="simultaneousRingToDelegates",
            ),
            LinkSpec(
                "simultaneousRingToTeam",
                "simultaneous_ring_to_team",
                target="simultaneousRingToTeam",
            ),
        ),
    )

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

"""callForwardingSettings resource.

Reference: callForwardingSettings_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import ActivePeriod, CallForwardingState, UnansweredCallHandling

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .immediate_forward_settings import ImmediateForwardSettings
    from .simultaneous_ring_settings import SimultaneousRingSettings
    from .turn_off_call_forwarding import TurnOffCallForwarding
    from .unanswered_call_settings import UnansweredCallSettings


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class CallForwardingSettingsLinks(Links):
    """The links of a callForwardingSettings (its self link is Resource.self_link)."""

    turn_off_call_forwarding: Link[TurnOffCallForwarding] | None = attrs.field(
        default=None, metadata={"wire": "turnOffCallForwarding", "target": "turnOffCallForwarding"}
    )
    immediate_forward_settings: Link[ImmediateForwardSettings] | None = attrs.field(
        default=None,
        metadata={"wire": "immediateForwardSettings", "target": "immediateForwardSettings"},
    )
    simultaneous_ring_settings: Link[SimultaneousRingSettings] | None = attrs.field(
        default=None,
        metadata={"wire": "simultaneousRingSettings", "target": "simultaneousRingSettings"},
    )
    unanswered_call_settings: Link[UnansweredCallSettings] | None = attrs.field(
        default=None,
        metadata={"wire": "unansweredCallSettings", "target": "unansweredCallSettings"},
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class CallForwardingSettingsEmbedded(Embedded):
    """The resources a callForwardingSettings carries inside itself."""

    immediate_forward_settings: ImmediateForwardSettings | None = attrs.field(
        default=None,
        metadata={"wire": "immediateForwardSettings", "target": "immediateForwardSettings"},
    )
    simultaneous_ring_settings: SimultaneousRingSettings | None = attrs.field(
        default=None,
        metadata={"wire": "simultaneousRingSettings", "target": "simultaneousRingSettings"},
    )
    unanswered_call_settings: UnansweredCallSettings | None = attrs.field(
        default=None,
        metadata={"wire": "unansweredCallSettings", "target": "unansweredCallSettings"},
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class CallForwardingSettings(Resource):
    """The callForwardingSettings resource.

    Scopes (Skype for Business Online): User.ReadWrite.
    """

    REL: ClassVar[str] = "callForwardingSettings"

    active_period: ActivePeriod | None = attrs.field(
        default=None, metadata={"wire": "activePeriod"}
    )
    active_setting: CallForwardingState | None = attrs.field(
        default=None, metadata={"wire": "activeSetting"}
    )
    unanswered_call_handling: UnansweredCallHandling | None = attrs.field(
        default=None, metadata={"wire": "unansweredCallHandling"}
    )
    links: CallForwardingSettingsLinks = attrs.field(factory=CallForwardingSettingsLinks)
    embedded: CallForwardingSettingsEmbedded = attrs.field(factory=CallForwardingSettingsEmbedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "activePeriod":
                    read.one(key, "active_period", value, ActivePeriod)
                case "activeSetting":
                    read.one(key, "active_setting", value, CallForwardingState)
                case "unansweredCallHandling":
                    read.one(key, "unanswered_call_handling", value, UnansweredCallHandling)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("activePeriod", self.active_period, ActivePeriod)
        write.one("activeSetting", self.active_setting, CallForwardingState)
        write.one("unansweredCallHandling", self.unanswered_call_handling, UnansweredCallHandling)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[CallForwardingSettings],
    ) -> CallForwardingSettings:
        """GET callForwardingSettings.

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
        link: Link[CallForwardingSettings] | None = None,
    ) -> Resource | None:
        """PUT callForwardingSettings.

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


_GET: OperationSpec[CallForwardingSettings] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="callForwardingSettings"),),
)

_PUT: OperationSpec[Resource | None] = OperationSpec(
    method="PUT",
    sends_resource=True,
    outcomes=(OutcomeSpec(200),),
)

"""unansweredCallSettings resource.

Reference: unansweredCallSettings_ref.md.
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
    from .reset_unanswered_call_settings import ResetUnansweredCallSettings
    from .unanswered_call_to_contact import UnansweredCallToContact
    from .unanswered_call_to_voicemail import UnansweredCallToVoicemail


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class UnansweredCallSettingsLinks(Links):
    """The links of a unansweredCallSettings (its self link is Resource.self_link)."""

    contact: Link[Contact] | None = attrs.field(
        default=None, metadata={"wire": "contact", "target": "contact"}
    )
    reset_unanswered_call_settings: Link[ResetUnansweredCallSettings] | None = attrs.field(
        default=None,
        metadata={"wire": "resetUnansweredCallSettings", "target": "resetUnansweredCallSettings"},
    )
    unanswered_call_to_contact: Link[UnansweredCallToContact] | None = attrs.field(
        default=None,
        metadata={"wire": "unansweredCallToContact", "target": "unansweredCallToContact"},
    )
    unanswered_call_to_voicemail: Link[UnansweredCallToVoicemail] | None = attrs.field(
        default=None,
        metadata={"wire": "unansweredCallToVoicemail", "target": "unansweredCallToVoicemail"},
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class UnansweredCallSettings(Resource):
    """The unansweredCallSettings resource.

    Scopes (Skype for Business Online): User.ReadWrite.
    """

    REL: ClassVar[str] = "unansweredCallSettings"

    ring_delay: int | None = attrs.field(default=None, metadata={"wire": "ringDelay"})
    target: AccessLevel | None = attrs.field(default=None, metadata={"wire": "target"})
    links: UnansweredCallSettingsLinks = attrs.field(factory=UnansweredCallSettingsLinks)
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
        link: Link[UnansweredCallSettings],
    ) -> UnansweredCallSettings:
        """GET unansweredCallSettings.

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
        link: Link[UnansweredCallSettings] | None = None,
    ) -> Resource | None:
        """PUT unansweredCallSettings.

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


_GET: OperationSpec[UnansweredCallSettings] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="unansweredCallSettings"),),
)

_PUT: OperationSpec[Resource | None] = OperationSpec(
    method="PUT",
    sends_resource=True,
    outcomes=(OutcomeSpec(200),),
)

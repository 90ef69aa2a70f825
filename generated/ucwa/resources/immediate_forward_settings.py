"""immediateForwardSettings resource.

Reference: immediateForwardSettings_ref.md.
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
    from .immediate_forward_to_contact import ImmediateForwardToContact
    from .immediate_forward_to_delegates import ImmediateForwardToDelegates
    from .immediate_forward_to_voicemail import ImmediateForwardToVoicemail


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ImmediateForwardSettingsLinks(Links):
    """The links of a immediateForwardSettings (its self link is Resource.self_link)."""

    contact: Link[Contact] | None = attrs.field(
        default=None, metadata={"wire": "contact", "target": "contact"}
    )
    immediate_forward_to_contact: Link[ImmediateForwardToContact] | None = attrs.field(
        default=None,
        metadata={"wire": "immediateForwardToContact", "target": "immediateForwardToContact"},
    )
    immediate_forward_to_delegates: Link[ImmediateForwardToDelegates] | None = attrs.field(
        default=None,
        metadata={"wire": "immediateForwardToDelegates", "target": "immediateForwardToDelegates"},
    )
    immediate_forward_to_voicemail: Link[ImmediateForwardToVoicemail] | None = attrs.field(
        default=None,
        metadata={"wire": "immediateForwardToVoicemail", "target": "immediateForwardToVoicemail"},
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class ImmediateForwardSettings(Resource):
    """The immediateForwardSettings resource.

    Scopes (Skype for Business Online): User.ReadWrite.
    """

    REL: ClassVar[str] = "immediateForwardSettings"

    target: AccessLevel | None = attrs.field(default=None, metadata={"wire": "target"})
    links: ImmediateForwardSettingsLinks = attrs.field(factory=ImmediateForwardSettingsLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "target":
                    read.one(key, "target", value, AccessLevel)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("target", self.target, AccessLevel)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[ImmediateForwardSettings],
    ) -> ImmediateForwardSettings:
        """GET immediateForwardSettings.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[ImmediateForwardSettings] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="immediateForwardSettings"),),
)

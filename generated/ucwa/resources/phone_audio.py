"""phoneAudio resource.

Reference: phoneAudio_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import CallState

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .add_phone_audio import AddPhoneAudio
    from .conversation import Conversation
    from .hold_phone_audio import HoldPhoneAudio
    from .resume_phone_audio import ResumePhoneAudio
    from .stop_phone_audio import StopPhoneAudio


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class PhoneAudioLinks(Links):
    """The links of a phoneAudio (its self link is Resource.self_link)."""

    add_phone_audio: Link[AddPhoneAudio] | None = attrs.field(
        default=None, metadata={"wire": "addPhoneAudio", "target": "addPhoneAudio"}
    )
    conversation: Link[Conversation] | None = attrs.field(
        default=None, metadata={"wire": "conversation", "target": "conversation"}
    )
    hold_phone_audio: Link[HoldPhoneAudio] | None = attrs.field(
        default=None, metadata={"wire": "holdPhoneAudio", "target": "holdPhoneAudio"}
    )
    resume_phone_audio: Link[ResumePhoneAudio] | None = attrs.field(
        default=None, metadata={"wire": "resumePhoneAudio", "target": "resumePhoneAudio"}
    )
    stop_phone_audio: Link[StopPhoneAudio] | None = attrs.field(
        default=None, metadata={"wire": "stopPhoneAudio", "target": "stopPhoneAudio"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class PhoneAudio(Resource):
    """The phoneAudio resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "phoneAudio"

    state: CallState | None = attrs.field(default=None, metadata={"wire": "state"})
    links: PhoneAudioLinks = attrs.field(factory=PhoneAudioLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "state":
                    read.one(key, "state", value, CallState)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("state", self.state, CallState)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[PhoneAudio],
    ) -> PhoneAudio:
        """GET phoneAudio.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[PhoneAudio] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="phoneAudio"),),
)

"""participantAudio resource.

Reference: participantAudio_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import MediaDirectionType

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .mute_audio import MuteAudio
    from .participant import Participant
    from .unmute_audio import UnmuteAudio


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ParticipantAudioLinks(Links):
    """The links of a participantAudio (its self link is Resource.self_link)."""

    mute_audio: Link[MuteAudio] | None = attrs.field(
        default=None, metadata={"wire": "muteAudio", "target": "muteAudio"}
    )
    participant: Link[Participant] | None = attrs.field(
        default=None, metadata={"wire": "participant", "target": "participant"}
    )
    unmute_audio: Link[UnmuteAudio] | None = attrs.field(
        default=None, metadata={"wire": "unmuteAudio", "target": "unmuteAudio"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class ParticipantAudio(Resource):
    """The participantAudio resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "participantAudio"

    audio_direction: MediaDirectionType | None = attrs.field(
        default=None, metadata={"wire": "audioDirection"}
    )
    audio_muted: bool | None = attrs.field(default=None, metadata={"wire": "audioMuted"})
    audio_source_id: str | None = attrs.field(default=None, metadata={"wire": "audioSourceId"})
    links: ParticipantAudioLinks = attrs.field(factory=ParticipantAudioLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "audioDirection":
                    read.one(key, "audio_direction", value, MediaDirectionType)
                case "audioMuted":
                    read.one(key, "audio_muted", value, bool)
                case "audioSourceId":
                    read.one(key, "audio_source_id", value, str)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("audioDirection", self.audio_direction, MediaDirectionType)
        write.one("audioMuted", self.audio_muted, bool)
        write.one("audioSourceId", self.audio_source_id, str)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[ParticipantAudio],
    ) -> ParticipantAudio:
        """GET participantAudio.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[ParticipantAudio] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="participantAudio"),),
)

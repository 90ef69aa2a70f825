"""participantAudio resource.

Reference: participantAudio_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import MediaDirectionType

if TYPE_CHECKING:
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

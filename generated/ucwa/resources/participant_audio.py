"""participantAudio resource.

Reference: participantAudio_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import MediaDirectionType

if TYPE_CHECKING:
    from .mute_audio import MuteAudio
    from .participant import Participant
    from .unmute_audio import UnmuteAudio


@attrs.define(kw_only=True)
class ParticipantAudioLinks(Links):
    """The links of a participantAudio (its self link is Resource.self_link)."""

    mute_audio: Link[MuteAudio] | None = None
    participant: Link[Participant] | None = None
    unmute_audio: Link[UnmuteAudio] | None = None


@attrs.define(kw_only=True)
class ParticipantAudio(Resource):
    """The participantAudio resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "participantAudio"

    audio_direction: MediaDirectionType | None = None
    audio_muted: bool | None = None
    audio_source_id: str | None = None
    links: ParticipantAudioLinks = attrs.field(factory=ParticipantAudioLinks)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=ParticipantAudioLinks,
        embedded_class=Embedded,
        properties=(
            PropertySpec("audioDirection", "audio_direction", MediaDirectionType),
            PropertySpec("audioMuted", "audio_muted", bool),
            PropertySpec("audioSourceId", "audio_source_id", str),
        ),
        links=(
            LinkSpec("muteAudio", "mute_audio", target="muteAudio"),
            LinkSpec("participant", "participant", target="participant"),
            LinkSpec("unmuteAudio", "unmute_audio", target="unmuteAudio"),
        ),
    )

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

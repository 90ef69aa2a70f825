"""audioVideo resource.

Reference: audioVideo_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import AccessLevel, VideoSourcesAllowed

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .add_audio import AddAudio
    from .add_audio_video import AddAudioVideo
    from .add_video import AddVideo
    from .audio_video_policies import AudioVideoPolicies
    from .audio_video_session import AudioVideoSession
    from .conversation import Conversation
    from .escalate_audio import EscalateAudio
    from .escalate_audio_video import EscalateAudioVideo
    from .replace_with_phone_audio import ReplaceWithPhoneAudio
    from .report_media_diagnostics import ReportMediaDiagnostics
    from .stop_audio import StopAudio
    from .stop_audio_video import StopAudioVideo
    from .stop_video import StopVideo
    from .video_freeze import VideoFreeze
    from .video_locked_on_participant import VideoLockedOnParticipant


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class AudioVideoLinks(Links):
    """The links of a audioVideo (its self link is Resource.self_link)."""

    add_audio: Link[AddAudio] | None = attrs.field(
        default=None, metadata={"wire": "addAudio", "target": "addAudio"}
    )
    add_audio_video: Link[AddAudioVideo] | None = attrs.field(
        default=None, metadata={"wire": "addAudioVideo", "target": "addAudioVideo"}
    )
    add_video: Link[AddVideo] | None = attrs.field(
        default=None, metadata={"wire": "addVideo", "target": "addVideo"}
    )
    audio_video_policies: Link[AudioVideoPolicies] | None = attrs.field(
        default=None, metadata={"wire": "audioVideoPolicies", "target": "audioVideoPolicies"}
    )
    audio_video_session: Link[AudioVideoSession] | None = attrs.field(
        default=None, metadata={"wire": "audioVideoSession", "target": "audioVideoSession"}
    )
    conversation: Link[Conversation] | None = attrs.field(
        default=None, metadata={"wire": "conversation", "target": "conversation"}
    )
    escalate_audio: Link[EscalateAudio] | None = attrs.field(
        default=None, metadata={"wire": "escalateAudio", "target": "escalateAudio"}
    )
    escalate_audio_video: Link[EscalateAudioVideo] | None = attrs.field(
        default=None, metadata={"wire": "escalateAudioVideo", "target": "escalateAudioVideo"}
    )
    replace_with_phone_audio: Link[ReplaceWithPhoneAudio] | None = attrs.field(
        default=None, metadata={"wire": "replaceWithPhoneAudio", "target": "replaceWithPhoneAudio"}
    )
    report_media_diagnostics: Link[ReportMediaDiagnostics] | None = attrs.field(
        default=None,
        metadata={"wire": "reportMediaDiagnostics", "target": "reportMediaDiagnostics"},
    )
    stop_audio: Link[StopAudio] | None = attrs.field(
        default=None, metadata={"wire": "stopAudio", "target": "stopAudio"}
    )
    stop_audio_video: Link[StopAudioVideo] | None = attrs.field(
        default=None, metadata={"wire": "stopAudioVideo", "target": "stopAudioVideo"}
    )
    stop_video: Link[StopVideo] | None = attrs.field(
        default=None, metadata={"wire": "stopVideo", "target": "stopVideo"}
    )
    video_freeze: Link[VideoFreeze] | None = attrs.field(
        default=None, metadata={"wire": "videoFreeze", "target": "videoFreeze"}
    )
    video_locked_on_participant: Link[VideoLockedOnParticipant] | None = attrs.field(
        default=None,
        metadata={"wire": "videoLockedOnParticipant", "target": "videoLockedOnParticipant"},
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class AudioVideo(Resource):
    """The audioVideo resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "audioVideo"

    state: str | None = attrs.field(default=None, metadata={"wire": "state"})
    supports_replaces: AccessLevel | None = attrs.field(
        default=None, metadata={"wire": "supportsReplaces"}
    )
    video_sources_allowed: VideoSourcesAllowed | None = attrs.field(
        default=None, metadata={"wire": "videoSourcesAllowed"}
    )
    links: AudioVideoLinks = attrs.field(factory=AudioVideoLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "state":
                    read.one(key, "state", value, str)
                case "supportsReplaces":
                    read.one(key, "supports_replaces", value, AccessLevel)
                case "videoSourcesAllowed":
                    read.one(key, "video_sources_allowed", value, VideoSourcesAllowed)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("state", self.state, str)
        write.one("supportsReplaces", self.supports_replaces, AccessLevel)
        write.one("videoSourcesAllowed", self.video_sources_allowed, VideoSourcesAllowed)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[AudioVideo],
    ) -> AudioVideo:
        """GET audioVideo.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[AudioVideo] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="audioVideo"),),
)

"""audioVideo resource.

Reference: audioVideo_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import AccessLevel, VideoSourcesAllowed

if TYPE_CHECKING:
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


@attrs.define(kw_only=True)
class AudioVideoLinks(Links):
    """The links of a audioVideo (its self link is Resource.self_link)."""

    add_audio: Link[AddAudio] | None = None
    add_audio_video: Link[AddAudioVideo] | None = None
    add_video: Link[AddVideo] | None = None
    audio_video_policies: Link[AudioVideoPolicies] | None = None
    audio_video_session: Link[AudioVideoSession] | None = None
    conversation: Link[Conversation] | None = None
    escalate_audio: Link[EscalateAudio] | None = None
    escalate_audio_video: Link[EscalateAudioVideo] | None = None
    replace_with_phone_audio: Link[ReplaceWithPhoneAudio] | None = None
    report_media_diagnostics: Link[ReportMediaDiagnostics] | None = None
    stop_audio: Link[StopAudio] | None = None
    stop_audio_video: Link[StopAudioVideo] | None = None
    stop_video: Link[StopVideo] | None = None
    video_freeze: Link[VideoFreeze] | None = None
    video_locked_on_participant: Link[VideoLockedOnParticipant] | None = None


@attrs.define(kw_only=True)
class AudioVideo(Resource):
    """The audioVideo resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "audioVideo"

    state: str | None = None
    supports_replaces: AccessLevel | None = None
    video_sources_allowed: VideoSourcesAllowed | None = None
    links: AudioVideoLinks = attrs.field(factory=AudioVideoLinks)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=AudioVideoLinks,
        embedded_class=Embedded,
        properties=(
            PropertySpec("state", "state", str),
            PropertySpec("supportsReplaces", "supports_replaces", AccessLevel),
            PropertySpec("videoSourcesAllowed", "video_sources_allowed", VideoSourcesAllowed),
        ),
        links=(
            LinkSpec("addAudio", "add_audio", target="addAudio"),
            LinkSpec("addAudioVideo", "add_audio_video", target="addAudioVideo"),
            LinkSpec("addVideo", "add_video", target="addVideo"),
            LinkSpec("audioVideoPolicies", "audio_video_policies", target="audioVideoPolicies"),
            LinkSpec("audioVideoSession", "audio_video_session", target="audioVideoSession"),
            LinkSpec("conversation", "conversation", target="conversation"),
            LinkSpec("escalateAudio", "escalate_audio", target="escalateAudio"),
            LinkSpec("escalateAudioVideo", "escalate_audio_video", target="escalateAudioVideo"),
            LinkSpec(
                "replaceWithPhoneAudio", "replace_with_phone_audio", target="replaceWithPhoneAudio"
            ),
            LinkSpec(
                "reportMediaDiagnostics",
                "report_media_diagnostics",
                target="reportMediaDiagnostics",
            ),
            LinkSpec("stopAudio", "stop_audio", target="stopAudio"),
            LinkSpec("stopAudioVideo", "stop_audio_video", target="stopAudioVideo"),
            LinkSpec("stopVideo", "stop_video", target="stopVideo"),
            LinkSpec("videoFreeze", "video_freeze", target="videoFreeze"),
            LinkSpec(
                "videoLockedOnParticipant",
                "video_locked_on_participant",
                target="videoLockedOnParticipant",
            ),
        ),
    )

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

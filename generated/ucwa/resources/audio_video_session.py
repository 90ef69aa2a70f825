"""audioVideoSession resource.

Reference: audioVideoSession_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import SessionState

if TYPE_CHECKING:
    from .application_sharing import ApplicationSharing
    from .audio_video import AudioVideo
    from .conversation import Conversation
    from .data_collaboration import DataCollaboration
    from .publish_call_quality_feedback import PublishCallQualityFeedback
    from .renegotiations import Renegotiations
    from .resume_audio import ResumeAudio
    from .resume_audio_video import ResumeAudioVideo
    from .session import Session


@attrs.define(kw_only=True)
class AudioVideoSessionLinks(Links):
    """The links of a audioVideoSession (its self link is Resource.self_link)."""

    application_sharing: Link[ApplicationSharing] | None = None
    audio_video: Link[AudioVideo] | None = None
    conversation: Link[Conversation] | None = None
    data_collaboration: Link[DataCollaboration] | None = None
    publish_call_quality_feedback: Link[PublishCallQualityFeedback] | None = None
    renegotiations: Link[Renegotiations] | None = None
    resume_audio: Link[ResumeAudio] | None = None
    resume_audio_video: Link[ResumeAudioVideo] | None = None


@attrs.define(kw_only=True)
class AudioVideoSession(Resource):
    """The audioVideoSession resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "audioVideoSession"

    remote_endpoint: str | None = None
    session_context: str | None = None
    state: SessionState | None = None
    links: AudioVideoSessionLinks = attrs.field(factory=AudioVideoSessionLinks)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=AudioVideoSessionLinks,
        embedded_class=Embedded,
        properties=(
            PropertySpec("remoteEndpoint", "remote_endpoint", str),
            PropertySpec("sessionContext", "session_context", str),
            PropertySpec("state", "state", SessionState),
        ),
        links=(
            LinkSpec("applicationSharing", "application_sharing", target="applicationSharing"),
            LinkSpec("audioVideo", "audio_video", target="audioVideo"),
            LinkSpec("conversation", "conversation", target="conversation"),
            LinkSpec("dataCollaboration", "data_collaboration", target="dataCollaboration"),
            LinkSpec(
                "publishCallQualityFeedback",
                "publish_call_quality_feedback",
                target="publishCallQualityFeedback",
            ),
            LinkSpec("renegotiations", "renegotiations", target="renegotiations"),
            LinkSpec("resumeAudio", "resume_audio", target="resumeAudio"),
            LinkSpec("resumeAudioVideo", "resume_audio_video", target="resumeAudioVideo"),
        ),
    )

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[AudioVideoSession],
    ) -> Session:
        """GET audioVideoSession.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[Session] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="session"),),
)

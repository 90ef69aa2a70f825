"""audioVideoSession resource.

Reference: audioVideoSession_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import SessionState

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .application_sharing import ApplicationSharing
    from .audio_video import AudioVideo
    from .conversation import Conversation
    from .data_collaboration import DataCollaboration
    from .publish_call_quality_feedback import PublishCallQualityFeedback
    from .renegotiations import Renegotiations
    from .resume_audio import ResumeAudio
    from .resume_audio_video import ResumeAudioVideo
    from .session import Session


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class AudioVideoSessionLinks(Links):
    """The links of a audioVideoSession (its self link is Resource.self_link)."""

    application_sharing: Link[ApplicationSharing] | None = attrs.field(
        default=None, metadata={"wire": "applicationSharing", "target": "applicationSharing"}
    )
    audio_video: Link[AudioVideo] | None = attrs.field(
        default=None, metadata={"wire": "audioVideo", "target": "audioVideo"}
    )
    conversation: Link[Conversation] | None = attrs.field(
        default=None, metadata={"wire": "conversation", "target": "conversation"}
    )
    data_collaboration: Link[DataCollaboration] | None = attrs.field(
        default=None, metadata={"wire": "dataCollaboration", "target": "dataCollaboration"}
    )
    publish_call_quality_feedback: Link[PublishCallQualityFeedback] | None = attrs.field(
        default=None,
        metadata={"wire": "publishCallQualityFeedback", "target": "publishCallQualityFeedback"},
    )
    renegotiations: Link[Renegotiations] | None = attrs.field(
        default=None, metadata={"wire": "renegotiations", "target": "renegotiations"}
    )
    resume_audio: Link[ResumeAudio] | None = attrs.field(
        default=None, metadata={"wire": "resumeAudio", "target": "resumeAudio"}
    )
    resume_audio_video: Link[ResumeAudioVideo] | None = attrs.field(
        default=None, metadata={"wire": "resumeAudioVideo", "target": "resumeAudioVideo"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class AudioVideoSession(Resource):
    """The audioVideoSession resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "audioVideoSession"

    remote_endpoint: str | None = attrs.field(default=None, metadata={"wire": "remoteEndpoint"})
    session_context: str | None = attrs.field(default=None, metadata={"wire": "sessionContext"})
    state: SessionState | None = attrs.field(default=None, metadata={"wire": "state"})
    links: AudioVideoSessionLinks = attrs.field(factory=AudioVideoSessionLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "remoteEndpoint":
                    read.one(key, "remote_endpoint", value, str)
                case "sessionContext":
                    read.one(key, "session_context", value, str)
                case "state":
                    read.one(key, "state", value, SessionState)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("remoteEndpoint", self.remote_endpoint, str)
        write.one("sessionContext", self.session_context, str)
        write.one("state", self.state, SessionState)

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

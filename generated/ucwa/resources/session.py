"""session resource.

Reference: session_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource

from ..enums import SessionState

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter

    from .application_sharing import ApplicationSharing
    from .audio_video import AudioVideo
    from .conversation import Conversation
    from .data_collaboration import DataCollaboration
    from .publish_call_quality_feedback import PublishCallQualityFeedback
    from .renegotiations import Renegotiations


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class SessionLinks(Links):
    """The links of a session (its self link is Resource.self_link)."""

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


@attrs.define(kw_only=True, eq=False, repr=False)
class Session(Resource):
    """The session resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "session"

    remote_endpoint: str | None = attrs.field(default=None, metadata={"wire": "remoteEndpoint"})
    session_context: str | None = attrs.field(default=None, metadata={"wire": "sessionContext"})
    state: SessionState | None = attrs.field(default=None, metadata={"wire": "state"})
    links: SessionLinks = attrs.field(factory=SessionLinks)
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

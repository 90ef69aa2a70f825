"""audioVideoNegotiation resource.

Reference: audioVideoNegotiation_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.datauri import DataUri
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .audio_video_invitation import AudioVideoInvitation
    from .audio_video_session import AudioVideoSession


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class AudioVideoNegotiationLinks(Links):
    """The links of a audioVideoNegotiation (its self link is Resource.self_link)."""

    audio_video_invitation: Link[AudioVideoInvitation] | None = attrs.field(
        default=None, metadata={"wire": "audioVideoInvitation", "target": "audioVideoInvitation"}
    )
    audio_video_session: Link[AudioVideoSession] | None = attrs.field(
        default=None, metadata={"wire": "audioVideoSession", "target": "audioVideoSession"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class AudioVideoNegotiation(Resource):
    """The audioVideoNegotiation resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "audioVideoNegotiation"

    media_answer: DataUri | None = attrs.field(
        default=None, metadata={"wire": "mediaAnswer", "as_link": True}
    )
    """Sent as _links.mediaAnswer.href."""
    media_provisional_answer: DataUri | None = attrs.field(
        default=None, metadata={"wire": "mediaProvisionalAnswer", "as_link": True}
    )
    """Sent as _links.mediaProvisionalAnswer.href."""
    ms_accepted_content_id: str | None = attrs.field(
        default=None, metadata={"wire": "msAcceptedContentId"}
    )
    remote_endpoint: str | None = attrs.field(default=None, metadata={"wire": "remoteEndpoint"})
    session_context: str | None = attrs.field(default=None, metadata={"wire": "sessionContext"})
    links: AudioVideoNegotiationLinks = attrs.field(factory=AudioVideoNegotiationLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "msAcceptedContentId":
                    read.one(key, "ms_accepted_content_id", value, str)
                case "remoteEndpoint":
                    read.one(key, "remote_endpoint", value, str)
                case "sessionContext":
                    read.one(key, "session_context", value, str)
                case _:
                    read.other(key, value)
        read.linked("mediaAnswer", "media_answer", DataUri)
        read.linked("mediaProvisionalAnswer", "media_provisional_answer", DataUri)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.linked("mediaAnswer", self.media_answer)
        write.linked("mediaProvisionalAnswer", self.media_provisional_answer)
        write.one("msAcceptedContentId", self.ms_accepted_content_id, str)
        write.one("remoteEndpoint", self.remote_endpoint, str)
        write.one("sessionContext", self.session_context, str)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[AudioVideoNegotiation],
    ) -> AudioVideoNegotiation:
        """GET audioVideoNegotiation.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[AudioVideoNegotiation] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="audioVideoNegotiation"),),
)

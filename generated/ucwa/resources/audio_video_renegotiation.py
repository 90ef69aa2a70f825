"""audioVideoRenegotiation resource.

Reference: audioVideoRenegotiation_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.datauri import DataUri
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import Direction

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .answer import Answer
    from .audio_video_session import AudioVideoSession
    from .conversation import Conversation
    from .dismiss import Dismiss


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class AudioVideoRenegotiationLinks(Links):
    """The links of a audioVideoRenegotiation (its self link is Resource.self_link)."""

    answer: Link[Answer] | None = attrs.field(
        default=None, metadata={"wire": "answer", "target": "answer"}
    )
    audio_video_session: Link[AudioVideoSession] | None = attrs.field(
        default=None, metadata={"wire": "audioVideoSession", "target": "audioVideoSession"}
    )
    conversation: Link[Conversation] | None = attrs.field(
        default=None, metadata={"wire": "conversation", "target": "conversation"}
    )
    dismiss: Link[Dismiss] | None = attrs.field(
        default=None, metadata={"wire": "dismiss", "target": "dismiss"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class AudioVideoRenegotiation(Resource):
    """The audioVideoRenegotiation resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "audioVideoRenegotiation"

    direction: Direction | None = attrs.field(default=None, metadata={"wire": "direction"})
    media_answer: DataUri | None = attrs.field(
        default=None, metadata={"wire": "mediaAnswer", "as_link": True}
    )
    """Sent as _links.mediaAnswer.href."""
    media_offer: DataUri | None = attrs.field(
        default=None, metadata={"wire": "mediaOffer", "as_link": True}
    )
    """Sent as _links.mediaOffer.href."""
    operation_id: str | None = attrs.field(default=None, metadata={"wire": "operationId"})
    links: AudioVideoRenegotiationLinks = attrs.field(factory=AudioVideoRenegotiationLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "direction":
                    read.one(key, "direction", value, Direction)
                case "operationId":
                    read.one(key, "operation_id", value, str)
                case _:
                    read.other(key, value)
        read.linked("mediaAnswer", "media_answer", DataUri)
        read.linked("mediaOffer", "media_offer", DataUri)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("direction", self.direction, Direction)
        write.linked("mediaAnswer", self.media_answer)
        write.linked("mediaOffer", self.media_offer)
        write.one("operationId", self.operation_id, str)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[AudioVideoRenegotiation],
    ) -> AudioVideoRenegotiation:
        """GET audioVideoRenegotiation.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[AudioVideoRenegotiation] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="audioVideoRenegotiation"),),
)

"""continueAudioVideo resource.

Reference: continueAudioVideo_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.datauri import DataUri
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import Created, OperationSpec, OutcomeSpec, ParameterSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader
    from ucwa_runtime.transport import Client

    from .audio_video_invitation import AudioVideoInvitation


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ContinueAudioVideo(Resource):
    """The continueAudioVideo resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "continueAudioVideo"

    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case _:
                    read.other(key, value)

    @classmethod
    def post(
        cls,
        client: Client,
        link: Link[ContinueAudioVideo],
        *,
        operation_id: str | None = None,
        media_offer: DataUri | str | None = None,
        session_context: str | None = None,
    ) -> Created[AudioVideoInvitation]:
        """POST continueAudioVideo.

        Args:
            operation_id: The operationId parameter. At most 50 characters.
            media_offer: The mediaOffer parameter. Sent as _links.mediaOffer.href; plain text
                becomes a data: URI.
            session_context: The sessionContext parameter. At most 50 characters.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "operation_id": operation_id,
                "media_offer": media_offer,
                "session_context": session_context,
            },
        )


_POST: OperationSpec[Created[AudioVideoInvitation]] = OperationSpec(
    method="POST",
    body=(
        ParameterSpec("operationId", "operation_id", str, max_length=50),
        ParameterSpec("mediaOffer", "media_offer", DataUri, as_link=True),
        ParameterSpec("sessionContext", "session_context", str, max_length=50),
    ),
    outcomes=(OutcomeSpec(201, creates="audioVideoInvitation"),),
)

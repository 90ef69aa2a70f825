"""resumeAudio resource.

Reference: resumeAudio_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import Created, OperationSpec, OutcomeSpec, ParameterSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader
    from ucwa_runtime.transport import Client

    from .audio_video_renegotiation import AudioVideoRenegotiation


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ResumeAudio(Resource):
    """The resumeAudio resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "resumeAudio"

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
        link: Link[ResumeAudio],
        text: str,
        *,
        operation_id: str,
    ) -> Created[AudioVideoRenegotiation]:
        """POST resumeAudio.

        Args:
            text: The message, sent as the request body (application/sdp).
            operation_id: The operationId query parameter. At most 50 characters.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "operation_id": operation_id,
            },
            text=(text, "application/sdp"),
        )


_POST: OperationSpec[Created[AudioVideoRenegotiation]] = OperationSpec(
    method="POST",
    query=(ParameterSpec("operationId", "operation_id", str, required=True, max_length=50),),
    text_body=("application/sdp",),
    outcomes=(OutcomeSpec(201, body="audioVideoRenegotiation", creates="audioVideoRenegotiation"),),
)

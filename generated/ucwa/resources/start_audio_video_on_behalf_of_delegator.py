"""startAudioVideoOnBehalfOfDelegator resource.

Reference: startAudioVideoOnBehalfOfDelegator_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.datauri import DataUri
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import (
    UNSET,
    Created,
    OperationSpec,
    OutcomeSpec,
    ParameterSpec,
    Unset,
    call,
)

from ..enums import Importance

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader
    from ucwa_runtime.transport import Client

    from .audio_video_invitation import AudioVideoInvitation


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class StartAudioVideoOnBehalfOfDelegator(Resource):
    """The startAudioVideoOnBehalfOfDelegator resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "startAudioVideoOnBehalfOfDelegator"

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
        link: Link[StartAudioVideoOnBehalfOfDelegator],
        *,
        to: str,
        operation_id: str | None = None,
        importance: Importance | None = None,
        subject: str | None = None,
        thread_id: str | None = None,
        media_offer: DataUri | str | None = None,
        session_context: str | None = None,
        join_audio_muted: bool | Unset | None = UNSET,
        join_video_muted: bool | Unset | None = UNSET,
        custom_content: DataUri | str | None = None,
        delegator: str | None = None,
    ) -> Created[AudioVideoInvitation]:
        """POST startAudioVideoOnBehalfOfDelegator.

        Args:
            to: The to parameter.
            operation_id: The operationId parameter. At most 50 characters.
            importance: The importance parameter.
            subject: The subject parameter. At most 250 characters.
            thread_id: The threadId parameter.
            media_offer: The mediaOffer parameter. Sent as _links.mediaOffer.href; plain text
                becomes a data: URI.
            session_context: The sessionContext parameter. At most 50 characters.
            join_audio_muted: The joinAudioMuted parameter. None is sent as null.
            join_video_muted: The joinVideoMuted parameter. None is sent as null.
            custom_content: The customContent parameter. Sent as _links.customContent.href; plain
                text becomes a data: URI.
            delegator: The delegator parameter.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "to": to,
                "operation_id": operation_id,
                "importance": importance,
                "subject": subject,
                "thread_id": thread_id,
                "media_offer": media_offer,
                "session_context": session_context,
                "join_audio_muted": join_audio_muted,
                "join_video_muted": join_video_muted,
                "custom_content": custom_content,
                "delegator": delegator,
            },
        )


_POST: OperationSpec[Created[AudioVideoInvitation]] = OperationSpec(
    method="POST",
    body=(
        ParameterSpec("operationId", "operation_id", str, max_length=50),
        ParameterSpec("to", "to", str, required=True),
        ParameterSpec("importance", "importance", Importance),
        ParameterSpec("subject", "subject", str, max_length=250),
        ParameterSpec("threadId", "thread_id", str),
        ParameterSpec("mediaOffer", "media_offer", DataUri, as_link=True),
        ParameterSpec("sessionContext", "session_context", str, max_length=50),
        ParameterSpec("joinAudioMuted", "join_audio_muted", bool, nullable=True),
        ParameterSpec("joinVideoMuted", "join_video_muted", bool, nullable=True),
        ParameterSpec("customContent", "custom_content", DataUri, as_link=True),
        ParameterSpec("delegator", "delegator", str),
    ),
    outcomes=(OutcomeSpec(201, creates="audioVideoInvitation"),),
)

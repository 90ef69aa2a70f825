"""applicationSharingRenegotiation resource.

Reference: applicationSharingRenegotiation_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.datauri import DataUri
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import Direction

if TYPE_CHECKING:
    from .answer import Answer
    from .audio_video_session import AudioVideoSession
    from .conversation import Conversation
    from .dismiss import Dismiss


@attrs.define(kw_only=True)
class ApplicationSharingRenegotiationLinks(Links):
    """The links of a applicationSharingRenegotiation (its self link is Resource.self_link)."""

    answer: Link[Answer] | None = None
    audio_video_session: Link[AudioVideoSession] | None = None
    conversation: Link[Conversation] | None = None
    dismiss: Link[Dismiss] | None = None


@attrs.define(kw_only=True)
class ApplicationSharingRenegotiation(Resource):
    """The applicationSharingRenegotiation resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "applicationSharingRenegotiation"

    direction: Direction | None = None
    media_answer: DataUri | None = None
    """Sent as _links.mediaAnswer.href."""
    media_offer: DataUri | None = None
    """Sent as _links.mediaOffer.href."""
    operation_id: str | None = None
    links: ApplicationSharingRenegotiationLinks = attrs.field(
        factory=ApplicationSharingRenegotiationLinks
    )
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=ApplicationSharingRenegotiationLinks,
        embedded_class=Embedded,
        properties=(
            PropertySpec("direction", "direction", Direction),
            PropertySpec("mediaAnswer", "media_answer", DataUri, as_link=True),
            PropertySpec("mediaOffer", "media_offer", DataUri, as_link=True),
            PropertySpec("operationId", "operation_id", str),
        ),
        links=(
            LinkSpec("answer", "answer", target="answer"),
            LinkSpec("audioVideoSession", "audio_video_session", target="audioVideoSession"),
            LinkSpec("conversation", "conversation", target="conversation"),
            LinkSpec("dismiss", "dismiss", target="dismiss"),
        ),
    )

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[ApplicationSharingRenegotiation],
    ) -> ApplicationSharingRenegotiation:
        """GET applicationSharingRenegotiation.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[ApplicationSharingRenegotiation] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="applicationSharingRenegotiation"),),
)

"""participantPanoramicVideo resource.

Reference: participantPanoramicVideo_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import MediaDirectionType

if TYPE_CHECKING:
    from .participant import Participant


@attrs.define(kw_only=True)
class ParticipantPanoramicVideoLinks(Links):
    """The links of a participantPanoramicVideo (its self link is Resource.self_link)."""

    participant: Link[Participant] | None = None


@attrs.define(kw_only=True)
class ParticipantPanoramicVideo(Resource):
    """The participantPanoramicVideo resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "participantPanoramicVideo"

    panoramic_video_direction: MediaDirectionType | None = None
    panoramic_video_muted: bool | None = None
    panoramic_video_source_id: str | None = None
    links: ParticipantPanoramicVideoLinks = attrs.field(factory=ParticipantPanoramicVideoLinks)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=ParticipantPanoramicVideoLinks,
        embedded_class=Embedded,
        properties=(
            PropertySpec(
                "panoramicVideoDirection", "panoramic_video_direction", MediaDirectionType
            ),
            PropertySpec("panoramicVideoMuted", "panoramic_video_muted", bool),
            PropertySpec("panoramicVideoSourceId", "panoramic_video_source_id", str),
        ),
        links=(LinkSpec("participant", "participant", target="participant"),),
    )

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[ParticipantPanoramicVideo],
    ) -> ParticipantPanoramicVideo:
        """GET participantPanoramicVideo.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[ParticipantPanoramicVideo] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="participantPanoramicVideo"),),
)

"""participantPanoramicVideo resource.

Reference: participantPanoramicVideo_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import MediaDirectionType

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .participant import Participant


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ParticipantPanoramicVideoLinks(Links):
    """The links of a participantPanoramicVideo (its self link is Resource.self_link)."""

    participant: Link[Participant] | None = attrs.field(
        default=None, metadata={"wire": "participant", "target": "participant"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class ParticipantPanoramicVideo(Resource):
    """The participantPanoramicVideo resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "participantPanoramicVideo"

    panoramic_video_direction: MediaDirectionType | None = attrs.field(
        default=None, metadata={"wire": "panoramicVideoDirection"}
    )
    panoramic_video_muted: bool | None = attrs.field(
        default=None, metadata={"wire": "panoramicVideoMuted"}
    )
    panoramic_video_source_id: str | None = attrs.field(
        default=None, metadata={"wire": "panoramicVideoSourceId"}
    )
    links: ParticipantPanoramicVideoLinks = attrs.field(factory=ParticipantPanoramicVideoLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "panoramicVideoDirection":
                    read.one(key, "panoramic_video_direction", value, MediaDirectionType)
                case "panoramicVideoMuted":
                    read.one(key, "panoramic_video_muted", value, bool)
                case "panoramicVideoSourceId":
                    read.one(key, "panoramic_video_source_id", value, str)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("panoramicVideoDirection", self.panoramic_video_direction, MediaDirectionType)
        write.one("panoramicVideoMuted", self.panoramic_video_muted, bool)
        write.one("panoramicVideoSourceId", self.panoramic_video_source_id, str)

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

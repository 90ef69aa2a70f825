"""participantVideo resource.

Reference: participantVideo_ref.md.
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

    from .mute_video import MuteVideo
    from .participant import Participant
    from .unmute_video import UnmuteVideo


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ParticipantVideoLinks(Links):
    """The links of a participantVideo (its self link is Resource.self_link)."""

    mute_video: Link[MuteVideo] | None = attrs.field(
        default=None, metadata={"wire": "muteVideo", "target": "muteVideo"}
    )
    participant: Link[Participant] | None = attrs.field(
        default=None, metadata={"wire": "participant", "target": "participant"}
    )
    unmute_video: Link[UnmuteVideo] | None = attrs.field(
        default=None, metadata={"wire": "unmuteVideo", "target": "unmuteVideo"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class ParticipantVideo(Resource):
    """The participantVideo resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "participantVideo"

    video_direction: MediaDirectionType | None = attrs.field(
        default=None, metadata={"wire": "videoDirection"}
    )
    video_muted: bool | None = attrs.field(default=None, metadata={"wire": "videoMuted"})
    video_source_id: str | None = attrs.field(default=None, metadata={"wire": "videoSourceId"})
    links: ParticipantVideoLinks = attrs.field(factory=ParticipantVideoLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "videoDirection":
                    read.one(key, "video_direction", value, MediaDirectionType)
                case "videoMuted":
                    read.one(key, "video_muted", value, bool)
                case "videoSourceId":
                    read.one(key, "video_source_id", value, str)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("videoDirection", self.video_direction, MediaDirectionType)
        write.one("videoMuted", self.video_muted, bool)
        write.one("videoSourceId", self.video_source_id, str)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[ParticipantVideo],
    ) -> ParticipantVideo:
        """GET participantVideo.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[ParticipantVideo] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="participantVideo"),),
)

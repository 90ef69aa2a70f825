"""participantApplicationSharing resource.

Reference: participantApplicationSharing_ref.md.
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
class ParticipantApplicationSharingLinks(Links):
    """The links of a participantApplicationSharing (its self link is Resource.self_link)."""

    participant: Link[Participant] | None = attrs.field(
        default=None, metadata={"wire": "participant", "target": "participant"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class ParticipantApplicationSharing(Resource):
    """The participantApplicationSharing resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "participantApplicationSharing"

    application_sharing_direction: MediaDirectionType | None = attrs.field(
        default=None, metadata={"wire": "applicationSharingDirection"}
    )
    application_sharing_source_id: str | None = attrs.field(
        default=None, metadata={"wire": "applicationSharingSourceId"}
    )
    links: ParticipantApplicationSharingLinks = attrs.field(
        factory=ParticipantApplicationSharingLinks
    )
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "applicationSharingDirection":
                    read.one(key, "application_sharing_direction", value, MediaDirectionType)
                case "applicationSharingSourceId":
                    read.one(key, "application_sharing_source_id", value, str)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one(
            "applicationSharingDirection", self.application_sharing_direction, MediaDirectionType
        )
        write.one("applicationSharingSourceId", self.application_sharing_source_id, str)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[ParticipantApplicationSharing],
    ) -> ParticipantApplicationSharing:
        """GET participantApplicationSharing.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[ParticipantApplicationSharing] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="participantApplicationSharing"),),
)

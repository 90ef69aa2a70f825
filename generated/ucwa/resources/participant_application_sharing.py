"""participantApplicationSharing resource.

Reference: participantApplicationSharing_ref.md.
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
class ParticipantApplicationSharingLinks(Links):
    """The links of a participantApplicationSharing (its self link is Resource.self_link)."""

    participant: Link[Participant] | None = None


@attrs.define(kw_only=True)
class ParticipantApplicationSharing(Resource):
    """The participantApplicationSharing resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "participantApplicationSharing"

    application_sharing_direction: MediaDirectionType | None = None
    application_sharing_source_id: str | None = None
    links: ParticipantApplicationSharingLinks = attrs.field(
        factory=ParticipantApplicationSharingLinks
    )
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=ParticipantApplicationSharingLinks,
        embedded_class=Embedded,
        properties=(
            PropertySpec(
                "applicationSharingDirection", "application_sharing_direction", MediaDirectionType
            ),
            PropertySpec("applicationSharingSourceId", "application_sharing_source_id", str),
        ),
        links=(LinkSpec("participant", "participant", target="participant"),),
    )

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

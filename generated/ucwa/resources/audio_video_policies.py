"""audioVideoPolicies resource.

Reference: audioVideoPolicies_ref.md.
"""

from __future__ import annotations

from typing import ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import MuteStatus


@attrs.define(kw_only=True)
class AudioVideoPolicies(Resource):
    """The audioVideoPolicies resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "audioVideoPolicies"

    join_scheduled_online_meeting: MuteStatus | None = None
    multi_view: str | None = None
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=Links,
        embedded_class=Embedded,
        properties=(
            PropertySpec("joinScheduledOnlineMeeting", "join_scheduled_online_meeting", MuteStatus),
            PropertySpec("multiView", "multi_view", str),
        ),
    )

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[AudioVideoPolicies],
    ) -> AudioVideoPolicies:
        """GET audioVideoPolicies.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[AudioVideoPolicies] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="audioVideoPolicies"),),
)

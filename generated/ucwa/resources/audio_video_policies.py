"""audioVideoPolicies resource.

Reference: audioVideoPolicies_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import MuteStatus

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class AudioVideoPolicies(Resource):
    """The audioVideoPolicies resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "audioVideoPolicies"

    join_scheduled_online_meeting: MuteStatus | None = attrs.field(
        default=None, metadata={"wire": "joinScheduledOnlineMeeting"}
    )
    multi_view: str | None = attrs.field(default=None, metadata={"wire": "multiView"})
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "joinScheduledOnlineMeeting":
                    read.one(key, "join_scheduled_online_meeting", value, MuteStatus)
                case "multiView":
                    read.one(key, "multi_view", value, str)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("joinScheduledOnlineMeeting", self.join_scheduled_online_meeting, MuteStatus)
        write.one("multiView", self.multi_view, str)

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

"""onlineMeetingDefaultValues resource.

Reference: onlineMeetingDefaultValues_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import (
    AccessLevel,
    AutomaticLeaderAssignment,
    EntryExitAnnouncement,
    LobbyBypassForPhoneUsers,
    OnlineMeetingRel,
)

if TYPE_CHECKING:
    from ucwa_runtime.transport import Client


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class OnlineMeetingDefaultValues(Resource):
    """The onlineMeetingDefaultValues resource.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "onlineMeetingDefaultValues"

    access_level: AccessLevel | None = attrs.field(default=None, metadata={"wire": "accessLevel"})
    automatic_leader_assignment: AutomaticLeaderAssignment | None = attrs.field(
        default=None, metadata={"wire": "automaticLeaderAssignment"}
    )
    default_online_meeting_rel: OnlineMeetingRel | None = attrs.field(
        default=None, metadata={"wire": "defaultOnlineMeetingRel"}
    )
    entry_exit_announcement: EntryExitAnnouncement | None = attrs.field(
        default=None, metadata={"wire": "entryExitAnnouncement"}
    )
    lobby_bypass_for_phone_users: LobbyBypassForPhoneUsers | None = attrs.field(
        default=None, metadata={"wire": "lobbyBypassForPhoneUsers"}
    )
    participants_warning_threshold: int | None = attrs.field(
        default=None, metadata={"wire": "participantsWarningThreshold"}
    )
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[OnlineMeetingDefaultValues],
    ) -> OnlineMeetingDefaultValues:
        """GET onlineMeetingDefaultValues.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[OnlineMeetingDefaultValues] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="onlineMeetingDefaultValues"),),
)

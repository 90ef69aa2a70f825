"""onlineMeetingEligibleValues resource.

Reference: onlineMeetingEligibleValues_ref.md.
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

    from .my_assigned_online_meeting import MyAssignedOnlineMeeting
    from .my_online_meetings import MyOnlineMeetings


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class OnlineMeetingEligibleValuesLinks(Links):
    """The links of a onlineMeetingEligibleValues (its self link is Resource.self_link)."""

    my_assigned_online_meeting: Link[MyAssignedOnlineMeeting] | None = attrs.field(
        default=None,
        metadata={"wire": "myAssignedOnlineMeeting", "target": "myAssignedOnlineMeeting"},
    )
    my_online_meetings: Link[MyOnlineMeetings] | None = attrs.field(
        default=None, metadata={"wire": "myOnlineMeetings", "target": "myOnlineMeetings"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class OnlineMeetingEligibleValues(Resource):
    """The onlineMeetingEligibleValues resource.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "onlineMeetingEligibleValues"

    access_levels: list[AccessLevel] | None = attrs.field(
        default=None, metadata={"wire": "accessLevels"}
    )
    automatic_leader_assignments: list[AutomaticLeaderAssignment] | None = attrs.field(
        default=None, metadata={"wire": "automaticLeaderAssignments"}
    )
    eligible_online_meeting_rels: list[OnlineMeetingRel] | None = attrs.field(
        default=None, metadata={"wire": "eligibleOnlineMeetingRels"}
    )
    entry_exit_announcements: list[EntryExitAnnouncement] | None = attrs.field(
        default=None, metadata={"wire": "entryExitAnnouncements"}
    )
    lobby_bypass_for_phone_users_settings: list[LobbyBypassForPhoneUsers] | None = attrs.field(
        default=None, metadata={"wire": "lobbyBypassForPhoneUsersSettings"}
    )
    links: OnlineMeetingEligibleValuesLinks = attrs.field(factory=OnlineMeetingEligibleValuesLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[OnlineMeetingEligibleValues],
    ) -> OnlineMeetingEligibleValues:
        """GET onlineMeetingEligibleValues.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[OnlineMeetingEligibleValues] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="onlineMeetingEligibleValues"),),
)

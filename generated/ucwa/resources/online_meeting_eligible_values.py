"""onlineMeetingEligibleValues resource.

Reference: onlineMeetingEligibleValues_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

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
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
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

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "accessLevels":
                    read.many(key, "access_levels", value, AccessLevel)
                case "automaticLeaderAssignments":
                    read.many(key, "automatic_leader_assignments", value, AutomaticLeaderAssignment)
                case "eligibleOnlineMeetingRels":
                    read.many(key, "eligible_online_meeting_rels", value, OnlineMeetingRel)
                case "entryExitAnnouncements":
                    read.many(key, "entry_exit_announcements", value, EntryExitAnnouncement)
                case "lobbyBypassForPhoneUsersSettings":
                    read.many(
                        key,
                        "lobby_bypass_for_phone_users_settings",
                        value,
                        LobbyBypassForPhoneUsers,
                    )
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.many("accessLevels", self.access_levels, AccessLevel)
        write.many(
            "automaticLeaderAssignments",
            self.automatic_leader_assignments,
            AutomaticLeaderAssignment,
        )
        write.many("eligibleOnlineMeetingRels", self.eligible_online_meeting_rels, OnlineMeetingRel)
        write.many("entryExitAnnouncements", self.entry_exit_announcements, EntryExitAnnouncement)
        write.many(
            "lobbyBypassForPhoneUsersSettings",
            self.lobby_bypass_for_phone_users_settings,
            LobbyBypassForPhoneUsers,
        )

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

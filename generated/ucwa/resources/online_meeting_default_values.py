"""onlineMeetingDefaultValues resource.

Reference: onlineMeetingDefaultValues_ref.md.
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

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "accessLevel":
                    read.one(key, "access_level", value, AccessLevel)
                case "automaticLeaderAssignment":
                    read.one(key, "automatic_leader_assignment", value, AutomaticLeaderAssignment)
                case "defaultOnlineMeetingRel":
                    read.one(key, "default_online_meeting_rel", value, OnlineMeetingRel)
                case "entryExitAnnouncement":
                    read.one(key, "entry_exit_announcement", value, EntryExitAnnouncement)
                case "lobbyBypassForPhoneUsers":
                    read.one(key, "lobby_bypass_for_phone_users", value, LobbyBypassForPhoneUsers)
                case "participantsWarningThreshold":
                    read.one(key, "participants_warning_threshold", value, int)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("accessLevel", self.access_level, AccessLevel)
        write.one(
            "automaticLeaderAssignment", self.automatic_leader_assignment, AutomaticLeaderAssignment
        )
        write.one("defaultOnlineMeetingRel", self.default_online_meeting_rel, OnlineMeetingRel)
        write.one("entryExitAnnouncement", self.entry_exit_announcement, EntryExitAnnouncement)
        write.one(
            "lobbyBypassForPhoneUsers", self.lobby_bypass_for_phone_users, LobbyBypassForPhoneUsers
        )
        write.one("participantsWarningThreshold", self.participants_warning_threshold, int)

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

"""onlineMeetingDefaultValues resource.

Reference: onlineMeetingDefaultValues_ref.md.
"""

from __future__ import annotations

from typing import ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import (
    AccessLevel,
    AutomaticLeaderAssignment,
    EntryExitAnnouncement,
    LobbyBypassForPhoneUsers,
    OnlineMeetingRel,
)


@attrs.define(kw_only=True)
class OnlineMeetingDefaultValues(Resource):
    """The onlineMeetingDefaultValues resource.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "onlineMeetingDefaultValues"

    access_level: AccessLevel | None = None
    automatic_leader_assignment: AutomaticLeaderAssignment | None = None
    default_online_meeting_rel: OnlineMeetingRel | None = None
    entry_exit_announcement: EntryExitAnnouncement | None = None
    lobby_bypass_for_phone_users: LobbyBypassForPhoneUsers | None = None
    participants_warning_threshold: int | None = None
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=Links,
        embedded_class=Embedded,
        properties=(
            PropertySpec("accessLevel", "access_level", AccessLevel),
            PropertySpec(
                "automaticLeaderAssignment",
                "automatic_leader_assignment",
                AutomaticLeaderAssignment,
            ),
            PropertySpec("defaultOnlineMeetingRel", "default_online_meeting_rel", OnlineMeetingRel),
            PropertySpec("entryExitAnnouncement", "entry_exit_announcement", EntryExitAnnouncement),
            PropertySpec(
                "lobbyBypassForPhoneUsers", "lobby_bypass_for_phone_users", LobbyBypassForPhoneUsers
            ),
            PropertySpec("participantsWarningThreshold", "participants_warning_threshold", int),
        ),
    )

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

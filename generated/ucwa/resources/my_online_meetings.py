"""myOnlineMeetings resource.

Reference: myOnlineMeetings_ref.md.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import (
    UNSET,
    Created,
    OperationSpec,
    OutcomeSpec,
    ParameterSpec,
    Unset,
    call,
)

from ..enums import (
    AccessLevel,
    AutomaticLeaderAssignment,
    EntryExitAnnouncement,
    LobbyBypassForPhoneUsers,
    PhoneUserAdmission,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader
    from ucwa_runtime.transport import Client

    from .my_assigned_online_meeting import MyAssignedOnlineMeeting
    from .my_online_meeting import MyOnlineMeeting


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class MyOnlineMeetingsLinks(Links):
    """The links of a myOnlineMeetings (its self link is Resource.self_link)."""

    my_assigned_online_meeting: Link[MyAssignedOnlineMeeting] | None = attrs.field(
        default=None,
        metadata={"wire": "myAssignedOnlineMeeting", "target": "myAssignedOnlineMeeting"},
    )
    my_online_meeting: Link[MyOnlineMeeting] | None = attrs.field(
        default=None, metadata={"wire": "myOnlineMeeting", "target": "myOnlineMeeting"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class MyOnlineMeetingsEmbedded(Embedded):
    """The resources a myOnlineMeetings carries inside itself."""

    my_assigned_online_meeting: list[MyAssignedOnlineMeeting] | None = attrs.field(
        default=None,
        metadata={"wire": "myAssignedOnlineMeeting", "target": "myAssignedOnlineMeeting"},
    )
    my_online_meeting: list[MyOnlineMeeting] | None = attrs.field(
        default=None, metadata={"wire": "myOnlineMeeting", "target": "myOnlineMeeting"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class MyOnlineMeetings(Resource):
    """The myOnlineMeetings resource.

    Scopes (Skype for Business Online): Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "myOnlineMeetings"

    links: MyOnlineMeetingsLinks = attrs.field(factory=MyOnlineMeetingsLinks)
    embedded: MyOnlineMeetingsEmbedded = attrs.field(factory=MyOnlineMeetingsEmbedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case _:
                    read.other(key, value)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[MyOnlineMeetings],
    ) -> MyOnlineMeetings:
        """GET myOnlineMeetings.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )

    @classmethod
    def post(
        cls,
        client: Client,
        link: Link[MyOnlineMeetings],
        *,
        access_level: AccessLevel | Unset | None = UNSET,
        attendees: list[str] | None = None,
        attendance_announcements_status: str | None = None,
        automatic_leader_assignment: AutomaticLeaderAssignment | Unset | None = UNSET,
        description: str | None = None,
        entry_exit_announcement: EntryExitAnnouncement | Unset | None = UNSET,
        expiration_time: datetime | Unset | None = UNSET,
        leaders: list[str] | None = None,
        lobby_bypass_for_phone_users: LobbyBypassForPhoneUsers | Unset | None = UNSET,
        phone_user_admission: PhoneUserAdmission | Unset | None = UNSET,
        subject: str | None = None,
    ) -> Created[MyOnlineMeeting]:
        """POST myOnlineMeetings.

        Args:
            access_level: The accessLevel parameter. None is sent as null.
            attendees: The attendees parameter.
            attendance_announcements_status: Not on the myOnlineMeetings page;
                ScheduleAnOnlineMeeting.md sends it.
            automatic_leader_assignment: The automaticLeaderAssignment parameter. None is sent as
                null.
            description: The description parameter.
            entry_exit_announcement: The entryExitAnnouncement parameter. None is sent as null.
            expiration_time: The expirationTime parameter. None is sent as null.
            leaders: The leaders parameter.
            lobby_bypass_for_phone_users: The lobbyBypassForPhoneUsers parameter. None is sent as
                null.
            phone_user_admission: The phoneUserAdmission parameter. None is sent as null.
            subject: The subject parameter.

        Errors: Conflict, ServiceFailure, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "access_level": access_level,
                "attendees": attendees,
                "attendance_announcements_status": attendance_announcements_status,
                "automatic_leader_assignment": automatic_leader_assignment,
                "description": description,
                "entry_exit_announcement": entry_exit_announcement,
                "expiration_time": expiration_time,
                "leaders": leaders,
                "lobby_bypass_for_phone_users": lobby_bypass_for_phone_users,
                "phone_user_admission": phone_user_admission,
                "subject": subject,
            },
        )


_GET: OperationSpec[MyOnlineMeetings] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="myOnlineMeetings"),),
)

_POST: OperationSpec[Created[MyOnlineMeeting]] = OperationSpec(
    method="POST",
    body=(
        ParameterSpec("accessLevel", "access_level", AccessLevel, nullable=True),
        ParameterSpec("attendees", "attendees", list[str]),
        ParameterSpec("attendanceAnnouncementsStatus", "attendance_announcements_status", str),
        ParameterSpec(
            "automaticLeaderAssignment",
            "automatic_leader_assignment",
            AutomaticLeaderAssignment,
            nullable=True,
        ),
        ParameterSpec("description", "description", str),
        ParameterSpec(
            "entryExitAnnouncement", "entry_exit_announcement", EntryExitAnnouncement, nullable=True
        ),
        ParameterSpec("expirationTime", "expiration_time", datetime, nullable=True),
        ParameterSpec("leaders", "leaders", list[str]),
        ParameterSpec(
            "lobbyBypassForPhoneUsers",
            "lobby_bypass_for_phone_users",
            LobbyBypassForPhoneUsers,
            nullable=True,
        ),
        ParameterSpec(
            "phoneUserAdmission", "phone_user_admission", PhoneUserAdmission, nullable=True
        ),
        ParameterSpec("subject", "subject", str),
    ),
    outcomes=(OutcomeSpec(201, body="myOnlineMeeting", creates="myOnlineMeeting"),),
)

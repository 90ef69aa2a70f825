"""myOnlineMeeting resource.

Reference: myOnlineMeeting_ref.md.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import UNSET, OperationSpec, OutcomeSpec, ParameterSpec, Unset, call

from ..enums import (
    AccessLevel,
    AutomaticLeaderAssignment,
    EntryExitAnnouncement,
    LobbyBypassForPhoneUsers,
    OnlineMeetingRel,
    PhoneUserAdmission,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .online_meeting_extension import OnlineMeetingExtension
    from .online_meeting_extensions import OnlineMeetingExtensions


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class MyOnlineMeetingLinks(Links):
    """The links of a myOnlineMeeting (its self link is Resource.self_link)."""

    online_meeting_extensions: Link[OnlineMeetingExtensions] | None = attrs.field(
        default=None,
        metadata={"wire": "onlineMeetingExtensions", "target": "onlineMeetingExtensions"},
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class MyOnlineMeetingEmbedded(Embedded):
    """The resources a myOnlineMeeting carries inside itself."""

    online_meeting_extension: list[OnlineMeetingExtension] | None = attrs.field(
        default=None,
        metadata={"wire": "onlineMeetingExtension", "target": "onlineMeetingExtension"},
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class MyOnlineMeeting(Resource):
    """The myOnlineMeeting resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "myOnlineMeeting"

    access_level: AccessLevel | None = attrs.field(default=None, metadata={"wire": "accessLevel"})
    attendance_announcements_status: str | None = attrs.field(
        default=None, metadata={"wire": "attendanceAnnouncementsStatus"}
    )
    """Not on the myOnlineMeeting page; UpdateAnOnlineMeeting.md sends it back in the meeting it
    PUTs.
    """
    attendees: list[str] | None = attrs.field(default=None, metadata={"wire": "attendees"})
    automatic_leader_assignment: AutomaticLeaderAssignment | None = attrs.field(
        default=None, metadata={"wire": "automaticLeaderAssignment"}
    )
    conference_id: str | None = attrs.field(default=None, metadata={"wire": "conferenceId"})
    description: str | None = attrs.field(default=None, metadata={"wire": "description"})
    entry_exit_announcement: EntryExitAnnouncement | None = attrs.field(
        default=None, metadata={"wire": "entryExitAnnouncement"}
    )
    expiration_time: datetime | None = attrs.field(
        default=None, metadata={"wire": "expirationTime"}
    )
    join_url: str | None = attrs.field(default=None, metadata={"wire": "joinUrl"})
    leaders: list[str] | None = attrs.field(default=None, metadata={"wire": "leaders"})
    legacy_online_meeting_uri: str | None = attrs.field(
        default=None, metadata={"wire": "legacyOnlineMeetingUri"}
    )
    lobby_bypass_for_phone_users: LobbyBypassForPhoneUsers | None = attrs.field(
        default=None, metadata={"wire": "lobbyBypassForPhoneUsers"}
    )
    online_meeting_id: str | None = attrs.field(default=None, metadata={"wire": "onlineMeetingId"})
    online_meeting_rel: OnlineMeetingRel | None = attrs.field(
        default=None, metadata={"wire": "onlineMeetingRel"}
    )
    online_meeting_uri: str | None = attrs.field(
        default=None, metadata={"wire": "onlineMeetingUri"}
    )
    organizer_uri: str | None = attrs.field(default=None, metadata={"wire": "organizerUri"})
    phone_user_admission: PhoneUserAdmission | None = attrs.field(
        default=None, metadata={"wire": "phoneUserAdmission"}
    )
    subject: str | None = attrs.field(default=None, metadata={"wire": "subject"})
    links: MyOnlineMeetingLinks = attrs.field(factory=MyOnlineMeetingLinks)
    embedded: MyOnlineMeetingEmbedded = attrs.field(factory=MyOnlineMeetingEmbedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "accessLevel":
                    read.one(key, "access_level", value, AccessLevel)
                case "attendanceAnnouncementsStatus":
                    read.one(key, "attendance_announcements_status", value, str)
                case "attendees":
                    read.many(key, "attendees", value, str)
                case "automaticLeaderAssignment":
                    read.one(key, "automatic_leader_assignment", value, AutomaticLeaderAssignment)
                case "conferenceId":
                    read.one(key, "conference_id", value, str)
                case "description":
                    read.one(key, "description", value, str)
                case "entryExitAnnouncement":
                    read.one(key, "entry_exit_announcement", value, EntryExitAnnouncement)
                case "expirationTime":
                    read.one(key, "expiration_time", value, datetime)
                case "joinUrl":
                    read.one(key, "join_url", value, str)
                case "leaders":
                    read.many(key, "leaders", value, str)
                case "legacyOnlineMeetingUri":
                    read.one(key, "legacy_online_meeting_uri", value, str)
                case "lobbyBypassForPhoneUsers":
                    read.one(key, "lobby_bypass_for_phone_users", value, LobbyBypassForPhoneUsers)
                case "onlineMeetingId":
                    read.one(key, "online_meeting_id", value, str)
                case "onlineMeetingRel":
                    read.one(key, "online_meeting_rel", value, OnlineMeetingRel)
                case "onlineMeetingUri":
                    read.one(key, "online_meeting_uri", value, str)
                case "organizerUri":
                    read.one(key, "organizer_uri", value, str)
                case "phoneUserAdmission":
                    read.one(key, "phone_user_admission", value, PhoneUserAdmission)
                case "subject":
                    read.one(key, "subject", value, str)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("accessLevel", self.access_level, AccessLevel)
        write.one("attendanceAnnouncementsStatus", self.attendance_announcements_status, str)
        write.many("attendees", self.attendees, str)
        write.one(
            "automaticLeaderAssignment", self.automatic_leader_assignment, AutomaticLeaderAssignment
        )
        write.one("conferenceId", self.conference_id, str)
        write.one("description", self.description, str)
        write.one("entryExitAnnouncement", self.entry_exit_announcement, EntryExitAnnouncement)
        write.one("expirationTime", self.expiration_time, datetime)
        write.one("joinUrl", self.join_url, str)
        write.many("leaders", self.leaders, str)
        write.one("legacyOnlineMeetingUri", self.legacy_online_meeting_uri, str)
        write.one(
            "lobbyBypassForPhoneUsers", self.lobby_bypass_for_phone_users, LobbyBypassForPhoneUsers
        )
        write.one("onlineMeetingId", self.online_meeting_id, str)
        write.one("onlineMeetingRel", self.online_meeting_rel, OnlineMeetingRel)
        write.one("onlineMeetingUri", self.online_meeting_uri, str)
        write.one("organizerUri", self.organizer_uri, str)
        write.one("phoneUserAdmission", self.phone_user_admission, PhoneUserAdmission)
        write.one("subject", self.subject, str)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[MyOnlineMeeting],
    ) -> MyOnlineMeeting:
        """GET myOnlineMeeting.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )

    @classmethod
    def put(
        cls,
        client: Client,
        link: Link[MyOnlineMeeting],
        *,
        access_level: AccessLevel | Unset | None = UNSET,
        attendees: list[str] | None = None,
        automatic_leader_assignment: AutomaticLeaderAssignment | Unset | None = UNSET,
        description: str | None = None,
        entry_exit_announcement: EntryExitAnnouncement | Unset | None = UNSET,
        expiration_time: datetime | Unset | None = UNSET,
        leaders: list[str] | None = None,
        lobby_bypass_for_phone_users: LobbyBypassForPhoneUsers | Unset | None = UNSET,
        phone_user_admission: PhoneUserAdmission | Unset | None = UNSET,
        subject: str | None = None,
    ) -> MyOnlineMeeting:
        """PUT myOnlineMeeting.

        Args:
            access_level: The accessLevel parameter. None is sent as null.
            attendees: The attendees parameter.
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

        Errors: ServiceFailure, Gone (see ucwa.errors).
        """
        return call(
            client,
            _PUT,
            link,
            {
                "access_level": access_level,
                "attendees": attendees,
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

    @classmethod
    def delete(
        cls,
        client: Client,
        link: Link[MyOnlineMeeting],
    ) -> None:
        """DELETE myOnlineMeeting.

        Errors: Gone (see ucwa.errors).
        """
        return call(
            client,
            _DELETE,
            link,
            {},
        )


_GET: OperationSpec[MyOnlineMeeting] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="myOnlineMeeting"),),
)

_PUT: OperationSpec[MyOnlineMeeting] = OperationSpec(
    method="PUT",
    body=(
        ParameterSpec("accessLevel", "access_level", AccessLevel, nullable=True),
        ParameterSpec("attendees", "attendees", list[str]),
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
    outcomes=(OutcomeSpec(200, body="myOnlineMeeting"),),
)

_DELETE: OperationSpec[None] = OperationSpec(
    method="DELETE",
    outcomes=(OutcomeSpec(204),),
)

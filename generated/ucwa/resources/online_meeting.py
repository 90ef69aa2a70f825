"""onlineMeeting resource.

Reference: onlineMeeting_ref.md.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import (
    AccessLevel,
    AutomaticLeaderAssignment,
    EntryExitAnnouncement,
    LargeMeetingMode,
    LobbyBypassForPhoneUsers,
    OnlineMeetingRel,
    PhoneUserAdmission,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .conversation import Conversation
    from .online_meeting_extension import OnlineMeetingExtension
    from .online_meeting_extensions import OnlineMeetingExtensions
    from .organizer import Organizer
    from .phone_dial_in_information import PhoneDialInInformation


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class OnlineMeetingLinks(Links):
    """The links of a onlineMeeting (its self link is Resource.self_link)."""

    conversation: Link[Conversation] | None = attrs.field(
        default=None, metadata={"wire": "conversation", "target": "conversation"}
    )
    organizer: Link[Organizer] | None = attrs.field(
        default=None, metadata={"wire": "organizer", "target": "organizer"}
    )
    phone_dial_in_information: Link[PhoneDialInInformation] | None = attrs.field(
        default=None,
        metadata={"wire": "phoneDialInInformation", "target": "phoneDialInInformation"},
    )
    online_meeting_extensions: Link[OnlineMeetingExtensions] | None = attrs.field(
        default=None,
        metadata={"wire": "onlineMeetingExtensions", "target": "onlineMeetingExtensions"},
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class OnlineMeetingEmbedded(Embedded):
    """The resources a onlineMeeting carries inside itself."""

    online_meeting_extension: list[OnlineMeetingExtension] | None = attrs.field(
        default=None,
        metadata={"wire": "onlineMeetingExtension", "target": "onlineMeetingExtension"},
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class OnlineMeeting(Resource):
    """The onlineMeeting resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "onlineMeeting"

    access_level: AccessLevel | None = attrs.field(default=None, metadata={"wire": "accessLevel"})
    attendees: list[str] | None = attrs.field(default=None, metadata={"wire": "attendees"})
    automatic_leader_assignment: AutomaticLeaderAssignment | None = attrs.field(
        default=None, metadata={"wire": "automaticLeaderAssignment"}
    )
    conference_id: str | None = attrs.field(default=None, metadata={"wire": "conferenceId"})
    description: str | None = attrs.field(default=None, metadata={"wire": "description"})
    disclaimer_body: str | None = attrs.field(default=None, metadata={"wire": "disclaimerBody"})
    disclaimer_title: str | None = attrs.field(default=None, metadata={"wire": "disclaimerTitle"})
    entry_exit_announcement: EntryExitAnnouncement | None = attrs.field(
        default=None, metadata={"wire": "entryExitAnnouncement"}
    )
    expiration_time: datetime | None = attrs.field(
        default=None, metadata={"wire": "expirationTime"}
    )
    hosting_network: str | None = attrs.field(default=None, metadata={"wire": "hostingNetwork"})
    join_url: str | None = attrs.field(default=None, metadata={"wire": "joinUrl"})
    large_meeting: LargeMeetingMode | None = attrs.field(
        default=None, metadata={"wire": "largeMeeting"}
    )
    leaders: list[str] | None = attrs.field(default=None, metadata={"wire": "leaders"})
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
    organizer_name: str | None = attrs.field(default=None, metadata={"wire": "organizerName"})
    organizer_uri: str | None = attrs.field(default=None, metadata={"wire": "organizerUri"})
    phone_user_admission: PhoneUserAdmission | None = attrs.field(
        default=None, metadata={"wire": "phoneUserAdmission"}
    )
    subject: str | None = attrs.field(default=None, metadata={"wire": "subject"})
    links: OnlineMeetingLinks = attrs.field(factory=OnlineMeetingLinks)
    embedded: OnlineMeetingEmbedded = attrs.field(factory=OnlineMeetingEmbedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "accessLevel":
                    read.one(key, "access_level", value, AccessLevel)
                case "attendees":
                    read.many(key, "attendees", value, str)
                case "automaticLeaderAssignment":
                    read.one(key, "automatic_leader_assignment", value, AutomaticLeaderAssignment)
                case "conferenceId":
                    read.one(key, "conference_id", value, str)
                case "description":
                    read.one(key, "description", value, str)
                case "disclaimerBody":
                    read.one(key, "disclaimer_body", value, str)
                case "disclaimerTitle":
                    read.one(key, "disclaimer_title", value, str)
                case "entryExitAnnouncement":
                    read.one(key, "entry_exit_announcement", value, EntryExitAnnouncement)
                case "expirationTime":
                    read.one(key, "expiration_time", value, datetime)
                case "hostingNetwork":
                    read.one(key, "hosting_network", value, str)
                case "joinUrl":
                    read.one(key, "join_url", value, str)
                case "largeMeeting":
                    read.one(key, "large_meeting", value, LargeMeetingMode)
                case "leaders":
                    read.many(key, "leaders", value, str)
                case "lobbyBypassForPhoneUsers":
                    read.one(key, "lobby_bypass_for_phone_users", value, LobbyBypassForPhoneUsers)
                case "onlineMeetingId":
                    read.one(key, "online_meeting_id", value, str)
                case "onlineMeetingRel":
                    read.one(key, "online_meeting_rel", value, OnlineMeetingRel)
                case "onlineMeetingUri":
                    read.one(key, "online_meeting_uri", value, str)
                case "organizerName":
                    read.one(key, "organizer_name", value, str)
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
        write.many("attendees", self.attendees, str)
        write.one(
            "automaticLeaderAssignment", self.automatic_leader_assignment, AutomaticLeaderAssignment
        )
        write.one("conferenceId", self.conference_id, str)
        write.one("description", self.description, str)
        write.one("disclaimerBody", self.disclaimer_body, str)
        write.one("disclaimerTitle", self.disclaimer_title, str)
        write.one("entryExitAnnouncement", self.entry_exit_announcement, EntryExitAnnouncement)
        write.one("expirationTime", self.expiration_time, datetime)
        write.one("hostingNetwork", self.hosting_network, str)
        write.one("joinUrl", self.join_url, str)
        write.one("largeMeeting", self.large_meeting, LargeMeetingMode)
        write.many("leaders", self.leaders, str)
        write.one(
            "lobbyBypassForPhoneUsers", self.lobby_bypass_for_phone_users, LobbyBypassForPhoneUsers
        )
        write.one("onlineMeetingId", self.online_meeting_id, str)
        write.one("onlineMeetingRel", self.online_meeting_rel, OnlineMeetingRel)
        write.one("onlineMeetingUri", self.online_meeting_uri, str)
        write.one("organizerName", self.organizer_name, str)
        write.one("organizerUri", self.organizer_uri, str)
        write.one("phoneUserAdmission", self.phone_user_admission, PhoneUserAdmission)
        write.one("subject", self.subject, str)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[OnlineMeeting],
    ) -> OnlineMeeting:
        """GET onlineMeeting.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[OnlineMeeting] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="onlineMeeting"),),
)

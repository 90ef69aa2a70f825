"""onlineMeeting resource.

Reference: onlineMeeting_ref.md.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

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
    from .conversation import Conversation
    from .online_meeting_extension import OnlineMeetingExtension
    from .online_meeting_extensions import OnlineMeetingExtensions
    from .organizer import Organizer
    from .phone_dial_in_information import PhoneDialInInformation


@attrs.define(kw_only=True)
class OnlineMeetingLinks(Links):
    """The links of a onlineMeeting (its self link is Resource.self_link)."""

    conversation: Link[Conversation] | None = None
    organizer: Link[Organizer] | None = None
    phone_dial_in_information: Link[PhoneDialInInformation] | None = None
    online_meeting_extensions: Link[OnlineMeetingExtensions] | None = None


@attrs.define(kw_only=True)
class OnlineMeetingEmbedded(Embedded):
    """The resources a onlineMeeting carries inside itself."""

    online_meeting_extension: list[OnlineMeetingExtension] | None = None


@attrs.define(kw_only=True)
class OnlineMeeting(Resource):
    """The onlineMeeting resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "onlineMeeting"

    access_level: AccessLevel | None = None
    attendees: list[str] | None = None
    automatic_leader_assignment: AutomaticLeaderAssignment | None = None
    conference_id: str | None = None
    description: str | None = None
    disclaimer_body: str | None = None
    disclaimer_title: str | None = None
    entry_exit_announcement: EntryExitAnnouncement | None = None
    expiration_time: datetime | None = None
    hosting_network: str | None = None
    join_url: str | None = None
    large_meeting: LargeMeetingMode | None = None
    leaders: list[str] | None = None
    lobby_bypass_for_phone_users: LobbyBypassForPhoneUsers | None = None
    online_meeting_id: str | None = None
    online_meeting_rel: OnlineMeetingRel | None = None
    online_meeting_uri: str | None = None
    organizer_name: str | None = None
    organizer_uri: str | None = None
    phone_user_admission: PhoneUserAdmission | None = None
    subject: str | None = None
    links: OnlineMeetingLinks = attrs.field(factory=OnlineMeetingLinks)
    embedded: OnlineMeetingEmbedded = attrs.field(factory=OnlineMeetingEmbedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=OnlineMeetingLinks,
        embedded_class=OnlineMeetingEmbedded,
        properties=(
            PropertySpec("accessLevel", "access_level", AccessLevel),
            PropertySpec("attendees", "attendees", list[str]),
            PropertySpec(
                "automaticLeaderAssignment",
                "automatic_leader_assignment",
                AutomaticLeaderAssignment,
            ),
            PropertySpec("conferenceId", "conference_id", str),
            PropertySpec("description", "description", str),
            PropertySpec("disclaimerBody", "disclaimer_body", str),
            PropertySpec("disclaimerTitle", "disclaimer_title", str),
            PropertySpec("entryExitAnnouncement", "entry_exit_announcement", EntryExitAnnouncement),
            PropertySpec("expirationTime", "expiration_time", datetime),
            PropertySpec("hostingNetwork", "hosting_network", str),
            PropertySpec("joinUrl", "join_url", str),
            PropertySpec("largeMeeting", "large_meeting", LargeMeetingMode),
            PropertySpec("leaders", "leaders", list[str]),
            PropertySpec(
                "lobbyBypassForPhoneUsers", "lobby_bypass_for_phone_users", LobbyBypassForPhoneUsers
            ),
            PropertySpec("onlineMeetingId", "online_meeting_id", str),
            PropertySpec("onlineMeetingRel", "online_meeting_rel", OnlineMeetingRel),
            PropertySpec("onlineMeetingUri", "online_meeting_uri", str),
            PropertySpec("organizerName", "organizer_name", str),
            PropertySpec("organizerUri", "organizer_uri", str),
            PropertySpec("phoneUserAdmission", "phone_user_admission", PhoneUserAdmission),
            PropertySpec("subject", "subject", str),
        ),
        links=(
            LinkSpec("conversation", "conversation", target="conversation"),
            LinkSpec("organizer", "organizer", target="organizer"),
            LinkSpec(
                "phoneDialInInformation",
                "phone_dial_in_information",
                target="phoneDialInInformation",
            ),
            LinkSpec(
                "onlineMeetingExtensions",
                "online_meeting_extensions",
                target="onlineMeetingExtensions",
            ),
        ),
        embedded=(
            LinkSpec(
                "onlineMeetingExtension",
                "online_meeting_extension",
                many=True,
                target="onlineMeetingExtension",
            ),
        ),
    )

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

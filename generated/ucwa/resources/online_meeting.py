"""onlineMeeting resource.

Reference: onlineMeeting_ref.md.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

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

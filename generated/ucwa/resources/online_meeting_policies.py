"""onlineMeetingPolicies resource.

Reference: onlineMeetingPolicies_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import AccessLevel

if TYPE_CHECKING:
    from ucwa_runtime.transport import Client


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class OnlineMeetingPolicies(Resource):
    """The onlineMeetingPolicies resource.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "onlineMeetingPolicies"

    entry_exit_announcement: AccessLevel | None = attrs.field(
        default=None, metadata={"wire": "entryExitAnnouncement"}
    )
    external_user_meeting_recording: AccessLevel | None = attrs.field(
        default=None, metadata={"wire": "externalUserMeetingRecording"}
    )
    meeting_recording: AccessLevel | None = attrs.field(
        default=None, metadata={"wire": "meetingRecording"}
    )
    meeting_size: int | None = attrs.field(default=None, metadata={"wire": "meetingSize"})
    phone_user_admission: AccessLevel | None = attrs.field(
        default=None, metadata={"wire": "phoneUserAdmission"}
    )
    voip_audio: AccessLevel | None = attrs.field(default=None, metadata={"wire": "voipAudio"})
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[OnlineMeetingPolicies],
    ) -> OnlineMeetingPolicies:
        """GET onlineMeetingPolicies.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[OnlineMeetingPolicies] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="onlineMeetingPolicies"),),
)

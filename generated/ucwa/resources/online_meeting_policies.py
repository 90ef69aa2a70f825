"""onlineMeetingPolicies resource.

Reference: onlineMeetingPolicies_ref.md.
"""

from __future__ import annotations

from typing import ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import AccessLevel


@attrs.define(kw_only=True)
class OnlineMeetingPolicies(Resource):
    """The onlineMeetingPolicies resource.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "onlineMeetingPolicies"

    entry_exit_announcement: AccessLevel | None = None
    external_user_meeting_recording: AccessLevel | None = None
    meeting_recording: AccessLevel | None = None
    meeting_size: int | None = None
    phone_user_admission: AccessLevel | None = None
    voip_audio: AccessLevel | None = None
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=Links,
        embedded_class=Embedded,
        properties=(
            PropertySpec("entryExitAnnouncement", "entry_exit_announcement", AccessLevel),
            PropertySpec(
                "externalUserMeetingRecording", "external_user_meeting_recording", AccessLevel
            ),
            PropertySpec("meetingRecording", "meeting_recording", AccessLevel),
            PropertySpec("meetingSize", "meeting_size", int),
            PropertySpec("phoneUserAdmission", "phone_user_admission", AccessLevel),
            PropertySpec("voipAudio", "voip_audio", AccessLevel),
        ),
    )

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

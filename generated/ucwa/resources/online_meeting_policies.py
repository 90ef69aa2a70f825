"""onlineMeetingPolicies resource.

Reference: onlineMeetingPolicies_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import AccessLevel

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
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

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "entryExitAnnouncement":
                    read.one(key, "entry_exit_announcement", value, AccessLevel)
                case "externalUserMeetingRecording":
                    read.one(key, "external_user_meeting_recording", value, AccessLevel)
                case "meetingRecording":
                    read.one(key, "meeting_recording", value, AccessLevel)
                case "meetingSize":
                    read.one(key, "meeting_size", value, int)
                case "phoneUserAdmission":
                    read.one(key, "phone_user_admission", value, AccessLevel)
                case "voipAudio":
                    read.one(key, "voip_audio", value, AccessLevel)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("entryExitAnnouncement", self.entry_exit_announcement, AccessLevel)
        write.one("externalUserMeetingRecording", self.external_user_meeting_recording, AccessLevel)
        write.one("meetingRecording", self.meeting_recording, AccessLevel)
        write.one("meetingSize", self.meeting_size, int)
        write.one("phoneUserAdmission", self.phone_user_admission, AccessLevel)
        write.one("voipAudio", self.voip_audio, AccessLevel)

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

"""from resource.

Reference: from_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import Role, SourceNetwork

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .contact import Contact
    from .contact_photo import ContactPhoto
    from .contact_presence import ContactPresence
    from .conversation import Conversation
    from .eject import Eject
    from .me import Me
    from .participant_application_sharing import ParticipantApplicationSharing
    from .participant_audio import ParticipantAudio
    from .participant_data_collaboration import ParticipantDataCollaboration
    from .participant_messaging import ParticipantMessaging
    from .participant_panoramic_video import ParticipantPanoramicVideo
    from .participant_video import ParticipantVideo


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class FromLinks(Links):
    """The links of a from (its self link is Resource.self_link)."""

    contact: Link[Contact] | None = attrs.field(
        default=None, metadata={"wire": "contact", "target": "contact"}
    )
    contact_photo: Link[ContactPhoto] | None = attrs.field(
        default=None, metadata={"wire": "contactPhoto", "target": "contactPhoto"}
    )
    contact_presence: Link[ContactPresence] | None = attrs.field(
        default=None, metadata={"wire": "contactPresence", "target": "contactPresence"}
    )
    conversation: Link[Conversation] | None = attrs.field(
        default=None, metadata={"wire": "conversation", "target": "conversation"}
    )
    eject: Link[Eject] | None = attrs.field(
        default=None, metadata={"wire": "eject", "target": "eject"}
    )
    me: Link[Me] | None = attrs.field(default=None, metadata={"wire": "me", "target": "me"})
    participant_application_sharing: Link[ParticipantApplicationSharing] | None = attrs.field(
        default=None,
        metadata={
            "wire": "participantApplicationSharing",
            "target": "participantApplicationSharing",
        },
    )
    participant_audio: Link[ParticipantAudio] | None = attrs.field(
        default=None, metadata={"wire": "participantAudio", "target": "participantAudio"}
    )
    participant_data_collaboration: Link[ParticipantDataCollaboration] | None = attrs.field(
        default=None,
        metadata={"wire": "participantDataCollaboration", "target": "participantDataCollaboration"},
    )
    participant_messaging: Link[ParticipantMessaging] | None = attrs.field(
        default=None, metadata={"wire": "participantMessaging", "target": "participantMessaging"}
    )
    participant_panoramic_video: Link[ParticipantPanoramicVideo] | None = attrs.field(
        default=None,
        metadata={"wire": "participantPanoramicVideo", "target": "participantPanoramicVideo"},
    )
    participant_video: Link[ParticipantVideo] | None = attrs.field(
        default=None, metadata={"wire": "participantVideo", "target": "participantVideo"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class From(Resource):
    """The from resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "from"

    anonymous: bool | None = attrs.field(default=None, metadata={"wire": "anonymous"})
    in_lobby: bool | None = attrs.field(default=None, metadata={"wire": "inLobby"})
    local: bool | None = attrs.field(default=None, metadata={"wire": "local"})
    name: str | None = attrs.field(default=None, metadata={"wire": "name"})
    organizer: bool | None = attrs.field(default=None, metadata={"wire": "organizer"})
    other_phone_number: str | None = attrs.field(
        default=None, metadata={"wire": "otherPhoneNumber"}
    )
    role: Role | None = attrs.field(default=None, metadata={"wire": "role"})
    source_network: SourceNetwork | None = attrs.field(
        default=None, metadata={"wire": "sourceNetwork"}
    )
    uri: str | None = attrs.field(default=None, metadata={"wire": "uri"})
    work_phone_number: str | None = attrs.field(default=None, metadata={"wire": "workPhoneNumber"})
    links: FromLinks = attrs.field(factory=FromLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "anonymous":
                    read.one(key, "anonymous", value, bool)
                case "inLobby":
                    read.one(key, "in_lobby", value, bool)
                case "local":
                    read.one(key, "local", value, bool)
                case "name":
                    read.one(key, "name", value, str)
                case "organizer":
                    read.one(key, "organizer", value, bool)
                case "otherPhoneNumber":
                    read.one(key, "other_phone_number", value, str)
                case "role":
                    read.one(key, "role", value, Role)
                case "sourceNetwork":
                    read.one(key, "source_network", value, SourceNetwork)
                case "uri":
                    read.one(key, "uri", value, str)
                case "workPhoneNumber":
                    read.one(key, "work_phone_number", value, str)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("anonymous", self.anonymous, bool)
        write.one("inLobby", self.in_lobby, bool)
        write.one("local", self.local, bool)
        write.one("name", self.name, str)
        write.one("organizer", self.organizer, bool)
        write.one("otherPhoneNumber", self.other_phone_number, str)
        write.one("role", self.role, Role)
        write.one("sourceNetwork", self.source_network, SourceNetwork)
        write.one("uri", self.uri, str)
        write.one("workPhoneNumber", self.work_phone_number, str)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[From],
    ) -> From:
        """GET from.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[From] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="from"),),
)

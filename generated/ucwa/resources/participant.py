"""participant resource.

Reference: participant_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import Role, SourceNetwork

if TYPE_CHECKING:
    from .admit import Admit
    from .contact import Contact
    from .contact_photo import ContactPhoto
    from .contact_presence import ContactPresence
    from .conversation import Conversation
    from .demote import Demote
    from .eject import Eject
    from .me import Me
    from .participant_application_sharing import ParticipantApplicationSharing
    from .participant_audio import ParticipantAudio
    from .participant_data_collaboration import ParticipantDataCollaboration
    from .participant_messaging import ParticipantMessaging
    from .participant_panoramic_video import ParticipantPanoramicVideo
    from .participant_video import ParticipantVideo
    from .promote import Promote
    from .reject import Reject


@attrs.define(kw_only=True)
class ParticipantLinks(Links):
    """The links of a participant (its self link is Resource.self_link)."""

    admit: Link[Admit] | None = None
    contact: Link[Contact] | None = None
    contact_photo: Link[ContactPhoto] | None = None
    contact_presence: Link[ContactPresence] | None = None
    conversation: Link[Conversation] | None = None
    demote: Link[Demote] | None = None
    eject: Link[Eject] | None = None
    me: Link[Me] | None = None
    participant_application_sharing: Link[ParticipantApplicationSharing] | None = None
    participant_audio: Link[ParticipantAudio] | None = None
    participant_data_collaboration: Link[ParticipantDataCollaboration] | None = None
    participant_messaging: Link[ParticipantMessaging] | None = None
    participant_panoramic_video: Link[ParticipantPanoramicVideo] | None = None
    participant_video: Link[ParticipantVideo] | None = None
    promote: Link[Promote] | None = None
    reject: Link[Reject] | None = None


@attrs.define(kw_only=True)
class Participant(Resource):
    """The participant resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "participant"

    anonymous: bool | None = None
    in_lobby: bool | None = None
    local: bool | None = None
    name: str | None = None
    organizer: bool | None = None
    other_phone_number: str | None = None
    role: Role | None = None
    source_network: SourceNetwork | None = None
    uri: str | None = None
    work_phone_number: str | None = None
    links: ParticipantLinks = attrs.field(factory=ParticipantLinks)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=ParticipantLinks,
        embedded_class=Embedded,
        properties=(
            PropertySpec("anonymous", "anonymous", bool),
            PropertySpec("inLobby", "in_lobby", bool),
            PropertySpec("local", "local", bool),
            PropertySpec("name", "name", str),
            PropertySpec("organizer", "organizer", bool),
            PropertySpec("otherPhoneNumber", "other_phone_number", str),
            PropertySpec("role", "role", Role),
            PropertySpec("sourceNetwork", "source_network", SourceNetwork),
            PropertySpec("uri", "uri", str),
            PropertySpec("workPhoneNumber", "work_phone_number", str),
        ),
        links=(
            LinkSpec("admit", "admit", target="admit"),
            LinkSpec("contact", "contact", target="contact"),
            LinkSpec("contactPhoto", "contact_photo", target="contactPhoto"),
            LinkSpec("contactPresence", "contact_presence", target="contactPresence"),
            LinkSpec("conversation", "conversation", target="conversation"),
            LinkSpec("demote", "demote", target="demote"),
            LinkSpec("eject", "eject", target="eject"),
            LinkSpec("me", "me", target="me"),
            LinkSpec(
                "participantApplicationSharing",
                "participant_application_sharing",
                target="participantApplicationSharing",
            ),
            LinkSpec("participantAudio", "participant_audio", target="participantAudio"),
            LinkSpec(
                "participantDataCollaboration",
                "participant_data_collaboration",
                target="participantDataCollaboration",
            ),
            LinkSpec(
                "participantMessaging", "participant_messaging", target="participantMessaging"
            ),
            LinkSpec(
                "participantPanoramicVideo",
                "participant_panoramic_video",
                target="participantPanoramicVideo",
            ),
            LinkSpec("participantVideo", "participant_video", target="participantVideo"),
            LinkSpec("promote", "promote", target="promote"),
            LinkSpec("reject", "reject", target="reject"),
        ),
    )

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[Participant],
    ) -> Participant:
        """GET participant.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[Participant] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="participant"),),
)

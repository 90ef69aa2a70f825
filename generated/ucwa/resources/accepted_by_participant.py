"""acceptedByParticipant resource.

Reference: acceptedByParticipant_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import Role, SourceNetwork

if TYPE_CHECKING:
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


@attrs.define(kw_only=True)
class AcceptedByParticipantLinks(Links):
    """The links of a acceptedByParticipant (its self link is Resource.self_link)."""

    contact: Link[Contact] | None = None
    contact_photo: Link[ContactPhoto] | None = None
    contact_presence: Link[ContactPresence] | None = None
    conversation: Link[Conversation] | None = None
    eject: Link[Eject] | None = None
    me: Link[Me] | None = None
    participant_application_sharing: Link[ParticipantApplicationSharing] | None = None
    participant_audio: Link[ParticipantAudio] | None = None
    participant_data_collaboration: Link[ParticipantDataCollaboration] | None = None
    participant_messaging: Link[ParticipantMessaging] | None = None
    participant_panoramic_video: Link[ParticipantPanoramicVideo] | None = None
    participant_video: Link[ParticipantVideo] | None = None


@attrs.define(kw_only=True)
class AcceptedByParticipant(Resource):
    """The acceptedByParticipant resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "acceptedByParticipant"

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
    links: AcceptedByParticipantLinks = attrs.field(factory=AcceptedByParticipantLinks)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=AcceptedByParticipantLinks,
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
            LinkSpec("contact", "contact", target="contact"),
            LinkSpec("contactPhoto", "contact_photo", target="contactPhoto"),
            LinkSpec("contactPresence", "contact_presence", target="contactPresence"),
            LinkSpec("conversation", "conversation", target="conversation"),
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
        ),
    )

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[AcceptedByParticipant],
    ) -> AcceptedByParticipant:
        """GET acceptedByParticipant.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[AcceptedByParticipant] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="acceptedByParticipant"),),
)

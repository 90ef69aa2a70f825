"""communication: Hub for the user's communication settings and for starting or joining
conversations and meetings.

Reference: communication_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import AudioPreference, GenericPolicy, LisQueryResultEnum, MessageFormat, ModalityType

if TYPE_CHECKING:
    from .conversation_logs import ConversationLogs
    from .conversations import Conversations
    from .join_online_meeting import JoinOnlineMeeting
    from .media_policies import MediaPolicies
    from .media_relay_access_token import MediaRelayAccessToken
    from .missed_items import MissedItems
    from .replay_message import ReplayMessage
    from .start_audio import StartAudio
    from .start_audio_on_behalf_of_delegator import StartAudioOnBehalfOfDelegator
    from .start_audio_video import StartAudioVideo
    from .start_audio_video_on_behalf_of_delegator import StartAudioVideoOnBehalfOfDelegator
    from .start_emergency_call import StartEmergencyCall
    from .start_messaging import StartMessaging
    from .start_online_meeting import StartOnlineMeeting
    from .start_phone_audio import StartPhoneAudio
    from .start_phone_audio_on_behalf_of_delegator import StartPhoneAudioOnBehalfOfDelegator
    from .start_video import StartVideo


@attrs.define(kw_only=True)
class CommunicationLinks(Links):
    """The links of a communication (its self link is Resource.self_link)."""

    conversation_logs: Link[ConversationLogs] | None = None
    conversations: Link[Conversations] | None = None
    join_online_meeting: Link[JoinOnlineMeeting] | None = None
    media_policies: Link[MediaPolicies] | None = None
    media_relay_access_token: Link[MediaRelayAccessToken] | None = None
    missed_items: Link[MissedItems] | None = None
    replay_message: Link[ReplayMessage] | None = None
    start_audio_on_behalf_of_delegator: Link[StartAudioOnBehalfOfDelegator] | None = None
    start_audio: Link[StartAudio] | None = None
    start_audio_video_on_behalf_of_delegator: Link[StartAudioVideoOnBehalfOfDelegator] | None = None
    start_audio_video: Link[StartAudioVideo] | None = None
    start_emergency_call: Link[StartEmergencyCall] | None = None
    start_messaging: Link[StartMessaging] | None = None
    start_online_meeting: Link[StartOnlineMeeting] | None = None
    start_phone_audio_on_behalf_of_delegator: Link[StartPhoneAudioOnBehalfOfDelegator] | None = None
    start_phone_audio: Link[StartPhoneAudio] | None = None
    start_video: Link[StartVideo] | None = None


@attrs.define(kw_only=True)
class Communication(Resource):
    """Hub for the user's communication settings and for starting or joining conversations and
    meetings.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "communication"

    audio_preference: AudioPreference | None = None
    """How the user wants incoming audio delivered; VoIP unless set otherwise."""
    conversation_history: GenericPolicy | None = None
    """Whether conversation history is kept."""
    lis_location: str | None = None
    """Endpoint location as reported by the Location Information Service."""
    lis_query_result: LisQueryResultEnum | None = None
    """Outcome of the Location Information Service lookup."""
    phone_number: str | None = None
    """Number of the phone on which the user wants to be reached. At most 100 characters."""
    publish_endpoint_location: bool | None = None
    """Whether the endpoint location of the user is published."""
    supported_message_formats: list[MessageFormat] | None = None
    """Message formats this application can handle."""
    supported_modalities: list[ModalityType] | None = None
    """Incoming modalities the user is interested in."""
    video_based_screen_sharing: GenericPolicy | None = None
    """Whether video-based screen sharing is available."""
    simultaneous_ring_number_match: GenericPolicy | None = None
    """Missing from the page's Properties table; the examples show it."""
    links: CommunicationLinks = attrs.field(factory=CommunicationLinks)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=CommunicationLinks,
        embedded_class=Embedded,
        properties=(
            PropertySpec("audioPreference", "audio_preference", AudioPreference),
            PropertySpec("conversationHistory", "conversation_history", GenericPolicy),
            PropertySpec("lisLocation", "lis_location", str),
            PropertySpec("lisQueryResult", "lis_query_result", LisQueryResultEnum),
            PropertySpec("phoneNumber", "phone_number", str),
            PropertySpec("publishEndpointLocation", "publish_endpoint_location", bool),
            PropertySpec(
                "supportedMessageFormats", "supported_message_formats", list[MessageFormat]
            ),
            PropertySpec("supportedModalities", "supported_modalities", list[ModalityType]),
            PropertySpec("videoBasedScreenSharing", "video_based_screen_sharing", GenericPolicy),
            PropertySpec(
                "simultaneousRingNumberMatch", "simultaneous_ring_number_match", GenericPolicy
            ),
        ),
        links=(
            LinkSpec("conversationLogs", "conversation_logs", target="conversationLogs"),
            LinkSpec("conversations", "conversations", target="conversations"),
            LinkSpec("joinOnlineMeeting", "join_online_meeting", target="joinOnlineMeeting"),
            LinkSpec("mediaPolicies", "media_policies", target="mediaPolicies"),
            LinkSpec(
                "mediaRelayAccessToken", "media_relay_access_token", target="mediaRelayAccessToken"
            ),
            LinkSpec("missedItems", "missed_items", target="missedItems"),
            LinkSpec("replayMessage", "replay_message", target="replayMessage"),
            LinkSpec(
                "startAudioOnBehalfOfDelegator",
                "start_audio_on_behalf_of_delegator",
                target="startAudioOnBehalfOfDelegator",
            ),
            LinkSpec("startAudio", "start_audio", target="startAudio"),
            LinkSpec(
                "startAudioVideoOnBehalfOfDelegator",
                "start_audio_video_on_behalf_of_delegator",
                target="startAudioVideoOnBehalfOfDelegator",
            ),
            LinkSpec("startAudioVideo", "start_audio_video", target="startAudioVideo"),
            LinkSpec("startEmergencyCall", "start_emergency_call", target="startEmergencyCall"),
            LinkSpec("startMessaging", "start_messaging", target="startMessaging"),
            LinkSpec("startOnlineMeeting", "start_online_meeting", target="startOnlineMeeting"),
            LinkSpec(
                "startPhoneAudioOnBehalfOfDelegator",
                "start_phone_audio_on_behalf_of_delegator",
                target="startPhoneAudioOnBehalfOfDelegator",
            ),
            LinkSpec("startPhoneAudio", "start_phone_audio", target="startPhoneAudio"),
            LinkSpec("startVideo", "start_video", target="startVideo"),
        ),
    )

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[Communication],
    ) -> Communication:
        """Read the communication settings and capabilities.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )

    def put(
        self,
        client: Client,
        link: Link[Communication] | None = None,
    ) -> Resource | None:
        """Change the communication settings.

        Sends this resource back whole (unknown properties included), to ``link`` or to its self
        link.

        Errors: ServiceFailure, Gone (see ucwa.errors).
        """
        return call(
            client,
            _PUT,
            link or self.require_self_link(),
            {},
            self,
        )


_GET: OperationSpec[Communication] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="communication"),),
)

_PUT: OperationSpec[Resource | None] = OperationSpec(
    method="PUT",
    sends_resource=True,
    outcomes=(OutcomeSpec(200),),
)

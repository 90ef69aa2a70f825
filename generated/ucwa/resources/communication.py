"""communication: Hub for the user's communication settings and for starting or joining
conversations and meetings.

Reference: communication_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import AudioPreference, GenericPolicy, LisQueryResultEnum, MessageFormat, ModalityType

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

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


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class CommunicationLinks(Links):
    """The links of a communication (its self link is Resource.self_link)."""

    conversation_logs: Link[ConversationLogs] | None = attrs.field(
        default=None, metadata={"wire": "conversationLogs", "target": "conversationLogs"}
    )
    conversations: Link[Conversations] | None = attrs.field(
        default=None, metadata={"wire": "conversations", "target": "conversations"}
    )
    join_online_meeting: Link[JoinOnlineMeeting] | None = attrs.field(
        default=None, metadata={"wire": "joinOnlineMeeting", "target": "joinOnlineMeeting"}
    )
    media_policies: Link[MediaPolicies] | None = attrs.field(
        default=None, metadata={"wire": "mediaPolicies", "target": "mediaPolicies"}
    )
    media_relay_access_token: Link[MediaRelayAccessToken] | None = attrs.field(
        default=None, metadata={"wire": "mediaRelayAccessToken", "target": "mediaRelayAccessToken"}
    )
    missed_items: Link[MissedItems] | None = attrs.field(
        default=None, metadata={"wire": "missedItems", "target": "missedItems"}
    )
    replay_message: Link[ReplayMessage] | None = attrs.field(
        default=None, metadata={"wire": "replayMessage", "target": "replayMessage"}
    )
    start_audio_on_behalf_of_delegator: Link[StartAudioOnBehalfOfDelegator] | None = attrs.field(
        default=None,
        metadata={
            "wire": "startAudioOnBehalfOfDelegator",
            "target": "startAudioOnBehalfOfDelegator",
        },
    )
    start_audio: Link[StartAudio] | None = attrs.field(
        default=None, metadata={"wire": "startAudio", "target": "startAudio"}
    )
    start_audio_video_on_behalf_of_delegator: Link[StartAudioVideoOnBehalfOfDelegator] | None = (
        attrs.field(
            default=None,
            metadata={
                "wire": "startAudioVideoOnBehalfOfDelegator",
                "target": "startAudioVideoOnBehalfOfDelegator",
            },
        )
    )
    start_audio_video: Link[StartAudioVideo] | None = attrs.field(
        default=None, metadata={"wire": "startAudioVideo", "target": "startAudioVideo"}
    )
    start_emergency_call: Link[StartEmergencyCall] | None = attrs.field(
        default=None, metadata={"wire": "startEmergencyCall", "target": "startEmergencyCall"}
    )
    start_messaging: Link[StartMessaging] | None = attrs.field(
        default=None, metadata={"wire": "startMessaging", "target": "startMessaging"}
    )
    start_online_meeting: Link[StartOnlineMeeting] | None = attrs.field(
        default=None, metadata={"wire": "startOnlineMeeting", "target": "startOnlineMeeting"}
    )
    start_phone_audio_on_behalf_of_delegator: Link[StartPhoneAudioOnBehalfOfDelegator] | None = (
        attrs.field(
            default=None,
            metadata={
                "wire": "startPhoneAudioOnBehalfOfDelegator",
                "target": "startPhoneAudioOnBehalfOfDelegator",
            },
        )
    )
    start_phone_audio: Link[StartPhoneAudio] | None = attrs.field(
        default=None, metadata={"wire": "startPhoneAudio", "target": "startPhoneAudio"}
    )
    start_video: Link[StartVideo] | None = attrs.field(
        default=None, metadata={"wire": "startVideo", "target": "startVideo"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Communication(Resource):
    """Hub for the user's communication settings and for starting or joining conversations and
    meetings.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "communication"

    audio_preference: AudioPreference | None = attrs.field(
        default=None, metadata={"wire": "audioPreference"}
    )
    """How the user wants incoming audio delivered; VoIP unless set otherwise."""
    conversation_history: GenericPolicy | None = attrs.field(
        default=None, metadata={"wire": "conversationHistory"}
    )
    """Whether conversation history is kept."""
    lis_location: str | None = attrs.field(default=None, metadata={"wire": "lisLocation"})
    """Endpoint location as reported by the Location Information Service."""
    lis_query_result: LisQueryResultEnum | None = attrs.field(
        default=None, metadata={"wire": "lisQueryResult"}
    )
    """Outcome of the Location Information Service lookup."""
    phone_number: str | None = attrs.field(default=None, metadata={"wire": "phoneNumber"})
    """Number of the phone on which the user wants to be reached. At most 100 characters."""
    publish_endpoint_location: bool | None = attrs.field(
        default=None, metadata={"wire": "publishEndpointLocation"}
    )
    """Whether the endpoint location of the user is published."""
    supported_message_formats: list[MessageFormat] | None = attrs.field(
        default=None, metadata={"wire": "supportedMessageFormats"}
    )
    """Message formats this application can handle."""
    supported_modalities: list[ModalityType] | None = attrs.field(
        default=None, metadata={"wire": "supportedModalities"}
    )
    """Incoming modalities the user is interested in."""
    video_based_screen_sharing: GenericPolicy | None = attrs.field(
        default=None, metadata={"wire": "videoBasedScreenSharing"}
    )
    """Whether video-based screen sharing is available."""
    simultaneous_ring_number_match: GenericPolicy | None = attrs.field(
        default=None, metadata={"wire": "simultaneousRingNumberMatch"}
    )
    """Missing from the page's Properties table; the examples show it."""
    links: CommunicationLinks = attrs.field(factory=CommunicationLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "audioPreference":
                    read.one(key, "audio_preference", value, AudioPreference)
                case "conversationHistory":
                    read.one(key, "conversation_history", value, GenericPolicy)
                case "lisLocation":
                    read.one(key, "lis_location", value, str)
                case "lisQueryResult":
                    read.one(key, "lis_query_result", value, LisQueryResultEnum)
                case "phoneNumber":
                    read.one(key, "phone_number", value, str)
                case "publishEndpointLocation":
                    read.one(key, "publish_endpoint_location", value, bool)
                case "supportedMessageFormats":
                    read.many(key, "supported_message_formats", value, MessageFormat)
                case "supportedModalities":
                    read.many(key, "supported_modalities", value, ModalityType)
                case "videoBasedScreenSharing":
                    read.one(key, "video_based_screen_sharing", value, GenericPolicy)
                case "simultaneousRingNumberMatch":
                    read.one(key, "simultaneous_ring_number_match", value, GenericPolicy)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("audioPreference", self.audio_preference, AudioPreference)
        write.one("conversationHistory", self.conversation_history, GenericPolicy)
        write.one("lisLocation", self.lis_location, str)
        write.one("lisQueryResult", self.lis_query_result, LisQueryResultEnum)
        write.one("phoneNumber", self.phone_number, str)
        write.one("publishEndpointLocation", self.publish_endpoint_location, bool)
        write.many("supportedMessageFormats", self.supported_message_formats, MessageFormat)
        write.many("supportedModalities", self.supported_modalities, ModalityType)
        write.one("videoBasedScreenSharing", self.video_based_screen_sharing, GenericPolicy)
        write.one("simultaneousRingNumberMatch", self.simultaneous_ring_number_match, GenericPolicy)

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

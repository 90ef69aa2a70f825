"""policies resource.

Reference: policies_ref.md.
"""

from __future__ import annotations

from typing import ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import LocationRequiredEnum


@attrs.define(kw_only=True)
class Policies(Resource):
    """The policies resource.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "policies"

    allow_device_contacts_sync: str | None = None
    audio_only_on_wifi: str | None = None
    call_log_archiving: str | None = None
    customer_experience_improvement_program: str | None = None
    emergency_dial_mask: str | None = None
    emergency_dial_string: str | None = None
    emergency_numbers: list[str] | None = None
    emergency_service_disclaimer: str | None = None
    emoticons: str | None = None
    encrypt_app_data: str | None = None
    client_exchange_connectivity: str | None = None
    exchange_unified_messaging: str | None = None
    help_environment: str | None = None
    html_messaging: str | None = None
    location_refresh_interval: int | None = None
    location_required: LocationRequiredEnum | None = None
    logging: str | None = None
    logging_level: str | None = None
    message_archiving: str | None = None
    messaging_urls: str | None = None
    multi_view_join: str | None = None
    online_feedback_url: str | None = None
    photos: str | None = None
    save_call_logs: str | None = None
    save_credentials: str | None = None
    save_messaging_history: str | None = None
    send_feedback_url: str | None = None
    sharing_only_on_wifi: str | None = None
    software_quality_metrics: str | None = None
    telephony_mode: str | None = None
    use_location_for_e911_only: str | None = None
    video_only_on_wifi: str | None = None
    voicemail_uri: str | None = None
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=Links,
        embedded_class=Embedded,
        properties=(
            PropertySpec("allowDeviceContactsSync", "allow_device_contacts_sync", str),
            PropertySpec("audioOnlyOnWifi", "audio_only_on_wifi", str),
            PropertySpec("callLogArchiving", "call_log_archiving", str),
            PropertySpec(
                "customerExperienceImprovementProgram",
                "customer_experience_improvement_program",
                str,
            ),
            PropertySpec("emergencyDialMask", "emergency_dial_mask", str),
            PropertySpec("emergencyDialString", "emergency_dial_string", str),
            PropertySpec("emergencyNumbers", "emergency_numbers", list[str]),
            PropertySpec("emergencyServiceDisclaimer", "emergency_service_disclaimer", str),
            PropertySpec("emoticons", "emoticons", str),
            PropertySpec("encryptAppData", "encrypt_app_data", str),
            PropertySpec("clientExchangeConnectivity", "client_exchange_connectivity", str),
            PropertySpec("exchangeUnifiedMessaging", "exchange_unified_messaging", str),
            PropertySpec("helpEnvironment", "help_environment", str),
            PropertySpec("htmlMessaging", "html_messaging", str),
            PropertySpec("locationRefreshInterval", "location_refresh_interval", int),
            PropertySpec("locationRequired", "location_required", LocationRequiredEnum),
            PropertySpec("logging", "logging", str),
            PropertySpec("loggingLevel", "logging_level", str),
            PropertySpec("messageArchiving", "message_archiving", str),
            PropertySpec("messagingUrls", "messaging_urls", str),
            PropertySpec("multiViewJoin", "multi_view_join", str),
            PropertySpec("onlineFeedbackUrl", "online_feedback_url", str),
            PropertySpec("photos", "photos", str),
            PropertySpec("saveCallLogs", "save_call_logs", str),
            PropertySpec("saveCredentials", "save_credentials", str),
            PropertySpec("saveMessagingHistory", "save_messaging_history", str),
            PropertySpec("sendFeedbackUrl", "send_feedback_url", str),
            PropertySpec("sharingOnlyOnWifi", "sharing_only_on_wifi", str),
            PropertySpec("softwareQualityMetrics", "software_quality_metrics", str),
            PropertySpec("telephonyMode", "telephony_mode", str),
            PropertySpec("useLocationForE911Only", "use_location_for_e911_only", str),
            PropertySpec("videoOnlyOnWifi", "video_only_on_wifi", str),
            PropertySpec("voicemailUri", "voicemail_uri", str),
        ),
    )

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[Policies],
    ) -> Policies:
        """GET policies.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[Policies] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="policies"),),
)

"""policies resource.

Reference: policies_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import LocationRequiredEnum

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class Policies(Resource):
    """The policies resource.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "policies"

    allow_device_contacts_sync: str | None = attrs.field(
        default=None, metadata={"wire": "allowDeviceContactsSync"}
    )
    audio_only_on_wifi: str | None = attrs.field(default=None, metadata={"wire": "audioOnlyOnWifi"})
    call_log_archiving: str | None = attrs.field(
        default=None, metadata={"wire": "callLogArchiving"}
    )
    customer_experience_improvement_program: str | None = attrs.field(
        default=None, metadata={"wire": "customerExperienceImprovementProgram"}
    )
    emergency_dial_mask: str | None = attrs.field(
        default=None, metadata={"wire": "emergencyDialMask"}
    )
    emergency_dial_string: str | None = attrs.field(
        default=None, metadata={"wire": "emergencyDialString"}
    )
    emergency_numbers: list[str] | None = attrs.field(
        default=None, metadata={"wire": "emergencyNumbers"}
    )
    emergency_service_disclaimer: str | None = attrs.field(
        default=None, metadata={"wire": "emergencyServiceDisclaimer"}
    )
    emoticons: str | None = attrs.field(default=None, metadata={"wire": "emoticons"})
    encrypt_app_data: str | None = attrs.field(default=None, metadata={"wire": "encryptAppData"})
    client_exchange_connectivity: str | None = attrs.field(
        default=None, metadata={"wire": "clientExchangeConnectivity"}
    )
    exchange_unified_messaging: str | None = attrs.field(
        default=None, metadata={"wire": "exchangeUnifiedMessaging"}
    )
    help_environment: str | None = attrs.field(default=None, metadata={"wire": "helpEnvironment"})
    html_messaging: str | None = attrs.field(default=None, metadata={"wire": "htmlMessaging"})
    location_refresh_interval: int | None = attrs.field(
        default=None, metadata={"wire": "locationRefreshInterval"}
    )
    location_required: LocationRequiredEnum | None = attrs.field(
        default=None, metadata={"wire": "locationRequired"}
    )
    logging: str | None = attrs.field(default=None, metadata={"wire": "logging"})
    logging_level: str | None = attrs.field(default=None, metadata={"wire": "loggingLevel"})
    message_archiving: str | None = attrs.field(default=None, metadata={"wire": "messageArchiving"})
    messaging_urls: str | None = attrs.field(default=None, metadata={"wire": "messagingUrls"})
    multi_view_join: str | None = attrs.field(default=None, metadata={"wire": "multiViewJoin"})
    online_feedback_url: str | None = attrs.field(
        default=None, metadata={"wire": "onlineFeedbackUrl"}
    )
    photos: str | None = attrs.field(default=None, metadata={"wire": "photos"})
    save_call_logs: str | None = attrs.field(default=None, metadata={"wire": "saveCallLogs"})
    save_credentials: str | None = attrs.field(default=None, metadata={"wire": "saveCredentials"})
    save_messaging_history: str | None = attrs.field(
        default=None, metadata={"wire": "saveMessagingHistory"}
    )
    send_feedback_url: str | None = attrs.field(default=None, metadata={"wire": "sendFeedbackUrl"})
    sharing_only_on_wifi: str | None = attrs.field(
        default=None, metadata={"wire": "sharingOnlyOnWifi"}
    )
    software_quality_metrics: str | None = attrs.field(
        default=None, metadata={"wire": "softwareQualityMetrics"}
    )
    telephony_mode: str | None = attrs.field(default=None, metadata={"wire": "telephonyMode"})
    use_location_for_e911_only: str | None = attrs.field(
        default=None, metadata={"wire": "useLocationForE911Only"}
    )
    video_only_on_wifi: str | None = attrs.field(default=None, metadata={"wire": "videoOnlyOnWifi"})
    voicemail_uri: str | None = attrs.field(default=None, metadata={"wire": "voicemailUri"})
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "allowDeviceContactsSync":
                    read.one(key, "allow_device_contacts_sync", value, str)
                case "audioOnlyOnWifi":
                    read.one(key, "audio_only_on_wifi", value, str)
                case "callLogArchiving":
                    read.one(key, "call_log_archiving", value, str)
                case "customerExperienceImprovementProgram":
                    read.one(key, "customer_experience_improvement_program", value, str)
                case "emergencyDialMask":
                    read.one(key, "emergency_dial_mask", value, str)
                case "emergencyDialString":
                    read.one(key, "emergency_dial_string", value, str)
                case "emergencyNumbers":
                    read.many(key, "emergency_numbers", value, str)
                case "emergencyServiceDisclaimer":
                    read.one(key, "emergency_service_disclaimer", value, str)
                case "emoticons":
                    read.one(key, "emoticons", value, str)
                case "encryptAppData":
                    read.one(key, "encrypt_app_data", value, str)
                case "clientExchangeConnectivity":
                    read.one(key, "client_exchange_connectivity", value, str)
                case "exchangeUnifiedMessaging":
                    read.one(key, "exchange_unified_messaging", value, str)
                case "helpEnvironment":
                    read.one(key, "help_environment", value, str)
                case "htmlMessaging":
                    read.one(key, "html_messaging", value, str)
                case "locationRefreshInterval":
                    read.one(key, "location_refresh_interval", value, int)
                case "locationRequired":
                    read.one(key, "location_required", value, LocationRequiredEnum)
                case "logging":
                    read.one(key, "logging", value, str)
                case "loggingLevel":
                    read.one(key, "logging_level", value, str)
                case "messageArchiving":
                    read.one(key, "message_archiving", value, str)
                case "messagingUrls":
                    read.one(key, "messaging_urls", value, str)
                case "multiViewJoin":
                    read.one(key, "multi_view_join", value, str)
                case "onlineFeedbackUrl":
                    read.one(key, "online_feedback_url", value, str)
                case "photos":
                    read.one(key, "photos", value, str)
                case "saveCallLogs":
                    read.one(key, "save_call_logs", value, str)
                case "saveCredentials":
                    read.one(key, "save_credentials", value, str)
                case "saveMessagingHistory":
                    read.one(key, "save_messaging_history", value, str)
                case "sendFeedbackUrl":
                    read.one(key, "send_feedback_url", value, str)
                case "sharingOnlyOnWifi":
                    read.one(key, "sharing_only_on_wifi", value, str)
                case "softwareQualityMetrics":
                    read.one(key, "software_quality_metrics", value, str)
                case "telephonyMode":
                    read.one(key, "telephony_mode", value, str)
                case "useLocationForE911Only":
                    read.one(key, "use_location_for_e911_only", value, str)
                case "videoOnlyOnWifi":
                    read.one(key, "video_only_on_wifi", value, str)
                case "voicemailUri":
                    read.one(key, "voicemail_uri", value, str)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("allowDeviceContactsSync", self.allow_device_contacts_sync, str)
        write.one("audioOnlyOnWifi", self.audio_only_on_wifi, str)
        write.one("callLogArchiving", self.call_log_archiving, str)
        write.one(
            "customerExperienceImprovementProgram",
            self.customer_experience_improvement_program,
            str,
        )
        write.one("emergencyDialMask", self.emergency_dial_mask, str)
        write.one("emergencyDialString", self.emergency_dial_string, str)
        write.many("emergencyNumbers", self.emergency_numbers, str)
        write.one("emergencyServiceDisclaimer", self.emergency_service_disclaimer, str)
        write.one("emoticons", self.emoticons, str)
        write.one("encryptAppData", self.encrypt_app_data, str)
        write.one("clientExchangeConnectivity", self.client_exchange_connectivity, str)
        write.one("exchangeUnifiedMessaging", self.exchange_unified_messaging, str)
        write.one("helpEnvironment", self.help_environment, str)
        write.one("htmlMessaging", self.html_messaging, str)
        write.one("locationRefreshInterval", self.location_refresh_interval, int)
        write.one("locationRequired", self.location_required, LocationRequiredEnum)
        write.one("logging", self.logging, str)
        write.one("loggingLevel", self.logging_level, str)
        write.one("messageArchiving", self.message_archiving, str)
        write.one("messagingUrls", self.messaging_urls, str)
        write.one("multiViewJoin", self.multi_view_join, str)
        write.one("onlineFeedbackUrl", self.online_feedback_url, str)
        write.one("photos", self.photos, str)
        write.one("saveCallLogs", self.save_call_logs, str)
        write.one("saveCredentials", self.save_credentials, str)
        write.one("saveMessagingHistory", self.save_messaging_history, str)
        write.one("sendFeedbackUrl", self.send_feedback_url, str)
        write.one("sharingOnlyOnWifi", self.sharing_only_on_wifi, str)
        write.one("softwareQualityMetrics", self.software_quality_metrics, str)
        write.one("telephonyMode", self.telephony_mode, str)
        write.one("useLocationForE911Only", self.use_location_for_e911_only, str)
        write.one("videoOnlyOnWifi", self.video_only_on_wifi, str)
        write.one("voicemailUri", self.voicemail_uri, str)

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

"""policies resource.

Reference: policies_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import LocationRequiredEnum

if TYPE_CHECKING:
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

"""mediaPolicies resource.

Reference: mediaPolicies_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import BandwidthControlPolicy, EnforcementPolicy, RequirementPolicy

if TYPE_CHECKING:
    from ucwa_runtime.transport import Client


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class MediaPolicies(Resource):
    """The mediaPolicies resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "mediaPolicies"

    application_sharing_bit_rate: str | None = attrs.field(
        default=None, metadata={"wire": "applicationSharingBitRate"}
    )
    application_sharing_encryption: EnforcementPolicy | None = attrs.field(
        default=None, metadata={"wire": "applicationSharingEncryption"}
    )
    audio_bit_rate: str | None = attrs.field(default=None, metadata={"wire": "audioBitRate"})
    audio_bypass: str | None = attrs.field(default=None, metadata={"wire": "audioBypass"})
    audio_bypass_id: str | None = attrs.field(default=None, metadata={"wire": "audioBypassId"})
    audio_video_encryption: EnforcementPolicy | None = attrs.field(
        default=None, metadata={"wire": "audioVideoEncryption"}
    )
    bandwidth_control: BandwidthControlPolicy | None = attrs.field(
        default=None, metadata={"wire": "bandwidthControl"}
    )
    external_audio_bypass_mode: str | None = attrs.field(
        default=None, metadata={"wire": "externalAudioBypassMode"}
    )
    fips_compliant_media: RequirementPolicy | None = attrs.field(
        default=None, metadata={"wire": "fipsCompliantMedia"}
    )
    high_performance_application_sharing_in_online_meeting: str | None = attrs.field(
        default=None, metadata={"wire": "highPerformanceApplicationSharingInOnlineMeeting"}
    )
    internal_audio_bypass_mode: str | None = attrs.field(
        default=None, metadata={"wire": "internalAudioBypassMode"}
    )
    maximum_application_sharing_port: int | None = attrs.field(
        default=None, metadata={"wire": "maximumApplicationSharingPort"}
    )
    maximum_audio_port: int | None = attrs.field(
        default=None, metadata={"wire": "maximumAudioPort"}
    )
    maximum_video_port: int | None = attrs.field(
        default=None, metadata={"wire": "maximumVideoPort"}
    )
    maximum_video_rate_allowed: str | None = attrs.field(
        default=None, metadata={"wire": "maximumVideoRateAllowed"}
    )
    minimum_application_sharing_port: int | None = attrs.field(
        default=None, metadata={"wire": "minimumApplicationSharingPort"}
    )
    minimum_audio_port: int | None = attrs.field(
        default=None, metadata={"wire": "minimumAudioPort"}
    )
    minimum_video_port: int | None = attrs.field(
        default=None, metadata={"wire": "minimumVideoPort"}
    )
    multi_view_join: str | None = attrs.field(default=None, metadata={"wire": "multiViewJoin"})
    poor_device_warnings: str | None = attrs.field(
        default=None, metadata={"wire": "poorDeviceWarnings"}
    )
    poor_network_warnings: str | None = attrs.field(
        default=None, metadata={"wire": "poorNetworkWarnings"}
    )
    port_range: str | None = attrs.field(default=None, metadata={"wire": "portRange"})
    quality_of_service: str | None = attrs.field(
        default=None, metadata={"wire": "qualityOfService"}
    )
    total_received_video_bit_rate_kb: str | None = attrs.field(
        default=None, metadata={"wire": "totalReceivedVideoBitRateKB"}
    )
    video: str | None = attrs.field(default=None, metadata={"wire": "video"})
    video_bit_rate: str | None = attrs.field(default=None, metadata={"wire": "videoBitRate"})
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[MediaPolicies],
    ) -> MediaPolicies:
        """GET mediaPolicies.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[MediaPolicies] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="mediaPolicies"),),
)

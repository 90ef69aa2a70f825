"""mediaPolicies resource.

Reference: mediaPolicies_ref.md.
"""

from __future__ import annotations

from typing import ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import BandwidthControlPolicy, EnforcementPolicy, RequirementPolicy


@attrs.define(kw_only=True)
class MediaPolicies(Resource):
    """The mediaPolicies resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "mediaPolicies"

    application_sharing_bit_rate: str | None = None
    application_sharing_encryption: EnforcementPolicy | None = None
    audio_bit_rate: str | None = None
    audio_bypass: str | None = None
    audio_bypass_id: str | None = None
    audio_video_encryption: EnforcementPolicy | None = None
    bandwidth_control: BandwidthControlPolicy | None = None
    external_audio_bypass_mode: str | None = None
    fips_compliant_media: RequirementPolicy | None = None
    high_performance_application_sharing_in_online_meeting: str | None = None
    internal_audio_bypass_mode: str | None = None
    maximum_application_sharing_port: int | None = None
    maximum_audio_port: int | None = None
    maximum_video_port: int | None = None
    maximum_video_rate_allowed: str | None = None
    minimum_application_sharing_port: int | None = None
    minimum_audio_port: int | None = None
    minimum_video_port: int | None = None
    multi_view_join: str | None = None
    poor_device_warnings: str | None = None
    poor_network_warnings: str | None = None
    port_range: str | None = None
    quality_of_service: str | None = None
    total_received_video_bit_rate_kb: str | None = None
    video: str | None = None
    video_bit_rate: str | None = None
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=Links,
        embedded_class=Embedded,
        properties=(
            PropertySpec("applicationSharingBitRate", "application_sharing_bit_rate", str),
            PropertySpec(
                "applicationSharingEncryption", "application_sharing_encryption", EnforcementPolicy
            ),
            PropertySpec("audioBitRate", "audio_bit_rate", str),
            PropertySpec("audioBypass", "audio_bypass", str),
            PropertySpec("audioBypassId", "audio_bypass_id", str),
            PropertySpec("audioVideoEncryption", "audio_video_encryption", EnforcementPolicy),
            PropertySpec("bandwidthControl", "bandwidth_control", BandwidthControlPolicy),
            PropertySpec("externalAudioBypassMode", "external_audio_bypass_mode", str),
            PropertySpec("fipsCompliantMedia", "fips_compliant_media", RequirementPolicy),
            PropertySpec(
                "highPerformanceApplicationSharingInOnlineMeeting",
                "high_performance_application_sharing_in_online_meeting",
                str,
            ),
            PropertySpec("internalAudioBypassMode", "internal_audio_bypass_mode", str),
            PropertySpec("maximumApplicationSharingPort", "maximum_application_sharing_port", int),
            PropertySpec("maximumAudioPort", "maximum_audio_port", int),
            PropertySpec("maximumVideoPort", "maximum_video_port", int),
            PropertySpec("maximumVideoRateAllowed", "maximum_video_rate_allowed", str),
            PropertySpec("minimumApplicationSharingPort", "minimum_application_sharing_port", int),
            PropertySpec("minimumAudioPort", "minimum_audio_port", int),
            PropertySpec("minimumVideoPort", "minimum_video_port", int),
            PropertySpec("multiViewJoin", "multi_view_join", str),
            PropertySpec("poorDeviceWarnings", "poor_device_warnings", str),
            PropertySpec("poorNetworkWarnings", "poor_network_warnings", str),
            PropertySpec("portRange", "port_range", str),
            PropertySpec("qualityOfService", "quality_of_service", str),
            PropertySpec("totalReceivedVideoBitRateKB", "total_received_video_bit_rate_kb", str),
            PropertySpec("video", "video", str),
            PropertySpec("videoBitRate", "video_bit_rate", str),
        ),
    )

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

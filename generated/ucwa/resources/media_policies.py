"""mediaPolicies resource.

Reference: mediaPolicies_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import BandwidthControlPolicy, EnforcementPolicy, RequirementPolicy

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
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

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "applicationSharingBitRate":
                    read.one(key, "application_sharing_bit_rate", value, str)
                case "applicationSharingEncryption":
                    read.one(key, "application_sharing_encryption", value, EnforcementPolicy)
                case "audioBitRate":
                    read.one(key, "audio_bit_rate", value, str)
                case "audioBypass":
                    read.one(key, "audio_bypass", value, str)
                case "audioBypassId":
                    read.one(key, "audio_bypass_id", value, str)
                case "audioVideoEncryption":
                    read.one(key, "audio_video_encryption", value, EnforcementPolicy)
                case "bandwidthControl":
                    read.one(key, "bandwidth_control", value, BandwidthControlPolicy)
                case "externalAudioBypassMode":
                    read.one(key, "external_audio_bypass_mode", value, str)
                case "fipsCompliantMedia":
                    read.one(key, "fips_compliant_media", value, RequirementPolicy)
                case "highPerformanceApplicationSharingInOnlineMeeting":
                    read.one(
                        key, "high_performance_application_sharing_in_online_meeting", value, str
                    )
                case "internalAudioBypassMode":
                    read.one(key, "internal_audio_bypass_mode", value, str)
                case "maximumApplicationSharingPort":
                    read.one(key, "maximum_application_sharing_port", value, int)
                case "maximumAudioPort":
                    read.one(key, "maximum_audio_port", value, int)
                case "maximumVideoPort":
                    read.one(key, "maximum_video_port", value, int)
                case "maximumVideoRateAllowed":
                    read.one(key, "maximum_video_rate_allowed", value, str)
                case "minimumApplicationSharingPort":
                    read.one(key, "minimum_application_sharing_port", value, int)
                case "minimumAudioPort":
                    read.one(key, "minimum_audio_port", value, int)
                case "minimumVideoPort":
                    read.one(key, "minimum_video_port", value, int)
                case "multiViewJoin":
                    read.one(key, "multi_view_join", value, str)
                case "poorDeviceWarnings":
                    read.one(key, "poor_device_warnings", value, str)
                case "poorNetworkWarnings":
                    read.one(key, "poor_network_warnings", value, str)
                case "portRange":
                    read.one(key, "port_range", value, str)
                case "qualityOfService":
                    read.one(key, "quality_of_service", value, str)
                case "totalReceivedVideoBitRateKB":
                    read.one(key, "total_received_video_bit_rate_kb", value, str)
                case "video":
                    read.one(key, "video", value, str)
                case "videoBitRate":
                    read.one(key, "video_bit_rate", value, str)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("applicationSharingBitRate", self.application_sharing_bit_rate, str)
        write.one(
            "applicationSharingEncryption", self.application_sharing_encryption, EnforcementPolicy
        )
        write.one("audioBitRate", self.audio_bit_rate, str)
        write.one("audioBypass", self.audio_bypass, str)
        write.one("audioBypassId", self.audio_bypass_id, str)
        write.one("audioVideoEncryption", self.audio_video_encryption, EnforcementPolicy)
        write.one("bandwidthControl", self.bandwidth_control, BandwidthControlPolicy)
        write.one("externalAudioBypassMode", self.external_audio_bypass_mode, str)
        write.one("fipsCompliantMedia", self.fips_compliant_media, RequirementPolicy)
        write.one(
            "highPerformanceApplicationSharingInOnlineMeeting",
            self.high_performance_application_sharing_in_online_meeting,
            str,
        )
        write.one("internalAudioBypassMode", self.internal_audio_bypass_mode, str)
        write.one("maximumApplicationSharingPort", self.maximum_application_sharing_port, int)
        write.one("maximumAudioPort", self.maximum_audio_port, int)
        write.one("maximumVideoPort", self.maximum_video_port, int)
        write.one("maximumVideoRateAllowed", self.maximum_video_rate_allowed, str)
        write.one("minimumApplicationSharingPort", self.minimum_application_sharing_port, int)
        write.one("minimumAudioPort", self.minimum_audio_port, int)
        write.one("minimumVideoPort", self.minimum_video_port, int)
        write.one("multiViewJoin", self.multi_view_join, str)
        write.one("poorDeviceWarnings", self.poor_device_warnings, str)
        write.one("poorNetworkWarnings", self.poor_network_warnings, str)
        write.one("portRange", self.port_range, str)
        write.one("qualityOfService", self.quality_of_service, str)
        write.one("totalReceivedVideoBitRateKB", self.total_received_video_bit_rate_kb, str)
        write.one("video", self.video, str)
        write.one("videoBitRate", self.video_bit_rate, str)

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

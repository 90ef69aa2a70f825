"""phoneDialInInformation resource.

Reference: phoneDialInInformation_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

if TYPE_CHECKING:
    from .dial_in_region import DialInRegion


@attrs.define(kw_only=True)
class PhoneDialInInformationLinks(Links):
    """The links of a phoneDialInInformation (its self link is Resource.self_link)."""

    dial_in_region: Link[DialInRegion] | None = None


@attrs.define(kw_only=True)
class PhoneDialInInformationEmbedded(Embedded):
    """The resources a phoneDialInInformation carries inside itself."""

    dial_in_region: list[DialInRegion] | None = None


@attrs.define(kw_only=True)
class PhoneDialInInformation(Resource):
    """The phoneDialInInformation resource.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "phoneDialInInformation"

    conference_id: str | None = None
    default_region: str | None = None
    external_directory_uri: str | None = None
    internal_directory_uri: str | None = None
    is_audio_conference_provider_enabled: bool | None = None
    participant_pass_code: str | None = None
    toll_free_numbers: list[str] | None = None
    toll_number: str | None = None
    links: PhoneDialInInformationLinks = attrs.field(factory=PhoneDialInInformationLinks)
    embedded: PhoneDialInInformationEmbedded = attrs.field(factory=PhoneDialInInformationEmbedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=PhoneDialInInformationLinks,
        embedded_class=PhoneDialInInformationEmbedded,
        properties=(
            PropertySpec("conferenceId", "conference_id", str),
            PropertySpec("defaultRegion", "default_region", str),
            PropertySpec("externalDirectoryUri", "external_directory_uri", str),
            PropertySpec("internalDirectoryUri", "internal_directory_uri", str),
            PropertySpec(
                "isAudioConferenceProviderEnabled", "is_audio_conference_provider_enabled", bool
            ),
            PropertySpec("participantPassCode", "participant_pass_code", str),
            PropertySpec("tollFreeNumbers", "toll_free_numbers", list[str]),
            PropertySpec("tollNumber", "toll_number", str),
        ),
        links=(LinkSpec("dialInRegion", "dial_in_region", target="dialInRegion"),),
        embedded=(LinkSpec("dialInRegion", "dial_in_region", many=True, target="dialInRegion"),),
    )

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[PhoneDialInInformation],
    ) -> PhoneDialInInformation:
        """GET phoneDialInInformation.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[PhoneDialInInformation] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="phoneDialInInformation"),),
)

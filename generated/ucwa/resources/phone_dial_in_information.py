"""phoneDialInInformation resource.

Reference: phoneDialInInformation_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

if TYPE_CHECKING:
    from ucwa_runtime.transport import Client

    from .dial_in_region import DialInRegion


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class PhoneDialInInformationLinks(Links):
    """The links of a phoneDialInInformation (its self link is Resource.self_link)."""

    dial_in_region: Link[DialInRegion] | None = attrs.field(
        default=None, metadata={"wire": "dialInRegion", "target": "dialInRegion"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class PhoneDialInInformationEmbedded(Embedded):
    """The resources a phoneDialInInformation carries inside itself."""

    dial_in_region: list[DialInRegion] | None = attrs.field(
        default=None, metadata={"wire": "dialInRegion", "target": "dialInRegion"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class PhoneDialInInformation(Resource):
    """The phoneDialInInformation resource.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "phoneDialInInformation"

    conference_id: str | None = attrs.field(default=None, metadata={"wire": "conferenceId"})
    default_region: str | None = attrs.field(default=None, metadata={"wire": "defaultRegion"})
    external_directory_uri: str | None = attrs.field(
        default=None, metadata={"wire": "externalDirectoryUri"}
    )
    internal_directory_uri: str | None = attrs.field(
        default=None, metadata={"wire": "internalDirectoryUri"}
    )
    is_audio_conference_provider_enabled: bool | None = attrs.field(
        default=None, metadata={"wire": "isAudioConferenceProviderEnabled"}
    )
    participant_pass_code: str | None = attrs.field(
        default=None, metadata={"wire": "participantPassCode"}
    )
    toll_free_numbers: list[str] | None = attrs.field(
        default=None, metadata={"wire": "tollFreeNumbers"}
    )
    toll_number: str | None = attrs.field(default=None, metadata={"wire": "tollNumber"})
    links: PhoneDialInInformationLinks = attrs.field(factory=PhoneDialInInformationLinks)
    embedded: PhoneDialInInformationEmbedded = attrs.field(factory=PhoneDialInInformationEmbedded)

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

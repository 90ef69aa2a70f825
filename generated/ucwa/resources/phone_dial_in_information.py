"""phoneDialInInformation resource.

Reference: phoneDialInInformation_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
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

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "conferenceId":
                    read.one(key, "conference_id", value, str)
                case "defaultRegion":
                    read.one(key, "default_region", value, str)
                case "externalDirectoryUri":
                    read.one(key, "external_directory_uri", value, str)
                case "internalDirectoryUri":
                    read.one(key, "internal_directory_uri", value, str)
                case "isAudioConferenceProviderEnabled":
                    read.one(key, "is_audio_conference_provider_enabled", value, bool)
                case "participantPassCode":
                    read.one(key, "participant_pass_code", value, str)
                case "tollFreeNumbers":
                    read.many(key, "toll_free_numbers", value, str)
                case "tollNumber":
                    read.one(key, "toll_number", value, str)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("conferenceId", self.conference_id, str)
        write.one("defaultRegion", self.default_region, str)
        write.one("externalDirectoryUri", self.external_directory_uri, str)
        write.one("internalDirectoryUri", self.internal_directory_uri, str)
        write.one(
            "isAudioConferenceProviderEnabled", self.is_audio_conference_provider_enabled, bool
        )
        write.one("participantPassCode", self.participant_pass_code, str)
        write.many("tollFreeNumbers", self.toll_free_numbers, str)
        write.one("tollNumber", self.toll_number, str)

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

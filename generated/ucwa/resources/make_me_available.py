"""makeMeAvailable resource.

Reference: makeMeAvailable_ref.md (revisions: makeMeAvailable2_ref.md).
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import (
    UNSET,
    Created,
    OperationSpec,
    OutcomeSpec,
    ParameterSpec,
    Unset,
    call,
)

from ..enums import AudioPreference, MessageFormat, ModalityType, PreferredAvailability

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader
    from ucwa_runtime.transport import Client


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class MakeMeAvailable(Resource):
    """The makeMeAvailable resource.

    Scopes (Skype for Business Online): User.ReadWrite, Conversations.Receive.
    """

    REL: ClassVar[str] = "makeMeAvailable"

    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case _:
                    read.other(key, value)

    @classmethod
    def post(
        cls,
        client: Client,
        link: Link[MakeMeAvailable],
        *,
        audio_preference: AudioPreference | Unset | None = UNSET,
        inactive_timeout: timedelta | Unset | None = UNSET,
        phone_number: str | None = None,
        sign_in_as: PreferredAvailability | Unset | None = UNSET,
        supported_message_formats: list[MessageFormat] | None = None,
        supported_modalities: list[ModalityType] | None = None,
        voip_fallback_to_phone_audio_time_out: timedelta | Unset | None = UNSET,
    ) -> Created[Resource] | None:
        """POST makeMeAvailable.

        Args:
            audio_preference: The audioPreference parameter. None is sent as null.
            inactive_timeout: The inactiveTimeout parameter. None is sent as null.
            phone_number: The phoneNumber parameter.
            sign_in_as: The signInAs parameter. None is sent as null.
            supported_message_formats: The supportedMessageFormats parameter.
            supported_modalities: The supportedModalities parameter.
            voip_fallback_to_phone_audio_time_out: The voipFallbackToPhoneAudioTimeOut parameter.
                None is sent as null.

        Errors: Conflict, Forbidden, ServiceFailure, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "audio_preference": audio_preference,
                "inactive_timeout": inactive_timeout,
                "phone_number": phone_number,
                "sign_in_as": sign_in_as,
                "supported_message_formats": supported_message_formats,
                "supported_modalities": supported_modalities,
                "voip_fallback_to_phone_audio_time_out": voip_fallback_to_phone_audio_time_out,
            },
        )


_POST: OperationSpec[Created[Resource] | None] = OperationSpec(
    method="POST",
    body=(
        ParameterSpec("audioPreference", "audio_preference", AudioPreference, nullable=True),
        ParameterSpec("inactiveTimeout", "inactive_timeout", timedelta, nullable=True),
        ParameterSpec("phoneNumber", "phone_number", str),
        ParameterSpec("signInAs", "sign_in_as", PreferredAvailability, nullable=True),
        ParameterSpec("supportedMessageFormats", "supported_message_formats", list[MessageFormat]),
        ParameterSpec("supportedModalities", "supported_modalities", list[ModalityType]),
        ParameterSpec(
            "voipFallbackToPhoneAudioTimeOut",
            "voip_fallback_to_phone_audio_time_out",
            timedelta,
            nullable=True,
        ),
    ),
    outcomes=(
        OutcomeSpec(204),
        OutcomeSpec(201),
    ),
)

"""startPhoneAudioOnBehalfOfDelegator resource.

Reference: startPhoneAudioOnBehalfOfDelegator_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.datauri import DataUri
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import Created, OperationSpec, OutcomeSpec, ParameterSpec, call

from ..enums import Importance

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader
    from ucwa_runtime.transport import Client

    from .phone_audio_invitation import PhoneAudioInvitation


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class StartPhoneAudioOnBehalfOfDelegator(Resource):
    """The startPhoneAudioOnBehalfOfDelegator resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "startPhoneAudioOnBehalfOfDelegator"

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
        link: Link[StartPhoneAudioOnBehalfOfDelegator],
        *,
        to: str,
        operation_id: str | None = None,
        phone_number: str | None = None,
        importance: Importance | None = None,
        subject: str | None = None,
        thread_id: str | None = None,
        custom_content: DataUri | str | None = None,
        delegator: str | None = None,
    ) -> Created[PhoneAudioInvitation]:
        """POST startPhoneAudioOnBehalfOfDelegator.

        Args:
            to: The to parameter.
            operation_id: The operationId parameter. At most 50 characters.
            phone_number: The phoneNumber parameter.
            importance: The importance parameter.
            subject: The subject parameter. At most 250 characters.
            thread_id: The threadId parameter.
            custom_content: The customContent parameter. Sent as _links.customContent.href; plain
                text becomes a data: URI.
            delegator: The delegator parameter.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "to": to,
                "operation_id": operation_id,
                "phone_number": phone_number,
                "importance": importance,
                "subject": subject,
                "thread_id": thread_id,
                "custom_content": custom_content,
                "delegator": delegator,
            },
        )


_POST: OperationSpec[Created[PhoneAudioInvitation]] = OperationSpec(
    method="POST",
    body=(
        ParameterSpec("operationId", "operation_id", str, max_length=50),
        ParameterSpec("phoneNumber", "phone_number", str),
        ParameterSpec("importance", "importance", Importance),
        ParameterSpec("subject", "subject", str, max_length=250),
        ParameterSpec("threadId", "thread_id", str),
        ParameterSpec("to", "to", str, required=True),
        ParameterSpec("customContent", "custom_content", DataUri, as_link=True),
        ParameterSpec("delegator", "delegator", str),
    ),
    outcomes=(OutcomeSpec(201, creates="phoneAudioInvitation"),),
)

"""startOnlineMeeting resource.

Reference: startOnlineMeeting_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import Created, OperationSpec, OutcomeSpec, ParameterSpec, call

from ..enums import Importance

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader
    from ucwa_runtime.transport import Client

    from .online_meeting_invitation import OnlineMeetingInvitation


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class StartOnlineMeeting(Resource):
    """The startOnlineMeeting resource.

    Scopes (Skype for Business Online): Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "startOnlineMeeting"

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
        link: Link[StartOnlineMeeting],
        *,
        operation_id: str | None = None,
        importance: Importance | None = None,
        subject: str | None = None,
        thread_id: str | None = None,
    ) -> Created[OnlineMeetingInvitation]:
        """POST startOnlineMeeting.

        Args:
            operation_id: The operationId parameter. At most 50 characters.
            importance: The importance parameter.
            subject: The subject parameter. At most 250 characters.
            thread_id: The threadId parameter.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "operation_id": operation_id,
                "importance": importance,
                "subject": subject,
                "thread_id": thread_id,
            },
        )


_POST: OperationSpec[Created[OnlineMeetingInvitation]] = OperationSpec(
    method="POST",
    body=(
        ParameterSpec("operationId", "operation_id", str, max_length=50),
        ParameterSpec("importance", "importance", Importance),
        ParameterSpec("subject", "subject", str, max_length=250),
        ParameterSpec("threadId", "thread_id", str),
    ),
    outcomes=(OutcomeSpec(201, creates="onlineMeetingInvitation"),),
)

"""startMessaging: Starts a new instant messaging conversation with a contact by sending a messaging
invitation.

Reference: startMessaging_ref.md (revisions: startMessaging2_ref.md).
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

    from .messaging_invitation import MessagingInvitation


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class StartMessaging(Resource):
    """Starts a new instant messaging conversation with a contact by sending a messaging invitation.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "startMessaging"

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
        link: Link[StartMessaging],
        *,
        session_context: str | None = None,
        telemetry_id: str | None = None,
        operation_id: str | None = None,
        to: str | None = None,
        importance: Importance | None = None,
        subject: str | None = None,
        thread_id: str | None = None,
        message: DataUri | str | None = None,
        custom_content: DataUri | str | None = None,
    ) -> Created[MessagingInvitation]:
        """Invite a contact to a new instant messaging conversation.

        Args:
            session_context: Not on the startMessaging page; SendAnIM.md sends it.
            telemetry_id: Not on the startMessaging page; SendAnIM.md sends it (null there).
            operation_id: Chosen by the client to match this request with the invitation that
                then starts in the event channel. Revision 2 makes it required. At most 50
                characters. Required from revision 2 on.
            to: SIP URI of the contact to invite. Revision 2 makes it optional. Optional from
                revision 2 on.
            importance: A hint the receiving application may show to the user.
            subject: The subject parameter. At most 250 characters.
            thread_id: Lets a client carry on an earlier conversation. Only revision 2 states the
                length limit. At most 250 characters.
            message: First message, sent with the invitation. Sent as _links.message.href; plain
                text becomes a data: URI.
            custom_content: Application-defined content sent with the invitation. Sent as
                _links.customContent.href; plain text becomes a data: URI.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "session_context": session_context,
                "telemetry_id": telemetry_id,
                "operation_id": operation_id,
                "to": to,
                "importance": importance,
                "subject": subject,
                "thread_id": thread_id,
                "message": message,
                "custom_content": custom_content,
            },
        )


_POST: OperationSpec[Created[MessagingInvitation]] = OperationSpec(
    method="POST",
    body=(
        ParameterSpec("sessionContext", "session_context", str),
        ParameterSpec("telemetryId", "telemetry_id", str),
        ParameterSpec(
            "operationId", "operation_id", str, max_length=50, required_by_revision=((2, True),)
        ),
        ParameterSpec("to", "to", str, required=True, required_by_revision=((2, False),)),
        ParameterSpec("importance", "importance", Importance),
        ParameterSpec("subject", "subject", str, max_length=250),
        ParameterSpec("threadId", "thread_id", str, max_length=250),
        ParameterSpec("message", "message", DataUri, as_link=True),
        ParameterSpec("customContent", "custom_content", DataUri, as_link=True),
    ),
    outcomes=(OutcomeSpec(201, creates="messagingInvitation"),),
)

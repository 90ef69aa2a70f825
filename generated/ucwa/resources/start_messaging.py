"""startMessaging: Starts a new instant messaging conversation with a contact by sending a messaging
invitation.

Reference: startMessaging_ref.md (revisions: startMessaging2_ref.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs

from .._runtime.datauri import DataUri
from .._runtime.model import (
    Embedded,
    Link,
    Links,
    Resource,
    ResourceSpec,
)
from .._runtime.operations import (
    Created,
    OperationSpec,
    OutcomeSpec,
    ParameterSpec,
    call,
)
from .._runtime.transport import Client
from ..enums import Importance

if TYPE_CHECKING:
    from .messaging_invitation import MessagingInvitation


@attrs.define(kw_only=True)
class StartMessagingLinks(Links):
    """The links of a startMessaging (its self link is Resource.self_link)."""


@attrs.define(kw_only=True)
class StartMessagingEmbedded(Embedded):
    """The resources a startMessaging carries inside itself."""


@attrs.define(kw_only=True)
class StartMessaging(Resource):
    """Starts a new instant messaging conversation with a contact by sending a messaging invitation.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "startMessaging"

    links: StartMessagingLinks = attrs.field(factory=StartMessagingLinks)
    embedded: StartMessagingEmbedded = attrs.field(factory=StartMessagingEmbedded)

    @classmethod
    def post(
        cls,
        client: Client,
        link: Link[StartMessaging],
        *,
        to: str,
        operation_id: str | None = None,
        importance: Importance | None = None,
        subject: str | None = None,
        thread_id: str | None = None,
        message: DataUri | str | None = None,
        custom_content: DataUri | str | None = None,
        to_query: str | None = None,
    ) -> Created[MessagingInvitation]:
        """Invite a contact to a new instant messaging conversation.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        result: Created[MessagingInvitation] = call(
            client,
            _POST,
            link,
            {
                "to": to,
                "operation_id": operation_id,
                "importance": importance,
                "subject": subject,
                "thread_id": thread_id,
                "message": message,
                "custom_content": custom_content,
                "to_query": to_query,
            },
        )
        return result


StartMessaging.SPEC = ResourceSpec(
    rel="startMessaging",
    links_class=StartMessagingLinks,
    embedded_class=StartMessagingEmbedded,
)

_POST = OperationSpec(
    method="POST",
    query=(
        ParameterSpec(
            "to",
            "to_query",
            str,
        ),
    ),
    body=(
        ParameterSpec(
            "operationId",
            "operation_id",
            str,
            max_length=50,
        ),
        ParameterSpec(
            "to",
            "to",
            str,
            required=True,
        ),
        ParameterSpec(
            "importance",
            "importance",
            Importance,
        ),
        ParameterSpec(
            "subject",
            "subject",
            str,
            max_length=250,
        ),
        ParameterSpec(
            "threadId",
            "thread_id",
            str,
            max_length=250,
        ),
        ParameterSpec(
            "message",
            "message",
            DataUri,
            as_link=True,
        ),
        ParameterSpec(
            "customContent",
            "custom_content",
            DataUri,
            as_link=True,
        ),
    ),
    outcomes=(OutcomeSpec(201, creates="messagingInvitation"),),
)

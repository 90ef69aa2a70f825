"""stopMessaging: Ends the conversation's instant messaging while it is connecting or connected.

Reference: stopMessaging_ref.md.
"""

from __future__ import annotations

from typing import ClassVar

import attrs

from .._runtime.model import (
    Embedded,
    Link,
    Links,
    Resource,
    ResourceSpec,
)
from .._runtime.operations import (
    OperationSpec,
    OutcomeSpec,
    call,
)
from .._runtime.transport import Client


@attrs.define(kw_only=True)
class StopMessagingLinks(Links):
    """The links of a stopMessaging (its self link is Resource.self_link)."""


@attrs.define(kw_only=True)
class StopMessagingEmbedded(Embedded):
    """The resources a stopMessaging carries inside itself."""


@attrs.define(kw_only=True)
class StopMessaging(Resource):
    """Ends the conversation's instant messaging while it is connecting or connected.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "stopMessaging"

    links: StopMessagingLinks = attrs.field(factory=StopMessagingLinks)
    embedded: StopMessagingEmbedded = attrs.field(factory=StopMessagingEmbedded)

    @classmethod
    def post(
        cls,
        client: Client,
        link: Link[StopMessaging],
    ) -> None:
        """Stop instant messaging in the conversation.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        call(
            client,
            _POST,
            link,
            {},
        )


StopMessaging.SPEC = ResourceSpec(
    rel="stopMessaging",
    links_class=StopMessagingLinks,
    embedded_class=StopMessagingEmbedded,
)

_POST = OperationSpec(
    method="POST",
    outcomes=(OutcomeSpec(204),),
)

"""setIsTyping resource.

Reference: setIsTyping_ref.md.
"""

from __future__ import annotations

from typing import ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client


@attrs.define(kw_only=True)
class SetIsTyping(Resource):
    """The setIsTyping resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "setIsTyping"

    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)

    @classmethod
    def post(
        cls,
        client: Client,
        link: Link[SetIsTyping],
    ) -> None:
        """POST setIsTyping.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {},
        )


_POST: OperationSpec[None] = OperationSpec(
    method="POST",
    outcomes=(OutcomeSpec(204),),
)

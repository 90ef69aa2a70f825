"""invitation resource.

Reference: invitation_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource

from ..enums import Direction, Importance, InvitationState

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter

    from .cancel import Cancel
    from .conversation import Conversation
    from .from_ import From


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class InvitationLinks(Links):
    """The links of a invitation (its self link is Resource.self_link)."""

    cancel: Link[Cancel] | None = attrs.field(
        default=None, metadata={"wire": "cancel", "target": "cancel"}
    )
    conversation: Link[Conversation] | None = attrs.field(
        default=None, metadata={"wire": "conversation", "target": "conversation"}
    )
    from_: Link[From] | None = attrs.field(
        default=None, metadata={"wire": "from", "target": "from"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Invitation(Resource):
    """The invitation resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "invitation"

    direction: Direction | None = attrs.field(default=None, metadata={"wire": "direction"})
    importance: Importance | None = attrs.field(default=None, metadata={"wire": "importance"})
    operation_id: str | None = attrs.field(default=None, metadata={"wire": "operationId"})
    """At most 50 characters."""
    state: InvitationState | None = attrs.field(default=None, metadata={"wire": "state"})
    subject: str | None = attrs.field(default=None, metadata={"wire": "subject"})
    """At most 250 characters."""
    thread_id: str | None = attrs.field(default=None, metadata={"wire": "threadId"})
    links: InvitationLinks = attrs.field(factory=InvitationLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "direction":
                    read.one(key, "direction", value, Direction)
                case "importance":
                    read.one(key, "importance", value, Importance)
                case "operationId":
                    read.one(key, "operation_id", value, str)
                case "state":
                    read.one(key, "state", value, InvitationState)
                case "subject":
                    read.one(key, "subject", value, str)
                case "threadId":
                    read.one(key, "thread_id", value, str)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("direction", self.direction, Direction)
        write.one("importance", self.importance, Importance)
        write.one("operationId", self.operation_id, str)
        write.one("state", self.state, InvitationState)
        write.one("subject", self.subject, str)
        write.one("threadId", self.thread_id, str)

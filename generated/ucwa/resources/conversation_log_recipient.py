"""conversationLogRecipient: One of the people who took part in a past conversation.

Reference: conversationLogRecipient_ref.md.
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

    from .contact import Contact
    from .contact_photo import ContactPhoto
    from .contact_presence import ContactPresence


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ConversationLogRecipientLinks(Links):
    """The links of a conversationLogRecipient (its self link is Resource.self_link)."""

    contact: Link[Contact] | None = attrs.field(
        default=None, metadata={"wire": "contact", "target": "contact"}
    )
    contact_photo: Link[ContactPhoto] | None = attrs.field(
        default=None, metadata={"wire": "contactPhoto", "target": "contactPhoto"}
    )
    contact_presence: Link[ContactPresence] | None = attrs.field(
        default=None, metadata={"wire": "contactPresence", "target": "contactPresence"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class ConversationLogRecipient(Resource):
    """One of the people who took part in a past conversation.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "conversationLogRecipient"

    display_name: str | None = attrs.field(default=None, metadata={"wire": "displayName"})
    """Name shown for the recipient."""
    sip_uri: str | None = attrs.field(default=None, metadata={"wire": "sipUri"})
    """SIP address of the recipient."""
    links: ConversationLogRecipientLinks = attrs.field(factory=ConversationLogRecipientLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "displayName":
                    read.one(key, "display_name", value, str)
                case "sipUri":
                    read.one(key, "sip_uri", value, str)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("displayName", self.display_name, str)
        write.one("sipUri", self.sip_uri, str)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[ConversationLogRecipient],
    ) -> ConversationLogRecipient:
        """Read the recipient.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[ConversationLogRecipient] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="conversationLogRecipient"),),
)

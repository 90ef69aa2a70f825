"""messageTranscript resource.

Reference: messageTranscript_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.datauri import DataUri
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class MessageTranscript(Resource):
    """The messageTranscript resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "messageTranscript"

    html_message: DataUri | None = attrs.field(
        default=None, metadata={"wire": "htmlMessage", "as_link": True}
    )
    """Sent as _links.htmlMessage.href."""
    plain_message: DataUri | None = attrs.field(
        default=None, metadata={"wire": "plainMessage", "as_link": True}
    )
    """Sent as _links.plainMessage.href."""
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
        read.linked("htmlMessage", "html_message", DataUri)
        read.linked("plainMessage", "plain_message", DataUri)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.linked("htmlMessage", self.html_message)
        write.linked("plainMessage", self.plain_message)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[MessageTranscript],
    ) -> MessageTranscript:
        """GET messageTranscript.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[MessageTranscript] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="messageTranscript"),),
)

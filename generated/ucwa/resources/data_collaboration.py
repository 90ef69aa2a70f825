"""dataCollaboration resource.

Reference: dataCollaboration_ref.md.
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

    from .conversation import Conversation


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class DataCollaborationLinks(Links):
    """The links of a dataCollaboration (its self link is Resource.self_link)."""

    conversation: Link[Conversation] | None = attrs.field(
        default=None, metadata={"wire": "conversation", "target": "conversation"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class DataCollaboration(Resource):
    """The dataCollaboration resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "dataCollaboration"

    state: str | None = attrs.field(default=None, metadata={"wire": "state"})
    links: DataCollaborationLinks = attrs.field(factory=DataCollaborationLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "state":
                    read.one(key, "state", value, str)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("state", self.state, str)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[DataCollaboration],
    ) -> DataCollaboration:
        """GET dataCollaboration.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[DataCollaboration] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="dataCollaboration"),),
)

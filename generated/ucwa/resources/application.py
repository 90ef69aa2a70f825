"""application: The client's registered application instance; the starting point for finding every
other capability.

Reference: application_ref.md.
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

    from .batch import Batch
    from .communication import Communication
    from .events import Events
    from .me import Me
    from .online_meetings import OnlineMeetings
    from .people import People
    from .policies import Policies
    from .report_my_network import ReportMyNetwork


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ApplicationLinks(Links):
    """The links of a application (its self link is Resource.self_link)."""

    batch: Link[Batch] | None = attrs.field(
        default=None, metadata={"wire": "batch", "target": "batch"}
    )
    events: Link[Events] | None = attrs.field(
        default=None, metadata={"wire": "events", "target": "events"}
    )
    policies: Link[Policies] | None = attrs.field(
        default=None, metadata={"wire": "policies", "target": "policies"}
    )
    report_my_network: Link[ReportMyNetwork] | None = attrs.field(
        default=None, metadata={"wire": "reportMyNetwork", "target": "reportMyNetwork"}
    )
    communication: Link[Communication] | None = attrs.field(
        default=None, metadata={"wire": "communication", "target": "communication"}
    )
    me: Link[Me] | None = attrs.field(default=None, metadata={"wire": "me", "target": "me"})
    online_meetings: Link[OnlineMeetings] | None = attrs.field(
        default=None, metadata={"wire": "onlineMeetings", "target": "onlineMeetings"}
    )
    people: Link[People] | None = attrs.field(
        default=None, metadata={"wire": "people", "target": "people"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class ApplicationEmbedded(Embedded):
    """The resources a application carries inside itself."""

    communication: Communication | None = attrs.field(
        default=None, metadata={"wire": "communication", "target": "communication"}
    )
    me: Me | None = attrs.field(default=None, metadata={"wire": "me", "target": "me"})
    online_meetings: OnlineMeetings | None = attrs.field(
        default=None, metadata={"wire": "onlineMeetings", "target": "onlineMeetings"}
    )
    people: People | None = attrs.field(
        default=None, metadata={"wire": "people", "target": "people"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Application(Resource):
    """The client's registered application instance; the starting point for finding every other
    capability.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "application"

    type: str | None = attrs.field(default=None, metadata={"wire": "type"})
    """Kind of device the application runs on; only Browser is supported in this release."""
    culture: str | None = attrs.field(default=None, metadata={"wire": "culture"})
    """Language and locale, which drive language-dependent features such as meeting announcements.
    """
    endpoint_id: str | None = attrs.field(default=None, metadata={"wire": "endpointId"})
    id: str | None = attrs.field(default=None, metadata={"wire": "id"})
    """Per-user, per-device registration identifier, used for telemetry."""
    instance_id: str | None = attrs.field(default=None, metadata={"wire": "instanceId"})
    user_agent: str | None = attrs.field(default=None, metadata={"wire": "userAgent"})
    """Identifies the client software and possibly its operating system."""
    links: ApplicationLinks = attrs.field(factory=ApplicationLinks)
    embedded: ApplicationEmbedded = attrs.field(factory=ApplicationEmbedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "type":
                    read.one(key, "type", value, str)
                case "culture":
                    read.one(key, "culture", value, str)
                case "endpointId":
                    read.one(key, "endpoint_id", value, str)
                case "id":
                    read.one(key, "id", value, str)
                case "instanceId":
                    read.one(key, "instance_id", value, str)
                case "userAgent":
                    read.one(key, "user_agent", value, str)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("type", self.type, str)
        write.one("culture", self.culture, str)
        write.one("endpointId", self.endpoint_id, str)
        write.one("id", self.id, str)
        write.one("instanceId", self.instance_id, str)
        write.one("userAgent", self.user_agent, str)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[Application],
    ) -> Application:
        """Read the application.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )

    @classmethod
    def delete(
        cls,
        client: Client,
        link: Link[Application],
    ) -> None:
        """Sign the application out, ending its conversations and subscriptions.

        Errors: Gone (see ucwa.errors).
        """
        return call(
            client,
            _DELETE,
            link,
            {},
        )


_GET: OperationSpec[Application] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="application"),),
)

_DELETE: OperationSpec[None] = OperationSpec(
    method="DELETE",
    outcomes=(OutcomeSpec(204),),
)

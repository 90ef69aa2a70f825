"""application: The client's registered application instance; the starting point for finding every
other capability.

Reference: application_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

if TYPE_CHECKING:
    from .batch import Batch
    from .communication import Communication
    from .events import Events
    from .me import Me
    from .online_meetings import OnlineMeetings
    from .people import People
    from .policies import Policies
    from .report_my_network import ReportMyNetwork


@attrs.define(kw_only=True)
class ApplicationLinks(Links):
    """The links of a application (its self link is Resource.self_link)."""

    batch: Link[Batch] | None = None
    events: Link[Events] | None = None
    policies: Link[Policies] | None = None
    report_my_network: Link[ReportMyNetwork] | None = None
    communication: Link[Communication] | None = None
    me: Link[Me] | None = None
    online_meetings: Link[OnlineMeetings] | None = None
    people: Link[People] | None = None


@attrs.define(kw_only=True)
class ApplicationEmbedded(Embedded):
    """The resources a application carries inside itself."""

    communication: Communication | None = None
    me: Me | None = None
    online_meetings: OnlineMeetings | None = None
    people: People | None = None


@attrs.define(kw_only=True)
class Application(Resource):
    """The client's registered application instance; the starting point for finding every other
    capability.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "application"

    type: str | None = None
    """Kind of device the application runs on; only Browser is supported in this release."""
    culture: str | None = None
    """Language and locale, which drive language-dependent features such as meeting announcements.
    """
    endpoint_id: str | None = None
    id: str | None = None
    """Per-user, per-device registration identifier, used for telemetry."""
    instance_id: str | None = None
    user_agent: str | None = None
    """Identifies the client software and possibly its operating system."""
    links: ApplicationLinks = attrs.field(factory=ApplicationLinks)
    embedded: ApplicationEmbedded = attrs.field(factory=ApplicationEmbedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=ApplicationLinks,
        embedded_class=ApplicationEmbedded,
        properties=(
            PropertySpec("type", "type", str),
            PropertySpec("culture", "culture", str),
            PropertySpec("endpointId", "endpoint_id", str),
            PropertySpec("id", "id", str),
            PropertySpec("instanceId", "instance_id", str),
            PropertySpec("userAgent", "user_agent", str),
        ),
        links=(
            LinkSpec("batch", "batch", target="batch"),
            LinkSpec("events", "events", target="events"),
            LinkSpec("policies", "policies", target="policies"),
            LinkSpec("reportMyNetwork", "report_my_network", target="reportMyNetwork"),
            LinkSpec("communication", "communication", target="communication"),
            LinkSpec("me", "me", target="me"),
            LinkSpec("onlineMeetings", "online_meetings", target="onlineMeetings"),
            LinkSpec("people", "people", target="people"),
        ),
        embedded=(
            LinkSpec("communication", "communication", target="communication"),
            LinkSpec("me", "me", target="me"),
            LinkSpec("onlineMeetings", "online_meetings", target="onlineMeetings"),
            LinkSpec("people", "people", target="people"),
        ),
    )

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

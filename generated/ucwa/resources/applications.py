"""applications: Entry point where a client registers itself and gets back its application resource.

Reference: applications_ref.md (revisions: applications2_ref.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, ParameterSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader
    from ucwa_runtime.transport import Client

    from .application import Application


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ApplicationsLinks(Links):
    """The links of a applications (its self link is Resource.self_link)."""

    application: Link[Application] | None = attrs.field(
        default=None, metadata={"wire": "application", "target": "application"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class ApplicationsEmbedded(Embedded):
    """The resources a applications carries inside itself."""

    application: list[Application] | None = attrs.field(
        default=None, metadata={"wire": "application", "target": "application"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Applications(Resource):
    """Entry point where a client registers itself and gets back its application resource."""

    REL: ClassVar[str] = "applications"

    links: ApplicationsLinks = attrs.field(factory=ApplicationsLinks)
    embedded: ApplicationsEmbedded = attrs.field(factory=ApplicationsEmbedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case _:
                    read.other(key, value)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[Applications],
    ) -> Applications:
        """GET applications.

        Errors: ServiceFailure, Conflict (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )

    @classmethod
    def post(
        cls,
        client: Client,
        link: Link[Applications],
        *,
        culture: str,
        endpoint_id: str,
        user_agent: str,
        instance_id: str | None = None,
        type: str | None = None,
    ) -> Application:
        """Register a new application instance.

        Args:
            culture: Client culture; must not be empty. At most 100 characters.
            endpoint_id: Identifier of this application, unique among the user's running
                applications on all devices; need not be the device id. At most 100 characters.
            user_agent: Names the client in messages sent for it; must not be empty. At most 100
                characters.
            instance_id: The instanceId parameter. At most 100 characters.
            type: Not on the applications page; MultiTabSupport.md sends it (the application's
                type property).

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "culture": culture,
                "endpoint_id": endpoint_id,
                "user_agent": user_agent,
                "instance_id": instance_id,
                "type": type,
            },
        )

    @classmethod
    def options(
        cls,
        client: Client,
        link: Link[Applications],
    ) -> Resource | None:
        """Ask which HTTP methods and parameters the resource supports."""
        return call(
            client,
            _OPTIONS,
            link,
            {},
        )


_GET: OperationSpec[Applications] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="applications"),),
)

_POST: OperationSpec[Application] = OperationSpec(
    method="POST",
    body=(
        ParameterSpec("culture", "culture", str, required=True, max_length=100),
        ParameterSpec("endpointId", "endpoint_id", str, required=True, max_length=100),
        ParameterSpec("instanceId", "instance_id", str, max_length=100),
        ParameterSpec("type", "type", str),
        ParameterSpec("userAgent", "user_agent", str, required=True, max_length=100),
    ),
    outcomes=(OutcomeSpec(201, body="application"),),
)

_OPTIONS: OperationSpec[Resource | None] = OperationSpec(
    method="OPTIONS",
    outcomes=(OutcomeSpec(200),),
)

"""reason resource.

Reference: reason_ref.md.
"""

from __future__ import annotations

from typing import ClassVar

import attrs

from .._runtime.model import Embedded, Link, Links, PropertySpec, Resource, ResourceSpec
from .._runtime.operations import OperationSpec, OutcomeSpec, call
from .._runtime.transport import Client


@attrs.define(kw_only=True)
class Reason(Resource):
    """The reason resource."""

    REL: ClassVar[str] = "reason"

    code: str | None = None
    message: str | None = None
    subcode: str | None = None
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[Reason],
    ) -> Reason:
        """GET reason."""
        result: Reason = call(
            client,
            _GET,
            link,
            {},
        )
        return result


Reason.SPEC = ResourceSpec(
    rel="reason",
    links_class=Links,
    embedded_class=Embedded,
    properties=(
        PropertySpec("code", "code", str),
        PropertySpec("message", "message", str),
        PropertySpec("subcode", "subcode", str),
    ),
)

_GET = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="reason"),),
)

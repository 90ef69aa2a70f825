"""reason resource.

Reference: reason_ref.md.
"""

from __future__ import annotations

from typing import ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import ErrorCode, ErrorSubcode


@attrs.define(kw_only=True)
class Reason(Resource):
    """The reason resource."""

    REL: ClassVar[str] = "reason"

    code: ErrorCode | None = None
    message: str | None = None
    subcode: ErrorSubcode | None = None
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=Links,
        embedded_class=Embedded,
        properties=(
            PropertySpec("code", "code", ErrorCode),
            PropertySpec("message", "message", str),
            PropertySpec("subcode", "subcode", ErrorSubcode),
        ),
    )

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[Reason],
    ) -> Reason:
        """GET reason."""
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[Reason] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="reason"),),
)

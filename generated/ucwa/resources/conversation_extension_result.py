"""conversationExtensionResult resource.

Reference: conversationExtensionResult_ref.md.
"""

from __future__ import annotations

from typing import ClassVar

import attrs
from ucwa_runtime.model import Embedded, Links, PropertySpec, Resource, ResourceSpec


@attrs.define(kw_only=True)
class ConversationExtensionResult(Resource):
    """The conversationExtensionResult resource."""

    REL: ClassVar[str] = "conversationExtensionResult"

    result: str | None = None
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=Links,
        embedded_class=Embedded,
        properties=(PropertySpec("result", "result", str),),
    )

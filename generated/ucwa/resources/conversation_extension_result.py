"""conversationExtensionResult resource.

Reference: conversationExtensionResult_ref.md.
"""

from __future__ import annotations

from typing import ClassVar

import attrs
from ucwa_runtime.model import Embedded, Links, Resource


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ConversationExtensionResult(Resource):
    """The conversationExtensionResult resource."""

    REL: ClassVar[str] = "conversationExtensionResult"

    result: str | None = attrs.field(default=None, metadata={"wire": "result"})
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)

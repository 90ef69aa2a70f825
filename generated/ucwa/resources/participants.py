"""participants resource.

Reference: participants_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader

    from .participant import Participant


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ParticipantsLinks(Links):
    """The links of a participants (its self link is Resource.self_link)."""

    participant: Link[Participant] | None = attrs.field(
        default=None, metadata={"wire": "participant", "target": "participant"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Participants(Resource):
    """The participants resource.

    Scopes (Skype for Business Online): Conversations.Receive.
    """

    REL: ClassVar[str] = "participants"

    links: ParticipantsLinks = attrs.field(factory=ParticipantsLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case _:
                    read.other(key, value)

"""lobby resource.

Reference: lobby_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader
    from ucwa_runtime.transport import Client

    from .participant import Participant


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class LobbyLinks(Links):
    """The links of a lobby (its self link is Resource.self_link)."""

    participant: Link[Participant] | None = attrs.field(
        default=None, metadata={"wire": "participant", "target": "participant"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class LobbyEmbedded(Embedded):
    """The resources a lobby carries inside itself."""

    participant: list[Participant] | None = attrs.field(
        default=None, metadata={"wire": "participant", "target": "participant"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Lobby(Resource):
    """The lobby resource.

    Scopes (Skype for Business Online): Conversations.Receive.
    """

    REL: ClassVar[str] = "lobby"

    links: LobbyLinks = attrs.field(factory=LobbyLinks)
    embedded: LobbyEmbedded = attrs.field(factory=LobbyEmbedded)

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
        link: Link[Lobby],
    ) -> Lobby:
        """GET lobby.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[Lobby] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="lobby"),),
)

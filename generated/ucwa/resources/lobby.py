"""lobby resource.

Reference: lobby_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

if TYPE_CHECKING:
    from .participant import Participant


@attrs.define(kw_only=True)
class LobbyLinks(Links):
    """The links of a lobby (its self link is Resource.self_link)."""

    participant: Link[Participant] | None = None


@attrs.define(kw_only=True)
class LobbyEmbedded(Embedded):
    """The resources a lobby carries inside itself."""

    participant: list[Participant] | None = None


@attrs.define(kw_only=True)
class Lobby(Resource):
    """The lobby resource.

    Scopes (Skype for Business Online): Conversations.Receive.
    """

    REL: ClassVar[str] = "lobby"

    links: LobbyLinks = attrs.field(factory=LobbyLinks)
    embedded: LobbyEmbedded = attrs.field(factory=LobbyEmbedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=LobbyLinks,
        embedded_class=LobbyEmbedded,
        links=(LinkSpec("participant", "participant", target="participant"),),
        embedded=(LinkSpec("participant", "participant", many=True, target="participant"),),
    )

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

"""mediaRelay resource.

Reference: mediaRelay_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import RelayLocation

if TYPE_CHECKING:
    from ucwa_runtime.transport import Client


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class MediaRelay(Resource):
    """The mediaRelay resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "mediaRelay"

    host: str | None = attrs.field(default=None, metadata={"wire": "host"})
    ipv4: str | None = attrs.field(default=None, metadata={"wire": "ipv4"})
    ipv6: str | None = attrs.field(default=None, metadata={"wire": "ipv6"})
    location: RelayLocation | None = attrs.field(default=None, metadata={"wire": "location"})
    tcp_port: int | None = attrs.field(default=None, metadata={"wire": "tcpPort"})
    udp_port: int | None = attrs.field(default=None, metadata={"wire": "udpPort"})
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[MediaRelay],
    ) -> MediaRelay:
        """GET mediaRelay.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[MediaRelay] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="mediaRelay"),),
)

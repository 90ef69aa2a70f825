"""mediaRelay resource.

Reference: mediaRelay_ref.md.
"""

from __future__ import annotations

from typing import ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import RelayLocation


@attrs.define(kw_only=True)
class MediaRelay(Resource):
    """The mediaRelay resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "mediaRelay"

    host: str | None = None
    ipv4: str | None = None
    ipv6: str | None = None
    location: RelayLocation | None = None
    tcp_port: int | None = None
    udp_port: int | None = None
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=Links,
        embedded_class=Embedded,
        properties=(
            PropertySpec("host", "host", str),
            PropertySpec("ipv4", "ipv4", str),
            PropertySpec("ipv6", "ipv6", str),
            PropertySpec("location", "location", RelayLocation),
            PropertySpec("tcpPort", "tcp_port", int),
            PropertySpec("udpPort", "udp_port", int),
        ),
    )

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

"""mediaRelay resource.

Reference: mediaRelay_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import RelayLocation

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
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

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "host":
                    read.one(key, "host", value, str)
                case "ipv4":
                    read.one(key, "ipv4", value, str)
                case "ipv6":
                    read.one(key, "ipv6", value, str)
                case "location":
                    read.one(key, "location", value, RelayLocation)
                case "tcpPort":
                    read.one(key, "tcp_port", value, int)
                case "udpPort":
                    read.one(key, "udp_port", value, int)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("host", self.host, str)
        write.one("ipv4", self.ipv4, str)
        write.one("ipv6", self.ipv6, str)
        write.one("location", self.location, RelayLocation)
        write.one("tcpPort", self.tcp_port, int)
        write.one("udpPort", self.udp_port, int)

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

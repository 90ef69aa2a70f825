"""reportMyNetwork resource.

Reference: reportMyNetwork_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import Created, OperationSpec, OutcomeSpec, ParameterSpec, call

from ..enums import ClientNetworkType

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader
    from ucwa_runtime.transport import Client


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ReportMyNetwork(Resource):
    """The reportMyNetwork resource.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "reportMyNetwork"

    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case _:
                    read.other(key, value)

    @classmethod
    def post(
        cls,
        client: Client,
        link: Link[ReportMyNetwork],
        *,
        client_network_type: ClientNetworkType,
        chassis_id: str | None = None,
        ip: str | None = None,
        mac: str | None = None,
        port_id: str | None = None,
        rssi: str | None = None,
        subnet_id: str | None = None,
        wap_bssid: str | None = None,
    ) -> Created[ReportMyNetwork]:
        """POST reportMyNetwork.

        Args:
            client_network_type: The clientNetworkType parameter.
            chassis_id: The chassisID parameter.
            ip: The ip parameter.
            mac: The mac parameter.
            port_id: The portID parameter.
            rssi: The rssi parameter.
            subnet_id: The subnetID parameter.
            wap_bssid: The wapBSSID parameter.

        Errors: ServiceFailure, Forbidden, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "client_network_type": client_network_type,
                "chassis_id": chassis_id,
                "ip": ip,
                "mac": mac,
                "port_id": port_id,
                "rssi": rssi,
                "subnet_id": subnet_id,
                "wap_bssid": wap_bssid,
            },
        )


_POST: OperationSpec[Created[ReportMyNetwork]] = OperationSpec(
    method="POST",
    body=(
        ParameterSpec("chassisID", "chassis_id", str),
        ParameterSpec("clientNetworkType", "client_network_type", ClientNetworkType, required=True),
        ParameterSpec("ip", "ip", str),
        ParameterSpec("mac", "mac", str),
        ParameterSpec("portID", "port_id", str),
        ParameterSpec("rssi", "rssi", str),
        ParameterSpec("subnetID", "subnet_id", str),
        ParameterSpec("wapBSSID", "wap_bssid", str),
    ),
    outcomes=(OutcomeSpec(201, creates="reportMyNetwork"),),
)

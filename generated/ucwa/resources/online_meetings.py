"""onlineMeetings resource.

Reference: onlineMeetings_ref.md.
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

    from .my_assigned_online_meeting import MyAssignedOnlineMeeting
    from .my_online_meetings import MyOnlineMeetings
    from .online_meeting_default_values import OnlineMeetingDefaultValues
    from .online_meeting_eligible_values import OnlineMeetingEligibleValues
    from .online_meeting_invitation_customization import OnlineMeetingInvitationCustomization
    from .online_meeting_policies import OnlineMeetingPolicies
    from .phone_dial_in_information import PhoneDialInInformation


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class OnlineMeetingsLinks(Links):
    """The links of a onlineMeetings (its self link is Resource.self_link)."""

    my_assigned_online_meeting: Link[MyAssignedOnlineMeeting] | None = attrs.field(
        default=None,
        metadata={"wire": "myAssignedOnlineMeeting", "target": "myAssignedOnlineMeeting"},
    )
    my_online_meetings: Link[MyOnlineMeetings] | None = attrs.field(
        default=None, metadata={"wire": "myOnlineMeetings", "target": "myOnlineMeetings"}
    )
    online_meeting_default_values: Link[OnlineMeetingDefaultValues] | None = attrs.field(
        default=None,
        metadata={"wire": "onlineMeetingDefaultValues", "target": "onlineMeetingDefaultValues"},
    )
    online_meeting_eligible_values: Link[OnlineMeetingEligibleValues] | None = attrs.field(
        default=None,
        metadata={"wire": "onlineMeetingEligibleValues", "target": "onlineMeetingEligibleValues"},
    )
    online_meeting_invitation_customization: Link[OnlineMeetingInvitationCustomization] | None = (
        attrs.field(
            default=None,
            metadata={
                "wire": "onlineMeetingInvitationCustomization",
                "target": "onlineMeetingInvitationCustomization",
            },
        )
    )
    online_meeting_policies: Link[OnlineMeetingPolicies] | None = attrs.field(
        default=None, metadata={"wire": "onlineMeetingPolicies", "target": "onlineMeetingPolicies"}
    )
    phone_dial_in_information: Link[PhoneDialInInformation] | None = attrs.field(
        default=None,
        metadata={"wire": "phoneDialInInformation", "target": "phoneDialInInformation"},
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class OnlineMeetings(Resource):
    """The onlineMeetings resource.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "onlineMeetings"

    links: OnlineMeetingsLinks = attrs.field(factory=OnlineMeetingsLinks)
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
    def get(
        cls,
        client: Client,
        link: Link[OnlineMeetings],
    ) -> OnlineMeetings:
        """GET onlineMeetings.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[OnlineMeetings] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="onlineMeetings"),),
)

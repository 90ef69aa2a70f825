"""onlineMeetings resource.

Reference: onlineMeetings_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

if TYPE_CHECKING:
    from .my_assigned_online_meeting import MyAssignedOnlineMeeting
    from .my_online_meetings import MyOnlineMeetings
    from .online_meeting_default_values import OnlineMeetingDefaultValues
    from .online_meeting_eligible_values import OnlineMeetingEligibleValues
    from .online_meeting_invitation_customization import OnlineMeetingInvitationCustomization
    from .online_meeting_policies import OnlineMeetingPolicies
    from .phone_dial_in_information import PhoneDialInInformation


@attrs.define(kw_only=True)
class OnlineMeetingsLinks(Links):
    """The links of a onlineMeetings (its self link is Resource.self_link)."""

    my_assigned_online_meeting: Link[MyAssignedOnlineMeeting] | None = None
    my_online_meetings: Link[MyOnlineMeetings] | None = None
    online_meeting_default_values: Link[OnlineMeetingDefaultValues] | None = None
    online_meeting_eligible_values: Link[OnlineMeetingEligibleValues] | None = None
    online_meeting_invitation_customization: Link[OnlineMeetingInvitationCustomization] | None = (
        None
    )
    online_meeting_policies: Link[OnlineMeetingPolicies] | None = None
    phone_dial_in_information: Link[PhoneDialInInformation] | None = None


@attrs.define(kw_only=True)
class OnlineMeetings(Resource):
    """The onlineMeetings resource.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "onlineMeetings"

    links: OnlineMeetingsLinks = attrs.field(factory=OnlineMeetingsLinks)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=OnlineMeetingsLinks,
        embedded_class=Embedded,
        links=(
            LinkSpec(
                "myAssignedOnlineMeeting",
                "my_assigned_online_meeting",
                target="myAssignedOnlineMeeting",
            ),
            LinkSpec("myOnlineMeetings", "my_online_meetings", target="myOnlineMeetings"),
            LinkSpec(
                "onlineMeetingDefaultValues",
                "online_meeting_default_values",
                target="onlineMeetingDefaultValues",
            ),
            LinkSpec(
                "onlineMeetingEligibleValues",
                "online_meeting_eligible_values",
                target="onlineMeetingEligibleValues",
            ),
            LinkSpec(
                "onlineMeetingInvitationCustomization",
                "online_meeting_invitation_customization",
                target="onlineMeetingInvitationCustomization",
            ),
            LinkSpec(
                "onlineMeetingPolicies", "online_meeting_policies", target="onlineMeetingPolicies"
            ),
            LinkSpec(
                "phoneDialInInformation",
                "phone_dial_in_information",
                target="phoneDialInInformation",
            ),
        ),
    )

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

"""onlineMeetingInvitationCustomization resource.

Reference: onlineMeetingInvitationCustomization_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

if TYPE_CHECKING:
    from ucwa_runtime.transport import Client


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class OnlineMeetingInvitationCustomization(Resource):
    """The onlineMeetingInvitationCustomization resource.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "onlineMeetingInvitationCustomization"

    enterprise_help_url: str | None = attrs.field(
        default=None, metadata={"wire": "enterpriseHelpUrl"}
    )
    invitation_footer_text: str | None = attrs.field(
        default=None, metadata={"wire": "invitationFooterText"}
    )
    invitation_help_url: str | None = attrs.field(
        default=None, metadata={"wire": "invitationHelpUrl"}
    )
    invitation_legal_url: str | None = attrs.field(
        default=None, metadata={"wire": "invitationLegalUrl"}
    )
    invitation_logo_url: str | None = attrs.field(
        default=None, metadata={"wire": "invitationLogoUrl"}
    )
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[OnlineMeetingInvitationCustomization],
    ) -> OnlineMeetingInvitationCustomization:
        """GET onlineMeetingInvitationCustomization.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[OnlineMeetingInvitationCustomization] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="onlineMeetingInvitationCustomization"),),
)

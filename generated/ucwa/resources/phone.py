"""phone resource.

Reference: phone_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

if TYPE_CHECKING:
    from .change_number import ChangeNumber
    from .change_visibility import ChangeVisibility


@attrs.define(kw_only=True)
class PhoneLinks(Links):
    """The links of a phone (its self link is Resource.self_link)."""

    change_number: Link[ChangeNumber] | None = None
    change_visibility: Link[ChangeVisibility] | None = None


@attrs.define(kw_only=True)
class Phone(Resource):
    """The phone resource.

    Scopes (Skype for Business Online): User.ReadWrite.
    """

    REL: ClassVar[str] = "phone"

    include_in_contact_card: bool | None = None
    number: str | None = None
    type: str | None = None
    links: PhoneLinks = attrs.field(factory=PhoneLinks)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=PhoneLinks,
        embedded_class=Embedded,
        properties=(
            PropertySpec("includeInContactCard", "include_in_contact_card", bool),
            PropertySpec("number", "number", str),
            PropertySpec("type", "type", str),
        ),
        links=(
            LinkSpec("changeNumber", "change_number", target="changeNumber"),
            LinkSpec("changeVisibility", "change_visibility", target="changeVisibility"),
        ),
    )

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[Phone],
    ) -> Phone:
        """GET phone.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[Phone] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="phone"),),
)

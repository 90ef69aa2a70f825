"""user resource.

Reference: user_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

if TYPE_CHECKING:
    from .applications import Applications
    from .redirect import Redirect
    from .xframe import Xframe


@attrs.define(kw_only=True)
class UserLinks(Links):
    """The links of a user (its self link is Resource.self_link)."""

    applications: Link[Applications] | None = None
    redirect: Link[Redirect] | None = None
    xframe: Link[Xframe] | None = None


@attrs.define(kw_only=True)
class User(Resource):
    """The user resource."""

    REL: ClassVar[str] = "user"

    links: UserLinks = attrs.field(factory=UserLinks)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=UserLinks,
        embedded_class=Embedded,
        links=(
            LinkSpec("applications", "applications", target="applications"),
            LinkSpec("redirect", "redirect", target="redirect"),
            LinkSpec("xframe", "xframe", target="xframe"),
        ),
    )

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[User],
    ) -> User:
        """GET user.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[User] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="user"),),
)

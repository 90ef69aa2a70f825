"""root resource.

Reference: root_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

if TYPE_CHECKING:
    from .redirect import Redirect
    from .user import User
    from .xframe import Xframe


@attrs.define(kw_only=True)
class RootLinks(Links):
    """The links of a root (its self link is Resource.self_link)."""

    redirect: Link[Redirect] | None = None
    user: Link[User] | None = None
    xframe: Link[Xframe] | None = None


@attrs.define(kw_only=True)
class Root(Resource):
    """The root resource."""

    REL: ClassVar[str] = "root"

    links: RootLinks = attrs.field(factory=RootLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[Root],
    ) -> Root:
        """GET root.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        result: Root = call(
            client,
            _GET,
            link,
            {},
        )
        return result


Root.SPEC = ResourceSpec(
    rel="root",
    links_class=RootLinks,
    embedded_class=Embedded,
    links=(
        LinkSpec("redirect", "redirect", target="redirect"),
        LinkSpec("user", "user", target="user"),
        LinkSpec("xframe", "xframe", target="xframe"),
    ),
)

_GET = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="root"),),
)

"""root resource.

Reference: root_ref.md.
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

    from .redirect import Redirect
    from .user import User
    from .xframe import Xframe


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class RootLinks(Links):
    """The links of a root (its self link is Resource.self_link)."""

    redirect: Link[Redirect] | None = attrs.field(
        default=None, metadata={"wire": "redirect", "target": "redirect"}
    )
    user: Link[User] | None = attrs.field(default=None, metadata={"wire": "user", "target": "user"})
    xframe: Link[Xframe] | None = attrs.field(
        default=None, metadata={"wire": "xframe", "target": "xframe"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Root(Resource):
    """The root resource."""

    REL: ClassVar[str] = "root"

    links: RootLinks = attrs.field(factory=RootLinks)
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
        link: Link[Root],
    ) -> Root:
        """GET root.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[Root] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="root"),),
)

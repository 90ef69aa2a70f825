"""onlineMeetingExtensions resource.

Reference: onlineMeetingExtensions_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import Created, OperationSpec, OutcomeSpec, ParameterSpec, call

from ..enums import OnlineMeetingExtensionType

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader
    from ucwa_runtime.transport import Client

    from .online_meeting_extension import OnlineMeetingExtension


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class OnlineMeetingExtensionsLinks(Links):
    """The links of a onlineMeetingExtensions (its self link is Resource.self_link)."""

    online_meeting_extension: Link[OnlineMeetingExtension] | None = attrs.field(
        default=None,
        metadata={"wire": "onlineMeetingExtension", "target": "onlineMeetingExtension"},
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class OnlineMeetingExtensionsEmbedded(Embedded):
    """The resources a onlineMeetingExtensions carries inside itself."""

    online_meeting_extension: list[OnlineMeetingExtension] | None = attrs.field(
        default=None,
        metadata={"wire": "onlineMeetingExtension", "target": "onlineMeetingExtension"},
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class OnlineMeetingExtensions(Resource):
    """The onlineMeetingExtensions resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "onlineMeetingExtensions"

    links: OnlineMeetingExtensionsLinks = attrs.field(factory=OnlineMeetingExtensionsLinks)
    embedded: OnlineMeetingExtensionsEmbedded = attrs.field(factory=OnlineMeetingExtensionsEmbedded)

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
        link: Link[OnlineMeetingExtensions],
    ) -> OnlineMeetingExtensions:
        """GET onlineMeetingExtensions.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )

    @classmethod
    def post(
        cls,
        client: Client,
        link: Link[OnlineMeetingExtensions],
        *,
        id: str | None = None,
        type: OnlineMeetingExtensionType | None = None,
    ) -> Created[OnlineMeetingExtension]:
        """POST onlineMeetingExtensions.

        Args:
            id: The id parameter.
            type: The type parameter.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "id": id,
                "type": type,
            },
        )


_GET: OperationSpec[OnlineMeetingExtensions] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="onlineMeetingExtensions"),),
)

_POST: OperationSpec[Created[OnlineMeetingExtension]] = OperationSpec(
    method="POST",
    body=(
        ParameterSpec("id", "id", str),
        ParameterSpec("type", "type", OnlineMeetingExtensionType),
    ),
    outcomes=(OutcomeSpec(201, body="onlineMeetingExtension", creates="onlineMeetingExtension"),),
)

"""publishCallQualityFeedback resource.

Reference: publishCallQualityFeedback_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, ParameterSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader
    from ucwa_runtime.transport import Client


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class PublishCallQualityFeedback(Resource):
    """The publishCallQualityFeedback resource.

    Scopes (Skype for Business Online): User.ReadWrite.
    """

    REL: ClassVar[str] = "publishCallQualityFeedback"

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
        link: Link[PublishCallQualityFeedback],
        *,
        media_endpoint: str | None = None,
        media_quality_of_experience: str | None = None,
    ) -> None:
        """POST publishCallQualityFeedback.

        Args:
            media_endpoint: The mediaEndpoint parameter.
            media_quality_of_experience: The mediaQualityOfExperience parameter.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "media_endpoint": media_endpoint,
                "media_quality_of_experience": media_quality_of_experience,
            },
        )


_POST: OperationSpec[None] = OperationSpec(
    method="POST",
    body=(
        ParameterSpec("mediaEndpoint", "media_endpoint", str),
        ParameterSpec("mediaQualityOfExperience", "media_quality_of_experience", str),
    ),
    outcomes=(OutcomeSpec(204),),
)

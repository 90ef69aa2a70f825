"""reportMediaDiagnostics resource.

Reference: reportMediaDiagnostics_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import UNSET, OperationSpec, OutcomeSpec, ParameterSpec, Unset, call

from ..enums import ErrorCode, ErrorSubcode

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader
    from ucwa_runtime.transport import Client


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ReportMediaDiagnostics(Resource):
    """The reportMediaDiagnostics resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "reportMediaDiagnostics"

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
        link: Link[ReportMediaDiagnostics],
        *,
        error_code: ErrorCode | Unset | None = UNSET,
        error_subcode: ErrorSubcode | Unset | None = UNSET,
    ) -> None:
        """POST reportMediaDiagnostics.

        Args:
            error_code: The errorCode parameter. None is sent as null.
            error_subcode: The errorSubcode parameter. None is sent as null.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _POST,
            link,
            {
                "error_code": error_code,
                "error_subcode": error_subcode,
            },
        )


_POST: OperationSpec[None] = OperationSpec(
    method="POST",
    body=(
        ParameterSpec("errorCode", "error_code", ErrorCode, nullable=True),
        ParameterSpec("errorSubcode", "error_subcode", ErrorSubcode, nullable=True),
    ),
    outcomes=(OutcomeSpec(204),),
)

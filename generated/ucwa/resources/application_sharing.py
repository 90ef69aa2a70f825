"""applicationSharing resource.

Reference: applicationSharing_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import CallState

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .application_sharer import ApplicationSharer
    from .conversation import Conversation
    from .report_media_diagnostics import ReportMediaDiagnostics


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class ApplicationSharingLinks(Links):
    """The links of a applicationSharing (its self link is Resource.self_link)."""

    application_sharer: Link[ApplicationSharer] | None = attrs.field(
        default=None, metadata={"wire": "applicationSharer", "target": "applicationSharer"}
    )
    conversation: Link[Conversation] | None = attrs.field(
        default=None, metadata={"wire": "conversation", "target": "conversation"}
    )
    report_media_diagnostics: Link[ReportMediaDiagnostics] | None = attrs.field(
        default=None,
        metadata={"wire": "reportMediaDiagnostics", "target": "reportMediaDiagnostics"},
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class ApplicationSharing(Resource):
    """The applicationSharing resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "applicationSharing"

    state: CallState | None = attrs.field(default=None, metadata={"wire": "state"})
    links: ApplicationSharingLinks = attrs.field(factory=ApplicationSharingLinks)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "state":
                    read.one(key, "state", value, CallState)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("state", self.state, CallState)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[ApplicationSharing],
    ) -> ApplicationSharing:
        """GET applicationSharing.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[ApplicationSharing] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="applicationSharing"),),
)

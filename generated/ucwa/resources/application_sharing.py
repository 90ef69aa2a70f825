"""applicationSharing resource.

Reference: applicationSharing_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import CallState

if TYPE_CHECKING:
    from .application_sharer import ApplicationSharer
    from .conversation import Conversation
    from .report_media_diagnostics import ReportMediaDiagnostics


@attrs.define(kw_only=True)
class ApplicationSharingLinks(Links):
    """The links of a applicationSharing (its self link is Resource.self_link)."""

    application_sharer: Link[ApplicationSharer] | None = None
    conversation: Link[Conversation] | None = None
    report_media_diagnostics: Link[ReportMediaDiagnostics] | None = None


@attrs.define(kw_only=True)
class ApplicationSharing(Resource):
    """The applicationSharing resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "applicationSharing"

    state: CallState | None = None
    links: ApplicationSharingLinks = attrs.field(factory=ApplicationSharingLinks)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=ApplicationSharingLinks,
        embedded_class=Embedded,
        properties=(PropertySpec("state", "state", CallState),),
        links=(
            LinkSpec("applicationSharer", "application_sharer", target="applicationSharer"),
            LinkSpec("conversation", "conversation", target="conversation"),
            LinkSpec(
                "reportMediaDiagnostics",
                "report_media_diagnostics",
                target="reportMediaDiagnostics",
            ),
        ),
    )

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

"""mediaRelayAccessToken resource.

Reference: mediaRelayAccessToken_ref.md.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

if TYPE_CHECKING:
    from .media_relay import MediaRelay


@attrs.define(kw_only=True)
class MediaRelayAccessTokenLinks(Links):
    """The links of a mediaRelayAccessToken (its self link is Resource.self_link)."""

    media_relay: Link[MediaRelay] | None = None


@attrs.define(kw_only=True)
class MediaRelayAccessTokenEmbedded(Embedded):
    """The resources a mediaRelayAccessToken carries inside itself."""

    media_relay: list[MediaRelay] | None = None


@attrs.define(kw_only=True)
class MediaRelayAccessToken(Resource):
    """The mediaRelayAccessToken resource.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "mediaRelayAccessToken"

    duration: int | None = None
    uri: str | None = None
    password: str | None = None
    user_name: str | None = None
    valid_until: datetime | None = None
    links: MediaRelayAccessTokenLinks = attrs.field(factory=MediaRelayAccessTokenLinks)
    embedded: MediaRelayAccessTokenEmbedded = attrs.field(factory=MediaRelayAccessTokenEmbedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=MediaRelayAccessTokenLinks,
        embedded_class=MediaRelayAccessTokenEmbedded,
        properties=(
            PropertySpec("duration", "duration", int),
            PropertySpec("uri", "uri", str),
            PropertySpec("password", "password", str),
            PropertySpec("userName", "user_name", str),
            PropertySpec("validUntil", "valid_until", datetime),
        ),
        links=(LinkSpec("mediaRelay", "media_relay", target="mediaRelay"),),
        embedded=(LinkSpec("mediaRelay", "media_relay", many=True, target="mediaRelay"),),
    )

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[MediaRelayAccessToken],
    ) -> MediaRelayAccessToken:
        """GET mediaRelayAccessToken.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[MediaRelayAccessToken] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="mediaRelayAccessToken"),),
)

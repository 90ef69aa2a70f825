"""mediaRelayAccessToken resource.

Reference: mediaRelayAccessToken_ref.md.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .media_relay import MediaRelay


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class MediaRelayAccessTokenLinks(Links):
    """The links of a mediaRelayAccessToken (its self link is Resource.self_link)."""

    media_relay: Link[MediaRelay] | None = attrs.field(
        default=None, metadata={"wire": "mediaRelay", "target": "mediaRelay"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class MediaRelayAccessTokenEmbedded(Embedded):
    """The resources a mediaRelayAccessToken carries inside itself."""

    media_relay: list[MediaRelay] | None = attrs.field(
        default=None, metadata={"wire": "mediaRelay", "target": "mediaRelay"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class MediaRelayAccessToken(Resource):
    """The mediaRelayAccessToken resource.

    Scopes (Skype for Business Online): User.ReadWrite, Contacts.ReadWrite,
    Conversations.Initiate, Conversations.Receive, Meetings.ReadWrite.
    """

    REL: ClassVar[str] = "mediaRelayAccessToken"

    duration: int | None = attrs.field(default=None, metadata={"wire": "duration"})
    uri: str | None = attrs.field(default=None, metadata={"wire": "uri"})
    password: str | None = attrs.field(default=None, metadata={"wire": "password"})
    user_name: str | None = attrs.field(default=None, metadata={"wire": "userName"})
    valid_until: datetime | None = attrs.field(default=None, metadata={"wire": "validUntil"})
    links: MediaRelayAccessTokenLinks = attrs.field(factory=MediaRelayAccessTokenLinks)
    embedded: MediaRelayAccessTokenEmbedded = attrs.field(factory=MediaRelayAccessTokenEmbedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "duration":
                    read.one(key, "duration", value, int)
                case "uri":
                    read.one(key, "uri", value, str)
                case "password":
                    read.one(key, "password", value, str)
                case "userName":
                    read.one(key, "user_name", value, str)
                case "validUntil":
                    read.one(key, "valid_until", value, datetime)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("duration", self.duration, int)
        write.one("uri", self.uri, str)
        write.one("password", self.password, str)
        write.one("userName", self.user_name, str)
        write.one("validUntil", self.valid_until, datetime)

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

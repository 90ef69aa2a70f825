"""One exchange with a server: the request sent, the response received, and the flow that
authenticates it.

Authentication is a flow, as in httpx (``Auth.auth_flow``): a generator given the request
about to be sent, which yields it (with the header it adds), is sent the response, and may
yield the request again (say, with a new token after a 401 challenge). The client drives it
(:meth:`~.transport.Client.request`), so authenticating takes no client subclass and goes
through the client's own checks, retries, limits and errors.

A request that already carries an ``Authorization`` header is sent as it is, without the
flow: the caller's own credential wins, and no token of the flow is asked for or renewed.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import Protocol

import attrs

from .by_fields import ComparedByFields, HashedByFields
from .media_types import media_type


@attrs.define(eq=False, repr=False)
class Request(ComparedByFields):
    """A request as it goes out. ``url`` is the absolute URL exactly as the client connects
    to it (checked by :func:`~.urls.parse_target`), so an origin read from it is the origin
    the request reaches. Header values may be :class:`~.secret.SecretStr` (shown hidden)."""

    method: str
    url: str
    headers: dict[str, str]
    body: bytes | None = attrs.field(default=None, repr=False)

    def has_header(self, name: str) -> bool:
        """Whether the request carries ``name`` (compared without case, as HTTP does)."""
        wanted = name.lower()
        return any(key.lower() == wanted for key in self.headers)


@attrs.frozen(eq=False, repr=False)
class Response(HashedByFields):
    """A response as received: nothing is dropped or normalised."""

    method: str
    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes

    @property
    def content_type(self) -> str:
        return media_type(self.headers.get("Content-Type", ""))


AuthFlow = Generator[Request, Response, None]


class Auth(Protocol):
    """Authenticates requests: :meth:`auth_flow` yields each request to send and receives
    its response; the last response is the caller's.

    A :class:`~.transport.BearerToken` is one (one token, for its own origin only); a
    :class:`~.auth.TokenCache` is another (one token per origin, renewed on expiry and on a
    401 challenge).
    """

    def auth_flow(self, request: Request) -> AuthFlow: ...

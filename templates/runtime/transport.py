"""HTTP for the generated client: one urllib3 pool, hrefs followed exactly as the server gave them.

No URL is ever built from a path template. A request goes to an href from a link (resolved
against the URL of the response that carried it), with query parameters added by
:func:`add_query`. The bearer token is only ever sent to the origin it was issued for.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import attrs
import urllib3

from . import formats
from .codec_json import encode
from .errors import TransportError
from .model import Link

DEFAULT_TIMEOUT = urllib3.Timeout(connect=10.0, read=60.0)
JSON = "application/json"


def origin_of(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of an absolute URL, with the scheme's default port filled in."""
    parts = urlsplit(url)
    if not parts.scheme or not parts.hostname:
        raise ValueError(f"not an absolute URL: {url!r}")
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme.lower(), 0)
    return parts.scheme.lower(), parts.hostname.lower(), port


def add_query(url: str, params: Mapping[str, str]) -> str:
    """Append query parameters to an href, keeping the ones it already has, in order."""
    if not params:
        return url
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    query.extend(params.items())
    return urlunsplit(parts._replace(query=urlencode(query)))


@attrs.frozen
class Response:
    """A response as received: nothing is dropped or normalised."""

    method: str
    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()


class Authorizer(Protocol):
    """Gives the Authorization header for a request, or None to send none.

    A :class:`BearerToken` is one; a session's token cache (one token per origin) is another.
    """

    def header_for(self, url: str) -> str | None: ...


class BearerToken:
    """An OAuth bearer token bound to the origin it was issued for.

    Its value never shows in repr, str or logs; ask for it with :meth:`header_for`, which
    gives nothing for any other origin. ``expires_at`` is a ``time.monotonic()`` instant
    (None: no known expiry); :meth:`from_expires_in` turns a token response's
    ``expires_in`` into one.
    """

    __slots__ = ("_origin", "_value", "expires_at")

    def __init__(self, value: str, issued_for: str, expires_at: float | None = None) -> None:
        self._value = value
        self._origin = origin_of(issued_for)
        self.expires_at = expires_at

    @classmethod
    def from_expires_in(
        cls, value: str, issued_for: str, expires_in: float | None, now: float | None = None
    ) -> BearerToken:
        """A token that expires ``expires_in`` seconds from ``now`` (monotonic; default: now)."""
        if expires_in is None:
            return cls(value, issued_for)
        start = time.monotonic() if now is None else now
        return cls(value, issued_for, expires_at=start + expires_in)

    @property
    def origin(self) -> tuple[str, str, int]:
        """(scheme, host, port) this token may be sent to."""
        return self._origin

    def expired(self, now: float, margin: float = 0.0) -> bool:
        """True when the token is past (or within ``margin`` seconds of) its expiry."""
        return self.expires_at is not None and now >= self.expires_at - margin

    def header_for(self, url: str) -> str | None:
        """The Authorization header value for a request to ``url``, or None for another origin."""
        return f"Bearer {self._value}" if origin_of(url) == self._origin else None

    def __repr__(self) -> str:
        scheme, host, port = self._origin
        return f"BearerToken(<hidden>, issued_for='{scheme}://{host}:{port}')"

    __str__ = __repr__


class Client:
    """Sends requests to a UCWA server over one urllib3 connection pool.

    ``base_url`` resolves relative hrefs that do not come with the URL of their own
    response. TLS certificates are verified unless a custom ``pool`` says otherwise.
    ``content_type`` is the format the client asks for (Accept) and sends (Content-Type):
    ``application/json`` by default, or ``application/xml`` (or either's ``vnd.microsoft``
    form). Responses are read in whatever supported format the server answers with.
    """

    def __init__(
        self,
        base_url: str,
        *,
        token: Authorizer | None = None,
        timeout: urllib3.Timeout | float = DEFAULT_TIMEOUT,
        pool: urllib3.PoolManager | None = None,
        user_agent: str = "ucwa-python",
        content_type: str = JSON,
    ) -> None:
        origin_of(base_url)  # refuse a relative base early
        formats.supported(content_type)  # refuse a format no codec writes before any request
        self.content_type = content_type
        self.base_url = base_url
        self.token = token
        self.timeout = timeout
        self.user_agent = user_agent
        self._pool = pool if pool is not None else urllib3.PoolManager(cert_reqs="CERT_REQUIRED")

    def __repr__(self) -> str:
        return f"Client(base_url={self.base_url!r}, token={self.token!r})"

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._pool.clear()

    def url_for(self, target: Link[Any] | str) -> str:
        """The absolute URL of a link (or href), resolved exactly as the server wrote it."""
        if isinstance(target, Link):
            return urljoin(target.base_url or self.base_url, target.href)
        return urljoin(self.base_url, target)

    def request(
        self,
        method: str,
        target: Link[Any] | str,
        *,
        query: Mapping[str, str] | None = None,
        json_body: Any = None,
        body: bytes | None = None,
        content_type: str | None = None,
        headers: Mapping[str, str] | None = None,
        accept: str | None = None,
        timeout: urllib3.Timeout | float | None = None,
    ) -> Response:
        """Send one request and return the response; raise for a failure status.

        ``timeout`` overrides the client's for this request (the event channel's long poll
        needs a longer read timeout than ordinary calls).

        A status of 400 or more raises the generated ``ApiError`` subclass for the error
        code in the body (or the status). No redirect is followed: UCWA signals moves with
        links, and following a 3xx blindly could carry the token to another host.
        """
        url = add_query(self.url_for(target), query or {})
        send_headers = {"Accept": accept or self.content_type, "User-Agent": self.user_agent}
        if json_body is not None:
            body = encode(json_body)
            content_type = content_type or JSON
        if content_type is not None:
            send_headers["Content-Type"] = content_type
        if self.token is not None:
            authorization = self.token.header_for(url)
            if authorization is not None:
                send_headers["Authorization"] = authorization
        send_headers.update(headers or {})
        try:
            raw = self._pool.request(
                method,
                url,
                body=body,
                headers=send_headers,
                timeout=self.timeout if timeout is None else timeout,
                redirect=False,
                retries=False,
            )
        except urllib3.exceptions.HTTPError as exc:
            raise TransportError(f"{method} {url}: {exc}", method=method, url=url) from exc
        response = Response(method, url, raw.status, raw.headers, raw.data or b"")
        if response.status >= 400:
            from .. import errors  # the generated error classes, one per UCWA error code

            raise errors.error_from_response(response)
        return response

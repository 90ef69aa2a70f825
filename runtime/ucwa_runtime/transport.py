"""HTTP for the generated client: one urllib3 pool, hrefs followed exactly as the server gave them.

No URL is ever built from a path template. A request goes to an href from a link (resolved
against the URL of the response that carried it), with query parameters added by
:func:`add_query`. The bearer token is only ever sent to the origin it was issued for.

Failures: an idempotent request (GET, HEAD, OPTIONS, DELETE, PUT with If-Match) is sent
again after a dropped connection, a timeout or a 429/5xx, as a :class:`RetryPolicy` says
(honouring Retry-After, within a total deadline). A POST is sent again only when it
provably never left (the connection could not be made); when it may have reached the server
and no whole answer came, :class:`~.errors.OutcomeUnknown` says so.

Bodies are read by :func:`.bodies.read_body`: at most ``max_body`` bytes. Each attempt's
Timeout has the time left to the call's deadline as its ``total``, and the connections of
:func:`.pools.make_pool` read no byte of an answer (head or body) past it, so a hostile or
broken server can make the client neither read a huge body whole nor wait for ever on an
answer sent a byte at a time.
"""

from __future__ import annotations

import copy
import functools
import logging
import time
from collections.abc import Mapping
from typing import Any, Self
from urllib.parse import urljoin

import urllib3
from urllib3.exceptions import ConnectTimeoutError, SSLError

from . import formats
from .bodies import BrokenBody, read_body
from .codec_json import encode
from .errors import (
    InsecureRedirect,
    OutcomeUnknown,
    RequestError,
    TlsError,
    TransportError,
    UnsafeUrl,
)
from .exchange import Auth, AuthFlow, Request
from .exchange import Response as Response  # the package exports it from here
from .model import Link
from .pools import ConnectTo as ConnectTo  # the package exports these from here
from .pools import deadline_passed, open_at
from .pools import make_pool as make_pool
from .registry import EMPTY_REGISTRY, Registry
from .retry import NO_RETRY as NO_RETRY  # the package exports both from here
from .retry import RetryPolicy as RetryPolicy
from .retry import idempotent
from .secret import SecretStr
from .urls import Target, add_query, origin_of, parse_target, refuse_ambiguous_href

DEFAULT_TIMEOUT = urllib3.Timeout(connect=10.0, read=60.0)
DEFAULT_MAX_BODY = 16 * 1024 * 1024
JSON = "application/json"
# Requests one call may send through an auth flow: ours need two (the first answer may be a
# 401 that renews the token); a flow that keeps yielding is cut off rather than looping.
MAX_AUTH_ROUNDS = 4
# Requests, retries and failures are logged here (method, URL, status, sizes): never headers
# or bodies, so neither a token nor a password can reach a log.
log = logging.getLogger("ucwa")
# What urllib3 makes of retries=False (it retries nothing, follows no redirect: the client
# does both itself), made once: given False, urllib3 builds this anew for every request.
_URLLIB3_NO_RETRY = urllib3.Retry(False, redirect=False)


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
        """The Authorization header value for a request to ``url``, or None for another origin.

        The value is a :class:`~.secret.SecretStr`: whatever holds it shows ``<hidden>``.
        """
        return SecretStr("Bearer " + self._value) if origin_of(url) == self._origin else None

    def auth_flow(self, request: Request) -> AuthFlow:
        """Sends ``request`` with this token when it goes to the token's origin, else without."""
        header = self.header_for(request.url)
        if header is not None:
            request.headers["Authorization"] = header
        yield request

    def __repr__(self) -> str:
        scheme, host, port = self._origin
        return f"BearerToken(<hidden>, issued_for='{scheme}://{host}:{port}')"

    __str__ = __repr__


class Client:
    """Sends requests to a UCWA server over one urllib3 connection pool.

    ``base_url`` resolves relative hrefs that do not come with the URL of their own
    response. TLS certificates are verified against the system's CAs, or against
    ``ca_certs`` (a PEM bundle, for a private CA) when given; a custom ``pool`` brings its own
    TLS settings instead (its pools are used: each request goes to the pool it gives for the
    checked origin, so its own ``urlopen`` is not called, but a ProxyManager's is).
    ``content_type`` is the format the client asks for (Accept) and sends (Content-Type):
    ``application/json`` by default, or ``application/xml`` (or either's ``vnd.microsoft``
    form). Responses are read in whatever supported format the server
    answers with. ``retry`` says how failed idempotent requests are repeated (see
    :class:`RetryPolicy`); ``max_body`` bounds the size of a body read. ``connect_to`` routes
    host names to other addresses without DNS (see :func:`make_pool`). ``registry`` holds the
    resource and error classes of a generated package (see :class:`~.registry.Registry`); a
    generated package's own ``Client`` subclass sets it, so most callers never pass it.
    ``auth`` authenticates each request through its flow (see :mod:`.exchange`): a
    :class:`BearerToken`, or a :class:`~.auth.TokenCache` answering 401 challenges. A request
    given its own ``Authorization`` header is sent with that one, past the flow.
    """

    registry: Registry = EMPTY_REGISTRY

    def __init__(
        self,
        base_url: str,
        *,
        auth: Auth | None = None,
        timeout: urllib3.Timeout | float = DEFAULT_TIMEOUT,
        pool: urllib3.PoolManager | None = None,
        user_agent: str = "ucwa-python",
        content_type: str = JSON,
        retry: RetryPolicy | None = None,
        max_body: int = DEFAULT_MAX_BODY,
        ca_certs: str | None = None,
        connect_to: ConnectTo | None = None,
        registry: Registry | None = None,
    ) -> None:
        parse_target(base_url)  # refuse a relative or ambiguous base early
        formats.supported(content_type)  # refuse a format no codec writes before any request
        self.content_type = content_type
        self.base_url = base_url
        self.auth = auth
        self.timeout = timeout
        self.user_agent = user_agent
        self.retry = retry if retry is not None else RetryPolicy()
        self.max_body = max_body
        if pool is not None and (ca_certs is not None or connect_to):
            raise RequestError("give ca_certs and connect_to, or a pool of your own, not both")
        self._pool = pool if pool is not None else make_pool(ca_certs, connect_to=connect_to)
        self.closed = False
        if registry is not None:
            self.registry = registry

    def __repr__(self) -> str:
        return f"Client(base_url={self.base_url!r}, auth={self.auth!r})"

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close every connection; later requests raise TransportError.

        Refusing them matters: a PoolManager opens a fresh pool on demand, so a thread that
        sent one more request after close (the event channel, say) would leave a connection
        open that nothing closes.
        """
        self.closed = True
        self._pool.clear()

    @property
    def pool(self) -> urllib3.PoolManager:
        """The pool manager this client sends over (read it to copy its TLS, proxy and routing
        settings; :meth:`over` sends over another)."""
        return self._pool

    def over(self, pool: urllib3.PoolManager) -> Self:
        """This client sending over ``pool``: the same class, auth, timeouts, limits, retry
        policy and registry, with ``pool``'s connections. Closing either clears only its own
        pool manager (the event channel keeps a copy whose connections it can cut)."""
        twin = copy.copy(self)
        twin._pool = pool
        return twin

    def url_for(self, target: Link[Any] | str) -> str:
        """The absolute URL of a link (or href), resolved exactly as the server wrote it
        (unchecked: :meth:`target_of` checks it, and gives this URL)."""
        return urljoin(*self._base_and_href(target))

    def _base_and_href(self, target: Link[Any] | str) -> tuple[str, str]:
        # What an href is resolved against: the URL of the response it came in, else base_url.
        if isinstance(target, Link):
            return target.base_url or self.base_url, target.href
        return self.base_url, target

    def target_of(self, link: Link[Any] | str, query: Mapping[str, str] | None = None) -> Target:
        """Where a request for a link (or href) goes; UnsafeUrl when it cannot be sent.

        The href is checked before it is resolved, since resolving drops some of the
        characters that make a URL ambiguous (tabs and newlines, leading spaces).
        """
        target = _resolve(*self._base_and_href(link))
        return parse_target(add_query(target.url, query)) if query else target

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
        retry: RetryPolicy | None = None,
    ) -> Response:
        """Send one request and return the response; raise for a failure status.

        ``timeout`` overrides the client's for this request (the event channel's long poll
        needs a longer read timeout than ordinary calls), as ``retry`` does its policy.

        A status of 400 or more raises the generated ``ApiError`` subclass for the error
        code in the body (or the status). No redirect is followed: UCWA signals moves with
        links, and following a 3xx blindly could carry the token to another host. A redirect
        from https to http raises InsecureRedirect. A URL that is not absolute http(s), or
        that parsers could read as different hosts, raises UnsafeUrl before anything is sent
        (see :func:`~.urls.parse_target`).
        """
        checked = self.target_of(target, query)
        url = checked.url
        if self.closed:
            raise TransportError(f"{method} {url}: the client is closed", method=method, url=url)
        send_headers = {"Accept": accept or self.content_type, "User-Agent": self.user_agent}
        if json_body is not None:
            body = encode(json_body)
            content_type = content_type or JSON
        if content_type is not None:
            send_headers["Content-Type"] = content_type
        send_headers.update(headers or {})
        response = self._exchange(
            Request(method, url, send_headers, body),
            checked,
            self.timeout if timeout is None else timeout,
            self.retry if retry is None else retry,
        )
        if 300 <= response.status < 400:
            _refuse_downgrade(response)
        if response.status >= 400:
            # Imported here, as the registry loads its error classes: a client that never
            # fails never imports either (first use stays cheap).
            from .error_mapping import error_from_response

            raise error_from_response(response, self.registry.errors)
        return response

    def _exchange(
        self,
        request: Request,
        checked: Target,
        timeout: urllib3.Timeout | float,
        policy: RetryPolicy,
    ) -> Response:
        # Sends the request through the auth flow, which may add a header and send it again;
        # a request with the caller's own Authorization header goes without it. What a flow
        # yields is checked as any request is: it may have changed the URL. ``checked`` is
        # the target request() checked for the request's URL (target_of).
        if self.auth is None or request.has_header("Authorization"):
            return self._send(request, checked, timeout, policy)
        flow = self.auth.auth_flow(request)
        try:
            request = next(flow)
            for _ in range(MAX_AUTH_ROUNDS - 1):
                response = self._send_checked(request, checked, timeout, policy)
                try:
                    request = flow.send(response)
                except StopIteration:
                    return response
            # A flow that keeps asking is cut off: its last request's answer stands.
            method, url = request.method, request.url
            log.warning("%s %s: auth flow cut off after %d requests", method, url, MAX_AUTH_ROUNDS)
            return self._send_checked(request, checked, timeout, policy)
        finally:
            flow.close()

    def _send_checked(
        self,
        request: Request,
        checked: Target,
        timeout: urllib3.Timeout | float,
        policy: RetryPolicy,
    ) -> Response:
        if request.url != checked.url:  # a flow that changed the URL: check it as any request
            checked = parse_target(request.url)
        return self._send(request, checked, timeout, policy)

    def _send(
        self,
        request: Request,
        target: Target,
        timeout: urllib3.Timeout | float,
        policy: RetryPolicy,
    ) -> Response:
        # Sends until an answer that is not retried, or until the policy gives up. ``target``
        # is the request's URL as parse_target read it.
        method, url = request.method, request.url
        repeatable = idempotent(method, request.headers)
        call = _Call(method, target, request.body, request.headers, timeout, policy)
        attempt = 0
        while True:
            attempt += 1
            failure: TransportError | None = None
            try:
                response = self._send_once(call, repeatable)
            except TransportError as error:
                # Not sent at all (no connection) may always be retried; otherwise only an
                # idempotent request, and never a TLS failure (it would fail the same way).
                sent = not isinstance(error.__cause__, ConnectTimeoutError)
                if isinstance(error, TlsError) or (sent and not repeatable):
                    raise
                failure = error
                reason = str(error)
            else:
                if not (repeatable and response.status in policy.statuses):
                    return response
                reason = f"status {response.status}"
            wait = call.wait_before(attempt, None if failure else response)
            if wait is None:
                # A warning when a retry was possible at all; a policy of one attempt leaves
                # the failure to its caller (the event channel, which reconnects by itself).
                level = logging.WARNING if policy.attempts > 1 else logging.DEBUG
                log.log(
                    level, "%s %s: giving up after %d attempt(s): %s", method, url, attempt, reason
                )
                if failure is not None:
                    raise failure
                return response
            log.info("%s %s: %s; attempt %d in %.2f s", method, url, reason, attempt + 1, wait)
            policy.sleep(wait)

    def _send_once(self, call: _Call, repeatable: bool) -> Response:
        method, url = call.method, call.url
        try:
            # urlopen, not request: for a method with a body, request copies the headers into
            # an HTTPHeaderDict, whose repr shows the Authorization header in its frame.
            raw = open_at(
                self._pool,
                method,
                call.target,
                body=call.body,
                headers=call.headers,
                timeout=call.timeout_left(),
                redirect=False,
                retries=_URLLIB3_NO_RETRY,
                preload_content=False,
            )
            data = read_body(raw, self.max_body, method, url, call.ends, call.policy.clock)
        except SSLError as exc:
            raise TlsError(f"{method} {url}: {exc}", method=method, url=url) from exc
        except BrokenBody as broken:
            if repeatable:
                raise TransportError(f"{method} {url}: {broken}", method=method, url=url) from (
                    broken.__cause__
                )
            raise OutcomeUnknown(
                f"{method} {url}: the answer ({broken.raw.status}) broke off, so whether the "
                f"server applied the request is unknown: {broken}",
                method=method,
                url=url,
                status=broken.raw.status,
                headers=broken.raw.headers,
                body=broken.body,
            ) from broken.__cause__
        except ConnectTimeoutError as exc:  # also refused, unreachable, no such name
            raise TransportError(f"{method} {url}: {exc}", method=method, url=url) from exc
        except urllib3.exceptions.HTTPError as exc:
            # urllib3 words a deadline passing as a read timeout: say which it was.
            reason = deadline_passed(exc) or exc
            if repeatable:
                raise TransportError(f"{method} {url}: {reason}", method=method, url=url) from exc
            raise OutcomeUnknown(
                f"{method} {url}: no answer came, so whether the server applied the request "
                f"is unknown: {reason}",
                method=method,
                url=url,
            ) from exc
        log.debug("%s %s -> %d (%d bytes)", method, url, raw.status, len(data))
        return Response(method, url, raw.status, raw.headers, data)


class _Call:
    """One call through :meth:`Client._send`: what each attempt sends, and its deadline."""

    def __init__(
        self,
        method: str,
        target: Target,
        body: bytes | None,
        headers: Mapping[str, str],
        timeout: urllib3.Timeout | float,
        policy: RetryPolicy,
    ) -> None:
        self.method = method
        self.target = target
        self.url = target.url
        self.body = body
        self.headers = headers
        self.timeout = timeout
        self.policy = policy
        self.ends = policy.clock() + policy.deadline

    def wait_before(self, attempt: int, response: Response | None) -> float | None:
        """Seconds to wait before the next attempt, or None when there is to be none.

        The Retry-After of a retried status is read only here, once another attempt is
        possible at all.
        """
        if attempt >= self.policy.attempts:
            return None
        retry_after = response.headers.get("Retry-After") if response is not None else None
        wait = self.policy.wait_before(attempt, retry_after)
        return None if self.policy.clock() + wait >= self.ends else wait

    def timeout_left(self) -> urllib3.Timeout:
        """The attempt's timeouts, with a total of at most the time left.

        urllib3 cuts the connect timeout to the total, and the read timeout to what the
        connection left of it. A read timeout bounds each wait for bytes, not the answer:
        the pool's connections bound that by the total too (see :mod:`.pools`).
        """
        left = self.ends - self.policy.clock()
        if left <= 0:
            # Only after a wait that overslept the deadline (the wait itself ends before it).
            raise TransportError(
                f"{self.method} {self.url}: the call's deadline passed before another attempt",
                method=self.method,
                url=self.url,
            )
        given = self.timeout
        if not isinstance(given, urllib3.Timeout):
            given = urllib3.Timeout(connect=given, read=given)
        capped = given.clone()
        # A total of None (or urllib3's "the socket's default") waits for ever: the time left.
        total = given.total
        capped.total = min(total, left) if isinstance(total, int | float) else left
        return capped


@functools.lru_cache(maxsize=256)
def _resolve(base_url: str, href: str) -> Target:
    # Where an href resolved against a base URL goes, checked (see Client.target_of). A
    # client follows the same hrefs over and over (a resource read again, a link of the
    # application), and resolving (urljoin) then reading the URL as urllib3 does cost about
    # a tenth of a GET on loopback; both are pure, and a Target is immutable, so the last
    # few hundred are kept. A refused href raises each time (exceptions are not cached).
    refuse_ambiguous_href(href)
    return parse_target(urljoin(base_url, href))


def _refuse_downgrade(response: Response) -> None:
    location = response.headers.get("Location")
    if location is None or parse_target(response.url).scheme != "https":
        return
    try:
        moved_to = parse_target(urljoin(response.url, location))
    except UnsafeUrl:
        return  # not followable: a request to it is refused before it is sent
    if moved_to.scheme == "http":
        raise InsecureRedirect.about(
            response,
            f"{response.method} {response.url} redirects from https to http ({location}); refused",
        )

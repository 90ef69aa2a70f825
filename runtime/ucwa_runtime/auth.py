"""Sign-in: the 401 challenge, token providers, and one bearer token per origin.

UCWA answers an unauthenticated request with 401 and a ``WWW-Authenticate`` header that may
hold several challenges (``Bearer ...``, ``MsRtcOAuth href="...", grant_type="..."``), in one
header or several. The client asks a :class:`TokenProvider` for a token bound to the origin
that challenged, and a :class:`TokenCache` keeps one token per origin: a token is sent only to
the origin it was issued for, so moving to another pool means a new token, never the old one.
"""

from __future__ import annotations

import ipaddress
import re
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any, Protocol
from urllib.parse import urlencode, urljoin

import attrs
import urllib3

from . import codec_json
from .bodies import BrokenBody, read_body
from .by_fields import HashedByFields
from .errors import TransportError, UcwaError
from .exchange import AuthFlow, Request
from .pools import deadline_passed, open_at
from .secret import SecretBytes
from .transport import DEFAULT_MAX_BODY, BearerToken
from .urls import Target, origin_of, parse_target, refuse_ambiguous_href

# A token is renewed this many seconds before its expiry, so that a request sent just before
# the deadline does not arrive just after it; but never earlier than this share of its
# lifetime before, or a short-lived token would be renewed before every request.
EXPIRY_MARGIN = 30.0
EXPIRY_MARGIN_SHARE = 0.1
# A token request's timeouts; its total bounds the whole request, the answer's every byte
# included, on the pools of make_pool (see .pools).
TOKEN_TIMEOUT = urllib3.Timeout(connect=10.0, read=60.0, total=60.0)

_TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_PARAM = re.compile(rf'\s*({_TOKEN})\s*=\s*("(?:[^"\\]|\\.)*"|[^,\s]*)\s*')
_SCHEME_START = re.compile(rf"\s*({_TOKEN})(?:\s+|$)")
_TOKEN68 = re.compile(r"[A-Za-z0-9._~+/-]+=*")


class AuthenticationError(UcwaError):
    """No token could be had: no challenge we can answer, or the token request failed.

    The message names the token URL and the OAuth error code, never a password or a token.
    """


@attrs.frozen(eq=False, repr=False)
class Challenge(HashedByFields):
    """One challenge of a ``WWW-Authenticate`` header: a scheme and its parameters.

    Parameter names are lower-cased (they are case-insensitive); values are unquoted.
    ``token68`` keeps a bare value (``Negotiate abc==``).
    """

    scheme: str
    params: Mapping[str, str] = attrs.field(factory=dict)
    token68: str | None = None

    @property
    def token_url(self) -> str | None:
        """The token endpoint of an ``MsRtcOAuth`` challenge (its ``href``)."""
        return self.params.get("href")

    @property
    def grant_types(self) -> tuple[str, ...]:
        """The grant types the token endpoint accepts, in the server's order."""
        raw = self.params.get("grant_type", "")
        return tuple(g.strip() for g in raw.split(",") if g.strip())


def _split_items(header: str) -> list[str]:
    # Commas separate both challenges and parameters; a comma inside quotes does neither.
    items: list[str] = []
    current: list[str] = []
    quoted = escaped = False
    for char in header:
        if escaped:
            escaped = False
        elif char == "\\" and quoted:
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            items.append("".join(current))
            current = []
            continue
        current.append(char)
    items.append("".join(current))
    return [item.strip() for item in items if item.strip()]


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value


def parse_challenges(header: str) -> list[Challenge]:
    """Every challenge of a ``WWW-Authenticate`` value (several headers joined by commas).

    An item that starts with a token followed by a space (and not by ``=``) opens a new
    challenge; ``name=value`` items add to the current one; values may be quoted or bare.
    """
    challenges: list[tuple[str, dict[str, str], str | None]] = []
    for item in _split_items(header):
        param = _PARAM.fullmatch(item)
        if param and challenges:
            challenges[-1][1][param.group(1).lower()] = _unquote(param.group(2))
            continue
        start = _SCHEME_START.match(item)
        if not start:
            continue  # not a challenge we can read; skip rather than guess
        rest = item[start.end() :]
        params: dict[str, str] = {}
        token68: str | None = None
        if rest:
            param = _PARAM.fullmatch(rest)
            # "abc==" reads as a parameter too; trailing '=' only is the token68 padding.
            if _TOKEN68.fullmatch(rest.strip()) or not param:
                token68 = rest.strip()
            else:
                params[param.group(1).lower()] = _unquote(param.group(2))
        challenges.append((start.group(1), params, token68))
    return [Challenge(scheme, params, token68) for scheme, params, token68 in challenges]


def challenges_of(response_headers: Mapping[str, str]) -> list[Challenge]:
    """The challenges of a response; urllib3 joins repeated headers with ``, ``."""
    return parse_challenges(response_headers.get("WWW-Authenticate", ""))


@attrs.frozen(eq=False, repr=False)
class TokenRequest(HashedByFields):
    """What a token provider is asked: a token for ``resource_url``'s origin.

    ``challenges`` are those of the 401 (or remembered from it, when a known token expired);
    ``pool`` is the session's connection pool for the request; ``now`` is the session clock's
    reading, from which ``expires_in`` counts (``BearerToken.from_expires_in(..., now=now)``).
    ``trusted_domains`` are the domains the user signs in to (each with its subdomains): a
    provider sends secrets to hosts in them only (see :func:`in_domains`).
    """

    resource_url: str
    challenges: tuple[Challenge, ...]
    pool: urllib3.PoolManager = attrs.field(repr=False)
    now: float = attrs.field(factory=time.monotonic, repr=False)
    timeout: urllib3.Timeout | float = attrs.field(default=TOKEN_TIMEOUT, repr=False)
    trusted_domains: tuple[str, ...] = ()


def in_domains(host: str, domains: tuple[str, ...]) -> bool:
    """Whether ``host`` is one of ``domains`` or a subdomain of one (an IP address: equal).

    Names compare as DNS does (case and a final dot do not matter); ``evilcontoso.com`` is
    not in ``contoso.com``. An IPv6 address may come with or without its URL brackets.
    """
    host = _bare_host(host)
    for domain in domains:
        domain = _bare_host(domain).lstrip(".")
        if not domain:
            continue
        if host == domain:
            return True
        # Only names have subdomains: 10.127.0.0.1 is no host "in" 127.0.0.1.
        if not _is_address(host) and not _is_address(domain) and host.endswith("." + domain):
            return True
    return False


class TokenProvider(Protocol):
    """Gives a bearer token for the origin of ``request.resource_url``.

    :class:`PasswordGrant` answers UCWA's own ``MsRtcOAuth`` challenge. For Skype for
    Business Online, a provider returns an Azure AD token for the resource (the origin of
    ``resource_url``), e.g. from MSAL: ``BearerToken.from_expires_in(token, request.resource_url,
    expires_in)``. A provider must bind the token to ``request.resource_url``.
    """

    def __call__(self, request: TokenRequest) -> BearerToken: ...


def _bare_host(host: str) -> str:
    # How a host compares: lower case, no final dot, no brackets around an IPv6 address.
    host = host.lower().rstrip(".")
    return host[1:-1] if host.startswith("[") and host.endswith("]") else host


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class PasswordGrant:
    """The OAuth password grant to the ``MsRtcOAuth`` token endpoint of the challenge.

    ``password`` is a callable asked once per token request; the string it returns is referenced
    only during that request, so the provider never holds the password itself. A constant
    ``lambda: secret`` works, at the cost of keeping ``secret`` in the caller's closure.

    The password is only ever posted to a token endpoint on the same origin as the resource
    that challenged, and only when that host is in the request's ``trusted_domains`` (the
    session's sign-in domain and its ``trusted_hosts``): otherwise any server a link leads
    to could challenge for itself and collect the password. It goes over https only, unless
    ``allow_http`` is set (for a test server on loopback, such as the bundled one): a link to
    an http page that challenges would otherwise get it in clear. Each refusal raises
    :class:`AuthenticationError` before the password is asked for.

    The form that carries the password, and the token response, are
    :class:`~.secret.SecretBytes`: a traceback's locals show neither.
    """

    def __init__(
        self, username: str, password: Callable[[], str], *, allow_http: bool = False
    ) -> None:
        self.username = username
        self._password = password
        self.allow_http = allow_http

    def __repr__(self) -> str:
        return (
            f"PasswordGrant(username={self.username!r}, password=<hidden>, "
            f"allow_http={self.allow_http})"
        )

    def __call__(self, request: TokenRequest) -> BearerToken:
        target = self._token_target(request)
        token_url = target.url
        form = SecretBytes(
            urlencode(
                {"grant_type": "password", "username": self.username, "password": self._password()}
            ).encode()
        )
        try:
            raw = open_at(
                request.pool,
                "POST",
                target,
                body=form,
                headers={
                    "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8",
                    "Accept": "application/json",
                },
                timeout=request.timeout,
                redirect=False,
                retries=False,
                preload_content=False,
            )
            body = SecretBytes(read_body(raw, DEFAULT_MAX_BODY, "POST", token_url))
        except (urllib3.exceptions.HTTPError, BrokenBody) as exc:
            reason = deadline_passed(exc) or exc  # urllib3 words it as a read timeout
            message = f"POST {token_url}: {reason}"
            raise TransportError(message, method="POST", url=token_url) from exc
        return _read_token_response(raw.status, body, token_url, request)

    def _token_target(self, request: TokenRequest) -> Target:
        for challenge in request.challenges:
            if challenge.scheme.lower() != "msrtcoauth" or not challenge.token_url:
                continue
            if challenge.grant_types and "password" not in challenge.grant_types:
                continue
            refuse_ambiguous_href(challenge.token_url)
            target = parse_target(urljoin(request.resource_url, challenge.token_url))
            self._check_token_endpoint(target, request)
            return target
        raise AuthenticationError(
            f"{request.resource_url} offers no MsRtcOAuth endpoint with the password grant"
        )

    def _check_token_endpoint(self, target: Target, request: TokenRequest) -> None:
        # The same parsed target decides all three and is where the form is posted.
        url = target.url
        if target.origin != origin_of(request.resource_url):
            raise AuthenticationError(
                f"the token endpoint {url} is not on the origin of {request.resource_url}; "
                "the password is not sent there"
            )
        if not in_domains(target.host, request.trusted_domains):
            raise AuthenticationError(
                f"the token endpoint {url} is not in the sign-in domain or the trusted "
                f"hosts ({', '.join(request.trusted_domains) or 'none given'}); "
                "the password is not sent there"
            )
        if target.scheme != "https" and not self.allow_http:
            raise AuthenticationError(
                f"the token endpoint {url} is plain http; the password is not sent in clear "
                "(PasswordGrant(..., allow_http=True) allows it, for a test server)"
            )


def _read_token_response(
    status: int, body: bytes, token_url: str, request: TokenRequest
) -> BearerToken:
    try:
        data: Any = codec_json.decode(body)
    except ValueError:  # not JSON, not UTF-8, or nested too deeply to read
        data = None
    if not isinstance(data, dict):
        raise AuthenticationError(f"POST {token_url} -> {status}: not a JSON token response")
    if status != 200 or not isinstance(data.get("access_token"), str):
        error = data.get("error") if isinstance(data.get("error"), str) else "no access_token"
        raise AuthenticationError(f"POST {token_url} -> {status}: {error}")
    expires_in = data.get("expires_in")
    try:  # a number, or (Azure AD) a string of one
        seconds = float(expires_in) if expires_in is not None else None
    except (TypeError, ValueError, OverflowError):  # OverflowError: an integer past 1e308
        seconds = None
    return BearerToken.from_expires_in(
        data["access_token"], request.resource_url, seconds, now=request.now
    )


@attrs.frozen(eq=False, repr=False)
class _Kept(HashedByFields):
    # An origin's token, the challenges it answered, and how long before its expiry it is
    # renewed (``margin``, or a share of a shorter lifetime).
    token: BearerToken
    challenges: tuple[Challenge, ...]
    margin: float


class TokenCache:
    """One bearer token per origin, fetched and renewed through a :class:`TokenProvider`.

    Serves as the client's ``auth`` (:meth:`auth_flow`): a request carries the token of its
    own origin (none for an origin without one), so a token never reaches another host. The
    challenges each origin sent are remembered, so an expired token is renewed before the
    request rather than after a 401: ``margin`` seconds before its expiry, or a tenth of its
    lifetime before when that is shorter. Safe to share between the event thread and the
    caller. ``trusted_domains`` go to the provider with each request (:class:`TokenRequest`).
    """

    def __init__(
        self,
        provider: TokenProvider,
        pool: urllib3.PoolManager,
        *,
        clock: Callable[[], float] = time.monotonic,
        margin: float = EXPIRY_MARGIN,
        trusted_domains: tuple[str, ...] = (),
    ) -> None:
        self._provider = provider
        self.trusted_domains = trusted_domains
        self._pool = pool
        self._clock = clock
        self._margin = margin
        self._kept: dict[tuple[str, str, int], _Kept] = {}
        self._lock = threading.Lock()
        # One renewal at a time: the event thread and the caller often meet the same 401.
        self._renewing = threading.Lock()

    def __repr__(self) -> str:
        origins = sorted(f"{s}://{h}:{p}" for s, h, p in self._kept)
        return f"TokenCache(origins={origins})"

    def auth_flow(self, request: Request) -> AuthFlow:
        """Send ``request`` with its origin's token (renewed first when about to expire);
        after a 401 with challenges, renew the token from them and send it once more (a
        second 401 is the caller's)."""
        url = request.url  # the URL connected to: its origin is where the token goes
        self.refresh_if_expired(url)
        used = self.token_for(url)
        _authorize(request, used)
        response = yield request
        challenges = tuple(challenges_of(response.headers))
        if response.status != 401 or not challenges:
            return
        self.renew(url, challenges, replacing=used)
        _authorize(request, self.token_for(url))
        yield request

    def header_for(self, url: str) -> str | None:
        """The Authorization header a request to ``url`` gets now (None: no token kept)."""
        return _header(self.token_for(url), url)

    def refresh_if_expired(self, url: str) -> None:
        """Renew the token of ``url``'s origin when it is (nearly) expired and we know how."""
        with self._lock:
            kept = self._kept.get(origin_of(url))
        if kept is None or not kept.challenges:
            return
        if kept.token.expired(self._clock(), kept.margin):
            self.renew(url, kept.challenges, replacing=kept.token)

    def token_for(self, url: str) -> BearerToken | None:
        """The token kept for ``url``'s origin (None when there is none)."""
        with self._lock:
            kept = self._kept.get(origin_of(url))
        return kept.token if kept is not None else None

    def renew(
        self, url: str, challenges: tuple[Challenge, ...], replacing: BearerToken | None = None
    ) -> None:
        """Get a new token for ``url``'s origin from the provider and keep it.

        ``replacing`` is the token the caller found wanting; when another thread has already
        replaced it, that newer token is kept and the provider is not asked again.
        """
        origin = origin_of(url)
        with self._renewing:
            current = self.token_for(url)
            if current is not None and current is not replacing:
                return
            now = self._clock()
            token = self._provider(
                TokenRequest(url, challenges, self._pool, now, trusted_domains=self.trusted_domains)
            )
            if token.origin != origin:
                raise AuthenticationError(
                    f"the provider gave a token for another origin than {url}"
                )
            margin = self._margin
            if token.expires_at is not None:
                margin = min(margin, EXPIRY_MARGIN_SHARE * max(0.0, token.expires_at - now))
            with self._lock:
                self._kept[origin] = _Kept(token, challenges, margin)


def _header(token: BearerToken | None, url: str) -> str | None:
    # The token's own check decides: it gives a header for its origin only.
    return token.header_for(url) if token is not None else None


def _authorize(request: Request, token: BearerToken | None) -> None:
    header = _header(token, request.url)
    if header is None:
        request.headers.pop("Authorization", None)
    else:
        request.headers["Authorization"] = header

"""A UCWA server for tests: real HTTP on loopback, threaded, started and stopped from Python.

::

    from ucwa.testing import UcwaServer

    with UcwaServer(poll_timeout=0.2) as server:
        grant = ucwa.PasswordGrant(server.username, lambda: server.password, allow_http=True)
        session = ucwa.UcwaSession(grant, root_url=server.root_url)

It speaks the parts of UCWA a messaging client needs: autodiscovery (optionally through a
``redirect``, and to a user homed on a second pool on another port), the 401 challenge and
the password grant, applications (me, people, onlineMeetings, communication embedded), the
event channel (long poll, ``next``, ``resume``, ``resync``, PGetReplaced), messaging with an
echo contact that accepts every invitation and answers every message, conversation logs,
me/presence/note with ETags (PUT stands in for every PUT resource of UCWA: If-Match, 428, 412,
and a property with a random name that must come back), and batching. It checks the bearer
token, required parameters, maximum lengths and content types, and answers errors with the
documented body (code, subcode, message). Hrefs are opaque and change from run to run.

Test controls (``expire_tokens``, ``lose_application``, ``request_resync``, ``drop_polls``,
``invite``...) make the server misbehave on cue, deterministically; ``fail_next`` and ``chaos``
inject transport faults (resets before, after and in the middle of an answer, slow answers,
500/503/429 with Retry-After; see :mod:`ucwa.testing.faults`). ``requests`` (the recent ones)
and ``connections_open``/``connections_total``/``connections_peak`` show what clients did.
"""

from __future__ import annotations

import json
import re
import secrets
import socket
import ssl
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import attrs
from urllib3 import HTTPHeaderDict

from .._runtime import batching
from .._runtime.datauri import DataUri
from . import resources as build
from .faults import Fault, FaultPlan, malformed
from .state import Account, Application, Conversation, Invitation, Poll, State, Versioned, opaque

Json = dict[str, Any]
ROOT_PATH = "/Autodiscover/AutodiscoverService.svc/root"
USER_PATH = ROOT_PATH + "/oauth/user"
TOKEN_PATH = "/WebTicket/oauthtoken"
APPLICATIONS_PATH = "/ucwa/oauth/v1/applications"
MAX_LENGTH = 100  # applications' string parameters (applications_ref.md)
_REASONS = {200: "OK", 201: "Created", 204: "No Content", 400: "Bad Request"}
_FAULT_CODES = {429: "TooManyRequests", 503: "ServiceUnavailable", 504: "GatewayTimeout"}
RECENT_REQUESTS = 1000  # how many requests ``UcwaServer.requests`` remembers


@attrs.frozen
class Request:
    method: str
    path: str
    query: Mapping[str, str]
    headers: Mapping[str, str]
    body: bytes
    pool: str

    @property
    def media_type(self) -> str:
        return self.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()

    def json(self) -> Any:
        return json.loads(self.body or b"null")


@attrs.frozen
class Reply:
    status: int
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    drop: bool = False  # close the connection without answering (a dropped connection)


def json_reply(status: int, data: Json, headers: tuple[tuple[str, str], ...] = ()) -> Reply:
    body = json.dumps(data, separators=(",", ":")).encode()
    return Reply(status, body, (("Content-Type", "application/json; charset=utf-8"), *headers))


def error_reply(status: int, code: str, subcode: str | None, message: str) -> Reply:
    return json_reply(status, build.error(code, subcode, message))


class Refused(Exception):
    """Raised by a handler to answer with a UCWA error."""

    def __init__(self, status: int, code: str, subcode: str | None, message: str) -> None:
        super().__init__(message)
        self.reply = error_reply(status, code, subcode, message)


def _invalid(message: str) -> Refused:
    return Refused(400, "BadRequest", "ParameterValidationFailure", message)


@attrs.define
class Context:
    request: Request
    match: re.Match[str]
    account: Account | None = None
    app: Application | None = None

    @property
    def application(self) -> Application:
        assert self.app is not None  # app routes always have one
        return self.app


Handler = Callable[["UcwaServer", Context], Reply]


@attrs.frozen
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler
    access: str  # "anonymous", "user" (a valid token) or "app" (the token's own application)


ROUTES: list[Route] = []


def route(method: str, pattern: str, access: str = "app") -> Callable[[Handler], Handler]:
    app = r"/ucwa/oauth/v1/applications/(?P<app>\d+)"
    compiled = re.compile(pattern.replace("{APP}", app))

    def register(handler: Handler) -> Handler:
        ROUTES.append(Route(method, compiled, handler, access))
        return handler

    return register


@attrs.define
class ServerConfig:
    """How the server behaves; every field can be given to :class:`UcwaServer` as a keyword."""

    poll_timeout: float = 30.0
    token_lifetime: float = 8 * 3600.0
    redirect_root: bool = False
    second_pool: bool = False
    completion_before_created: bool = False
    username: str = "alice@contoso.com"
    password: str = attrs.field(factory=lambda: secrets.token_urlsafe(12))
    # Serve https with this server-side context (e.g. from trustme) instead of http.
    tls: ssl.SSLContext | None = None
    # The host name each pool ("primary", "secondary") writes in its absolute URLs, instead
    # of 127.0.0.1: clients reach it through ``UcwaServer.connect_to`` (no DNS involved), and
    # a TLS certificate must then be issued for the name.
    host_names: Mapping[str, str] = attrs.field(factory=dict)


class _PoolHttp(ThreadingHTTPServer):
    daemon_threads = True
    # One thread per connection; the default backlog of 5 would make 50 clients connecting
    # at once wait for SYN retransmissions (a second each), so allow many more to queue.
    request_queue_size = 256

    def __init__(self, owner: UcwaServer, name: str) -> None:
        super().__init__(("127.0.0.1", 0), _HttpHandler)
        self.owner = owner
        self.name = name
        self.scheme = "http"
        if owner.config.tls is not None:
            # The handshake happens on the first read, in the connection's own thread, so a
            # client that refuses the certificate does not hold up the accepting thread.
            self.socket = owner.config.tls.wrap_socket(
                self.socket, server_side=True, do_handshake_on_connect=False
            )
            self.scheme = "https"

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        # The thread lives as long as the connection: counting threads counts connections.
        self.owner._connection_opened()
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.owner._connection_closed()

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    @property
    def host(self) -> str:
        return self.owner.config.host_names.get(self.name, "127.0.0.1")

    @property
    def url(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"


class _HttpHandler(BaseHTTPRequestHandler):
    server: _PoolHttp
    protocol_version = "HTTP/1.1"  # keep-alive, like IIS; the client's pool reuses sockets

    def log_message(self, format: str, *args: Any) -> None:
        pass  # tests read state, not logs

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in two writes; with Nagle's algorithm the body would wait
        # for the client's delayed ACK (40 ms on Linux) on every answer.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def _handle(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        parts = urlsplit(self.path)
        request = Request(
            self.command,
            parts.path,
            dict(parse_qsl(parts.query, keep_blank_values=True)),
            HTTPHeaderDict(self.headers.items()),
            body,
            self.server.name,
        )
        owner = self.server.owner
        fault = owner._fault_for(request)
        if fault is not None and fault.kind == "delay":
            time.sleep(fault.delay)  # outside the state lock: other requests go on meanwhile
        if fault is not None and fault.kind == "reset_before":
            self._reset()
            return
        if fault is not None and fault.kind == "status":
            headers = (("Retry-After", fault.retry_after),) if fault.retry_after else ()
            code = _FAULT_CODES.get(fault.status, "ServiceFailure")
            reply = error_reply(fault.status, code, None, "injected fault")
            self._send(attrs.evolve(reply, headers=reply.headers + headers))
            return
        reply = owner.dispatch(request)
        if reply.drop or (fault is not None and fault.kind == "reset_after"):
            self._reset()
            return
        if fault is not None and fault.kind == "reset_mid_body":
            self._send(reply, cut=max(1, len(reply.body) // 2))
            self._reset()
            return
        if fault is not None and fault.kind == "malformed":
            status, spoilt, body = malformed(fault, reply.status, reply.headers, reply.body)
            self.close_connection = True  # after a hostile answer, never reuse the connection
            reply = Reply(status, body, spoilt)
        self._send(reply)

    def _send(self, reply: Reply, cut: int | None = None) -> None:
        self.send_response(reply.status)
        for name, value in reply.headers:
            self.send_header(name, value)
        if not any(name.lower() == "content-length" for name, _ in reply.headers):
            self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body[:cut])

    def _reset(self) -> None:
        # SO_LINGER 0 makes close() send RST: the client sees "connection reset by peer",
        # as when a load balancer or a crashing front end drops the connection.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    do_GET = do_POST = do_PUT = do_DELETE = _handle


class UcwaServer:
    """The bundled UCWA server; a context manager (see the module documentation)."""

    def __init__(self, config: ServerConfig | None = None, **overrides: Any) -> None:
        self.config = attrs.evolve(config or ServerConfig(), **overrides)
        account = Account(
            self.config.username, self.config.password, "Alice Anders", "sip:alice@contoso.com"
        )
        self.state = State(
            {account.username: account}, echo_name="Echo Contact", echo_uri="sip:echo@contoso.com"
        )
        self.pools: dict[str, _PoolHttp] = {}
        self.seen_authorization: dict[str, list[str]] = {}
        self.faults = FaultPlan()
        # The last RECENT_REQUESTS requests, in arrival order (batch parts not included).
        self.requests: deque[Request] = deque(maxlen=RECENT_REQUESTS)
        self.connections_open = 0
        self.connections_total = 0
        self.connections_peak = 0
        self._threads: list[threading.Thread] = []

    # -- lifecycle --------------------------------------------------------------------

    def start(self) -> UcwaServer:
        names = ["primary", "secondary"] if self.config.second_pool else ["primary"]
        for name in names:
            pool = _PoolHttp(self, name)
            self.pools[name] = pool
            self.seen_authorization[name] = []
            thread = threading.Thread(target=pool.serve_forever, args=(0.05,), daemon=True)
            thread.start()
            self._threads.append(thread)
        with self.state.cond:
            self.state.logs[self.config.username] = [opaque(), opaque()]
        return self

    def stop(self) -> None:
        with self.state.cond:
            self.state.stopping = True
            self.state.cond.notify_all()
        for pool in self.pools.values():
            pool.shutdown()
            pool.server_close()

    def __enter__(self) -> UcwaServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def root_url(self) -> str:
        """The autodiscovery root (of the first pool) a client starts from."""
        return f"{self.pools['primary'].url}{ROOT_PATH}?originalDomain=contoso.com"

    @property
    def connect_to(self) -> dict[str, tuple[str, int]]:
        """Where the pools' host names connect (``host_names``), for a client's ``connect_to``."""
        return {
            pool.host: ("127.0.0.1", pool.port)
            for pool in self.pools.values()
            if pool.host != "127.0.0.1"
        }

    @property
    def home_pool(self) -> str:
        return "secondary" if self.config.second_pool else "primary"

    @property
    def username(self) -> str:
        return self.config.username

    @property
    def password(self) -> str:
        return self.config.password

    @property
    def echo_uri(self) -> str:
        return self.state.echo_uri

    # -- test controls ----------------------------------------------------------------

    def wait_until(self, condition: Callable[[], bool], timeout: float = 5.0) -> None:
        """Block until ``condition()`` (read under the state lock) holds; TimeoutError if not."""
        deadline = time.monotonic() + timeout
        with self.state.cond:
            while not condition():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError("the server never reached the expected state")
                self.state.cond.wait(remaining)

    def applications(self) -> list[Application]:
        with self.state.cond:
            return [a for a in self.state.applications.values() if a.lost is None]

    def application(self) -> Application:
        """The one live application (tests with a single session)."""
        [app] = self.applications()
        return app

    def expire_tokens(self) -> None:
        """Every token issued so far expires now (the next request gets a 401)."""
        with self.state.cond:
            for token in self.state.tokens.values():
                token.expires_at = 0.0

    def lose_application(self, status: int = 410) -> None:
        """The live application is gone: 410 InactiveApplicationExpired, 404 ApplicationNotFound."""
        subcode = "InactiveApplicationExpired" if status == 410 else "ApplicationNotFound"
        with self.state.cond:
            self.application().lost = (status, subcode)
            self.state.cond.notify_all()

    def request_resync(self) -> None:
        """The next P-GET gets only a ``resync`` link, as after an out-of-order ack."""
        with self.state.cond:
            self.application().events.resync_next = True

    def request_resume(self) -> None:
        """The next batch carries ``resume`` instead of ``next`` (state reset after idling)."""
        with self.state.cond:
            self.application().events.resume_next = True

    def drop_polls(self, count: int) -> None:
        """The next ``count`` P-GET answers are formed, then the connection is closed instead."""
        with self.state.cond:
            self.application().events.drop_next += count

    def fail_next(self, *faults: Fault, method: str | None = None, path: str | None = None) -> None:
        """The next requests that match (``path`` is a regular expression searched in the
        path) get these faults, one each, in order."""
        with self.state.cond:
            self.faults.add_next(list(faults), method, path)

    def chaos(
        self,
        seed: int,
        rate: float,
        *,
        menu: tuple[Fault, ...] | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        """A share ``rate`` of the matching requests get a fault picked from ``menu`` (every
        kind by default) by a generator seeded with ``seed``: the same run fails the same way."""
        with self.state.cond:
            if menu is None:
                self.faults.add_random(seed, rate, method=method, path=path)
            else:
                self.faults.add_random(seed, rate, menu, method, path)

    def clear_faults(self) -> None:
        """No more injected faults (the counts in ``faults.injected`` stay)."""
        with self.state.cond:
            self.faults.clear()

    def _fault_for(self, request: Request) -> Fault | None:
        with self.state.cond:
            self.requests.append(request)
            return self.faults.fault_for(request.method, request.path)

    def _connection_opened(self) -> None:
        with self.state.cond:
            self.connections_open += 1
            self.connections_total += 1
            self.connections_peak = max(self.connections_peak, self.connections_open)

    def _connection_closed(self) -> None:
        with self.state.cond:
            self.connections_open -= 1
            self.state.cond.notify_all()

    def invite(self, message: str = "Hello from echo") -> str:
        """The echo contact invites the user to an IM conversation; returns the invitation href."""
        with self.state.cond:
            app = self.application()
            conversation = self._new_conversation(app, "Incoming chat")
            invitation = Invitation(
                f"{app.base}/communication/messagingInvitations/{opaque()}",
                conversation,
                "Incoming",
                None,
                message,
            )
            app.invitations[invitation.href.rsplit("/", 1)[-1]] = invitation
            app.add_event(
                "communication",
                f"{app.base}/communication",
                build.event(
                    "messagingInvitation", invitation.href, "started", invitation.render(True)
                ),
            )
            self.state.cond.notify_all()
            return invitation.href

    # -- dispatch ---------------------------------------------------------------------

    def dispatch(self, request: Request) -> Reply:
        """Answer one request (also used for each part of a batch)."""
        authorization = request.headers.get("Authorization")
        with self.state.cond:
            if authorization:
                self.seen_authorization[request.pool].append(authorization)
            try:
                return self._dispatch(request, authorization)
            except Refused as refused:
                return refused.reply
            finally:
                self.state.cond.notify_all()

    def _dispatch(self, request: Request, authorization: str | None) -> Reply:
        allowed: list[str] = []
        for candidate in ROUTES:
            match = candidate.pattern.fullmatch(request.path)
            if match is None:
                continue
            allowed.append(candidate.method)
            if candidate.method != request.method:
                continue
            context = Context(request, match)
            if candidate.access != "anonymous":
                context.account = self.state.account_for(authorization, request.pool)
                if context.account is None:
                    return self._challenge(request.pool)
            if candidate.access == "app":
                context.app = self._application_of(context)
            return candidate.handler(self, context)
        if allowed:
            return error_reply(405, "MethodNotAllowed", None, f"{request.method} is not allowed")
        return error_reply(404, "NotFound", "ResourceNotFound", "no such resource")

    def _challenge(self, pool: str) -> Reply:
        token_url = self.pools[pool].url + TOKEN_PATH
        # Two headers, as some deployments send: one per scheme (the capture has one header).
        return Reply(
            401,
            b"<html><body><h2>401 - Unauthorized</h2></body></html>",
            (
                ("Content-Type", "text/html"),
                (
                    "WWW-Authenticate",
                    'Bearer trusted_issuers="00000002-0000-0ff1-ce00-000000000000@contoso.com", '
                    'client_id="00000004-0000-0ff1-ce00-000000000000"',
                ),
                (
                    "WWW-Authenticate",
                    f'MsRtcOAuth href="{token_url}",grant_type="urn:microsoft.rtc:windows,'
                    'urn:microsoft.rtc:anonmeeting,password"',
                ),
            ),
        )

    def _application_of(self, context: Context) -> Application:
        app = self.state.applications.get(context.match["app"])
        if app is None or app.account is not context.account or app.pool != context.request.pool:
            raise Refused(404, "NotFound", "ApplicationNotFound", "the application does not exist")
        if app.lost is not None:
            status, subcode = app.lost
            code = "Gone" if status == 410 else "NotFound"
            raise Refused(status, code, subcode, "the application is gone")
        return app

    def _new_conversation(self, app: Application, subject: str) -> Conversation:
        href = f"{app.base}/communication/conversations/{opaque()}"
        conversation = Conversation(href, subject, self.state.echo_name, self.state.echo_uri)
        app.conversations[href.rsplit("/", 1)[-1]] = conversation
        return conversation

    def _until_delivered(self, app: Application) -> None:
        # completion_before_created: the 201 waits until the events are read, as a slow
        # command channel would let them overtake it.
        if self.config.completion_before_created:
            target = app.events.enqueued
            deadline = time.monotonic() + 5.0
            while app.events.delivered < target and time.monotonic() < deadline:
                self.state.cond.notify_all()
                self.state.cond.wait(deadline - time.monotonic())


def _require_json(request: Request) -> Json:
    if request.media_type not in ("application/json", "application/vnd.microsoft.com.ucwa+json"):
        raise Refused(415, "UnsupportedMediaType", None, f"{request.media_type!r} is not JSON")
    try:
        data = request.json()
    except ValueError as exc:
        raise Refused(400, "BadRequest", "DeserializationFailure", str(exc)) from None
    if not isinstance(data, dict):
        raise Refused(400, "BadRequest", "DeserializationFailure", "a JSON object is expected")
    return data


def _string(data: Json, name: str, *, required: bool, max_length: int | None = None) -> str | None:
    value = data.get(name)
    if value is None or value == "":
        if required:
            raise _invalid(f"{name} is required")
        return None
    if not isinstance(value, str):
        raise _invalid(f"{name} must be a string")
    if max_length is not None and len(value) > max_length:
        raise _invalid(f"{name} is longer than {max_length} characters")
    return value


def _message_link(data: Json) -> str | None:
    href = (data.get("_links") or {}).get("message", {}).get("href")
    if href is None:
        return None
    try:
        return DataUri.parse(href).text
    except ValueError:
        raise _invalid("message must be a data: URI") from None


def _created(href: str) -> Reply:
    return Reply(201, headers=(("Location", href),))


# -- discovery and sign-in ---------------------------------------------------------------


# lyncdiscover.<domain> answers at "/" what the root path does: autodiscovery from a
# domain reads https://lyncdiscover.<domain> itself.
@route("GET", "/", "anonymous")
@route("GET", ROOT_PATH, "anonymous")
def _root(server: UcwaServer, ctx: Context) -> Reply:
    pool = server.pools[ctx.request.pool].url
    self_href = f"{pool}{ROOT_PATH}?originalDomain=contoso.com"
    if server.config.redirect_root and "hop" not in ctx.request.query:
        return json_reply(200, build.root(self_href, redirect=f"{self_href}&hop={opaque(2)}"))
    return json_reply(200, build.root(self_href, user=f"{pool}{USER_PATH}"))


@route("GET", USER_PATH, "user")
def _user(server: UcwaServer, ctx: Context) -> Reply:
    here = server.pools[ctx.request.pool].url
    if ctx.request.pool != server.home_pool:
        home = server.pools[server.home_pool].url
        return json_reply(200, build.user(here + USER_PATH, redirect=f"{home}{ROOT_PATH}"))
    return json_reply(200, build.user(here + USER_PATH, applications=here + APPLICATIONS_PATH))


@route("POST", TOKEN_PATH, "anonymous")
def _token(server: UcwaServer, ctx: Context) -> Reply:
    if ctx.request.media_type != "application/x-www-form-urlencoded":
        return json_reply(400, {"error": "invalid_request"})
    form = dict(parse_qsl(ctx.request.body.decode("utf-8")))
    if form.get("grant_type") != "password":
        return json_reply(400, {"error": "unsupported_grant_type"})
    account = server.state.accounts.get(form.get("username", ""))
    if account is None or not secrets.compare_digest(account.password, form.get("password", "")):
        return json_reply(400, {"error": "invalid_grant"})
    lifetime = server.config.token_lifetime
    value = server.state.issue_token(account, ctx.request.pool, lifetime)
    return json_reply(
        200,
        {
            "access_token": value,
            "expires_in": int(lifetime),
            "ms_rtc_identityscope": "local",
            "token_type": "Bearer",
        },
    )


# -- applications ------------------------------------------------------------------------


def _application_body(server: UcwaServer, app: Application) -> Json:
    base = app.base
    return build.application(
        base,
        user_agent=app.user_agent,
        endpoint_id=app.endpoint_id,
        culture=app.culture,
        embedded={
            "me": {**build.me(base, app.account.name, app.account.uri, app.available)},
            "people": build.people(base),
            "onlineMeetings": build.online_meetings(base),
            "communication": build.communication(
                base, app.communication_secret, app.communication_etag
            ),
        },
    )


@route("POST", APPLICATIONS_PATH, "user")
def _create_application(server: UcwaServer, ctx: Context) -> Reply:
    data = _require_json(ctx.request)
    fields = {
        name: _string(data, name, required=True, max_length=MAX_LENGTH)
        for name in ("userAgent", "endpointId", "culture")
    }
    assert ctx.account is not None
    app_id = str(secrets.randbelow(10**11) + 10**11)
    app = Application(
        app_id,
        f"{APPLICATIONS_PATH}/{app_id}",  # hrefs below the application are relative, as on IIS
        ctx.account,
        ctx.request.pool,
        str(fields["userAgent"]),
        str(fields["endpointId"]),
        str(fields["culture"]),
    )
    server.state.applications[app_id] = app
    return json_reply(201, _application_body(server, app), (("Location", app.base),))


@route("GET", "{APP}")
def _get_application(server: UcwaServer, ctx: Context) -> Reply:
    return json_reply(200, _application_body(server, ctx.application))


@route("DELETE", "{APP}")
def _delete_application(server: UcwaServer, ctx: Context) -> Reply:
    ctx.application.lost = (404, "ApplicationNotFound")
    return Reply(204)


@route("GET", "{APP}/people")
def _people(server: UcwaServer, ctx: Context) -> Reply:
    return json_reply(200, build.people(ctx.application.base))


@route("GET", "{APP}/onlineMeetings")
def _online_meetings(server: UcwaServer, ctx: Context) -> Reply:
    return json_reply(200, build.online_meetings(ctx.application.base))


@route("GET", "{APP}/communication")
def _communication(server: UcwaServer, ctx: Context) -> Reply:
    app = ctx.application
    return json_reply(
        200, build.communication(app.base, app.communication_secret, app.communication_etag)
    )


# -- me, presence, note: ETags and PUT ---------------------------------------------------


def _versioned(ctx: Context) -> tuple[Versioned, Json]:
    app = ctx.application
    kind = ctx.match["kind"] or "me"
    target: Versioned = getattr(app, kind)
    href = f"{app.base}/me" + (f"/{kind}" if kind != "me" else "")
    extra = build.me(app.base, app.account.name, app.account.uri, app.available)
    shown = extra if kind == "me" else {"_links": build.links(self=href)}
    return target, {**target.render(), **shown}


def _etag_header(target: Versioned) -> tuple[tuple[str, str], ...]:
    return (("ETag", f'"{target.etag}"'),)


@route("GET", r"{APP}/me(?:/(?P<kind>presence|note))?")
def _get_versioned(server: UcwaServer, ctx: Context) -> Reply:
    target, body = _versioned(ctx)
    return json_reply(200, body, _etag_header(target))


@route("PUT", r"{APP}/me(?:/(?P<kind>presence|note))?")
def _put_versioned(server: UcwaServer, ctx: Context) -> Reply:
    target, _ = _versioned(ctx)
    data = _require_json(ctx.request)
    if_match = ctx.request.headers.get("If-Match")
    if if_match is None:
        raise Refused(428, "PreconditionRequired", None, "PUT needs If-Match")
    if if_match.strip().removeprefix("W/").strip('"') != str(target.etag):
        raise Refused(412, "PreconditionFailed", None, "the resource has changed")
    if data.get(target.secret) != build.PUT_NOTE:
        raise _invalid("the body must send back every property the resource has")
    for name in target.document:
        if name in data and name != "rel":
            target.document[name] = data[name]
    target.etag += 1
    app = ctx.application
    target_rel = str(target.document.get("rel"))
    _, body = _versioned(ctx)
    app.add_event(
        "me", f"{app.base}/me", build.event(target_rel, body["_links"]["self"]["href"], "updated")
    )
    return json_reply(200, body, _etag_header(target))


@route("POST", "{APP}/me/makeMeAvailable")
def _make_me_available(server: UcwaServer, ctx: Context) -> Reply:
    data = _require_json(ctx.request)
    _string(data, "signInAs", required=True, max_length=MAX_LENGTH)
    app = ctx.application
    app.available = True
    app.add_event("me", f"{app.base}/me", build.event("me", f"{app.base}/me", "updated"))
    return Reply(204)


@route("POST", "{APP}/me/reportMyActivity")
def _report_my_activity(server: UcwaServer, ctx: Context) -> Reply:
    app = ctx.application
    if not app.available:
        raise Refused(409, "Conflict", "MakeMeAvailableRequired", "call makeMeAvailable first")
    app.activity_reports += 1
    return Reply(204)


# -- the event channel -------------------------------------------------------------------


def _senders(events: list[tuple[str, str, Json]]) -> list[Json]:
    # Consecutive events of one sender share a block; order across senders is kept.
    blocks: list[Json] = []
    for rel, href, event in events:
        if blocks and blocks[-1]["href"] == href:
            blocks[-1]["events"].append(event)
        else:
            blocks.append({"rel": rel, "href": href, "events": [event]})
    return blocks


@route("GET", "{APP}/events")
def _events(server: UcwaServer, ctx: Context) -> Reply:
    app, query, cond = ctx.application, ctx.request.query, server.state.cond
    queue = app.events
    base = f"{app.base}/events"
    try:
        ack = int(query.get("ack", ""))
        priority = int(query.get("priority", "0"))
        timeout = min(
            float(query.get("timeout", server.config.poll_timeout)), server.config.poll_timeout
        )
    except ValueError:
        raise _invalid("ack, priority and timeout are numbers") from None
    if queue.resync_next or ack <= queue.acked or ack > queue.released + 1:
        queue.resync_next = False
        resync = build.events_page(
            f"{base}?ack={ack}", "resync", f"{base}?ack={queue.acked + 1}", []
        )
        return json_reply(200, resync)
    queue.acked = ack - 1
    for number in [n for n in queue.batches if n <= queue.acked]:
        del queue.batches[number]
    if ack > queue.released:
        if queue.waiting is not None and queue.waiting.priority > priority:
            raise Refused(409, "Conflict", "PGetReplaced", "a P-GET of higher priority is pending")
        if queue.waiting is not None:
            queue.waiting.replaced = True
        poll = queue.waiting = Poll(priority)
        cond.notify_all()
        deadline = time.monotonic() + timeout
        while not (queue.pending or poll.replaced or app.lost or server.state.stopping):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            cond.wait(remaining)
        if queue.waiting is poll:
            queue.waiting = None
        if poll.replaced:
            raise Refused(409, "Conflict", "PGetReplaced", "another P-GET replaced this one")
        server._application_of(ctx)  # gone while we waited: answer with its error
        if server.state.stopping:
            raise Refused(503, "ServiceUnavailable", None, "the server is stopping")
        next_rel = "resume" if queue.resume_next else "next"
        queue.resume_next = False
        queue.batches[ack] = build.events_page(
            f"{base}?ack={ack}", next_rel, f"{base}?ack={ack + 1}", _senders(queue.pending)
        )
        queue.delivered += len(queue.pending)
        queue.pending = []
        queue.released = ack
    if queue.drop_next:
        queue.drop_next -= 1
        return Reply(0, drop=True)
    return json_reply(200, queue.batches[ack])


# -- messaging ---------------------------------------------------------------------------


def _echo_accepts(server: UcwaServer, app: Application, invitation: Invitation) -> None:
    """The echo contact answers an outgoing invitation: accepted, or unknown recipient."""
    communication = f"{app.base}/communication"
    conversation = invitation.conversation
    app.add_event(
        "communication",
        communication,
        build.event("messagingInvitation", invitation.href, "started", invitation.render()),
    )
    app.add_event(
        "communication",
        communication,
        build.event(
            "conversation",
            conversation.href,
            "added",
            build.conversation(conversation.href, "Connecting", conversation.subject),
        ),
    )
    if conversation.remote_uri != server.state.echo_uri:
        invitation.state = "Failed"
        reason = build.error("NotFound", "DestinationNotFound", "no such person")
        app.add_event(
            "communication",
            communication,
            build.event(
                "messagingInvitation",
                invitation.href,
                "completed",
                invitation.render(),
                status="Failure",
                reason=reason,
            ),
        )
        return
    _connect(app, invitation)
    if invitation.message is not None:
        _echo_reply(app, conversation, invitation.message, "text/plain")


def _connect(app: Application, invitation: Invitation) -> None:
    conversation = invitation.conversation
    conversation.state = invitation.state = "Connected"
    app.add_event(
        "conversation",
        conversation.href,
        build.event(
            "messaging",
            conversation.messaging,
            "updated",
            build.messaging(conversation.messaging, "Connected"),
        ),
    )
    app.add_event(
        "communication",
        f"{app.base}/communication",
        build.event(
            "messagingInvitation",
            invitation.href,
            "completed",
            invitation.render(),
            status="Success",
        ),
    )


def _echo_reply(app: Application, conversation: Conversation, text: str, media_type: str) -> None:
    conversation.messages += 1
    href = f"{conversation.messaging}/messages/{conversation.messages}"
    body = build.message(
        href, direction="Incoming", text=f"echo: {text}", media_type=media_type, operation_id=None
    )
    app.add_event(
        "conversation",
        conversation.href,
        build.event("message", href, "completed", body, status="Success"),
    )


def _start_invitation(
    server: UcwaServer, app: Application, data: Json, to: str, subject: str
) -> Reply:
    operation_id = _string(data, "operationId", required=False, max_length=50)
    message = _message_link(data)
    conversation = server._new_conversation(app, subject)
    conversation.remote_uri = to
    invitation = Invitation(
        f"{app.base}/communication/messagingInvitations/{opaque()}",
        conversation,
        "Outgoing",
        operation_id,
        message,
    )
    app.invitations[invitation.href.rsplit("/", 1)[-1]] = invitation
    _echo_accepts(server, app, invitation)
    server._until_delivered(app)
    return _created(invitation.href)


@route("POST", "{APP}/communication/messagingInvitations")
def _start_messaging(server: UcwaServer, ctx: Context) -> Reply:
    data = _require_json(ctx.request)
    to = _string(data, "to", required=True)
    subject = _string(data, "subject", required=False, max_length=250) or ""
    if not str(to).startswith("sip:"):
        raise _invalid("to must be a sip: URI")
    return _start_invitation(server, ctx.application, data, str(to), subject)


def _invitation(ctx: Context) -> Invitation:
    invitation = ctx.application.invitations.get(ctx.match["invitation"])
    if invitation is None:
        raise Refused(404, "NotFound", "ResourceNotFound", "no such invitation")
    return invitation


@route("GET", "{APP}/communication/messagingInvitations/(?P<invitation>\\w+)")
def _get_invitation(server: UcwaServer, ctx: Context) -> Reply:
    invitation = _invitation(ctx)
    actions = invitation.direction == "Incoming" and invitation.state == "Connecting"
    return json_reply(200, invitation.render(actions))


@route(
    "POST",
    "{APP}/communication/messagingInvitations/(?P<invitation>\\w+)/(?P<action>accept|decline)",
)
def _answer_invitation(server: UcwaServer, ctx: Context) -> Reply:
    invitation, app = _invitation(ctx), ctx.application
    if invitation.direction != "Incoming" or invitation.state != "Connecting":
        raise Refused(
            409, "Conflict", "InvalidState", "the invitation is not waiting for an answer"
        )
    if ctx.match["action"] == "accept":
        _connect(app, invitation)
    else:
        invitation.state = "Declined"
        app.add_event(
            "communication",
            f"{app.base}/communication",
            build.event(
                "messagingInvitation",
                invitation.href,
                "completed",
                invitation.render(),
                status="Failure",
                reason=build.error("Informational", "Declined", "declined by the user"),
            ),
        )
    return Reply(204)


def _conversation(ctx: Context) -> Conversation:
    conversation = ctx.application.conversations.get(ctx.match["conversation"])
    if conversation is None:
        raise Refused(404, "NotFound", "ConversationNotFound", "no such conversation")
    return conversation


CONVERSATION = "{APP}/communication/conversations/(?P<conversation>\\w+)"


@route("GET", CONVERSATION)
def _get_conversation(server: UcwaServer, ctx: Context) -> Reply:
    conversation = _conversation(ctx)
    return json_reply(
        200, build.conversation(conversation.href, conversation.state, conversation.subject)
    )


@route("GET", CONVERSATION + "/messaging")
def _get_messaging(server: UcwaServer, ctx: Context) -> Reply:
    conversation = _conversation(ctx)
    return json_reply(200, build.messaging(conversation.messaging, conversation.state))


@route("POST", CONVERSATION + "/messaging/messages")
def _send_message(server: UcwaServer, ctx: Context) -> Reply:
    conversation, app, request = _conversation(ctx), ctx.application, ctx.request
    if request.media_type not in ("text/plain", "text/html"):
        raise Refused(415, "UnsupportedMediaType", None, "a message is text/plain or text/html")
    operation_id = request.query.get("operationId")
    if not operation_id:
        raise _invalid("operationId is required")
    if conversation.state != "Connected":
        raise Refused(409, "Conflict", "InvalidState", "messaging is not connected")
    text = request.body.decode("utf-8")
    conversation.messages += 1
    href = f"{conversation.messaging}/messages/{conversation.messages}"
    sent = build.message(
        href,
        direction="Outgoing",
        text=text,
        media_type=request.media_type,
        operation_id=operation_id,
    )
    app.add_event(
        "conversation",
        conversation.href,
        build.event("message", href, "completed", sent, status="Success"),
    )
    _echo_reply(app, conversation, text, request.media_type)
    server._until_delivered(app)
    return _created(href)


@route("POST", CONVERSATION + "/messaging/terminate")
def _stop_messaging(server: UcwaServer, ctx: Context) -> Reply:
    conversation, app = _conversation(ctx), ctx.application
    conversation.state = "Disconnected"
    app.add_event(
        "conversation",
        conversation.href,
        build.event(
            "messaging",
            conversation.messaging,
            "updated",
            build.messaging(conversation.messaging, "Disconnected"),
        ),
    )
    return Reply(204)


# -- conversation logs -------------------------------------------------------------------

LOGS = "{APP}/communication/conversationLogs"


def _log_href(app: Application, log_id: str) -> str:
    return f"{app.base}/communication/conversationLogs/{log_id}"


@route("GET", LOGS)
def _conversation_logs(server: UcwaServer, ctx: Context) -> Reply:
    app = ctx.application
    ids = server.state.logs.get(app.account.username, [])
    return json_reply(
        200,
        build.conversation_logs(
            f"{app.base}/communication/conversationLogs", [_log_href(app, i) for i in ids]
        ),
    )


def _log_id(server: UcwaServer, ctx: Context) -> str:
    log_id = ctx.match["log"]
    if log_id not in server.state.logs.get(ctx.application.account.username, []):
        raise Refused(404, "NotFound", "ResourceNotFound", "no such conversation log")
    return log_id


@route("GET", LOGS + "/(?P<log>\\w+)")
def _conversation_log(server: UcwaServer, ctx: Context) -> Reply:
    app = ctx.application
    log_id = _log_id(server, ctx)
    subject = f"Chat {server.state.logs[app.account.username].index(log_id) + 1} with Echo"
    return json_reply(
        200,
        build.conversation_log(
            _log_href(app, log_id),
            subject=subject,
            remote_name=server.state.echo_name,
            remote_uri=server.state.echo_uri,
        ),
    )


@route("POST", LOGS + "/(?P<log>\\w+)/continueMessaging")
def _continue_messaging(server: UcwaServer, ctx: Context) -> Reply:
    _log_id(server, ctx)
    data = _require_json(ctx.request)
    return _start_invitation(server, ctx.application, data, server.state.echo_uri, "Continued")


# -- batching ----------------------------------------------------------------------------


@route("POST", "{APP}/batch")
def _batch(server: UcwaServer, ctx: Context) -> Reply:
    request = ctx.request
    if request.media_type != batching.BATCH_CONTENT_TYPE:
        raise Refused(415, "UnsupportedMediaType", None, "a batch is multipart/batching")
    try:
        parts = batching.split(request.body, request.headers.get("Content-Type", ""))
    except batching.BatchError as exc:
        raise Refused(400, "BadRequest", "DeserializationFailure", str(exc)) from None
    answers = []
    for part in parts:
        method, target, _ = part.start_line.split(" ", 2)
        url = urlsplit(target)
        inner = Request(
            method,
            url.path,
            dict(parse_qsl(url.query, keep_blank_values=True)),
            HTTPHeaderDict(
                [*part.headers, ("Authorization", request.headers.get("Authorization", ""))]
            ),
            part.body,
            request.pool,
        )
        if inner.path.endswith("/events") or inner.path.endswith("/batch"):
            reply = error_reply(400, "BadRequest", None, "not allowed in a batch")
        else:
            try:
                reply = server._dispatch(inner, inner.headers["Authorization"])
            except Refused as refused:
                reply = refused.reply
        reason = _REASONS.get(reply.status, "Error")
        answers.append(
            batching.Part(f"HTTP/1.1 {reply.status} {reason}", reply.headers, reply.body)
        )
    body, content_type = batching.build(answers)
    return Reply(200, body, (("Content-Type", content_type),))

"""A UCWA server for tests: real HTTP on loopback, threaded, started and stopped from Python.

::

    from ucwa_testing import UcwaServer

    with UcwaServer(poll_timeout=0.2) as server:
        grant = ucwa.PasswordGrant(server.username, lambda: server.password, allow_http=True)
        session = ucwa_session.UcwaSession.connect(grant, root_url=server.root_url)

It speaks the parts of UCWA a messaging client needs: autodiscovery (optionally through a
``redirect``, and to a user homed on a second pool on another port), the 401 challenge and
the password grant, applications (me, people, onlineMeetings, communication embedded), the
event channel (long poll, ``next``, ``resume``, ``resync``, PGetReplaced), messaging with an
echo contact that accepts every invitation and answers every message, conversation logs,
me/presence/note with ETags, communication's PUT (standing in for every PUT of UCWA: If-Match,
428, 412, and a property with a random name that must come back), batching, and people: my
presence, note and location set by POST, a directory with a contact list per user (a pinned
group, a group, a distribution group; contacts added and removed), and presence subscriptions
whose members' changes (the ``change_contact`` control) come as people events. It checks the
bearer token and content types; what each operation takes (its methods, required parameters,
maximum lengths, where each parameter travels) it reads from the definitions, as the protocol
records do (:func:`.protocol.refusal`). Errors have the documented body (code, subcode,
message). Every href below an application is an opaque alias that changes from run to run
(:mod:`.hrefs`).

Test controls (``expire_tokens``, ``lose_application``, ``request_resync``, ``drop_polls``,
``invite``, ``change_contact``, ``warn_presence_subscriptions``...) make the server misbehave
on cue, deterministically; ``fail_next`` and ``chaos`` inject transport faults (resets before,
after and in the middle of an answer, slow answers, 500/503/429 with Retry-After; see
:mod:`ucwa_testing.faults`). ``requests`` (the recent ones) and
``connections_open``/``connections_total``/``connections_peak`` show what clients did, and
``violations`` what they did wrong: requests to URLs never handed out, tokens sent to another
origin, PUTs without If-Match, 4xx answers, retries before Retry-After, and requests that break
the operations the definitions declare (see :mod:`ucwa_testing.protocol`).

The parts: :mod:`.wire` (HTTP plumbing), :mod:`.routing` and the ``routes_*`` modules (one per
area), :mod:`.controls` (test controls), :mod:`.protocol` (the violations), :mod:`.state`,
:mod:`.people` (the directory, contact lists and presence subscriptions).
"""

from __future__ import annotations

import secrets
import ssl
import threading
import time
from collections import deque
from collections.abc import Mapping
from typing import Any

import attrs

# The route modules register their handlers in ROUTES when imported.
from . import (  # noqa: F401
    routes_application,
    routes_batch,
    routes_contacts,
    routes_events,
    routes_meetings,
    routes_messaging,
    routes_presence,
    routes_search,
    routes_sign_in,
)
from .canned import CannedAnswers
from .controls import TestControls
from .faults import Fault, FaultPlan
from .hrefs import Aliases
from .protocol import ProtocolRecorder, Violation, refusal
from .routing import (
    APPLICATIONS_PATH,
    ROOT_PATH,
    ROUTES,
    TOKEN_PATH,
    USER_PATH,
    Context,
    Refused,
)
from .state import Account, Application, State, opaque
from .wire import PoolHttp, Reply, Request, error_reply
from .xml_wire import as_xml, wants_xml

# The paths are part of what tests may use (to aim faults at them).
__all__ = [
    "APPLICATIONS_PATH",
    "ROOT_PATH",
    "TOKEN_PATH",
    "USER_PATH",
    "ServerConfig",
    "UcwaServer",
]
RECENT_REQUESTS = 1000  # how many requests ``UcwaServer.requests`` remembers


@attrs.define
class ServerConfig:
    """How the server behaves; every field can be given to :class:`UcwaServer` as a keyword."""

    poll_timeout: float = 30.0
    token_lifetime: float = 8 * 3600.0
    redirect_root: bool = False
    second_pool: bool = False
    completion_before_created: bool = False
    # False: the echo contact lets outgoing invitations ring (Connecting) until cancelled.
    echo_answers: bool = True
    username: str = "alice@contoso.com"
    password: str = attrs.field(factory=lambda: secrets.token_urlsafe(12))
    # Serve https with this server-side context (e.g. from trustme) instead of http.
    tls: ssl.SSLContext | None = None
    # The host name each pool ("primary", "secondary") writes in its absolute URLs, instead
    # of 127.0.0.1: clients reach it through ``UcwaServer.connect_to`` (no DNS involved), and
    # a TLS certificate must then be issued for the name.
    host_names: Mapping[str, str] = attrs.field(factory=dict)


class UcwaServer(TestControls):
    """The bundled UCWA server; a context manager (see the module documentation)."""

    def __init__(self, config: ServerConfig | None = None, **overrides: Any) -> None:
        self.config = attrs.evolve(config or ServerConfig(), **overrides)
        account = Account(
            self.config.username, self.config.password, "Alice Anders", "sip:alice@contoso.com"
        )
        self.state = State(
            {account.username: account}, echo_name="Echo Contact", echo_uri="sip:echo@contoso.com"
        )
        self.pools: dict[str, PoolHttp] = {}
        self.seen_authorization: dict[str, list[str]] = {}
        self.faults = FaultPlan()
        self.canned = CannedAnswers()
        # The last RECENT_REQUESTS requests, in arrival order (batch parts not included).
        self.requests: deque[Request] = deque(maxlen=RECENT_REQUESTS)
        # The autodiscovery root is the one URL a client is given rather than handed out.
        self.protocol = ProtocolRecorder((ROOT_PATH, "/"))
        self.aliases = Aliases()
        self.connections_open = 0
        self.connections_total = 0
        self.connections_peak = 0
        self._threads: list[threading.Thread] = []

    # -- lifecycle --------------------------------------------------------------------

    def start(self) -> UcwaServer:
        names = ["primary", "secondary"] if self.config.second_pool else ["primary"]
        for name in names:
            pool = PoolHttp(self, name)
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

    def _fault_for(self, request: Request) -> Fault | None:
        with self.state.cond:
            self.requests.append(request)
            self.protocol.check_timing(request)
            return self.faults.fault_for(request.method, request.path, request.wire_path)

    def inward(self, path: str) -> tuple[str, bool]:
        """The documented path a request path stands for, and whether it was built (hrefs.py)."""
        with self.state.cond:
            return self.aliases.inward(path)

    def _fault_answered(self, request: Request, reply: Reply) -> None:
        with self.state.cond:
            self.protocol.hand_out(self._pool_urls(), request, reply)

    def _pool_urls(self) -> dict[str, str]:
        return {name: pool.url for name, pool in self.pools.items()}

    def _connection_opened(self) -> None:
        with self.state.cond:
            self.connections_open += 1
            self.connections_total += 1
            self.connections_peak = max(self.connections_peak, self.connections_open)

    def _connection_closed(self) -> None:
        with self.state.cond:
            self.connections_open -= 1
            self.state.cond.notify_all()

    # -- dispatch ---------------------------------------------------------------------

    def dispatch(self, request: Request) -> Reply:
        """Answer one request (also used for each part of a batch)."""
        authorization = request.headers.get("Authorization")
        with self.state.cond:
            if authorization:
                self.seen_authorization[request.pool].append(authorization)
            try:
                return self._dispatch(request, authorization)
            finally:
                self.state.cond.notify_all()

    def _dispatch(self, request: Request, authorization: str | None) -> Reply:
        token_pool = self.state.pool_of_token(authorization)
        found = self.protocol.check(request, token_pool)
        explained = bool(found)
        try:
            reply = self._route(request, authorization, found)
        except Refused as refused:
            reply = refused.reply
        self.protocol.answered(request, reply, explained)
        self.protocol.hand_out(self._pool_urls(), request, reply)
        reply = self.aliases.outward(reply)
        return as_xml(reply) if wants_xml(request) else reply

    def _route(self, request: Request, authorization: str | None, found: list[Violation]) -> Reply:
        if request.built:  # a documented path no href leads to: nothing is there
            return error_reply(404, "NotFound", "ResourceNotFound", "no such resource")
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
            # What the definitions refuse is refused before any handler runs (the parameters
            # it reads are there, and no longer than their maximum length).
            refused = refusal(request, self.protocol.rel_of(request), found)
            if refused is not None:
                return refused
            # A test's answer (answer_with), such as a real server's, stands in for the route's.
            return self.canned.answer_for(request) or candidate.handler(self, context)
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

    def _until_delivered(self, app: Application) -> None:
        # completion_before_created: the 201 waits until the events are read, as a slow
        # command channel would let them overtake it.
        if self.config.completion_before_created:
            target = app.events.enqueued
            deadline = time.monotonic() + 5.0
            while app.events.delivered < target and time.monotonic() < deadline:
                self.state.cond.notify_all()
                self.state.cond.wait(deadline - time.monotonic())

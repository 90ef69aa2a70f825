"""A UCWA session: sign in, hold an application, read its events, and message people.

::

    with ucwa.UcwaSession(ucwa.PasswordGrant("alice@contoso.com", ask_password),
                      domain="contoso.com") as session:
        session.sign_in()
        conversation = session.start_messaging("sip:bob@contoso.com", "Hello")
        conversation.wait(timeout=30)
        conversation.send("How are you?").wait(timeout=30)

The session owns one connection pool and a :class:`~.auth.TokenCache` (one token per
origin), finds the user resource by autodiscovery, creates the application, runs the event
channel on a daemon thread, and matches operation completions to the calls that started them.
When the server drops the application (404 ApplicationNotFound, 410
InactiveApplicationExpired) the session creates a new one and tells the user through
``on_application_recreated`` and an ``application_recreated`` notice in the channel; the
session's own calls on the application's links run once more on the new one (see
``_retrying``), while links the caller took from the old application are dead after that, so
read them again from ``application``. One loss makes one new application however many threads
meet it (see :mod:`.lifecycle`).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import urllib3
from ucwa_runtime import formats
from ucwa_runtime.auth import AuthenticatingClient, TokenCache, TokenProvider
from ucwa_runtime.batch_client import BatchRequest, BatchResult, send_batch
from ucwa_runtime.errors import HttpError, RequestError, UcwaError
from ucwa_runtime.events import (
    DEFAULT_POLL_TIMEOUT,
    DEFAULT_RECONNECT_DEADLINE,
    READ_MARGIN,
    EventChannel,
    Item,
)
from ucwa_runtime.model import Link, Resource
from ucwa_runtime.operations import Created
from ucwa_runtime.transport import (
    DEFAULT_MAX_BODY,
    DEFAULT_TIMEOUT,
    JSON,
    ConnectTo,
    Response,
    RetryPolicy,
    log,
    make_pool,
)
from ucwa_runtime.urls import parse_target

from ucwa.registry import REGISTRY

from .chat import (
    Chat,
    accept_invitation,
    continue_conversation,
    start_chat,
)
from .chat_events import ChatRouter
from .directory import SearchResults, search_directory
from .discovery import Discovered, candidate_urls, discover
from .keep_alive import KeepAlive
from .lifecycle import (
    ApplicationHolder,
    application_lost,
    changes_application,
    embedded_in,
    link_of,
)
from .meetings import Meetings
from .tracking import OperationTracker, PendingOperation, post_once

if TYPE_CHECKING:
    from ucwa.resources.application import Application
    from ucwa.resources.communication import Communication
    from ucwa.resources.conversation_log import ConversationLog
    from ucwa.resources.messaging_invitation import MessagingInvitation

T = TypeVar("T")
# How long close() waits for a keep-alive report under way (it has the call's own deadline).
KEEP_ALIVE_JOIN = 10.0


class UcwaSession:
    """Signs in to UCWA and keeps an application alive; see the module documentation.

    Give either ``domain`` (autodiscovery through lyncdiscoverinternal/lyncdiscover) or
    ``root_url`` (an autodiscovery root). ``clock`` (monotonic seconds) decides token expiry.
    ``retry``, ``max_body`` and ``ca_certs`` are the :class:`~.transport.Client`'s (TLS is
    verified against ``ca_certs`` when given, else the system's CAs). ``connect_to`` maps host
    names to the (address, port) their connections go to, without DNS (names, Host headers
    and certificate checks unchanged; see :func:`~.transport.make_pool`). A password (of
    :class:`~.auth.PasswordGrant`) goes only to token endpoints whose host is in the sign-in
    domain (``domain``, or the host of ``root_url``) or in ``trusted_hosts``, each with its
    subdomains: give ``trusted_hosts=["contoso.com"]`` when ``root_url`` is
    ``https://lyncdiscover.contoso.com/...`` and the pools are other hosts of contoso.com.
    ``outcome_timeout`` bounds how long :meth:`post_operation` waits for the event channel
    to show an operation whose POST got no answer (default: a whole long poll).
    ``on_keep_alive_failed`` hears of each report of :meth:`start_keep_alive` that failed.
    ``reconnect_deadline`` is how many seconds the event channel keeps reconnecting after
    failures in a row before it stops with a ``stopped`` notice (None: without end; see
    :class:`~.events.EventChannel`); sign in again to carry on after that. ``media_type`` is
    the format asked for and sent (``application/json``, or ``application/xml`` and the
    ``vnd.microsoft`` forms of either): discovery, resources and events are read in it.
    """

    def __init__(
        self,
        token_provider: TokenProvider,
        *,
        domain: str | None = None,
        root_url: str | None = None,
        user_agent: str = "ucwa-python",
        endpoint_id: str | None = None,
        culture: str = "en-US",
        pool: urllib3.PoolManager | None = None,
        timeout: urllib3.Timeout | float = DEFAULT_TIMEOUT,
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        on_application_recreated: Callable[[Application], None] | None = None,
        on_keep_alive_failed: Callable[[Exception], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        retry: RetryPolicy | None = None,
        max_body: int = DEFAULT_MAX_BODY,
        ca_certs: str | None = None,
        outcome_timeout: float | None = None,
        connect_to: ConnectTo | None = None,
        trusted_hosts: Sequence[str] = (),
        reconnect_deadline: float | None = DEFAULT_RECONNECT_DEADLINE,
        media_type: str = JSON,
    ) -> None:
        if (domain is None) == (root_url is None):
            raise RequestError("give either domain or root_url")
        self._roots = [root_url] if root_url is not None else candidate_urls(str(domain))
        # The sign-in domain: token endpoints there (and in trusted_hosts) may get a password.
        sign_in_domain = domain if domain is not None else parse_target(str(root_url)).host
        self.trusted_domains = (str(sign_in_domain), *trusted_hosts)
        if pool is not None and (ca_certs is not None or connect_to):
            raise RequestError("give ca_certs and connect_to, or a pool of your own, not both")
        # The caller's threads share this pool; the event channel opens its own connections.
        self._pool = pool or make_pool(ca_certs, connect_to=connect_to)
        self.tokens = TokenCache(
            token_provider, self._pool, clock=clock, trusted_domains=self.trusted_domains
        )
        self.client = AuthenticatingClient(
            self._roots[0],
            self.tokens,
            pool=self._pool,
            timeout=timeout,
            user_agent=user_agent,
            retry=retry,
            max_body=max_body,
            content_type=media_type,
            registry=REGISTRY,
        )
        self.user_agent = user_agent
        self.endpoint_id = endpoint_id or str(uuid.uuid4())
        self.culture = culture
        self.poll_timeout = poll_timeout
        self.reconnect_deadline = reconnect_deadline
        # A P-GET may be held for the whole poll timeout before it answers.
        self.outcome_timeout = (
            outcome_timeout if outcome_timeout is not None else poll_timeout + READ_MARGIN
        )
        self.on_application_recreated = on_application_recreated
        self.on_keep_alive_failed = on_keep_alive_failed
        self.operations = OperationTracker()
        # Hands each chat the events of its invitation and conversation.
        self.chats = ChatRouter()
        self.discovered: Discovered | None = None
        self._holder: ApplicationHolder[Application] = ApplicationHolder(
            self._recreate_application, self._tell_recreated
        )
        # The application whose events the channel reads (it learns of a loss on its own).
        self._channel_application: Application | None = None
        self._channel: EventChannel | None = None
        self._keep_alives: list[KeepAlive] = []
        # What make_me_available last sent, so that a new application is made available too.
        self._availability: dict[str, Any] | None = None

    def __repr__(self) -> str:
        return f"UcwaSession(roots={self._roots!r}, tokens={self.tokens!r})"

    def __enter__(self) -> UcwaSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- application ------------------------------------------------------------------

    @property
    def application(self) -> Application:
        """The application in use, read again first when an event said it (or the me or
        communication it embeds) changed; a new one after a loss (read links from it afresh).
        """
        if self._holder.take_changed():
            return self._retrying(self._reread, self._holder.current)
        return self._holder.current

    @property
    def events(self) -> EventChannel:
        """The event channel (iterate it, or ``listen`` to it)."""
        if self._channel is None:
            raise RequestError("not signed in; call sign_in() first")
        return self._channel

    def sign_in(self, *, start_events: bool = True) -> Application:
        """Discover the user resource, authenticate, create the application, start events."""
        self.discovered = discover(self.client, self._roots)
        application = self._channel_application = self._holder.start(self._create_application)
        events = application.links.events
        if events is None:
            raise RequestError("the application has no events link")
        self._channel = EventChannel(
            self.client,
            events,
            poll_timeout=self.poll_timeout,
            on_lost=self._on_channel_lost,
            reconnect_deadline=self.reconnect_deadline,
        )
        self._channel.listen(self.operations)
        self._channel.listen(self.chats)
        self._channel.listen(self._on_channel_item)
        if start_events:
            self._channel.start()
        return application

    def _create_application(self) -> Application:
        from ucwa.resources.applications import Applications

        assert self.discovered is not None
        return Applications.post(
            self.client,
            Link(href=self.discovered.applications_url),
            culture=self.culture,
            endpoint_id=self.endpoint_id,
            user_agent=self.user_agent,
        )

    def _recreate_application(self) -> Application:
        application = self._create_application()
        self._restore_availability(application)
        return application

    def _tell_recreated(self, application: Application) -> None:
        if self.on_application_recreated is not None:
            self.on_application_recreated(application)

    def _restore_availability(self, application: Application) -> None:
        # A new application is not available until makeMeAvailable (no invitations, no
        # reportMyActivity): when the user had made the lost one available, do it again.
        if self._availability is None:
            return
        try:
            self._post_availability(application, self._availability)
        except UcwaError as error:
            # The application itself is fine (and must be kept, or nothing deletes it),
            # whatever became of this POST; report_activity will say what is missing.
            log.warning("the new application could not be made available: %s", error)

    def _on_channel_lost(self, error: HttpError) -> Link[Any] | None:
        # The event channel found its application gone: it carries on with the events of the
        # application that replaced it (and says so in an application_recreated notice).
        assert self._channel_application is not None
        application = self._holder.replace(self._channel_application)
        if application is None:
            return None
        self._channel_application = application
        return application.links.events

    def _on_channel_item(self, item: Item) -> None:
        # After a resync our copy may be stale, and an `updated` event of the application,
        # me or communication says it is: the next use reads it again. (No request here:
        # one failing on the channel's thread would end the channel.)
        if changes_application(item):
            self._holder.mark_changed()

    def refresh_application(self) -> Application:
        """Read the application resource again (its embedded me, communication...).

        Gives the application now in use: the copy just read, unless the application was
        replaced meanwhile (the copy is then of the lost one, and is dropped).
        """
        self._holder.take_changed()
        return self._retrying(self._reread, self._holder.current)

    def _reread(self, application: Application) -> Application:
        from ucwa.resources.application import Application

        return self._holder.offer(Application.get(self.client, application.require_self_link()))

    def close(self) -> None:
        """Stop the event channel and keep-alive, delete the application, close the pool.

        No application is created after (or while) closing, and the one deleted is the one
        in use at the end, even if a thread that met a loss had just created it.
        """
        for keep_alive in self._keep_alives:
            keep_alive.stop("the session was closed")
        if self._channel is not None:
            self._channel.stop(reason="the session was closed")
        for keep_alive in self._keep_alives:
            # A report under way would otherwise reach the application after its DELETE.
            keep_alive.join(KEEP_ALIVE_JOIN)
        application = self._holder.close()
        link = application.self_link if application is not None else None
        try:
            if link is not None:
                self._delete_application(link)
        finally:
            self.client.close()  # even when the DELETE failed: no connection outlives close()

    def _delete_application(self, link: Link[Any]) -> None:
        from ucwa.resources.application import Application

        try:
            Application.delete(self.client, link)
        except HttpError as error:
            if not application_lost(error):
                raise

    def _embedded_link(self, application: Application, embedded: str, rel: str) -> Link[Any]:
        """The ``rel`` link of the resource the application embeds as ``embedded``.

        A copy lacking it may predate the change that added it (communication offers
        conversationLogs only after makeMeAvailable, say): the application is read again
        before the link is declared missing.
        """
        link = embedded_in(application, embedded, self.client).find_link(rel)
        if isinstance(link, Link):
            return link
        fresh = embedded_in(self._reread(application), embedded, self.client)
        try:
            return link_of(fresh, rel)
        except RequestError as missing:
            raise RequestError(f"{missing} (even when read again just now)") from None

    def _retrying(
        self, call: Callable[[Application], T], application: Application | None = None
    ) -> T:
        """Run ``call`` on the application; after a 404/410 saying it is gone, once more on
        the new one.

        ``call`` must read every link it uses from the application it is given (or what that
        embeds), so the second run follows the new application's links, and the loss is
        reported for the very application that met it. Re-running is safe even for a POST: a
        404 ApplicationNotFound / 410 InactiveApplicationExpired answer means the server
        refused it for want of an application, so nothing was applied. A POST whose answer
        was lost (OutcomeUnknown) is not this case; operations handle it in
        :meth:`post_operation`. Calls on links the caller holds (a conversation, an
        invitation, ``get``/``put``/``batch`` of links read before) are not re-run: those
        resources belonged to the lost application and do not exist in the new one.
        """
        if application is None:
            application = self.application
        try:
            return call(application)
        except HttpError as error:
            if not application_lost(error):
                raise
            replacement = self._holder.replace(application)
            if replacement is None:
                raise
            return call(replacement)

    def me(self) -> Resource:
        """The me resource, read now (its links change after makeMeAvailable)."""
        return self._retrying(self._read_me)

    def _read_me(self, application: Application) -> Resource:
        return self.get(self._embedded_link(application, "me", "self"))

    def make_me_available(
        self,
        sign_in_as: str = "Online",
        message_formats: Sequence[str] = ("Plain", "Html"),
        modalities: Sequence[str] = ("Messaging",),
    ) -> None:
        """Make the user reachable (needed to receive invitations and report activity)."""
        body = {
            "signInAs": sign_in_as,
            "supportedMessageFormats": list(message_formats),
            "supportedModalities": list(modalities),
        }
        self._retrying(lambda application: self._post_availability(application, body))
        self._availability = body

    def _post_availability(self, application: Application, body: dict[str, Any]) -> Response:
        link = self._embedded_link(application, "me", "makeMeAvailable")
        media_type = self.client.content_type
        encoded = formats.codec_for(media_type).dumps_input(body, {})
        response = self.client.request("POST", link, body=encoded, content_type=media_type)
        # me and communication change (reportMyActivity, conversationLogs...): the copy
        # held is out of date whether or not their events have arrived yet.
        self._holder.mark_changed()
        return response

    def report_activity(self) -> None:
        """Tell the server the user is active (keeps the application and presence alive)."""
        self._retrying(
            lambda application: self.client.request(
                "POST", link_of(self._read_me(application), "reportMyActivity")
            )
        )

    def start_keep_alive(self, interval: float = 180.0) -> KeepAlive:
        """Report activity every ``interval`` seconds on a daemon thread until close().

        A failed report is logged and given to ``on_keep_alive_failed``; the next one goes
        on schedule all the same.
        """
        self.application  # noqa: B018 - raises unless signed in (and not closed)
        keep_alive = KeepAlive(self.report_activity, interval, self._keep_alive_failed)
        self._keep_alives.append(keep_alive)
        return keep_alive.start()

    def _keep_alive_failed(self, error: Exception) -> None:
        if self.on_keep_alive_failed is not None:
            self.on_keep_alive_failed(error)

    # -- resources and PUT ------------------------------------------------------------

    def get(self, link: Link[Any] | str) -> Resource:
        """Read any resource (typed by its rel); it keeps its ETag for a later :meth:`put`."""
        from ucwa_runtime.operations import parse_response

        return parse_response(self.client.request("GET", link), self.client.registry)

    def put(self, resource: Resource, link: Link[Any] | None = None) -> Resource | None:
        """PUT the resource back whole (unknown properties included) with If-Match.

        The If-Match is the copy's own version (``resource.if_match``: the ETag of the
        response it was read from, else its ``etag`` property), so a copy someone else's
        change has made stale is refused with 412 ``errors.PreconditionFailed`` (read it
        again and redo the change) instead of undoing that change. 428
        ``errors.PreconditionRequired`` when the copy has no version at all.
        """
        from ucwa_runtime.operations import parse_response

        etag = resource.if_match
        headers = {"If-Match": etag} if etag is not None else {}
        media_type = self.client.content_type
        response = self.client.request(
            "PUT",
            link or resource.require_self_link(),
            body=formats.codec_for(media_type).dumps(resource),
            content_type=media_type,
            headers=headers,
        )
        if response.headers.get("ETag"):
            # The server now holds exactly this copy: it may be PUT again as it is.
            resource.response_etag = response.headers["ETag"]
        if not response.body.strip():
            return None
        return parse_response(response, self.client.registry)

    def batch(self, requests: Sequence[BatchRequest]) -> list[BatchResult]:
        """Send several requests in one POST to the application's batch link."""
        link = self.application.links.batch
        if link is None:
            raise RequestError("the application has no batch link")
        return send_batch(self.client, link, requests)

    # -- operations -------------------------------------------------------------------

    def post_operation(self, operation: PendingOperation, send: Callable[[], Created[Any]]) -> None:
        """Send an operation's POST (``send`` carries ``operation``'s id) and bind its URL.

        A POST is sent once. When its answer is lost (OutcomeUnknown), the server may have
        applied it, may apply it later, or may never have received it; only its events
        (carrying its operationId) tell, so they are waited for, ``outcome_timeout`` seconds
        at most. If none shows by then (or the event channel is not running),
        :class:`~.tracking.OperationOutcomeUnknown` is raised: sending it again could
        deliver it twice.
        """
        channel = self._channel
        waited = self.outcome_timeout if channel is not None and channel.running else 0.0
        post_once(self.operations, operation, send, self.client, waited)

    # -- messaging --------------------------------------------------------------------

    def communication(self) -> Communication:
        """The communication resource as embedded in the application (read again first when
        an event said it changed)."""
        communication = self.application.embedded.communication
        if communication is None:
            raise RequestError("the application embeds no communication")
        return communication

    def conversation_logs(self, limit: int | None = None) -> list[ConversationLog]:
        """The past conversations, each read in full."""
        from ucwa.resources.conversation_log import ConversationLog
        from ucwa.resources.conversation_logs import ConversationLogs

        def read(application: Application) -> list[ConversationLog]:
            link = self._embedded_link(application, "communication", "conversationLogs")
            logs = ConversationLogs.get(self.client, link, limit=limit)
            items = logs.links.conversation_log or []
            return [ConversationLog.get(self.client, item) for item in items]

        return self._retrying(read)

    def start_messaging(
        self, to: str, message: str | None = None, *, subject: str | None = None
    ) -> Chat:
        """Invite ``to`` (a sip: URI) to an IM conversation; wait() on the result."""
        from ucwa.resources.start_messaging import StartMessaging

        def send(application: Application, operation: PendingOperation) -> Created[Any]:
            link = self._embedded_link(application, "communication", "startMessaging")
            return StartMessaging.post(
                self.client,
                link,
                to=to,
                operation_id=operation.operation_id,
                subject=subject,
                message=message,
            )

        return start_chat(
            self,
            lambda operation: self._retrying(
                lambda application: self.post_operation(
                    operation, lambda: send(application, operation)
                )
            ),
        )

    def continue_messaging(self, log: ConversationLog, message: str | None = None) -> Chat:
        """Start messaging again with the people of a past conversation."""
        return continue_conversation(self, log, message)

    def accept(self, invitation: MessagingInvitation) -> Chat:
        """Accept an incoming invitation (from a ``started`` event); wait() on the result."""
        return accept_invitation(self, invitation)

    def decline(self, invitation: MessagingInvitation) -> None:
        """Decline an incoming invitation."""
        link = invitation.links.decline
        if link is None:
            raise RequestError("this invitation cannot be declined (no decline link)")
        self.client.request("POST", link)

    # -- directory and meetings -------------------------------------------------------

    def search(self, query: str, *, limit: int | None = None) -> SearchResults:
        """Search the directory by name, sip URI or e-mail address; typed contacts."""
        return self.with_link(
            "people", "search", lambda link: search_directory(self.client, link, query, limit)
        )

    @property
    def meetings(self) -> Meetings:
        """The user's online meetings (create, list, get, update, delete)."""
        return Meetings(
            self, lambda call: self.with_link("onlineMeetings", "myOnlineMeetings", call)
        )

    def with_link(self, embedded: str, rel: str, call: Callable[[Link[Any]], T]) -> T:
        """``call`` on the ``rel`` link of the resource the application embeds as
        ``embedded`` (``"people"``, ``"search"``); once more on the new application after a
        loss (so ``call`` must be safe to repeat when the first answer was a 404/410)."""
        return self._retrying(
            lambda application: call(self._embedded_link(application, embedded, rel))
        )

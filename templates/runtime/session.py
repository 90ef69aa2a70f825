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
read them again from ``application``.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

import attrs
import urllib3

from . import codec_json
from .auth import AuthenticatingClient, TokenCache, TokenProvider
from .batch_client import BatchRequest, BatchResult, send_batch
from .datauri import DataUri
from .discovery import Discovered, candidate_urls, discover
from .errors import HttpError, OutcomeUnknown, RequestError
from .events import (
    DEFAULT_POLL_TIMEOUT,
    DEFAULT_RECONNECT_DEADLINE,
    READ_MARGIN,
    ChannelNotice,
    EventChannel,
    Item,
)
from .model import GenericResource, Link, Resource
from .operations import Created
from .tracking import OperationTracker, PendingOperation
from .transport import (
    DEFAULT_MAX_BODY,
    DEFAULT_TIMEOUT,
    ConnectTo,
    Response,
    RetryPolicy,
    log,
    make_pool,
)

if TYPE_CHECKING:
    from ..resources.application import Application
    from ..resources.communication import Communication
    from ..resources.conversation_log import ConversationLog
    from ..resources.message import Message
    from ..resources.messaging_invitation import MessagingInvitation

T = TypeVar("T")

# The two ways the server says an application is gone (ApplicationDashboard.md).
_APPLICATION_LOST = {(404, "ApplicationNotFound"), (410, "InactiveApplicationExpired")}


def application_lost(error: HttpError) -> bool:
    """True for the errors after which the application must be created again."""
    return (error.status, str(getattr(error, "subcode", "") or "")) in _APPLICATION_LOST


@attrs.frozen
class MessageText:
    """The text of a message and its media type (text/plain or text/html)."""

    text: str
    media_type: str


def message_text(message: Message) -> MessageText | None:
    """A message's text, from its ``htmlMessage``/``plainMessage`` (property or data: link)."""
    for attr, media_type in (("html_message", "text/html"), ("plain_message", "text/plain")):
        value: DataUri | None = getattr(message, attr)
        link = getattr(message.links, attr)
        if value is None and isinstance(link, Link) and link.href.startswith("data:"):
            value = DataUri.parse(link.href)
        if value is not None:
            return MessageText(value.text, media_type)
    return None


class Chat:
    """An IM conversation (a chat) started or accepted through the session.

    ``invitation`` completes when the remote side accepts; :meth:`wait` waits for it and
    gives the invitation resource, from which :meth:`send` and :meth:`stop` find messaging.
    """

    def __init__(self, session: UcwaSession, invitation: PendingOperation) -> None:
        self._session = session
        self.invitation = invitation
        self.resource: MessagingInvitation | None = None

    def wait(self, timeout: float) -> MessagingInvitation:
        """Wait for the invitation to complete; OperationFailed if it was declined or failed."""
        from ..resources.messaging_invitation import MessagingInvitation

        result = self.invitation.wait(timeout)
        if not isinstance(result.resource, MessagingInvitation):
            raise RequestError("the invitation completed without its resource")
        self.resource = result.resource
        return result.resource

    def _messaging_link(self) -> Link[Any]:
        if self.resource is None or self.resource.links.messaging is None:
            raise RequestError("the conversation is not connected yet; wait() for it first")
        return self.resource.links.messaging

    def send(self, text: str, media_type: str = "text/plain") -> PendingOperation:
        """Send a message (text/plain or text/html); wait on the result for its delivery."""
        from ..resources.messaging import Messaging
        from ..resources.send_message import SendMessage

        messaging = Messaging.get(self._session.client, self._messaging_link())
        if messaging.links.send_message is None:
            raise RequestError("messaging offers no sendMessage now (not connected?)")
        link, operation = messaging.links.send_message, self._session.operations.start()
        self._session.post_operation(
            operation,
            lambda: SendMessage.post(
                self._session.client,
                link,
                text,
                media_type=media_type,
                operation_id=operation.operation_id,
            ),
        )
        return operation

    def stop(self) -> None:
        """Stop messaging in this conversation."""
        from ..resources.messaging import Messaging
        from ..resources.stop_messaging import StopMessaging

        messaging = Messaging.get(self._session.client, self._messaging_link())
        if messaging.links.stop_messaging is None:
            raise RequestError("messaging offers no stopMessaging now")
        StopMessaging.post(self._session.client, messaging.links.stop_messaging)


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
    to tell whether a POST whose answer was lost was applied (default: a whole long poll).
    ``reconnect_deadline`` is how many seconds the event channel keeps reconnecting after
    failures in a row before it stops with a ``stopped`` notice (None: without end; see
    :class:`~.events.EventChannel`); sign in again to carry on after that.
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
        clock: Callable[[], float] = time.monotonic,
        retry: RetryPolicy | None = None,
        max_body: int = DEFAULT_MAX_BODY,
        ca_certs: str | None = None,
        outcome_timeout: float | None = None,
        connect_to: ConnectTo | None = None,
        trusted_hosts: Sequence[str] = (),
        reconnect_deadline: float | None = DEFAULT_RECONNECT_DEADLINE,
    ) -> None:
        if (domain is None) == (root_url is None):
            raise RequestError("give either domain or root_url")
        self._roots = [root_url] if root_url is not None else candidate_urls(str(domain))
        # The sign-in domain: token endpoints there (and in trusted_hosts) may get a password.
        sign_in_domain = domain if domain is not None else urlsplit(str(root_url)).hostname
        self.trusted_domains = (str(sign_in_domain), *trusted_hosts)
        if pool is not None and (ca_certs is not None or connect_to):
            raise RequestError("give ca_certs and connect_to, or a pool of your own, not both")
        # The event channel's P-GET holds one connection; the rest serve the caller's threads.
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
        self.operations = OperationTracker()
        self.discovered: Discovered | None = None
        self._application: Application | None = None
        # The application whose events the channel reads (it learns of a loss on its own).
        self._channel_application: Application | None = None
        self._channel: EventChannel | None = None
        self._etags: dict[str, str] = {}
        # What make_me_available last sent, so that a new application is made available too.
        self._availability: dict[str, Any] | None = None
        self._lock = threading.Lock()
        self._closing = False
        self._keep_alive_stop = threading.Event()

    def __repr__(self) -> str:
        return f"UcwaSession(roots={self._roots!r}, tokens={self.tokens!r})"

    def __enter__(self) -> UcwaSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- application ------------------------------------------------------------------

    @property
    def application(self) -> Application:
        if self._application is None:
            raise RequestError("not signed in; call sign_in() first")
        return self._application

    @property
    def events(self) -> EventChannel:
        """The event channel (iterate it, or ``listen`` to it)."""
        if self._channel is None:
            raise RequestError("not signed in; call sign_in() first")
        return self._channel

    def sign_in(self, *, start_events: bool = True) -> Application:
        """Discover the user resource, authenticate, create the application, start events."""
        self.discovered = discover(self.client, self._roots)
        self._application = self._channel_application = self._create_application()
        events = self._application.links.events
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
        self._channel.listen(self._on_channel_item)
        if start_events:
            self._channel.start()
        return self._application

    def _create_application(self) -> Application:
        from ..resources.applications import Applications

        assert self.discovered is not None
        return Applications.post(
            self.client,
            Link(href=self.discovered.applications_url),
            culture=self.culture,
            endpoint_id=self.endpoint_id,
            user_agent=self.user_agent,
        )

    def _replace_application(self, lost: Application) -> Application | None:
        # Called when ``lost`` answered 404/410: create a new application, unless another
        # thread (the event channel, a concurrent call) already replaced it, in which case
        # that one is used: one loss makes one new application, never an orphan.
        # Not while closing: the application is gone because close() deleted it, and a new
        # one would outlive the session on the server.
        with self._lock:
            if self._closing:
                return None
            current = self._application
            created = current is not None and _same_application(current, lost)
            if created:
                current = self._application = self._create_application()
                self._restore_availability()
        if created and self.on_application_recreated is not None:
            assert current is not None
            self.on_application_recreated(current)
        return current

    def _restore_availability(self) -> None:
        # A new application is not available until makeMeAvailable (no invitations, no
        # reportMyActivity): when the user had made the lost one available, do it again.
        if self._availability is None:
            return
        try:
            self._post_availability(self._availability)
        except HttpError as error:
            # The application itself is fine; report_activity will say what is missing.
            log.warning("the new application could not be made available: %s", error)

    def _on_channel_lost(self, error: HttpError) -> Link[Any] | None:
        # The event channel found its application gone: it carries on with the events of the
        # application that replaced it (and says so in an application_recreated notice).
        assert self._channel_application is not None
        application = self._replace_application(self._channel_application)
        if application is None:
            return None
        self._channel_application = application
        return application.links.events

    def _on_channel_item(self, item: Item) -> None:
        # After a resync our copies may be stale: read the application again. The notice
        # itself reaches the user through the channel.
        if isinstance(item, ChannelNotice) and item.kind == "resync":
            self.refresh_application()

    def refresh_application(self) -> Application:
        """Read the application resource again (its embedded me, communication...)."""
        from ..resources.application import Application

        def read() -> Application:
            application = Application.get(self.client, self.application.require_self_link())
            with self._lock:
                self._application = application
            return application

        return self._retrying(read)

    def close(self) -> None:
        """Stop the event channel and keep-alive, delete the application, close the pool."""
        with self._lock:
            self._closing = True
        self._keep_alive_stop.set()
        if self._channel is not None:
            self._channel.stop()
        if self._application is not None:
            from ..resources.application import Application

            link = self._application.self_link
            self._application = None
            if link is not None:
                try:
                    Application.delete(self.client, link)
                except HttpError as error:
                    if not application_lost(error):
                        raise
        self.client.close()

    def _embedded(self, rel: str) -> Resource:
        # me, people, onlineMeetings come embedded in the application: typed where defined,
        # read as generic resources otherwise.
        found = self.application.find_embedded(rel)
        if isinstance(found, Resource):
            return found
        if not isinstance(found, dict):
            raise RequestError(f"the application embeds no {rel}")
        base = self.application.self_link
        base_url = self.client.url_for(base) if base is not None else None
        return codec_json.structure(found, GenericResource, {}, base_url)

    def _link_of(self, resource: Resource, rel: str) -> Link[Any]:
        link = resource.find_link(rel)
        if not isinstance(link, Link):
            name = type(resource).SPEC.rel or resource.extra_properties.get("rel", "the resource")
            raise RequestError(f"{name} has no {rel} link")
        return link

    def _retrying(self, call: Callable[[], T]) -> T:
        """Run ``call``; after a 404/410 saying the application is gone, once more on a new one.

        ``call`` must read every link it uses from ``self.application`` (or what it embeds)
        afresh, so the second run follows the new application's links. Re-running is safe
        even for a POST: a 404 ApplicationNotFound / 410 InactiveApplicationExpired answer
        means the server refused it for want of an application, so nothing was applied. A
        POST whose answer was lost (OutcomeUnknown) is not this case; operations handle it
        in :meth:`post_operation`. Calls on links the caller holds (a conversation, an
        invitation, ``get``/``put``/``batch`` of links read before) are not re-run: those
        resources belonged to the lost application and do not exist in the new one.
        """
        lost = self.application
        try:
            return call()
        except HttpError as error:
            if not application_lost(error) or self._replace_application(lost) is None:
                raise
            return call()

    def me(self) -> Resource:
        """The me resource, read now (its links change after makeMeAvailable)."""
        return self._retrying(lambda: self.get(self._link_of(self._embedded("me"), "self")))

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
        self._retrying(lambda: self._post_availability(body))
        self._availability = body

    def _post_availability(self, body: dict[str, Any]) -> Response:
        link = self._link_of(self._embedded("me"), "makeMeAvailable")
        return self.client.request("POST", link, json_body=body)

    def report_activity(self) -> None:
        """Tell the server the user is active (keeps the application and presence alive)."""
        self._retrying(
            lambda: self.client.request("POST", self._link_of(self.me(), "reportMyActivity"))
        )

    def start_keep_alive(self, interval: float = 180.0) -> threading.Thread:
        """Report activity every ``interval`` seconds on a daemon thread until close()."""

        def run() -> None:
            while not self._keep_alive_stop.wait(interval):
                self.report_activity()

        thread = threading.Thread(target=run, name="ucwa-keep-alive", daemon=True)
        thread.start()
        return thread

    # -- resources and PUT ------------------------------------------------------------

    def _remember_etag(self, response: Response) -> None:
        etag = response.headers.get("ETag")
        if etag:
            self._etags[response.url] = etag

    def get(self, link: Link[Any] | str) -> Resource:
        """Read any resource (typed by its rel); its ETag is kept for a later :meth:`put`."""
        from .operations import parse_response

        response = self.client.request("GET", link)
        self._remember_etag(response)
        return parse_response(response)

    def put(self, resource: Resource, link: Link[Any] | None = None) -> Resource | None:
        """PUT the resource back whole (unknown properties included) with If-Match.

        The ETag is the one the last :meth:`get` of its URL answered with, else the
        resource's ``etag`` property. 412 raises ``errors.PreconditionFailed`` (read it again
        and retry), 428 ``errors.PreconditionRequired``.
        """
        from .operations import parse_response

        target = link or resource.require_self_link()
        url = self.client.url_for(target)
        etag = self._etags.get(url) or resource.extra_properties.get("etag")
        headers = {"If-Match": _quoted(str(etag))} if etag else {}
        response = self.client.request(
            "PUT", target, json_body=codec_json.unstructure(resource), headers=headers
        )
        self._remember_etag(response)
        return parse_response(response) if response.body.strip() else None

    def batch(self, requests: Sequence[BatchRequest]) -> list[BatchResult]:
        """Send several requests in one POST to the application's batch link."""
        link = self.application.links.batch
        if link is None:
            raise RequestError("the application has no batch link")
        return send_batch(self.client, link, requests)

    # -- operations -------------------------------------------------------------------

    def post_operation(self, operation: PendingOperation, send: Callable[[], Created[Any]]) -> None:
        """Send an operation's POST (``send`` carries ``operation``'s id) and bind its URL.

        A POST is never sent again blindly. When its answer is lost (OutcomeUnknown), the
        event channel says whether the server applied it: the server emits the operation's
        events (carrying its operationId) as it accepts it, so once a P-GET sent after the
        failure has been read, an operation not seen there was not applied and is sent once
        more, with the same operationId. If the channel is not running, or gives no such
        answer within ``outcome_timeout`` seconds, the OutcomeUnknown is raised.
        """
        try:
            created = send()
        except OutcomeUnknown as unknown:
            url = self._applied_at(operation.operation_id, unknown)
            if url is not None:
                operation.bind(url)
                return
            log.info("operation %s was not applied; sending it again", operation.operation_id)
            created = send()
        operation.bind(self.client.url_for(created.link))

    def _applied_at(self, operation_id: str, unknown: OutcomeUnknown) -> str | None:
        # The URL of the operation when the server applied it, None when it provably did not.
        location = (unknown.headers or {}).get("Location")
        if unknown.status == 201 and location:
            return self.client.url_for(Link(href=location, base_url=unknown.url))
        channel = self._channel
        if channel is None or not channel.running:
            raise unknown
        if not channel.wait_for_poll_after(channel.polls_sent, self.outcome_timeout):
            raise unknown
        return self.operations.seen(operation_id)

    # -- messaging --------------------------------------------------------------------

    def communication(self) -> Communication:
        """The communication resource as embedded in the application."""
        communication = self.application.embedded.communication
        if communication is None:
            raise RequestError("the application embeds no communication")
        return communication

    def conversation_logs(self, limit: int | None = None) -> list[ConversationLog]:
        """The past conversations, each read in full."""
        from ..resources.conversation_log import ConversationLog
        from ..resources.conversation_logs import ConversationLogs

        def read() -> list[ConversationLog]:
            link = self.communication().links.conversation_logs
            if link is None:
                raise RequestError("communication offers no conversationLogs")
            logs = ConversationLogs.get(self.client, link, limit=limit)
            items = logs.links.conversation_log or []
            return [ConversationLog.get(self.client, item) for item in items]

        return self._retrying(read)

    def start_messaging(
        self, to: str, message: str | None = None, *, subject: str | None = None
    ) -> Chat:
        """Invite ``to`` (a sip: URI) to an IM conversation; wait() on the result."""
        from ..resources.start_messaging import StartMessaging

        operation = self.operations.start()

        def send() -> Created[Any]:
            link = self.communication().links.start_messaging
            if link is None:
                raise RequestError("communication offers no startMessaging")
            return StartMessaging.post(
                self.client,
                link,
                to=to,
                operation_id=operation.operation_id,
                subject=subject,
                message=message,
            )

        self._retrying(lambda: self.post_operation(operation, send))
        return Chat(self, operation)

    def continue_messaging(self, log: ConversationLog, message: str | None = None) -> Chat:
        """Start messaging again with the people of a past conversation."""
        from ..resources.continue_messaging import ContinueMessaging

        link = log.links.continue_messaging
        if link is None:
            raise RequestError("this conversationLog offers no continueMessaging")
        operation = self.operations.start()
        self.post_operation(
            operation,
            lambda: ContinueMessaging.post(
                self.client, link, operation_id=operation.operation_id, message=message
            ),
        )
        return Chat(self, operation)

    def accept(self, invitation: MessagingInvitation) -> Chat:
        """Accept an incoming invitation (from a ``started`` event); wait() on the result."""
        from ..resources.messaging_invitation import MessagingInvitation

        link = invitation.links.accept
        if link is None:
            raise RequestError("this invitation cannot be accepted (no accept link)")
        operation = self.operations.start()
        # The completion is the invitation's own completed event.
        invitation_link = invitation.require_self_link()
        operation.bind(self.client.url_for(invitation_link))
        try:
            self.client.request("POST", link, query={"operationId": operation.operation_id})
        except OutcomeUnknown:
            # Whether the accept arrived shows in the invitation itself: once answered, it
            # offers accept no more. Only an invitation still waiting gets it again.
            if MessagingInvitation.get(self.client, invitation_link).links.accept is not None:
                log.info("accept of %s was not applied; sending it again", invitation_link.href)
                self.client.request("POST", link, query={"operationId": operation.operation_id})
        return Chat(self, operation)

    def decline(self, invitation: MessagingInvitation) -> None:
        """Decline an incoming invitation."""
        link = invitation.links.decline
        if link is None:
            raise RequestError("this invitation cannot be declined (no decline link)")
        self.client.request("POST", link)


def _same_application(one: Application, other: Application) -> bool:
    # A refreshed copy (refresh_application) is the same application: compare hrefs.
    return (
        one.self_link is not None
        and other.self_link is not None
        and (one.self_link.href == other.self_link.href)
    )


def _quoted(etag: str) -> str:
    # An ETag header value is a quoted string; the etag property comes without quotes.
    return etag if etag.startswith(('"', 'W/"')) else f'"{etag}"'

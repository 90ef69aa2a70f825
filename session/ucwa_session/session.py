"""A UCWA session: sign in, hold an application, read its events, and message people.

::

    grant = ucwa.PasswordGrant("alice@contoso.com", ask_password)
    with ucwa_session.UcwaSession.connect(grant, domain="contoso.com") as session:
        session.sign_in()
        conversation = session.start_messaging("sip:bob@contoso.com", "Hello")
        conversation.wait(timeout=30)
        conversation.send("How are you?").wait(timeout=30)

The session sends through one ``ucwa.Client`` (its pool, TLS, timeouts, retries, and
authentication: :meth:`UcwaSession.connect` gives it a :class:`~.auth.TokenCache`, one token
per origin), finds the user resource by autodiscovery, creates the application, runs the event
channel on a daemon thread, and matches operation completions to the calls that started them.
When the server drops the application (404 ApplicationNotFound, 410
InactiveApplicationExpired) the session creates a new one and tells the user through
``on_application_recreated`` and an ``application_recreated`` notice in the channel; the
session's own calls on the application's links run once more on the new one (see
:mod:`.application`), while links the caller took from the old application are dead after
that, so read them again from ``application``.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from ucwa_runtime import formats
from ucwa_runtime.auth import TokenCache, TokenProvider
from ucwa_runtime.batch_client import BatchRequest, BatchResult, send_batch
from ucwa_runtime.errors import HttpError, RequestError
from ucwa_runtime.events import EventChannel, Item
from ucwa_runtime.model import Link, Resource
from ucwa_runtime.operations import Created
from ucwa_runtime.transport import Client
from ucwa_runtime.urls import parse_target

from ucwa.client import Client as UcwaClient
from ucwa.registry import REGISTRY

from .application import ApplicationInUse
from .chat import (
    Chat,
    accept_invitation,
    continue_conversation,
    start_chat,
)
from .chat_events import ChatRouter
from .contacts import Contacts
from .directory import SearchResults, search_directory
from .discovery import Discovered, candidate_urls, discover
from .keep_alive import KeepAlive
from .lifecycle import changes_application, link_of
from .meetings import Meetings
from .options import SessionOptions
from .presence import Presence
from .tracking import OperationTracker, PendingOperation, post_once

T = TypeVar("T")

if TYPE_CHECKING:
    from ucwa.resources.application import Application
    from ucwa.resources.communication import Communication
    from ucwa.resources.conversation_log import ConversationLog
    from ucwa.resources.messaging_invitation import MessagingInvitation

# How long close() waits for a keep-alive report under way (it has the call's own deadline).
KEEP_ALIVE_JOIN = 10.0


class UcwaSession:
    """Signs in to UCWA and keeps an application alive; see the module documentation.

    ``client`` is a ``ucwa.Client`` configured as the session is to send: its ``auth`` (a
    :class:`~.auth.TokenCache` answers UCWA's challenges), pool, TLS, timeouts, retries,
    limits and format (``content_type``: discovery, resources and events are read in it). The
    session closes it on :meth:`close`. Give ``domain`` (autodiscovery through
    lyncdiscoverinternal/lyncdiscover) or ``root_url`` (an autodiscovery root), or neither
    to discover from the client's ``base_url``. ``options`` are the session's own settings
    (see :class:`~.options.SessionOptions`). :meth:`connect` builds the client too.
    """

    def __init__(
        self,
        client: Client,
        *,
        domain: str | None = None,
        root_url: str | None = None,
        options: SessionOptions | None = None,
    ) -> None:
        if client.registry is not REGISTRY:
            raise RequestError("a session needs a ucwa.Client (its registry types resources)")
        self._roots = _roots(domain, root_url) if domain or root_url else [client.base_url]
        self.client = client
        self.options = options if options is not None else SessionOptions()
        self.endpoint_id = self.options.endpoint_id or str(uuid.uuid4())
        self.operations = OperationTracker()
        # Hands each chat the events of its invitation and conversation.
        self.chats = ChatRouter()
        self.discovered: Discovered | None = None
        self._application = ApplicationInUse(client, self.options, self.endpoint_id)
        # The application whose events the channel reads (it learns of a loss on its own).
        self._channel_application: Application | None = None
        self._channel: EventChannel | None = None
        self._keep_alives: list[KeepAlive] = []

    @classmethod
    def connect(
        cls,
        token_provider: TokenProvider,
        *,
        domain: str | None = None,
        root_url: str | None = None,
        trusted_hosts: Sequence[str] = (),
        clock: Callable[[], float] = time.monotonic,
        options: SessionOptions | None = None,
        **client_options: Any,
    ) -> UcwaSession:
        """A session with a client of its own: ``ucwa.Client(root, **client_options)``
        (``pool`` or ``ca_certs`` and ``connect_to``, ``timeout``, ``retry``, ``max_body``,
        ``user_agent``, ``content_type``) whose ``auth`` is a :class:`~.auth.TokenCache` of
        ``token_provider``, asking for tokens over the client's pool. ``clock`` (monotonic
        seconds) decides token expiry.

        A password (of :class:`~.auth.PasswordGrant`) goes only to token endpoints whose host
        is in the sign-in domain (``domain``, or the host of ``root_url``) or in
        ``trusted_hosts``, each with its subdomains: give ``trusted_hosts=["contoso.com"]``
        when ``root_url`` is ``https://lyncdiscover.contoso.com/...`` and the pools are other
        hosts of contoso.com.
        """
        roots = _roots(domain, root_url)
        sign_in_domain = domain if domain is not None else parse_target(roots[0]).host
        client = UcwaClient(roots[0], **client_options)
        client.auth = TokenCache(
            token_provider,
            client.pool,
            clock=clock,
            trusted_domains=(sign_in_domain, *trusted_hosts),
        )
        return cls(client, domain=domain, root_url=root_url, options=options)

    def __repr__(self) -> str:
        return f"UcwaSession(roots={self._roots!r}, client={self.client!r})"

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
        return self._application.current()

    @property
    def events(self) -> EventChannel:
        """The event channel (iterate it, or ``listen`` to it)."""
        if self._channel is None:
            raise RequestError("not signed in; call sign_in() first")
        return self._channel

    def sign_in(self, *, start_events: bool = True) -> Application:
        """Discover the user resource, authenticate, create the application, start events."""
        self.discovered = discover(self.client, self._roots)
        application = self._application.start(self.discovered.applications_url)
        self._channel_application = application
        events = application.links.events
        if events is None:
            raise RequestError("the application has no events link")
        self._channel = EventChannel(
            self.client,
            events,
            poll_timeout=self.options.poll_timeout,
            on_lost=self._on_channel_lost,
            reconnect_deadline=self.options.reconnect_deadline,
        )
        self._channel.listen(self.operations)
        self._channel.listen(self.chats)
        self._channel.listen(self._on_channel_item)
        if start_events:
            self._channel.start()
        return application

    def _on_channel_lost(self, error: HttpError) -> Link[Any] | None:
        # The event channel found its application gone: it carries on with the events of the
        # application that replaced it (and says so in an application_recreated notice).
        assert self._channel_application is not None
        application = self._application.replace(self._channel_application)
        if application is None:
            return None
        self._channel_application = application
        return application.links.events

    def _on_channel_item(self, item: Item) -> None:
        # After a resync our copy may be stale, and an `updated` event of the application,
        # me or communication says it is: the next use reads it again. (No request here:
        # one failing on the channel's thread would end the channel.)
        if changes_application(item):
            self._application.mark_changed()

    def refresh_application(self) -> Application:
        """Read the application resource again (its embedded me, communication...).

        Gives the application now in use: the copy just read, unless the application was
        replaced meanwhile (the copy is then of the lost one, and is dropped).
        """
        return self._application.refresh()

    def close(self) -> None:
        """Stop the event channel and keep-alive, delete the application, close the client.

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
        try:
            self._application.close()
        finally:
            self.client.close()  # even when the DELETE failed: no connection outlives close()

    def follow(self, embedded: str, rel: str, call: Callable[[Link[Any]], T]) -> T:
        """``call`` on the ``rel`` link of what the application embeds as ``embedded`` (me,
        people, communication); after a 404/410 saying the application is gone, once more on
        the new application's link (see :meth:`.ApplicationInUse.retrying`)."""
        return self._application.retrying(
            lambda application: call(self._application.embedded_link(application, embedded, rel))
        )

    def me(self) -> Resource:
        """The me resource, read now (its links change after makeMeAvailable)."""
        return self._application.retrying(self._read_me)

    def _read_me(self, application: Application) -> Resource:
        return self.get(self._application.embedded_link(application, "me", "self"))

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
        self._application.make_available(body)

    def report_activity(self) -> None:
        """Tell the server the user is active (keeps the application and presence alive)."""
        self._application.retrying(
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
        return self.schedule(KeepAlive(self.report_activity, interval, self._keep_alive_failed))

    def schedule(self, task: KeepAlive) -> KeepAlive:
        """Start a periodic task (a keep-alive, a subscription's renewal) that close() stops."""
        # Those stopped already (closed subscriptions) are dropped: the list stays bounded.
        self._keep_alives = [k for k in self._keep_alives if k.stopped is None]
        self._keep_alives.append(task)
        return task.start()

    def _keep_alive_failed(self, error: Exception) -> None:
        if self.options.on_keep_alive_failed is not None:
            self.options.on_keep_alive_failed(error)

    # -- presence and contacts --------------------------------------------------------

    @cached_property
    def presence(self) -> Presence:
        """My presence, note and location, and other people's (subscriptions, one-off reads)."""
        return Presence(self)

    @cached_property
    def contacts(self) -> Contacts:
        """My contact list: groups, their contacts, adding and removing contacts."""
        return Contacts(self)

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
        waited = self.options.outcome_wait if channel is not None and channel.running else 0.0
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
            link = self._application.embedded_link(application, "communication", "conversationLogs")
            logs = ConversationLogs.get(self.client, link, limit=limit)
            items = logs.links.conversation_log or []
            return [ConversationLog.get(self.client, item) for item in items]

        return self._application.retrying(read)

    def start_messaging(
        self, to: str, message: str | None = None, *, subject: str | None = None
    ) -> Chat:
        """Invite ``to`` (a sip: URI) to an IM conversation; wait() on the result."""
        from ucwa.resources.start_messaging import StartMessaging

        def send(application: Application, operation: PendingOperation) -> Created[Any]:
            link = self._application.embedded_link(application, "communication", "startMessaging")
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
            lambda operation: self._application.retrying(
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

    def search(
        self, query: str | None = None, *, limit: int | None = None, mail: str | None = None
    ) -> SearchResults:
        """Search the directory by name, sip URI or e-mail address (``query``), or by e-mail
        address alone (``mail``, where the server's search link is revision 2); typed
        contacts."""
        return self.follow(
            "people",
            "search",
            lambda link: search_directory(self.client, link, query, limit, mail),
        )

    @cached_property
    def meetings(self) -> Meetings:
        """The user's online meetings (create, list, get, update, delete)."""
        return Meetings(self)


def _roots(domain: str | None, root_url: str | None) -> list[str]:
    # Where discovery starts: the candidates of a domain, or the one root given.
    if (domain is None) == (root_url is None):
        raise RequestError("give either domain or root_url")
    return [root_url] if root_url is not None else candidate_urls(str(domain))

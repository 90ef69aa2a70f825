"""A presence subscription: other people's presence, note and location as they change.

The server tells of a change by an ``updated`` event of the contact's contactPresence,
contactNote or contactLocation, sent by ``people`` ``in`` the contact; the event carries only
links. So the event channel's thread merely queues those events (:class:`PeopleRouter` hands
them to every open subscription), and :meth:`Subscription.next_change`, on the caller's
thread, reads the changed resource and the contact it belongs to: no request is ever made on
the channel's thread, where a failure would hold up every other event.

The queue is bounded (``max_queued``): when nobody reads it the oldest changes are dropped
and counted in ``dropped``. A subscription that the server says is about to expire (an
``updated`` event of it) is renewed at once, besides on its schedule.
"""

from __future__ import annotations

import collections
import threading
import time
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

import attrs
from ucwa_runtime.errors import HttpError, RequestError
from ucwa_runtime.events import Event, EventChannel, Item
from ucwa_runtime.model import Link
from ucwa_runtime.transport import Client

from .keep_alive import KeepAlive
from .lifecycle import link_of

if TYPE_CHECKING:
    from ucwa.resources.contact import Contact
    from ucwa.resources.contact_location import ContactLocation
    from ucwa.resources.contact_note import ContactNote
    from ucwa.resources.contact_presence import ContactPresence
    from ucwa.resources.presence_subscription import PresenceSubscription
    from ucwa.resources.presence_subscription_memberships import (
        PresenceSubscriptionMemberships,
    )

    ContactState: TypeAlias = ContactPresence | ContactNote | ContactLocation

ChangeKind = Literal["presence", "note", "location"]
_KINDS: dict[str, ChangeKind] = {
    "contactPresence": "presence",
    "contactNote": "note",
    "contactLocation": "location",
}


@attrs.frozen
class ContactChange:
    """A contact's presence, note or location changed: ``resource`` is the new state
    (``ucwa.resources.ContactPresence``, ``ContactNote`` or ``ContactLocation``), read when
    the change was taken from the queue."""

    kind: ChangeKind
    uri: str | None  # the contact's sip: URI
    contact: Link[Any]
    resource: ContactState


def sip_uris(uris: Sequence[str]) -> list[str]:
    """``uris`` as a list of sip: URIs; RequestError for one string (a common slip, which
    would otherwise be sent as its characters) or anything else."""
    if isinstance(uris, str):
        raise RequestError(f"give a list of sip: URIs, not the one string {uris!r}")
    found = list(uris)
    wrong = [uri for uri in found if not isinstance(uri, str) or not uri.startswith("sip:")]
    if wrong:
        raise RequestError(f"not sip: URIs: {wrong!r}")
    return found


@attrs.frozen
class Member:
    """A member of a subscription: the contact's sip: URI and the membership's link."""

    uri: str
    membership: Link[Any]


# How many recent people events the router keeps for a subscription being created (its first
# events may come before the POST's answer has been read).
RECENT_EVENTS = 1000


class PeopleRouter:
    """A listener of the event channel that queues the people events of every open
    subscription (on the channel's thread: no requests here).

    A subscription's first events (its members' presence) may overtake the answer to the POST
    that created it; so the router keeps the last ``RECENT_EVENTS`` people events, and a
    subscription added with the :meth:`mark` taken before its POST gets those that came
    since.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscriptions: list[Subscription] = []
        self._channel: EventChannel | None = None
        self._count = 0
        self._recent: collections.deque[tuple[int, Event]] = collections.deque(maxlen=RECENT_EVENTS)

    def listen_to(self, channel: EventChannel) -> None:
        with self._lock:
            if self._channel is not channel:
                self._channel = channel
                channel.listen(self)

    def mark(self) -> int:
        """Where the events a subscription about to be created may hear begin."""
        with self._lock:
            return self._count

    def add(self, subscription: Subscription, since: int) -> None:
        """``subscription`` hears people events from :meth:`mark` ``since`` on."""
        with self._lock:
            for number, event in self._recent:
                if number >= since:
                    subscription.take(event)
            self._subscriptions.append(subscription)

    def remove(self, subscription: Subscription) -> None:
        with self._lock:
            if subscription in self._subscriptions:
                self._subscriptions.remove(subscription)

    def __call__(self, item: Item) -> None:
        if not isinstance(item, Event) or item.sender.rel != "people":
            return
        with self._lock:
            self._recent.append((self._count, item))
            self._count += 1
            for subscription in self._subscriptions:
                subscription.take(item)


class Subscription:
    """A presence subscription of the session; see the module documentation.

    A context manager: leaving it unsubscribes.
    """

    def __init__(
        self,
        client: Client,
        link: Link[Any],
        resource: PresenceSubscription | None = None,
        *,
        duration: int,
        max_queued: int,
        router: PeopleRouter,
        since: int = 0,
    ) -> None:
        self._client = client
        self.link = link
        self.duration = duration
        self._router = router
        self._cond = threading.Condition()
        self._queue: collections.deque[Event] = collections.deque(maxlen=max_queued)
        self.dropped = 0
        self.renewals = 0
        self.closed = False
        self.renewal: KeepAlive | None = None
        self.gone: HttpError | None = None  # what the server said when it no longer had it
        # contact URL -> sip: URI, of the members as last read (None: not read yet)
        self._members: dict[str, Member] | None = None
        self._members_stale = False  # members added since they were read
        self._resource = resource  # as created (the 201's body), for its links
        router.add(self, since)

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return f"Subscription({self.link.href!r}, {state}, {len(self._queue)} queued)"

    def __enter__(self) -> Subscription:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def queued(self) -> int:
        """How many changes wait to be read."""
        with self._cond:
            return len(self._queue)

    # -- on the channel's thread ------------------------------------------------------------

    def take(self, event: Event) -> None:
        """Queue a contact's change; renew at once when the server says this subscription is
        about to expire."""
        if event.link.rel == "presenceSubscription" and event.type == "updated":
            if event.link.url == self._client.url_for(self.link) and self.renewal is not None:
                self.renewal.wake()
            return
        if event.link.rel not in _KINDS or event.in_ is None:
            return
        with self._cond:
            if len(self._queue) == self._queue.maxlen:
                self.dropped += 1  # the deque drops the oldest
            self._queue.append(event)
            self._cond.notify_all()

    # -- on the caller's thread --------------------------------------------------------------

    def next_change(self, timeout: float) -> ContactChange | None:
        """The next change of a member's presence, note or location, read now; None when
        none came within ``timeout`` seconds (every wait is bounded: the event channel may
        stop)."""
        deadline = time.monotonic() + timeout
        while True:
            event = self._next_event(deadline)
            if event is None:
                return None
            change = self._read(event)
            if change is not None:
                return change

    def changes(self, timeout: float) -> Iterator[ContactChange]:
        """Each change as it comes, until none comes for ``timeout`` seconds."""
        while (change := self.next_change(timeout)) is not None:
            yield change

    def _next_event(self, deadline: float) -> Event | None:
        with self._cond:
            while not self._queue or self.closed:
                left = deadline - time.monotonic()
                if self.closed or left <= 0:
                    return None  # a closed subscription's changes are not read: it is gone
                self._cond.wait(left)
            return self._queue.popleft()

    def _read(self, event: Event) -> ContactChange | None:
        assert event.in_ is not None
        contact = event.in_.url
        uri = self._member_uri(contact)
        if uri is None:
            return None  # another subscription's contact
        return ContactChange(_KINDS[event.link.rel], uri, Link(href=contact), self._changed(event))

    def _changed(self, event: Event) -> ContactState:
        """The contact's changed presence, note or location: embedded in the event, or read
        from its link (as the people events of the pages carry none)."""
        from ucwa.resources.contact_location import ContactLocation
        from ucwa.resources.contact_note import ContactNote
        from ucwa.resources.contact_presence import ContactPresence

        classes: dict[str, type[ContactState]] = {
            "contactPresence": ContactPresence,
            "contactNote": ContactNote,
            "contactLocation": ContactLocation,
        }
        cls = classes[event.link.rel]
        if isinstance(event.resource, cls):
            return event.resource
        found: ContactState = cls.get(self._client, Link(href=event.link.url))
        return found

    def _member_uri(self, contact_url: str) -> str | None:
        # Read again only after a change of members: the people events of every other
        # subscription come here too, and must not cost a GET each.
        members = self._members if not self._members_stale else None
        if members is None:
            members = self._read_members()
        member = members.get(contact_url)
        return member.uri if member is not None else None

    def _read_members(self) -> dict[str, Member]:
        """The members by their contact's URL, each contact read once (for its sip: URI)."""
        from ucwa.resources.contact import Contact

        known = self._members or {}
        members: dict[str, Member] = {}
        for membership in self.memberships().embedded.presence_subscription_membership or []:
            link = membership.links.contact
            if link is None:
                continue
            url = self._client.url_for(link)
            uri = known[url].uri if url in known else Contact.get(self._client, link).uri
            members[url] = Member(uri or "", membership.require_self_link())
        self._members = members
        self._members_stale = False
        return members

    def _member(self, uri: str) -> tuple[str, Member]:
        for url, member in self._read_members().items():
            if member.uri.lower() == uri.lower():
                return url, member
        raise RequestError(f"{uri} is not a member of this subscription")

    # -- members and lifetime ----------------------------------------------------------------

    def memberships(self) -> PresenceSubscriptionMemberships:
        """The subscription's members as the server holds them."""
        from ucwa.resources.memberships import Memberships

        return Memberships.get(self._client, link_of(self._own(), "memberships"))

    def contact(self, uri: str) -> Contact:
        """The contact resource of the member ``uri``."""
        from ucwa.resources.contact import Contact

        url, _ = self._member(uri)
        return Contact.get(self._client, Link(href=url))

    def add(self, uris: Sequence[str]) -> None:
        """Subscribe to the presence of more people."""
        from ucwa.resources.add_to_presence_subscription import AddToPresenceSubscription

        found = sip_uris(uris)
        link = link_of(self._own(), "addToPresenceSubscription")
        AddToPresenceSubscription.post(self._client, link, contact_uris=found)
        self._members_stale = True

    def remove(self, uri: str) -> None:
        """Stop following ``uri`` (its membership is deleted)."""
        from ucwa.resources.presence_subscription_membership import (
            PresenceSubscriptionMembership,
        )

        _, member = self._member(uri)
        PresenceSubscriptionMembership.delete(self._client, member.membership)
        self._members = None

    def renew(self) -> None:
        """Extend the subscription by its duration (the server caps it at 30 minutes)."""
        from ucwa.resources.presence_subscription import PresenceSubscription

        PresenceSubscription.post(self._client, self.link, duration=self.duration)
        self.renewals += 1

    def renew_on_schedule(self) -> None:
        """:meth:`renew`, for the renewal's schedule: once the server says it no longer has
        the subscription (expired, deleted, or gone with its application), the schedule ends
        saying so, after the failure is reported like any other."""
        try:
            self.renew()
        except HttpError as error:
            if error.status in (404, 410) and self.renewal is not None:
                self.gone = error
                self.renewal.stop_after_this(f"the subscription is gone ({error.status})")
            raise

    def close(self) -> None:
        """Unsubscribe: stop renewing, delete the subscription, hear no more changes."""
        from ucwa.resources.presence_subscription import PresenceSubscription

        if self.closed:
            return
        self.closed = True
        self._router.remove(self)
        if self.renewal is not None:
            self.renewal.stop("the subscription was closed")
        with self._cond:
            self._cond.notify_all()
        try:
            PresenceSubscription.delete(self._client, self.link)
        except HttpError as error:
            # Expired, or gone with its application: what unsubscribing wanted.
            if error.status not in (404, 410):
                raise

    def _own(self) -> PresenceSubscription:
        from ucwa.resources.presence_subscription import PresenceSubscription

        if self._resource is None:
            self._resource = PresenceSubscription.get(self._client, self.link)
        return self._resource

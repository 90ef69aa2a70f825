"""Presence: mine (availability, note, location) and other people's (one-off reads and
subscriptions).

::

    session.make_me_available()
    session.presence.set_availability("Busy")        # or ucwa.enums.PreferredAvailability.BUSY
    session.presence.set_note("Heads down today")
    session.presence.availability()                  # ucwa.enums.Availability.BUSY
    session.presence.of("sip:bob@contoso.com")       # ucwa.resources.ContactPresence, read once
    with session.presence.subscribe(["sip:bob@contoso.com"]) as subscription:
        change = subscription.next_change(timeout=60)  # a ContactChange, or None

Every call follows links: my presence, note and location from ``me``; presence subscriptions
from ``people``. Reading or setting mine needs ``make_me_available()`` first: a real server's
``me`` links presence, note and location only once the user is available (capture 007; the
bundled server does the same), so before it the call raises ``RequestError`` (no such link).
A server that links them earlier answers a change with 409 ``ucwa.errors.Conflict`` (subcode
MakeMeAvailableRequired).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ucwa_runtime.errors import RequestError

from .contacts import Contacts, PeopleSession
from .keep_alive import KeepAlive
from .lifecycle import link_of
from .subscription import PeopleRouter, Subscription, sip_uris

if TYPE_CHECKING:
    from ucwa.enums import Availability, PreferredAvailability
    from ucwa.resources.contact import Contact
    from ucwa.resources.contact_presence import ContactPresence
    from ucwa.resources.presence import Presence as PresenceResource

# presenceSubscriptions_ref.md: a subscription lasts 10 to 30 minutes unless extended.
DEFAULT_DURATION = 30


class Presence:
    """``session.presence``: see the module documentation."""

    def __init__(self, session: PeopleSession) -> None:
        self._session = session
        self._router = PeopleRouter()

    # -- mine ---------------------------------------------------------------------------

    def read(self) -> PresenceResource:
        """My presence resource (availability and activity), read now."""
        from ucwa.resources.presence import Presence as PresenceResource

        client = self._session.client
        return self._session.follow(
            "me", "presence", lambda link: PresenceResource.get(client, link)
        )

    def availability(self) -> Availability | None:
        """My availability as others see it (Online, Busy, Away...), read now."""
        return self.read().availability

    def set_availability(self, availability: PreferredAvailability | str) -> None:
        """Publish my availability: Online, Busy, DoNotDisturb, BeRightBack, Away or Offwork."""
        from ucwa.enums import PreferredAvailability
        from ucwa.resources.presence import Presence as PresenceResource

        value = PreferredAvailability(availability)
        if not value.known:
            raise RequestError(f"{availability!r} is not a preferred availability")
        client = self._session.client
        self._session.follow(
            "me", "presence", lambda link: PresenceResource.post(client, link, availability=value)
        )

    def note(self) -> str:
        """My note (the personal message others see), read now."""
        from ucwa.resources.note import Note

        client = self._session.client
        return self._session.follow("me", "note", lambda link: Note.get(client, link)).message or ""

    def set_note(self, message: str) -> None:
        """Publish my note (sent in the request's body, as the note page says)."""
        from ucwa.resources.note import Note

        client = self._session.client
        self._session.follow("me", "note", lambda link: Note.post(client, link, message=message))

    def location(self) -> str:
        """My location, read now."""
        from ucwa.resources.location import Location

        client = self._session.client
        found = self._session.follow("me", "location", lambda link: Location.get(client, link))
        return found.location or ""

    def set_location(self, location: str) -> None:
        """Publish my location (at most 60 characters)."""
        from ucwa.resources.location import Location

        client = self._session.client
        self._session.follow(
            "me", "location", lambda link: Location.post(client, link, location=location)
        )

    # -- other people's -------------------------------------------------------------------

    def subscribe(
        self,
        uris: Sequence[str],
        *,
        duration: int = DEFAULT_DURATION,
        renew_every: float | None = None,
        max_queued: int = 1000,
        on_renew_failed: Callable[[Exception], None] | None = None,
    ) -> Subscription:
        """Subscribe to the presence, note and location of ``uris`` (sip: URIs) for
        ``duration`` minutes (10 to 30), renewed every ``renew_every`` seconds (by default
        three quarters of the duration) and whenever the server says it is about to expire,
        until :meth:`Subscription.close`, the session's close, or the server saying it no
        longer has it (404/410; ``subscription.gone`` is that error). A failed renewal is
        given to ``on_renew_failed``."""
        from ucwa.resources.presence_subscriptions import PresenceSubscriptions

        uris = sip_uris(uris)
        client = self._session.client
        self._router.listen_to(self._session.events)
        since = self._router.mark()
        created = self._session.follow(
            "people",
            "presenceSubscriptions",
            lambda link: PresenceSubscriptions.post(
                client, link, duration=duration, uris=list(uris)
            ),
        )
        subscription = Subscription(
            client,
            created.link,
            created.resource,
            duration=duration,
            max_queued=max_queued,
            router=self._router,
            since=since,
        )
        interval = renew_every if renew_every is not None else duration * 60 * 0.75
        name = "presence-subscription renewal"
        renew = subscription.renew_on_schedule
        subscription.renewal = self._session.schedule(
            KeepAlive(renew, interval, on_renew_failed, name=name)
        )
        return subscription

    def of(self, contact: Contact | str) -> ContactPresence:
        """A contact's presence, read once: of a contact resource, or of a sip: URI (found in
        my contacts, else through a short subscription of its own)."""
        from ucwa.resources.contact_presence import ContactPresence

        client = self._session.client
        if isinstance(contact, str):
            found = self._find(contact)
            if found is None:
                return self._read_through_subscription(contact)
            contact = found
        return ContactPresence.get(client, link_of(contact, "contactPresence"))

    def _find(self, uri: str) -> Contact | None:
        return Contacts(self._session).find(uri)

    def _read_through_subscription(self, uri: str) -> ContactPresence:
        # Someone not in my contacts: the subscription's membership links to the contact.
        with self.subscribe([uri], duration=10, renew_every=3600) as subscription:
            return self.of(subscription.contact(uri))

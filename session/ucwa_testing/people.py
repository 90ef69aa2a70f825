"""The bundled server's people: a directory of persons, each user's contact list, and the
presence subscriptions applications hold.

The data is plain state (guarded by ``State.cond`` like the rest); the routes that show it are
in :mod:`.routes_presence` and :mod:`.routes_contacts`, and the test controls that change a
contact's presence, note or location in :mod:`.controls`.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterable
from typing import Protocol

import attrs

# presenceSubscriptions_ref.md: a duration of 10 to 30 minutes; a user may hold only so many
# subscriptions (403 LimitExceeded past that; the page gives no number, this is ours).
MIN_DURATION = 10
MAX_DURATION = 30
MAX_SUBSCRIPTIONS = 5


@attrs.define
class Person:
    """Someone in the directory, with the presence others see."""

    uri: str
    name: str
    title: str
    department: str
    availability: str = "Online"
    activity: str = "Available"
    note: str = ""
    location: str = ""

    @property
    def key(self) -> str:
        """The person's path segment below ``people`` (``bob@contoso.com``), as in capture 010."""
        return self.uri.removeprefix("sip:").lower()

    @property
    def email(self) -> str:
        return self.uri.removeprefix("sip:")


@attrs.define
class ContactGroup:
    """One group of a user's contact list: ``kind`` is the rel it goes by (pinnedGroup,
    group, distributionGroup)."""

    id: str
    name: str
    kind: str
    members: list[str]  # sip: URIs


class Subscriber(Protocol):
    """What a subscription needs of the application holding it (state.Application)."""

    base: str
    lost: tuple[int, str] | None


@attrs.define
class PresenceSubscription:
    """A subscription of ``app`` to the presence of ``members``, until ``expires_at``."""

    id: str
    app: Subscriber
    members: list[str]
    expires_at: float
    renewals: int = 0

    @property
    def live(self) -> bool:
        return self.app.lost is None and time.monotonic() < self.expires_at

    def extend(self, minutes: int) -> None:
        # presenceSubscription_ref.md: the duration is added to what is left, up to 30 minutes.
        left = max(0.0, self.expires_at - time.monotonic())
        self.expires_at = time.monotonic() + min(left + minutes * 60.0, MAX_DURATION * 60.0)


def _directory(echo: Person) -> dict[str, Person]:
    people = [
        echo,
        Person("sip:bob@contoso.com", "Bob Barker", "Engineer", "Engineering", "Busy", "InACall"),
        Person("sip:carol@contoso.com", "Carol Chen", "Designer", "Design", "Away", "Away"),
        Person("sip:dave@contoso.com", "Dave Diaz", "Manager", "Engineering"),
    ]
    return {person.uri: person for person in people}


def _contact_list(echo_uri: str) -> list[ContactGroup]:
    return [
        ContactGroup("pinned", "Favorites", "pinnedGroup", [echo_uri]),
        ContactGroup("team", "Team", "group", ["sip:bob@contoso.com", "sip:carol@contoso.com"]),
        ContactGroup(
            "engineering",
            "Engineering",
            "distributionGroup",
            ["sip:bob@contoso.com", "sip:dave@contoso.com"],
        ),
    ]


@attrs.define
class People:
    """The directory, every user's contact list (made on first use), and the subscriptions."""

    echo: Person  # the server's echo contact, who is in every user's pinned group
    directory: dict[str, Person] = attrs.field(
        default=attrs.Factory(lambda self: _directory(self.echo), takes_self=True)
    )
    contact_lists: dict[str, list[ContactGroup]] = attrs.field(factory=dict)  # by username
    subscriptions: dict[str, PresenceSubscription] = attrs.field(factory=dict)

    @classmethod
    def around(cls, echo_name: str, echo_uri: str) -> People:
        """The directory of a server whose echo contact is ``echo_name`` at ``echo_uri``."""
        return cls(Person(echo_uri, echo_name, "Test Bot", "IT"))

    def person(self, key: str) -> Person | None:
        """The person whose path segment (or sip: URI) is ``key``."""
        uri = key if key.startswith("sip:") else f"sip:{key}"
        for person in self.directory.values():
            if person.uri.lower() == uri.lower():
                return person
        return None

    def persons(self, uris: Iterable[str]) -> list[Person]:
        """The persons of ``uris`` the directory has, in the order given."""
        return [person for person in map(self.person, uris) if person is not None]

    def groups_of(self, username: str) -> list[ContactGroup]:
        return self.contact_lists.setdefault(username, _contact_list(self.echo.uri))

    def contacts_of(self, username: str) -> list[Person]:
        """Everyone in the user's groups, each once, in the order first met."""
        seen: dict[str, Person] = {}
        for group in self.groups_of(username):
            for person in self.persons(group.members):
                seen.setdefault(person.uri, person)
        return list(seen.values())

    def subscribe(self, app: Subscriber, members: list[str], minutes: int) -> PresenceSubscription:
        subscription = PresenceSubscription(
            secrets.token_hex(4), app, members, time.monotonic() + minutes * 60.0
        )
        self.subscriptions[subscription.id] = subscription
        return subscription

    def subscriptions_of(self, app: Subscriber) -> list[PresenceSubscription]:
        return [s for s in self.subscriptions.values() if s.app is app and s.live]

    def watchers(self, uri: str) -> list[PresenceSubscription]:
        """The live subscriptions that include ``uri``."""
        return [s for s in self.subscriptions.values() if s.live and uri in s.members]

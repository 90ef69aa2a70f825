"""My contact list: groups (pinned, custom, distribution), their contacts, and adding and
removing contacts (revision 2 of myGroupMemberships).

::

    for group in session.contacts.groups():           # PinnedGroup, Group, DistributionGroup...
        print(group.name, [c.name for c in session.contacts.members(group)])
    session.contacts.add("sip:dave@contoso.com", group)   # a typed MyGroupMembership
    session.contacts.remove("sip:dave@contoso.com", group)

Every call follows links from the ``people`` resource the application embeds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias, TypeVar

from ucwa_runtime.errors import RequestError
from ucwa_runtime.events import EventChannel
from ucwa_runtime.model import Link
from ucwa_runtime.transport import Client

from .keep_alive import KeepAlive
from .lifecycle import link_of

if TYPE_CHECKING:
    from ucwa.resources.contact import Contact
    from ucwa.resources.default_group import DefaultGroup
    from ucwa.resources.distribution_group import DistributionGroup
    from ucwa.resources.group import Group
    from ucwa.resources.my_group_membership import MyGroupMembership
    from ucwa.resources.pinned_group import PinnedGroup

    AnyGroup: TypeAlias = PinnedGroup | DefaultGroup | Group | DistributionGroup

T = TypeVar("T")


class PeopleSession(Protocol):
    """What contacts and presence need of their session (``UcwaSession`` is one)."""

    @property
    def client(self) -> Client: ...

    @property
    def events(self) -> EventChannel: ...

    def follow(self, embedded: str, rel: str, call: Callable[[Link[Any]], T]) -> T: ...

    def schedule(self, task: KeepAlive) -> KeepAlive: ...


class Contacts:
    """``session.contacts``: see the module documentation."""

    def __init__(self, session: PeopleSession) -> None:
        self._session = session

    @property
    def _client(self) -> Client:
        return self._session.client

    def all(self) -> list[Contact]:
        """Everyone in my contact list, each once (myContacts)."""
        from ucwa.resources.my_contacts import MyContacts

        found = self._session.follow(
            "people", "myContacts", lambda link: MyContacts.get(self._client, link)
        )
        return self._contacts(found.embedded.contact, found.links.contact)

    def find(self, uri: str) -> Contact | None:
        """The contact of my contact list whose sip: URI is ``uri`` (any case), or None."""
        return next((c for c in self.all() if (c.uri or "").lower() == uri.lower()), None)

    def groups(self) -> list[AnyGroup]:
        """My groups: the pinned group, the default group, my own groups, then distribution
        groups, each as its typed resource (``.name``, ``.id``)."""
        from ucwa.resources.my_groups import MyGroups

        found = self._session.follow(
            "people", "myGroups", lambda link: MyGroups.get(self._client, link)
        )
        embedded: list[AnyGroup] = []
        for single in (found.embedded.pinned_group, found.embedded.default_group):
            if single is not None:
                embedded.append(single)
        embedded.extend(found.embedded.group or [])
        embedded.extend(found.embedded.distribution_group or [])
        return embedded

    def group(self, name: str) -> AnyGroup:
        """My group called ``name``; RequestError when there is none."""
        for group in self.groups():
            if group.name == name:
                return group
        raise RequestError(f"no group called {name!r}")

    def members(self, group: AnyGroup) -> list[Contact]:
        """The contacts of a group (a distribution group carries its own)."""
        from ucwa.resources.distribution_group import DistributionGroup
        from ucwa.resources.group_contacts import GroupContacts

        if isinstance(group, DistributionGroup):
            return list(group.embedded.contact or [])
        found = GroupContacts.get(self._client, link_of(group, "groupContacts"))
        return self._contacts(found.embedded.contact, found.links.contact)

    def details(self, contact: Contact | str) -> Contact:
        """A contact read now (name, title, department, email addresses, links to its
        presence, note and location): of a contact resource, or of a sip: URI in my list."""
        from ucwa.resources.contact import Contact

        if isinstance(contact, str):
            found = self.find(contact)
            if found is None:
                raise RequestError(f"{contact} is not in my contact list")
            contact = found
        return Contact.get(self._client, contact.require_self_link())

    def add(self, uri: str, group: AnyGroup | None = None) -> MyGroupMembership:
        """Add the person ``uri`` (sip:) to ``group`` (by default the server's choice);
        409 ``ucwa.errors.Conflict`` (AlreadyExists) when it is there already."""
        from ucwa.resources.my_group_memberships import MyGroupMemberships

        group_id = group.id if group is not None else None
        created = self._session.follow(
            "people",
            "myGroupMemberships",
            lambda link: MyGroupMemberships.post(
                self._client, link, contact_uri=uri, group_id=group_id
            ),
        )
        if created.resource is not None:
            return created.resource
        from ucwa.resources.my_group_membership import MyGroupMembership

        return MyGroupMembership.get(self._client, created.link)

    def remove(self, uri: str, group: AnyGroup) -> None:
        """Take the person ``uri`` out of ``group`` (its membership is deleted)."""
        from ucwa.resources.my_group_membership import MyGroupMembership
        from ucwa.resources.my_group_memberships import MyGroupMemberships

        members = {
            self._client.url_for(c.require_self_link())
            for c in self.members(group)
            if (c.uri or "").lower() == uri.lower()
        }
        if not members:
            raise RequestError(f"{uri} is not in group {group.name!r}")
        found = self._session.follow(
            "people",
            "myGroupMemberships",
            lambda link: MyGroupMemberships.get(self._client, link, group_id=group.id),
        )
        for membership in found.embedded.my_group_membership or []:
            contact = membership.links.contact
            if contact is not None and self._client.url_for(contact) in members:
                MyGroupMembership.delete(self._client, membership.require_self_link())
                return
        raise RequestError(f"the server lists no membership of {uri} in {group.name!r}")

    def _contacts(
        self, embedded: list[Contact] | None, links: list[Link[Contact]] | None
    ) -> list[Contact]:
        # Servers embed the contacts (capture 010) or only link them: each linked one is read.
        from ucwa.resources.contact import Contact

        if embedded:
            return list(embedded)
        return [Contact.get(self._client, link) for link in links or []]

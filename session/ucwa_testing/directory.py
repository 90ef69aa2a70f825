"""The bundled server's company directory: the people a search finds, as contact resources.

Each person is shown as the search pages show a contact (SearchForUsersContact.md,
search_ref.md): name, sip URI, e-mail, title, department, company, office and work phone, a
``sourceNetwork`` of ``SameEnterprise`` and ``type`` ``User``, with a self link and an etag.
"""

from __future__ import annotations

import zlib
from typing import Any

import attrs

from .resources import links

Json = dict[str, Any]


@attrs.frozen
class Person:
    name: str
    uri: str  # sip:user@domain
    title: str
    department: str
    phone: str

    @property
    def email(self) -> str:
        return self.uri.removeprefix("sip:")

    def matches(self, query: str) -> bool:
        """Whether a search for ``query`` finds this person: any word of the name begins
        with it, or the sip URI or e-mail address (with or without ``sip:``) begins with it."""
        wanted = query.strip().lower().removeprefix("sip:")
        words = [word.lower() for word in self.name.split()]
        return bool(wanted) and (
            any(word.startswith(wanted) for word in words)
            or self.name.lower().startswith(wanted)
            or self.email.lower().startswith(wanted)
        )


PEOPLE = (
    Person("Alice Anders", "sip:alice@contoso.com", "Engineer", "Engineering", "tel:+14255550101"),
    Person("Bob Baker", "sip:bob@contoso.com", "Operator", "Operations", "tel:+14255550102"),
    Person("Carol Cole", "sip:carol@contoso.com", "Designer", "Design", "tel:+14255550103"),
    Person("Carolyn Cruz", "sip:carolyn@contoso.com", "Manager", "Sales", "tel:+14255550104"),
    Person("Dana Diaz", "sip:dana@contoso.com", "Accountant", "Finance", "tel:+14255550105"),
    Person("Echo Contact", "sip:echo@contoso.com", "Test contact", "Engineering", "tel:+1425550"),
)
COMPANY = "Contoso"


def find(query: str) -> list[Person]:
    """The people a search for ``query`` finds, in directory order."""
    return [person for person in PEOPLE if person.matches(query)]


def person_at(key: str) -> Person | None:
    """The person whose contact href ends in ``key`` (the e-mail address)."""
    return next((person for person in PEOPLE if person.email == key), None)


def contact_href(base: str, person: Person) -> str:
    return f"{base}/people/{person.email}"


def contact(base: str, person: Person) -> Json:
    """A person as a contact resource, its href below the application at ``base``."""
    return {
        "uri": person.uri,
        "sourceNetwork": "SameEnterprise",
        "company": COMPANY,
        "department": person.department,
        "title": person.title,
        "emailAddresses": [person.email],
        "workPhoneNumber": person.phone,
        "type": "User",
        "name": person.name,
        "_links": links(self=contact_href(base, person)),
        "rel": "contact",
        "etag": str(zlib.crc32(person.uri.encode())),
    }


def search_result(self_href: str, base: str, found: list[Person], more: bool) -> Json:
    """A search resource holding ``found`` as embedded contacts."""
    return {
        "moreResultsAvailable": more,
        "_links": links(self=self_href),
        "_embedded": {"contact": [contact(base, person) for person in found]},
        "rel": "search",
    }

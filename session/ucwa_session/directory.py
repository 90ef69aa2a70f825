"""Directory search: people found by name, sip URI or e-mail, as typed contacts.

Reached through ``UcwaSession.search``; the search link is people's, followed as given
(SearchForUsersContact.md: application -> people -> search, with ``query`` and ``limit``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import attrs
from ucwa_runtime.errors import RequestError
from ucwa_runtime.model import Link

if TYPE_CHECKING:
    from ucwa.resources.contact import Contact

# search_ref.md: the server returns between 1 and 100 results.
SEARCH_LIMITS = range(1, 101)


@attrs.frozen
class SearchResults:
    """The contacts a search found, in the server's order; ``more`` when the server has
    more than the limit asked for. Iterating gives the contacts."""

    contacts: list[Contact]
    more: bool

    def __iter__(self) -> Iterator[Contact]:
        return iter(self.contacts)

    def __len__(self) -> int:
        return len(self.contacts)


def search_directory(
    client: Any,
    link: Link[Any],
    query: str | None,
    limit: int | None = None,
    mail: str | None = None,
) -> SearchResults:
    """GET the search link with ``query`` (a name, sip URI or e-mail address), ``mail`` (an
    e-mail address; search revision 2) and ``limit``.

    ``RequestError`` before anything is sent when neither ``query`` nor ``mail`` says what to
    look for, or for a limit outside 1-100.
    """
    from ucwa.resources.search import Search

    if not (query or "").strip() and not (mail or "").strip():
        raise RequestError("give something to search for (a name, sip URI or e-mail)")
    if limit is not None and limit not in SEARCH_LIMITS:
        raise RequestError(f"limit must be between 1 and 100, not {limit}")
    found = Search.get(client, link, query=query, limit=limit, mail=mail)
    return SearchResults(list(found.embedded.contact or []), bool(found.more_results_available))

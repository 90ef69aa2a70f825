"""Route of the directory search (people/search) over the server's directory (:mod:`.people`).

A person is found when a word of the name begins with the query, or the sip URI or e-mail
address does (with or without ``sip:``), case aside; found people come as the contacts
:mod:`.resources_people` builds, embedded in a search resource as SearchForUsersContact.md
shows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from . import resources_people as people_build
from .people import Person
from .resources import links
from .routing import Context, invalid, route
from .wire import Reply, json_reply

if TYPE_CHECKING:
    from .server import UcwaServer

# search_ref.md: limit is between 1 and 100. No page gives a default; the server returns at
# most the upper bound when none is asked for.
MIN_LIMIT, MAX_LIMIT = 1, 100


def matches(person: Person, query: str) -> bool:
    """Whether a search for ``query`` finds ``person`` (see the module documentation)."""
    wanted = query.strip().lower().removeprefix("sip:")
    words = person.name.lower().split()
    return bool(wanted) and (
        any(word.startswith(wanted) for word in words)
        or person.name.lower().startswith(wanted)
        or person.email.lower().startswith(wanted)
    )


def _limit(ctx: Context) -> int:
    given = ctx.request.query.get("limit")
    if given is None or given == "":
        return MAX_LIMIT
    try:
        limit = int(given)
    except ValueError:
        raise invalid("limit must be an integer") from None
    if not MIN_LIMIT <= limit <= MAX_LIMIT:
        raise invalid(f"limit must be between {MIN_LIMIT} and {MAX_LIMIT}")
    return limit


@route("GET", "{APP}/people/search")
def _search(server: UcwaServer, ctx: Context) -> Reply:
    # At most 256 characters each, which the definition saw to; query is required up to
    # revision 2, from which mail alone will do (search2_ref), so one of them must be there.
    query = ctx.request.query.get("query") or ctx.request.query.get("mail")
    if not query:
        raise invalid("a search needs query or mail")
    limit = _limit(ctx)
    found = [p for p in server.state.people.directory.values() if matches(p, query)]
    base = ctx.application.base
    body: dict[str, Any] = {
        "moreResultsAvailable": len(found) > limit,
        # As on the page, the self link repeats the query it answers.
        "_links": links(self=f"{base}/people/search?{urlencode(ctx.request.query)}"),
        "_embedded": {"contact": [people_build.contact(base, p) for p in found[:limit]]},
        "rel": "search",
    }
    return json_reply(200, body)

"""Routes of the directory: search (people/search) and the contacts it finds."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlencode

from . import directory
from .routing import Context, Refused, invalid, route
from .wire import Reply, json_reply

if TYPE_CHECKING:
    from .server import UcwaServer

# search_ref.md: limit is between 1 and 100. No page gives a default; the server returns at
# most the upper bound when none is asked for.
MIN_LIMIT, MAX_LIMIT = 1, 100


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
    # query is required and at most 256 characters: the definition saw to it.
    query = ctx.request.query.get("query") or ctx.request.query.get("mail") or ""
    limit = _limit(ctx)
    found = directory.find(query)
    base = ctx.application.base
    # As on the page, the self link repeats the query it answers.
    self_href = f"{base}/people/search?{urlencode(ctx.request.query)}"
    body = directory.search_result(self_href, base, found[:limit], len(found) > limit)
    return json_reply(200, body)


@route("GET", r"{APP}/people/(?P<contact>[^/]+@[^/]+)")
def _contact(server: UcwaServer, ctx: Context) -> Reply:
    person = directory.person_at(ctx.match["contact"])
    if person is None:
        raise Refused(404, "NotFound", "ResourceNotFound", "no such contact")
    return json_reply(200, directory.contact(ctx.application.base, person))

"""How the bundled server finds a handler: routes by method and path, and what handlers share.

A handler is registered with :func:`route`, gets a :class:`Context` (the request, the path's
match, and the account and application the token stands for), and answers with a
:class:`~.wire.Reply` or raises :class:`Refused` for a UCWA error.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs
from ucwa_runtime.datauri import DataUri
from ucwa_runtime.formats import XML_CONTENT_TYPES

from . import resources as build
from .state import Account, Application, Versioned
from .wire import Reply, Request, error_reply
from .xml_wire import read_input

if TYPE_CHECKING:
    from .server import UcwaServer

Json = dict[str, Any]
ROOT_PATH = "/Autodiscover/AutodiscoverService.svc/root"
USER_PATH = ROOT_PATH + "/oauth/user"
TOKEN_PATH = "/WebTicket/oauthtoken"
APPLICATIONS_PATH = "/ucwa/oauth/v1/applications"


class Refused(Exception):
    """Raised by a handler to answer with a UCWA error."""

    def __init__(self, status: int, code: str, subcode: str | None, message: str) -> None:
        super().__init__(message)
        self.reply = error_reply(status, code, subcode, message)

    def excused(self) -> Refused:
        """The same refusal, of a request that was fine when it came (see Reply.excused)."""
        self.reply = attrs.evolve(self.reply, excused=True)
        return self


def invalid(message: str) -> Refused:
    return Refused(400, "BadRequest", "ParameterValidationFailure", message)


@attrs.define
class Context:
    request: Request
    match: re.Match[str]
    account: Account | None = None
    app: Application | None = None

    @property
    def application(self) -> Application:
        assert self.app is not None  # app routes always have one
        return self.app


Handler = Callable[["UcwaServer", Context], Reply]


@attrs.frozen
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler
    access: str  # "anonymous", "user" (a valid token) or "app" (the token's own application)


ROUTES: list[Route] = []


def route(method: str, pattern: str, access: str = "app") -> Callable[[Handler], Handler]:
    app = r"/ucwa/oauth/v1/applications/(?P<app>\d+)"
    compiled = re.compile(pattern.replace("{APP}", app))

    def register(handler: Handler) -> Handler:
        ROUTES.append(Route(method, compiled, handler, access))
        return handler

    return register


def require_json(request: Request) -> Json:
    """The request's input: a JSON object, or an XML ``<input>`` read as one."""
    if request.media_type in XML_CONTENT_TYPES:
        try:
            return read_input(request.body)
        except ValueError as exc:
            raise Refused(400, "BadRequest", "DeserializationFailure", str(exc)) from None
    if request.media_type not in ("application/json", "application/vnd.microsoft.com.ucwa+json"):
        raise Refused(415, "UnsupportedMediaType", None, f"{request.media_type!r} is not JSON")
    try:
        data = request.json()
    except ValueError as exc:
        raise Refused(400, "BadRequest", "DeserializationFailure", str(exc)) from None
    if not isinstance(data, dict):
        raise Refused(400, "BadRequest", "DeserializationFailure", "a JSON object is expected")
    return data


def string_param(data: Json, name: str) -> str | None:
    """A string parameter of the input, or None when it is not given. Whether it must be
    given, and how long it may be, the definitions decide before the handler runs
    (protocol.refusal); what is left to check here is that it is a string."""
    value = data.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise invalid(f"{name} must be a string")
    return value


def message_link(data: Json) -> str | None:
    href = (data.get("_links") or {}).get("message", {}).get("href")
    if href is None:
        return None
    try:
        return DataUri.parse(href).text
    except ValueError:
        raise invalid("message must be a data: URI") from None


def created(href: str) -> Reply:
    return Reply(201, headers=(("Location", href),))


# -- what every versioned resource shares: ETags, conditional PUT, a new version's event --------


def etag_header(target: Versioned) -> tuple[tuple[str, str], ...]:
    return (("ETag", f'"{target.etag}"'),)


def check_put(ctx: Context, target: Versioned) -> Json:
    """The body of a PUT of ``target``, once it proves to be of the current version.

    Every PUT of UCWA is conditional (PayloadFormat.md): 428 without If-Match, 412 when it
    names another version; and it sends the resource back whole, the property with a random
    name included.
    """
    data = require_json(ctx.request)
    if_match = ctx.request.headers.get("If-Match")
    if if_match is None:
        raise Refused(428, "PreconditionRequired", None, "PUT needs If-Match")
    if if_match.strip().removeprefix("W/").strip('"') != str(target.etag):
        raise Refused(412, "PreconditionFailed", None, "the resource has changed")
    if data.get(target.secret) != build.PUT_NOTE:
        raise invalid("the body must send back every property the resource has")
    return data


def new_version(app: Application, target: Versioned, sender: str, rel: str | None = None) -> None:
    """``target`` changed: a new ETag, and an ``updated`` event of it from ``sender``, the
    application's resource it is (communication) or the one it is below as ``rel`` (me:
    presence, note, location)."""
    target.etag += 1
    sender_href = f"{app.base}/{sender}"
    href = sender_href if rel is None else f"{sender_href}/{rel}"
    app.add_event(sender, sender_href, build.event(rel or sender, href, "updated"))


def require_available(app: Application) -> None:
    """409 MakeMeAvailableRequired (as the definitions list it for publishing presence and
    reporting activity) until the application has made the user available."""
    if not app.available:
        raise Refused(409, "Conflict", "MakeMeAvailableRequired", "call makeMeAvailable first")

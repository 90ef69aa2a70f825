"""Carrying out an operation a definition describes: build the request, read the response.

Each generated operation method is a typed front for :func:`call` with its
:class:`OperationSpec`, so the rules (required parameters, maximum lengths, data: URIs sent
as links, which statuses mean what) live here once and are tested once.

Every resource module imports this one to declare its operations, so it imports the codecs
(and with them cattrs) only when an operation is carried out, and the transport (urllib3)
for type checkers only: importing resource classes loads neither.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast
from urllib.parse import parse_qsl, urlsplit

import attrs

from .by_fields import HashedByFields
from .datauri import DataUri
from .errors import ParseError, RequestError, UnexpectedResponse, UnrepresentableError
from .model import GenericResource, Link, Resource
from .registry import Registry

if TYPE_CHECKING:
    from .transport import Client, Response

R = TypeVar("R", bound=Resource)
T = TypeVar("T")


class Unset(enum.Enum):
    """The type of :data:`UNSET`."""

    UNSET = "UNSET"


UNSET = Unset.UNSET
"""The default of a nullable parameter: left out of the request. ``None`` given for such a
parameter is sent, as null, which a page that says "Nullable" accepts."""


@attrs.frozen(eq=False, repr=False)
class ParameterSpec(HashedByFields):
    """A query or body parameter of an operation.

    ``required`` is what the first revision of the resource says; ``required_by_revision``
    holds (revision, required) where a later revision says otherwise, from that revision on.
    """

    wire: str
    attr: str
    type: Any
    required: bool = False
    max_length: int | None = None
    as_link: bool = False
    nullable: bool = False
    required_by_revision: tuple[tuple[int, bool], ...] = ()

    def required_in(self, revision: int) -> bool:
        """Whether the parameter is required by ``revision`` of its resource."""
        required = self.required
        for since, value in sorted(self.required_by_revision):
            if revision >= since:
                required = value
        return required

    def absent(self, value: Any) -> bool:
        """Whether ``value`` leaves the parameter out (None does, unless it is nullable)."""
        return value is UNSET or (value is None and not self.nullable)


def link_revision(link: Link[Any]) -> int:
    """The revision of the resource a link leads to: its ``revision`` attribute (capture 024
    shows ``"startMessaging": {"href": ..., "revision": "2"}``), 1 without one."""
    value = link.attributes.get("revision")
    try:
        return max(1, int(value)) if value is not None else 1
    except (TypeError, ValueError):
        return 1


@attrs.frozen(eq=False, repr=False)
class OutcomeSpec(HashedByFields):
    """What a success status carries: a resource body, a Location of a created one, or nothing."""

    status: int
    body: str | None = None
    creates: str | None = None


@attrs.frozen(eq=False, repr=False)
class OperationSpec(HashedByFields, Generic[T]):
    """One operation as its definition describes it; ``T`` is what :func:`call` gives for it
    (a resource class, ``Created[...]``, ``None``, or a union of them), which generated code
    declares beside the outcomes it derives from the same definition."""

    method: str
    query: tuple[ParameterSpec, ...] = ()
    body: tuple[ParameterSpec, ...] = ()
    sends_resource: bool = False
    text_body: tuple[str, ...] = ()
    outcomes: tuple[OutcomeSpec, ...] = ()


@attrs.frozen(eq=False, repr=False)
class Created(HashedByFields, Generic[R]):
    """The answer to an operation that made a resource.

    Servers answer a 201 in every way: a Location header, the new resource as the body,
    both, or neither (a bare 201). ``location`` and ``resource`` hold what came; ``link``
    is where the new resource lives, whichever of the two said it.
    """

    location: Link[R] | None
    resource: R | None
    response: Response = attrs.field(repr=False)

    @property
    def link(self) -> Link[R]:
        """The Location header, else the body's self link; ParseError when neither came."""
        if self.location is not None:
            return self.location
        own = self.resource.self_link if self.resource is not None else None
        if own is None:
            raise ParseError.about(
                self.response,
                "201 Created with neither a Location header nor a body with a self link",
            )
        return own


def _check(param: ParameterSpec, value: Any) -> None:
    if param.max_length is not None and len(str(value)) > param.max_length:
        raise RequestError(
            f"{param.attr} is {len(str(value))} characters long; at most "
            f"{param.max_length} are allowed"
        )


def _missing(param: ParameterSpec, revision: int) -> RequestError:
    later = f" by revision {revision} of the resource" if param.required_by_revision else ""
    return RequestError(f"{param.attr} is required{later}")


def build_input(
    op: OperationSpec[Any], arguments: Mapping[str, Any], revision: int = 1
) -> tuple[dict[str, Any], dict[str, str]]:
    """An operation's body parameters, before a codec spells them: (properties, link hrefs).

    Parameters marked ``as_link`` travel as links (JSON ``_links``, XML ``<link>``); plain
    text given for a ``data:`` URI parameter becomes one. ``revision`` is the resource's
    (see :func:`link_revision`): it decides which parameters are required. None given for a
    nullable parameter is sent as null.
    """
    properties: dict[str, Any] = {}
    links: dict[str, str] = {}
    for param in op.body:
        value = arguments.get(param.attr, UNSET)
        if param.absent(value):
            if param.required_in(revision):
                raise _missing(param, revision)
            continue
        if value is None:
            properties[param.wire] = None
            continue
        _check(param, value)
        if isinstance(value, str) and param.as_link and param.type is DataUri:
            value = DataUri.from_text(value)
        if param.as_link:
            links[param.wire] = str(value)
        else:
            properties[param.wire] = value
    return properties, links


def build_query(
    op: OperationSpec[Any], arguments: Mapping[str, Any], revision: int = 1
) -> dict[str, str]:
    """An operation's query parameters as strings (a query has no spelling of null)."""
    from . import codec_json  # see the module's docstring

    query: dict[str, str] = {}
    for param in op.query:
        value = arguments.get(param.attr, UNSET)
        if value is None or value is UNSET:
            if param.required_in(revision):
                raise _missing(param, revision)
            continue
        _check(param, value)
        wire = codec_json.CONVERTER.unstructure(value)
        query[param.wire] = wire if isinstance(wire, str) else json.dumps(wire)
    return query


def _beside_href(query: dict[str, str], link: Link[Any]) -> dict[str, str]:
    """The query without what the link's href carries already.

    A server puts some parameters in its links (subscribeToGroupPresence's groupId); a caller
    giving the same value does not send it twice, and another value is refused: the server's
    must be kept as written (QueryParameters.md).
    """
    if not query:
        return query  # nothing to compare: the href is not even read
    carried = dict(parse_qsl(urlsplit(link.href).query))
    for name, value in query.items():
        if carried.get(name, value) != value:
            raise RequestError(
                f"the link already carries {name}={carried[name]!r}; it cannot be changed"
            )
    return {name: value for name, value in query.items() if name not in carried}


def parse_response(
    response: Response, registry: Registry, cls: type[Resource] | None = None
) -> Resource:
    """Read a response body (JSON or XML) as a resource, typed by ``cls`` or else by its rel
    in ``registry``; one that cannot be read raises ParseError."""
    from . import formats  # see the module's docstring

    try:
        codec = formats.codec_for(response.content_type)
    except formats.UnsupportedContentType:
        raise ParseError.about(
            response, f"cannot read a {response.content_type or 'untyped'} body as a resource"
        ) from None
    try:
        resource = codec.loads(response.body, registry.resources, cls, base_url=response.url)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        kind = "XML" if formats.is_xml(response.content_type) else "JSON"
        raise ParseError.about(response, f"unreadable {kind} resource: {exc}") from exc
    # The copy's version, for the If-Match of a later PUT of this very copy.
    resource.response_etag = response.headers.get("ETag") or None
    return resource


def read_link(client: Client, link: Link[R]) -> R:
    """GET the resource ``link`` leads to, read as the class of its ``target`` rel when the
    link has one (an answer of another rel raises ParseError), else by the answer's rel."""
    cls = client.registry.resources.get(link.target) if link.target is not None else None
    resource = parse_response(client.request("GET", link), client.registry, cls)
    # A link without a target promises no class: its R is Any, or the caller's to keep.
    return cast(R, resource)


def _encode(write: Callable[..., bytes], *args: Any) -> bytes:
    try:
        return write(*args)
    except UnrepresentableError as exc:
        # Nothing has been sent: the caller's resource cannot travel in the chosen format.
        raise RequestError(str(exc)) from exc


def _created(outcome: OutcomeSpec, response: Response, registry: Registry) -> Created[Any]:
    """A 201 as it came: its Location, and its body read as the resource the definition
    names (``body``, else ``creates``). A body of a 201 that names no resource is left in
    ``response``: makeMeAvailable's queued operations are no UCWA resource."""
    location = response.headers.get("Location")
    link: Link[Any] | None = Link(href=location, base_url=response.url) if location else None
    rel = outcome.body or outcome.creates
    resource = None
    if rel is not None and response.body.strip():
        resource = parse_response(response, registry, registry.resources.get(rel))
    return Created(location=link, resource=resource, response=response)


def call(
    client: Client,
    op: OperationSpec[T],
    link: Link[Any],
    arguments: Mapping[str, Any],
    resource: Resource | None = None,
    text: tuple[str, str] | None = None,
) -> T:
    """Send the operation to ``link`` and turn its response into what the definition promises.

    ``text`` is (message, media type) for an operation whose body is message text.
    """
    # The outcomes say which of T's members each status gives (see OperationSpec).
    return cast(T, _carry_out(client, op, link, arguments, resource, text))


def _carry_out(
    client: Client,
    op: OperationSpec[Any],
    link: Link[Any],
    arguments: Mapping[str, Any],
    resource: Resource | None,
    text: tuple[str, str] | None,
) -> Any:
    from . import formats  # see the module's docstring

    revision = link_revision(link)
    query = _beside_href(build_query(op, arguments, revision), link)
    codec = formats.codec_for(client.content_type)
    body: bytes | None = None
    content_type: str | None = None
    headers: dict[str, str] = {}
    if op.text_body:
        if text is None:
            raise RequestError(f"{op.method} sends message text; none was given")
        message, media_type = text
        if media_type not in op.text_body:
            raise RequestError(f"media type {media_type!r} is not one of {', '.join(op.text_body)}")
        body = message.encode("utf-8")
        content_type = f"{media_type}; charset=utf-8"
    elif op.sends_resource:
        if resource is None:
            raise RequestError(f"{op.method} sends a resource; none was given")
        body = _encode(codec.dumps, resource)
        content_type = client.content_type
        if op.method == "PUT" and resource.if_match is not None:
            headers["If-Match"] = resource.if_match  # UCWA refuses a PUT without it (428)
    elif op.body:
        body = _encode(codec.dumps_input, *build_input(op, arguments, revision))
        content_type = client.content_type
    response = client.request(
        op.method, link, query=query, body=body, content_type=content_type, headers=headers
    )
    for outcome in op.outcomes:
        if outcome.status != response.status:
            continue
        if outcome.creates is not None or (outcome.status == 201 and outcome.body is None):
            return _created(outcome, response, client.registry)
        if outcome.body is not None:
            return parse_response(
                response, client.registry, client.registry.resources.get(outcome.body)
            )
        if response.body.strip():
            # A body the definition does not type (OPTIONS metadata, say): kept, untyped.
            if op.method == "OPTIONS" and formats.is_xml(response.content_type):
                # Imported here, as the XML codec is: `import ucwa` stays cheap (formats).
                from . import options

                return options.parse_xml(response)  # no <resource>: a .NET serialisation
            return parse_response(response, client.registry, GenericResource)
        return None
    raise UnexpectedResponse.about(
        response, f"{op.method} answered {response.status}, which its definition does not list"
    )

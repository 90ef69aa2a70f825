"""What the event channel delivers, and how one P-GET answer is read into it.

An events response names its senders, each with its events in order; every event has a
link (what it is about) and may embed the resource. :func:`parse_events` turns a response into
:class:`Event` objects and the response's links (``next``, ``resume``, ``resync``);
:class:`ChannelNotice` is what the channel says about itself. The channel, which follows
those links, is :class:`~.events.EventChannel`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

import attrs

from . import codec_json, formats
from .by_fields import HashedByFields
from .errors import ParseError, UcwaError
from .model import Link, Resource
from .registry import Registry
from .transport import Client, Response

if TYPE_CHECKING:
    from .error_mapping import ErrorTable

NoticeKind = Literal["resync", "resume", "replaced", "application_recreated", "stopped", "overflow"]


@attrs.frozen(eq=False, repr=False)
class EventLink:
    """A link in an event (sender, target or ``in``): rel, href as given, and absolute URL.

    An events response names a resource per event, most of them new (a message, a
    participant), and a listener often needs only the rel and the type: so :func:`parse_events`
    gives as ``url`` the function that resolves an href of its response (against the
    response's URL, each href once), called when ``url`` is first read. Whether an href can
    be resolved is known at parse: one that cannot is refused with its response. Links are
    equal when their rel, href and URL are (attributes aside).
    """

    rel: str
    href: str
    _url: str | Callable[[str], str] = attrs.field(alias="url")
    attributes: dict[str, Any] = attrs.field(factory=dict, eq=False)  # as __eq__ says

    @property
    def url(self) -> str:
        """The href resolved against the URL of the response that carried it."""
        url = self._url
        if not isinstance(url, str):
            url = url(self.href)
            object.__setattr__(self, "_url", url)  # resolved once; equal however given
        return url

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EventLink):
            return NotImplemented
        return (self.rel, self.href, self.url) == (other.rel, other.href, other.url)

    def __hash__(self) -> int:
        return hash((self.rel, self.href, self.url))

    def __repr__(self) -> str:
        return (
            f"EventLink(rel={self.rel!r}, href={self.href!r}, url={self.url!r}, "
            f"attributes={self.attributes!r})"
        )

    def __reduce__(self) -> tuple[type[EventLink], tuple[str, str, str, dict[str, Any]]]:
        # A copy or a pickle holds the URL, not the resolver (which holds the client, its
        # pool and locks: neither copyable nor picklable, nor anything a copy should keep).
        return EventLink, (self.rel, self.href, self.url, self.attributes)


@attrs.frozen(eq=False, repr=False)
class Reason(HashedByFields):
    """Why an operation failed or the server changed something: UCWA's error structure.

    ``code`` and ``subcode`` are values of the error enumerations the client's registry holds
    (a generated package's ``ErrorCode`` / ``ErrorSubcode``: open enumerations, so an unknown
    value is kept), or plain strings without one.
    """

    code: Any
    subcode: Any
    message: str | None
    raw: dict[str, Any] = attrs.field(factory=dict, eq=False, repr=False)

    @classmethod
    def from_json(cls, data: dict[str, Any], errors: ErrorTable) -> Reason:
        code, subcode, message = data.get("code"), data.get("subcode"), data.get("message")
        return cls(
            errors.code(code) if isinstance(code, str) else None,
            errors.subcode(subcode) if isinstance(subcode, str) else None,
            message if isinstance(message, str) else None,
            data,
        )


def _built(value: Resource | Callable[[], Resource] | None) -> Resource | None:
    return value() if callable(value) else value


@attrs.frozen(eq=False, repr=False)
class Event(HashedByFields):
    """One event: who sent it, what it is about, and the resource when the server embedded it.

    ``type`` is added/updated/deleted (resources) or started/updated/completed (operations);
    ``status`` (Success/Failure) and ``reason`` come with completed operations. The embedded
    resource is checked when the response is read and built when ``resource`` is first read
    (a listener often needs only the type and the link).
    """

    type: str
    sender: EventLink
    link: EventLink
    _resource: Resource | Callable[[], Resource] | None = attrs.field(
        default=None,
        alias="resource",
        eq=attrs.cmp_using(eq=lambda a, b: _built(a) == _built(b), require_same_type=False),
        # Left out of the hash: a resource is unhashable (and a compared-through field's
        # wrapper too), which would leave every event unhashable, even one without a resource.
        hash=False,
        repr=lambda value: repr(_built(value)),
    )
    status: str | None = None
    reason: Reason | None = None
    in_: EventLink | None = None
    raw: dict[str, Any] = attrs.field(factory=dict, eq=False, repr=False)

    @property
    def resource(self) -> Resource | None:
        """The resource the server embedded in the event, if it did."""
        value = self._resource
        if callable(value):
            value = value()
            object.__setattr__(self, "_resource", value)  # built once; equal however built
        return value

    @property
    def operation_id(self) -> str | None:
        """The operationId of the embedded operation resource, if it carries one."""
        if self.resource is None:
            return None
        value = getattr(self.resource, "operation_id", None)
        if value is None:
            value = self.resource.extra_properties.get("operationId")
        return value if isinstance(value, str) else None


@attrs.frozen(eq=False, repr=False)
class ChannelNotice(HashedByFields):
    """Something the user should know about the channel itself (not a resource event).

    ``overflow`` is read from :meth:`~.events.EventChannel.items` (never given to listeners)
    where the channel's buffer dropped ``dropped`` items, the oldest, because nobody read them.
    """

    kind: NoticeKind
    detail: str = ""
    dropped: int = 0


Item = Event | ChannelNotice


class ChannelStopped(UcwaError):
    """The event channel stopped; ``notice`` says why."""

    def __init__(self, notice: ChannelNotice) -> None:
        super().__init__(f"event channel stopped: {notice.kind} {notice.detail}".strip())
        self.notice = notice


class _Resolver:
    """``client.url_for`` of the hrefs of one events response, each href resolved once.

    Every link of a response resolves against the response's URL, and its events name the
    same few resources over and over (the sender, the conversation they happen ``in``); the
    answers are kept for the one response only, so the memo is no larger than the body.
    """

    def __init__(self, client: Client, base_url: str) -> None:
        self.client = client
        self.base_url = base_url
        self.urls: dict[str, str] = {}
        self.readable: set[str] = set()

    def __call__(self, href: str) -> str:
        url = self.urls.get(href)
        if url is None:
            url = self.urls[href] = self.client.url_for(Link(href=href, base_url=self.base_url))
        return url

    def later(self, href: str) -> Callable[[str], str]:
        """This resolver, to resolve ``href`` when first asked (see :class:`EventLink`).

        urljoin fails (ValueError) only where reading the href with urlsplit, as it does,
        fails: that reading is done now, so a link that cannot be resolved fails the
        response it came in, never a later reader of ``url``.
        """
        if href not in self.readable:
            urlsplit(href)
            self.readable.add(href)
        return self


def _event_link(data: Any, resolve: _Resolver) -> EventLink | None:
    if not isinstance(data, dict):
        return None
    href = data.get("href")
    if not isinstance(href, str):
        return None
    rel = data.get("rel")
    # A sender block also holds its events; they are not attributes of the link.
    attributes = (
        {k: v for k, v in data.items() if k not in ("rel", "href", "events")}
        if len(data) > 2 or rel is None
        else {}  # most links: rel and href alone
    )
    return EventLink(rel if isinstance(rel, str) else "", href, resolve.later(href), attributes)


def parse_events(response: Response, client: Client) -> tuple[list[Event], dict[str, str]]:
    """The events of a P-GET response, in order, and its links (rel -> absolute URL).

    The body is read as XML when its Content-Type says so (EventChannelDetails.md shows an
    ``<events>`` document), else as JSON.
    """
    resolve = _Resolver(client, response.url)
    try:
        if formats.is_xml(response.content_type):
            return _xml_events(response.body, resolve, client.registry)
        return _json_events(response.body, resolve, client.registry)
    # RecursionError: JSON or embedded resources nested past the interpreter's stack;
    # OverflowError: numbers (dates, timespans) beyond what Python's types hold.
    except (ValueError, TypeError, AttributeError, RecursionError, OverflowError) as exc:
        raise ParseError.about(response, f"unreadable events response: {exc}") from exc


def _json_events(
    body: bytes, resolve: _Resolver, registry: Registry
) -> tuple[list[Event], dict[str, str]]:
    data = codec_json.decode(body)
    if not isinstance(data, dict):
        raise ValueError("an events response is a JSON object")
    links = {
        rel: resolve(value["href"])
        for rel, value in (data.get("_links") or {}).items()
        if isinstance(value, dict) and isinstance(value.get("href"), str)
    }
    events: list[Event] = []
    for sender_data in data.get("sender") or []:
        sender = _event_link(sender_data, resolve)
        if sender is None:
            raise ValueError("an event sender has no href")
        for item in sender_data.get("events") or []:
            events.append(_event(item, sender, resolve, registry))
    return events, links


_ABSENT = object()


def _event(item: Any, sender: EventLink, resolve: _Resolver, registry: Registry) -> Event:
    if not isinstance(item, dict) or not isinstance(item.get("type"), str):
        raise ValueError("an event needs a type")
    link = _event_link(item.get("link"), resolve)
    if link is None:
        raise ValueError("an event needs a link with an href")
    resource: Callable[[], Resource] | None = None
    embedded = item.get("_embedded")
    if isinstance(embedded, dict) and embedded:
        # The embedded resource sits under the link's rel (localParticipant...), typed by
        # its own rel property.
        body = embedded.get(link.rel, _ABSENT)
        if body is _ABSENT:
            body = next(iter(embedded.values()))
        resource = codec_json.structure_later(
            body,
            registry.resources.get(body.get("rel")) or _generic(),
            registry.resources,
            resolve.base_url,
        )
    reason = item.get("reason")
    status = item.get("status")
    return Event(
        type=item["type"],
        sender=sender,
        link=link,
        resource=resource,
        status=status if isinstance(status, str) else None,
        reason=Reason.from_json(reason, registry.errors) if isinstance(reason, dict) else None,
        in_=_event_link(item.get("in"), resolve),
        raw=item,
    )


# --- XML (EventChannelDetails.md): <events> holds <link>s and <sender>s; a sender holds one
# element per event, named by its type (<added rel=... href=...>), embedding any <resource>.


def _xml_events(
    body: bytes, resolve: _Resolver, registry: Registry
) -> tuple[list[Event], dict[str, str]]:
    from . import codec_xml  # only once an XML body comes (see formats)

    root = codec_xml.parse_document(body)
    if _local(root) != "events":
        raise ValueError(f"an XML events response is an <events> element, not <{_local(root)}>")
    links: dict[str, str] = {}
    events: list[Event] = []
    for child in root:
        kind = _local(child)
        if kind == "link" and child.get("rel") and child.get("href") is not None:
            links[str(child.get("rel"))] = resolve(str(child.get("href")))
        elif kind == "sender":
            sender = _xml_link(child, resolve)
            if sender is None:
                raise ValueError("an event sender has no href")
            events.extend(_xml_event(item, sender, resolve, registry) for item in child)
    return events, links


def _xml_event(element: Any, sender: EventLink, resolve: _Resolver, registry: Registry) -> Event:
    from . import codec_xml

    link = _xml_link(element, resolve)
    if link is None:
        raise ValueError(f"an event <{_local(element)}> needs an href")
    resource = in_ = reason = None
    for child in element:
        kind = _local(child)
        if kind == "resource":
            resource = codec_xml.read_resource(
                child,
                registry.resources,
                None,
                resolve.base_url,
                f"/events/sender/{_local(element)}",
            )
        elif kind == "in":
            in_ = _xml_link(child, resolve)
        elif kind == "reason":
            reason = Reason.from_json(_reason_fields(child), registry.errors)
    status = element.get("status")
    return Event(
        type=_local(element),
        sender=sender,
        link=link,
        resource=resource,
        status=status,
        reason=reason,
        in_=in_,
        raw=dict(element.attrib),
    )


def _xml_link(element: Any, resolve: _Resolver) -> EventLink | None:
    href = element.get("href")
    if href is None:
        return None
    attributes = {k: v for k, v in element.attrib.items() if k not in ("rel", "href")}
    return EventLink(element.get("rel") or "", href, resolve.later(href), attributes)


def _reason_fields(element: Any) -> dict[str, Any]:
    # <reason><code>..</code>..</reason>, or <property name="code">, as error bodies write it.
    fields: dict[str, Any] = {}
    for child in element:
        name = child.get("name") if _local(child) == "property" else _local(child)
        if name and not len(child):
            fields[name] = child.text or ""
    return fields


def _local(element: Any) -> str:
    # The element's name without the UCWA namespace.
    return str(element.tag).rpartition("}")[2]


def _generic() -> type[Resource]:
    from .model import GenericResource

    return GenericResource

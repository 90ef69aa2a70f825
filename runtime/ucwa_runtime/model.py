"""The shapes every generated resource shares: links, open enumerations, resource specs.

A generated resource class declares *what* it holds (a :class:`ResourceSpec`); the codecs in
this package decide *how* it travels. Nothing here knows a particular UCWA resource.
"""

from __future__ import annotations

import contextlib
import enum
import sys
import typing
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

import attrs

from .by_fields import ComparedByFields, HashedByFields
from .errors import RequestError

if TYPE_CHECKING:
    from .properties import PropertyReader, PropertyWriter

R = TypeVar("R", bound="Resource")


class OpenEnum(enum.StrEnum):
    """A string enumeration that keeps values it does not know.

    UCWA servers add values over time; a client that rejected them would break on the next
    server update. ``Direction("Sideways")`` gives a member-like value that compares equal to
    its string, serialises back unchanged and reports ``known`` as false.
    """

    @classmethod
    def _missing_(cls, value: object) -> OpenEnum | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def known(self) -> bool:
        """True when the value is one the definitions list."""
        return type(self)._value2member_map_.get(self._value_) is self


@attrs.define(kw_only=True, eq=False, repr=False)
class Link(ComparedByFields, Generic[R]):
    """A hypermedia link as the server gave it.

    ``href`` is followed exactly as given (relative hrefs against ``base_url``, the URL of the
    response the link came from). Attributes other than ``href`` (``revision``, ``title``...)
    are kept in ``attributes`` and sent back unchanged. ``target`` is the rel of the resource
    the definitions say the link leads to (set when a codec places a defined link, and for a
    resource's self link): a generated client's ``get(link)`` reads the answer as that class.
    """

    href: str
    attributes: dict[str, Any] = attrs.field(factory=dict)
    base_url: str | None = attrs.field(default=None, eq=False, repr=False)
    target: str | None = attrs.field(default=None, eq=False, repr=False)


Fill = Callable[[], dict[str, Any]]
"""What a section read later gives when first touched: each of its fields' values by name."""


class _Deferred:
    """A links or embedded section whose fields are worked out when one is first read.

    A payload carries many links and embedded resources that a caller never looks at; a
    codec hands the section over with :meth:`later` and the class's own ``__init__`` fills
    it from ``fill()`` on first access to any field (equality, repr and attrs' helpers read
    the fields, so they see it filled). Fields the caller set before that are kept.
    """

    __slots__ = ()
    _fill: Fill | None

    @classmethod
    def later(cls, fill: Fill) -> Any:
        section = cls.__new__(cls)
        object.__setattr__(section, "_fill", fill)
        return section

    if not TYPE_CHECKING:  # hidden from mypy, which would otherwise type every name as Any

        def __getattr__(self, name: str) -> Any:
            fill = object.__getattribute__(self, "_fill") if name != "_fill" else None
            if fill is None:
                raise AttributeError(name)
            values = fill()
            for field in attrs.fields(type(self)):
                if not field.init:
                    continue
                # A field set by the caller before the section was filled wins.
                with contextlib.suppress(AttributeError):
                    values[field.alias] = object.__getattribute__(self, field.name)
            self.__init__(**values)
            return object.__getattribute__(self, name)


@attrs.define(kw_only=True, eq=False, repr=False)
class Links(ComparedByFields, _Deferred):
    """Base of each resource's generated ``...Links`` class.

    ``extra`` keeps the links the definitions do not name (and any whose shape disagrees
    with the defined cardinality), so that nothing the server sent is lost.
    """

    extra: dict[str, Link[Any] | list[Link[Any]]] = attrs.field(factory=dict)
    _fill: Fill | None = attrs.field(default=None, init=False, eq=False, repr=False)


@attrs.define(kw_only=True, eq=False, repr=False)
class Embedded(ComparedByFields, _Deferred):
    """Base of each resource's generated ``...Embedded`` class.

    ``extra`` keeps embedded resources the definitions do not type (and any whose shape
    disagrees with the defined cardinality): from JSON as the raw JSON value, from XML as
    :class:`GenericResource` objects (XML has no raw form worth keeping). Each codec writes
    both kinds.
    """

    extra: dict[str, Any] = attrs.field(factory=dict)
    _fill: Fill | None = attrs.field(default=None, init=False, eq=False, repr=False)


@attrs.define(eq=False, repr=False)
class WireShape(ComparedByFields):
    """How a resource was spelled when it arrived, so that it goes back the same way.

    ``property_order``: the order its properties came in (``rel`` included);
    ``explicit_nulls``: the defined properties sent as null (``None`` otherwise means absent);
    ``rel_omitted``: a typed resource that came without its ``rel``; ``empty_sections``:
    ``_links`` / ``_embedded`` sent empty; ``embedded_order``: the order of the embedded
    resources' names (XML keeps nested ``<resource>`` elements in document order). The two
    orders do not take part in equality. A resource the caller made has :data:`MADE_HERE`.
    """

    property_order: tuple[str, ...] = attrs.field(default=(), eq=False)
    explicit_nulls: frozenset[str] = frozenset()
    rel_omitted: bool = False
    empty_sections: frozenset[str] = frozenset()
    embedded_order: tuple[str, ...] = attrs.field(default=(), eq=False)


MADE_HERE = WireShape()


@attrs.frozen(eq=False, repr=False)
class PropertySpec(HashedByFields):
    """One defined property: its wire name, attribute name and Python type.

    ``as_link``: the server sends the value as the href of a link named ``wire``
    (``_links.NAME.href``, ``<link rel="NAME" href=...>``), as UCWA does with the ``data:``
    URIs of message text; the codecs read it from there and write it back there.
    """

    wire: str
    attr: str
    type: Any
    as_link: bool = False


@attrs.frozen(eq=False, repr=False)
class LinkSpec(HashedByFields):
    """One defined link or embedded resource: wire name, attribute, cardinality, target rel."""

    wire: str
    attr: str
    many: bool = False
    target: str | None = None


@attrs.frozen(eq=False, repr=False)
class ResourceSpec(HashedByFields):
    """What a resource holds, as the definitions say; read by the codecs.

    Generated classes do not write it out: :class:`Resource`'s ``SPEC`` works it out from
    the class's attrs fields, each of which carries its wire name (and, for links and
    embedded resources, the rel of their target) in its metadata.
    """

    rel: str | None
    links_class: type[Links]
    embedded_class: type[Embedded]
    properties: tuple[PropertySpec, ...] = ()
    links: tuple[LinkSpec, ...] = ()
    embedded: tuple[LinkSpec, ...] = ()


class _DerivedSpec:
    """``Resource.SPEC``: the class's :class:`ResourceSpec`, worked out on first use."""

    def __get__(self, instance: object, owner: type[Resource]) -> ResourceSpec:
        found = _SPECS.get(owner)
        if found is None:
            found = _SPECS[owner] = spec_of(owner)
        return found


_SPECS: dict[type, ResourceSpec] = {}


def spec_of(cls: type[Resource]) -> ResourceSpec:
    """What ``cls`` holds, read from its attrs fields: a property is a field whose metadata
    names its ``wire`` name (``as_link`` when it travels as a link's href); the links and
    embedded resources are the fields of its ``links``/``embedded`` classes (the defaults of
    those fields), each with its ``wire`` name and its ``target`` rel."""
    fields = attrs.fields(cls)
    links_class: type[Links] = fields.links.default.factory
    embedded_class: type[Embedded] = fields.embedded.default.factory
    return ResourceSpec(
        rel=cls.REL,
        links_class=links_class,
        embedded_class=embedded_class,
        properties=tuple(
            PropertySpec(
                field.metadata["wire"],
                field.name,
                _without_none(_declared_type(cls, field)),
                as_link=field.metadata.get("as_link", False),
            )
            for field in fields
            if "wire" in field.metadata
        ),
        links=_relations(links_class),
        embedded=_relations(embedded_class),
    )


def _declared_type(cls: type[Resource], field: attrs.Attribute[Any]) -> Any:
    """The type a field's annotation names. Annotations are strings (postponed evaluation);
    this one is evaluated where it was written, as typing.get_type_hints does, but alone:
    get_type_hints evaluates every annotation of the class and of its bases, most of what
    reading the first payload of a class cost."""
    if not isinstance(field.type, str):
        return field.type
    owner = next(k for k in cls.__mro__ if field.name in vars(k).get("__annotations__", {}))
    return eval(field.type, vars(sys.modules[owner.__module__]), dict(vars(owner)))


def _without_none(kind: Any) -> Any:
    # ``X | None`` -> X: None is how a resource says the property is absent.
    kinds = [k for k in typing.get_args(kind) if k is not type(None)]
    return kinds[0] if len(kinds) == 1 and type(None) in typing.get_args(kind) else kind


def _relations(section: type[Links] | type[Embedded]) -> tuple[LinkSpec, ...]:
    # A field annotated ``list[...] | None`` holds many; its target's class is imported for
    # type checkers only, so the annotation is read as the text it is.
    return tuple(
        LinkSpec(
            field.metadata["wire"],
            field.name,
            many=str(field.type).startswith("list["),
            target=field.metadata.get("target"),
        )
        for field in attrs.fields(section)
        if "wire" in field.metadata
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Resource(ComparedByFields):
    """Base of every generated resource class.

    ``extra_properties`` keeps properties the definitions do not know, in the order the
    server sent them, and values that did not fit their defined type; both are sent back
    unchanged, since UCWA's PUT rejects a body that drops them. How the resource was spelled
    on the wire (the order of its members, explicit nulls, empty sections) is kept privately
    (:class:`WireShape`), so that a document read and written again differs only where the
    caller changed it.
    """

    REL: ClassVar[str | None] = None
    """The rel of the resource class (None for GenericResource, which takes any)."""
    SPEC = _DerivedSpec()

    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)
    extra_properties: dict[str, Any] = attrs.field(factory=dict)
    response_etag: str | None = attrs.field(default=None, eq=False, repr=False)
    """The ETag header of the response this copy came from (a PUT of it sends it back)."""
    _wire: WireShape = attrs.field(default=MADE_HERE, init=False, repr=False)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        """Read a payload's properties into ``read``. Each generated class reads its own;
        a class that defines none (GenericResource) keeps them all as sent."""
        for key, value in properties:
            read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        """Give ``write`` each defined property; generated for each class that has some."""

    @property
    def if_match(self) -> str | None:
        """The If-Match a PUT of this copy sends: the ETag of the response it came from, else
        its ``etag`` property (embedded copies have no response of their own); None when
        neither is known.

        It is this copy's own version, never a newer one: a PUT of a copy read before
        someone else changed the resource must fail (412) rather than undo their change.
        """
        etag = self.response_etag or self.extra_properties.get("etag")
        if not isinstance(etag, str) or not etag:
            return None
        # A header value is a quoted string; the etag property comes without quotes.
        return etag if etag.startswith(('"', 'W/"')) else f'"{etag}"'

    @property
    def self_link(self) -> Link[Any] | None:
        """The resource's own link (``_links.self``), if the server sent one."""
        link = self.links.extra.get("self")
        return link if isinstance(link, Link) else None

    def find_link(self, rel: str) -> Link[Any] | list[Link[Any]] | None:
        """The link(s) with ``rel``, whether the definitions type that rel or not.

        Runtime code that follows rels (discovery, the session) works the same on a typed
        resource and on a GenericResource through this.
        """
        for spec in self.SPEC.links:
            if spec.wire == rel:
                value: Link[Any] | list[Link[Any]] | None = getattr(self.links, spec.attr)
                if value is not None:
                    return value
        return self.links.extra.get(rel)

    def find_embedded(self, rel: str) -> Any:
        """The resource(s) embedded as ``rel``: typed when defined, else as the codec kept
        them (a GenericResource from XML, the raw JSON object from JSON), or None."""
        for spec in self.SPEC.embedded:
            if spec.wire == rel:
                value = getattr(self.embedded, spec.attr)
                if value is not None:
                    return value
        return self.embedded.extra.get(rel)

    def require_self_link(self) -> Link[Any]:
        """The self link, or RequestError when the resource has none to send a request to."""
        link = self.self_link
        if link is None:
            raise RequestError(f"this {type(self).__name__} has no self link; pass a link")
        return link


@attrs.define(kw_only=True, eq=False, repr=False)
class GenericResource(Resource):
    """A resource whose rel the definitions do not know: everything lands in the extras.

    Its ``rel`` (when sent) stays in ``extra_properties``, so it serialises back as received.
    """

    @property
    def rel(self) -> str | None:
        value = self.extra_properties.get("rel")
        return value if isinstance(value, str) else None


def wire_shape(resource: Resource) -> WireShape:
    """How ``resource`` was spelled when it arrived (:data:`MADE_HERE` when made here)."""
    return resource._wire


def arrived_as(resource: R, shape: WireShape) -> R:
    """``resource``, recorded as having arrived spelled as ``shape`` (codecs call this)."""
    resource._wire = shape
    return resource

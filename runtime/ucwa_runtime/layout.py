"""Where each member of a resource goes, whatever the wire format: the rules, once.

JSON and XML spell a resource differently but sort its members the same way: a property the
definitions name goes to its typed attribute (or, when its value does not fit, stays raw in
``extra_properties``); a link goes to its attribute when its shape matches the defined
cardinality, else to ``links.extra``; a link that carries a property's value (``as: link`` in
the definitions: message text as a ``data:`` URI) goes to that property; an embedded resource
is typed when the definitions name its target and its shape matches, else kept in
``embedded.extra``; ``rel`` is checked against the class.

A codec reads its format into the same three parts, the properties as (name, value) pairs
in order, the links as ``{rel: {"href": ..., attribute: ...}}`` (a list for several) and the
embedded resources by name, and calls :func:`build` with a :class:`Format`, the small
interface it implements once: how its values are spelled (a hook per property type), how it
reads one embedded resource and how it keeps one it cannot type. To write, it walks
:func:`properties_out`, :func:`links_out` and :func:`embedded_out`.

Links, and the embedded resources of a format that can check them cheaply first (JSON), are
placed when the resource's ``links``/``embedded`` is first read (``Links.later``): a payload
carries many a caller never looks at. Everything that could make the payload unreadable is
checked while it is read, so a bad response still fails where the response is at hand.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import partial
from typing import Any, Protocol

import attrs
from cattrs.errors import BaseValidationError

from .by_fields import HashedByFields
from .model import (
    Link,
    LinkSpec,
    PropertySpec,
    Resource,
    ResourceSpec,
    WireShape,
    arrived_as,
    wire_shape,
)

ClassesByRel = typing.Mapping[str, type[Resource]]

MISFITS = (TypeError, ValueError, BaseValidationError)
"""What a property hook raises for a value that does not fit its type (cattrs reports a bad
list item as an exception group, not the item's own TypeError)."""

SECTIONS = ("_links", "_embedded")


class ShapeError(ValueError):
    """A payload that is not shaped like a UCWA resource (the caller adds the response)."""


@attrs.frozen(eq=False, repr=False)
class PropertyHook(HashedByFields):
    """One defined property as one format reads it: attribute, list or not, and the
    function that turns the format's value into the typed one (raising one of MISFITS)."""

    attr: str
    array: bool
    structure: Callable[[Any], Any]


class ClassPlan:
    """What a resource class holds, by wire name, worked out once per class."""

    def __init__(self, cls: type[Resource]) -> None:
        spec: ResourceSpec = cls.SPEC
        self.cls = cls
        self.spec = spec
        self.rel = spec.rel
        self.links = {link.wire: link for link in spec.links}
        self.embedded = {item.wire: item for item in spec.embedded}
        self.properties = {prop.wire: prop for prop in spec.properties if not prop.as_link}
        self.carried_specs = {prop.wire: prop for prop in spec.properties if prop.as_link}
        self._hooks: dict[object, tuple[dict[str, PropertyHook], dict[str, PropertyHook]]] = {}
        self._writers: dict[object, dict[str, Callable[[Any], Any]]] = {}

    def hooks(
        self, key: object, make: Callable[[PropertySpec], Callable[[Any], Any]]
    ) -> tuple[dict[str, PropertyHook], dict[str, PropertyHook]]:
        """The properties sent as properties and those sent as links, each with the hook
        ``make`` gives for its type, by wire name; worked out once per ``key`` (a format).

        The first excludes the names :func:`build` treats otherwise (the sections, and
        ``rel`` where the class has one)."""
        found = self._hooks.get(key)
        if found is None:

            def hook(prop: PropertySpec) -> PropertyHook:
                return PropertyHook(prop.attr, is_array(prop.type), make(prop))

            sent = {
                wire: hook(prop)
                for wire, prop in self.properties.items()
                if wire not in SECTIONS and (wire != "rel" or self.rel is None)
            }
            carried = {wire: hook(prop) for wire, prop in self.carried_specs.items()}
            found = self._hooks[key] = (sent, carried)
        return found

    def writers(
        self, make: Callable[[PropertySpec], Callable[[Any], Any]]
    ) -> dict[str, Callable[[Any], Any]]:
        """The function ``make`` gives to write each defined property, by wire name; worked
        out once per ``make`` (a format), as :meth:`hooks` is for reading."""
        found = self._writers.get(make)
        if found is None:
            found = self._writers[make] = {w: make(p) for w, p in self.properties.items()}
        return found

    def typed_target(
        self, name: str, raw: Any, registry: ClassesByRel
    ) -> tuple[LinkSpec, type[Resource]] | None:
        """The definition and class an embedded resource is read as, or None when it is kept
        untyped (see :meth:`typed_spec`)."""
        spec = self.typed_spec(name, raw, registry)
        return None if spec is None else (spec, registry[str(spec.target)])

    def typed_spec(self, name: str, raw: Any, registry: ClassesByRel) -> LinkSpec | None:
        """The definition of an embedded resource that is read typed, or None when it is kept
        untyped: a name the definitions do not type, a list where one is defined (or the
        reverse), or a rel without a class in ``registry``. Its class is not imported."""
        spec = self.embedded.get(name)
        if spec is None or not spec.target or isinstance(raw, list) != spec.many:
            return None
        return spec if spec.target in registry else None


def is_array(kind: Any) -> bool:
    """True for a ``list[...]`` property type."""
    return typing.get_origin(kind) is list


_PLANS: dict[type[Resource], ClassPlan] = {}


def plan(cls: type[Resource]) -> ClassPlan:
    found = _PLANS.get(cls)
    if found is None:
        found = _PLANS[cls] = ClassPlan(cls)
    return found


class Format(Protocol):
    """What :func:`build` asks of a wire format: the one interface each codec implements."""

    registry: ClassesByRel
    base_url: str | None
    sections_inline: bool
    """True when the properties' pairs hold the sections too (JSON's ``_links`` key)."""
    reads_embedded_later: bool
    """True when :meth:`check_embedded` can tell, without reading them, that the embedded
    resources will read, and keeping an untyped one cannot fail: they are then read when the
    section is first touched."""

    def hooks(self, plan: ClassPlan) -> tuple[dict[str, PropertyHook], dict[str, PropertyHook]]:
        """``plan.hooks`` with this format's value hooks."""
        ...

    def embedded_at(self, where: str, name: str, index: int | None) -> str:
        """How an error message names an embedded resource."""
        ...

    def read_embedded(self, raw: Any, cls: type[Resource], where: str) -> Resource:
        """One typed embedded resource."""
        ...

    def keep_embedded(self, raw: Any, where: str, name: str) -> Any:
        """An embedded resource (or list of them) the definitions do not type, in the form
        the format keeps; ``where`` names the resource that embeds it."""
        ...

    def check_embedded(self, raw: Any, rel: str, where: str, name: str, index: int | None) -> None:
        """Raise ShapeError if reading ``raw`` (``embedded_at(where, name, index)``) as the
        class of ``rel`` in :attr:`registry` later would (only asked of a format that reads
        embedded resources later)."""
        ...


def build(
    cls: type[Resource],
    properties: Iterable[tuple[str, Any]],
    links: Any,
    embedded: Any,
    fmt: Format,
    where: str,
) -> Resource:
    """A ``cls`` from the parts a codec read; ``links``/``embedded`` None when absent.

    Raises ShapeError for a payload that is not a resource of ``cls``.
    """
    current = _PLANS.get(cls) or plan(cls)
    sent, carried = fmt.hooks(current)
    read = _read_properties(current, sent, properties, fmt, where)
    empty: list[str] = []
    links_section = current.spec.links_class
    if links is not None:
        check_links(links, where)
        if carried:
            links = _take_carried(links, carried, read.values)
        if links:
            links_section = links_class_later(current, links, fmt.base_url)
        else:
            empty.append("_links")
    embedded_section: Any = current.spec.embedded_class
    embedded_order: tuple[str, ...] = ()
    if embedded is not None:
        if not isinstance(embedded, dict):
            raise ShapeError(f"{where}._embedded must be an object")
        if embedded:
            embedded_order = tuple(embedded)
            embedded_section = _embedded_section(current, embedded, fmt, where)
        else:
            empty.append("_embedded")
    resource = current.cls(
        **read.values,
        links=links_section() if isinstance(links_section, type) else links_section,
        embedded=embedded_section() if isinstance(embedded_section, type) else embedded_section,
        extra_properties=read.extra,
    )
    _record_shape(resource, current, read, empty, embedded_order)
    return resource


@attrs.define
class _Read:
    """What the properties of a payload gave: typed values, what is kept as sent, the keys
    sent as null and the order of the keys."""

    values: dict[str, Any] = attrs.Factory(dict)
    extra: dict[str, Any] = attrs.Factory(dict)
    nulls: list[str] = attrs.Factory(list)
    order: list[str] = attrs.Factory(list)


def _read_properties(
    current: ClassPlan,
    sent: Mapping[str, Any],
    properties: Iterable[tuple[str, Any]],
    fmt: Format,
    where: str,
) -> _Read:
    read = _Read()
    for key, value in properties:
        hook = sent.get(key)
        if hook is not None:  # most keys: a defined property
            read.order.append(key)
            if value is None:
                read.nulls.append(key)
            elif isinstance(value, list) != hook.array:
                # A list where one value is defined (or the reverse) is kept as sent;
                # converting it would iterate a string into characters or wrap a value.
                read.extra[key] = value
            else:
                try:
                    read.values[hook.attr] = hook.structure(value)
                except MISFITS:
                    # A value the definitions did not expect: kept as sent, untyped, rather
                    # than refuse the whole resource or change it on the way back.
                    read.extra[key] = value
            continue
        if fmt.sections_inline and key in SECTIONS:
            continue
        read.order.append(key)
        if key == "rel" and current.rel is not None:
            if value != current.rel:
                raise ShapeError(f"{where}: rel {value!r} where {current.rel!r} was expected")
        else:
            read.extra[key] = value
    return read


def _record_shape(
    resource: Resource,
    current: ClassPlan,
    read: _Read,
    empty: list[str],
    embedded_order: tuple[str, ...],
) -> None:
    # How the resource arrived, for writing it back the same way (see WireShape).
    if read.order or read.nulls or empty or embedded_order:
        arrived_as(
            resource,
            WireShape(
                tuple(read.order),
                frozenset(read.nulls) if read.nulls else _NO_NAMES,
                current.rel is not None and "rel" not in read.order,
                frozenset(empty) if empty else _NO_NAMES,
                embedded_order,
            ),
        )
    elif current.rel is not None:
        arrived_as(resource, _REL_OMITTED)


# Most resources have no explicit nulls and no empty sections: one shared empty frozenset.
_NO_NAMES: frozenset[str] = frozenset()
_REL_OMITTED = WireShape(rel_omitted=True)


def check_links(section: Any, where: str) -> None:
    """Raise ShapeError unless ``section`` maps each rel to a link or a list of links, each
    an object with a string ``href``."""
    if type(section) is not dict:
        raise ShapeError(f"{where}._links must be an object")
    for rel, raw in section.items():
        if type(raw) is dict and type(raw.get("href")) is str:
            continue  # most links
        for item in raw if type(raw) is list else (raw,):
            if type(item) is not dict or type(item.get("href")) is not str:
                raise ShapeError(
                    f"{where}._links.{rel}: a link must be an object with a string href"
                )


def _link(raw: dict[str, Any], base_url: str | None, target: str | None) -> Link[Any]:
    if len(raw) == 1:
        return Link(href=raw["href"], attributes={}, base_url=base_url, target=target)
    attributes = {key: value for key, value in raw.items() if key != "href"}
    return Link(href=raw["href"], attributes=attributes, base_url=base_url, target=target)


def _take_carried(
    section: dict[str, Any], carried: dict[str, PropertyHook], values: dict[str, Any]
) -> dict[str, Any]:
    """The links left once the properties sent as links have taken theirs.

    Such a link is read as its property's value only when it holds one the property keeps
    whole: one link with an href alone, of the property's type. Any other stays a link, as
    it came, and goes back unchanged."""
    taken = []
    for rel, hook in carried.items():
        raw = section.get(rel)
        if type(raw) is dict and len(raw) == 1:
            try:
                values[hook.attr] = hook.structure(raw["href"])
            except MISFITS:
                continue
            taken.append(rel)
    return {rel: raw for rel, raw in section.items() if rel not in taken} if taken else section


def links_class_later(current: ClassPlan, section: dict[str, Any], base_url: str | None) -> Any:
    """The resource's links, placed when first read."""
    return current.spec.links_class.later(partial(_place_links, current, section, base_url))


def _place_links(
    current: ClassPlan, section: dict[str, Any], base_url: str | None
) -> dict[str, Any]:
    placed: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for rel, raw in section.items():
        many = type(raw) is list
        spec = current.links.get(rel)
        fits = spec is not None and spec.many == many
        # A defined link leads to its target's rel; the self link to the resource's own.
        target = (
            spec.target if spec is not None and fits else current.rel if rel == "self" else None
        )
        if many:
            link: Any = [_link(item, base_url, target) for item in raw]
        else:
            link = _link(raw, base_url, target)
        if spec is not None and fits:
            placed[spec.attr] = link
        else:
            extra[rel] = link
    placed["extra"] = extra
    return placed


def check_embedded_section(
    current: ClassPlan, section: dict[str, Any], fmt: Format, where: str
) -> None:
    """Ask ``fmt`` to check each embedded resource that will be typed (ShapeError for one it
    could not read)."""
    for name, raw in section.items():
        spec = current.typed_spec(name, raw, fmt.registry)
        if spec is None:
            continue
        for index, item in enumerate(raw) if spec.many else ((None, raw),):
            fmt.check_embedded(item, str(spec.target), where, name, index)


def _embedded_section(current: ClassPlan, section: dict[str, Any], fmt: Format, where: str) -> Any:
    fill = partial(_place_embedded, current, section, fmt, where)
    if fmt.reads_embedded_later:
        check_embedded_section(current, section, fmt, where)
        return current.spec.embedded_class.later(fill)
    return current.spec.embedded_class(**fill())


def _place_embedded(
    current: ClassPlan, section: dict[str, Any], fmt: Format, where: str
) -> dict[str, Any]:
    placed: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for name, raw in section.items():
        typed = current.typed_target(name, raw, fmt.registry)
        if typed is None:
            extra[name] = fmt.keep_embedded(raw, where, name)
            continue
        spec, target = typed
        placed[spec.attr] = (
            [
                fmt.read_embedded(item, target, fmt.embedded_at(where, name, index))
                for index, item in enumerate(raw)
            ]
            if spec.many
            else fmt.read_embedded(raw, target, fmt.embedded_at(where, name, None))
        )
    placed["extra"] = extra
    return placed


# --- writing ---------------------------------------------------------------------------

REL = object()
"""The value :func:`properties_out` gives for a typed resource's ``rel`` (each format spells
it its own way)."""


def properties_out(
    resource: Resource, unstructure: Callable[[PropertySpec], Callable[[Any], Any]]
) -> Iterator[tuple[str, Any]]:
    """(wire name, value) of every property to write, in the order they arrived.

    Defined properties are spelt with ``unstructure(spec)``'s function; an explicit null
    gives ``None``; extras are given as kept; a typed resource's ``rel`` gives :data:`REL`.
    Properties the resource did not arrive with (set by the caller) follow: ``rel`` first,
    then the defined ones in definition order, then the extras.
    """
    current = plan(type(resource))
    shape = wire_shape(resource)
    writers = current.writers(unstructure)
    values: dict[str, Any] = {}
    if current.rel is not None and not shape.rel_omitted:
        values["rel"] = REL
    for wire, prop in current.properties.items():
        value = getattr(resource, prop.attr)
        if value is not None:
            values[wire] = writers[wire](value)
        elif wire in shape.explicit_nulls:
            values[wire] = None
    values.update(resource.extra_properties)
    for wire in shape.property_order:
        if wire in values:
            yield wire, values.pop(wire)
    yield from values.items()


def links_out(resource: Resource) -> Iterator[tuple[str, Link[Any] | list[Link[Any]]]]:
    """(rel, link or links) of every link to write: self first, then defined, then the
    properties sent as links, then extras."""
    extra = resource.links.extra
    if "self" in extra:
        yield "self", extra["self"]
    current = plan(type(resource))
    for wire, spec in current.links.items():
        value = getattr(resource.links, spec.attr)
        if value is not None:  # an empty list was sent empty; None means absent
            yield wire, value
    written = set()
    for wire, prop in current.carried_specs.items():
        carried = getattr(resource, prop.attr)
        if carried is not None:
            # A data: URI read from a server gives back the text it was read from.
            written.add(wire)
            yield wire, Link(href=str(carried))
    for wire, value in extra.items():
        if wire != "self" and wire not in written:  # a value set by the caller wins
            yield wire, value


def embedded_out(resource: Resource) -> Iterator[tuple[str, Any]]:
    """(rel, value) of every embedded resource (typed ones as a resource or a list of them,
    extras in whatever form their codec kept them), in the order they arrived; those the
    resource did not arrive with follow: the typed ones in definition order, then extras."""
    found: list[tuple[str, Any]] = []
    for wire, spec in plan(type(resource)).embedded.items():
        value = getattr(resource.embedded, spec.attr)
        if value is not None:
            found.append((wire, value))
    found.extend(resource.embedded.extra.items())
    arrived = {wire: index for index, wire in enumerate(wire_shape(resource).embedded_order)}
    # A stable sort: what did not arrive keeps its place after what did.
    yield from sorted(found, key=lambda item: arrived.get(item[0], len(arrived)))

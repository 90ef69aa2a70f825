"""Where each member of a resource goes, whatever the wire format.

JSON and XML spell a resource differently but sort its members the same way. Its properties
are read and written by the class's own generated ``_read_properties`` and
``_write_properties``, over the interface of :mod:`.properties` (which holds their rules); the
rest is here, once: a link goes to its attribute when its shape matches the defined
cardinality, else to ``links.extra``; a link that carries a property's value (``as: link`` in
the definitions: message text as a ``data:`` URI) goes to that property when the generated
reader takes it; an embedded resource is typed when the definitions name its target and its
shape matches, else kept in ``embedded.extra``.

A codec reads its format into the same three parts, the properties as (name, value) pairs
in order, the links as ``{rel: {"href": ..., attribute: ...}}`` (a list for several) and the
embedded resources by name, and calls :func:`build` with a :class:`Format`, the small
interface it implements once: how its values are spelled (a :class:`.properties.Hooks`
table), how it reads one embedded resource and how it keeps one it cannot type. To write, it
walks :func:`properties_out`, :func:`links_out` and :func:`embedded_out`.

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

from .model import (
    Link,
    LinkSpec,
    Resource,
    ResourceSpec,
    WireShape,
    arrived_as,
    wire_shape,
)
from .properties import SECTIONS as SECTIONS
from .properties import Hooks, PropertyReader, PropertyWriter
from .properties import ShapeError as ShapeError

ClassesByRel = typing.Mapping[str, type[Resource]]


class ClassPlan:
    """What a resource class holds, by wire name, worked out once per class."""

    def __init__(self, cls: type[Resource]) -> None:
        spec: ResourceSpec = cls.SPEC
        self.spec = spec
        self.rel = spec.rel
        self.links = {link.wire: link for link in spec.links}
        self.embedded = {item.wire: item for item in spec.embedded}
        self.properties = {prop.wire: prop for prop in spec.properties if not prop.as_link}

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


_PLANS: dict[type[Resource], ClassPlan] = {}


def plan(cls: type[Resource]) -> ClassPlan:
    found = _PLANS.get(cls)
    if found is None:
        found = _PLANS[cls] = ClassPlan(cls)
    return found


EmbeddedCheck = Callable[[Any, str, str, str, int | None], None]
"""(raw, rel, where, name, index): raise ShapeError where ``raw`` would not read as ``rel``."""


class Format(Protocol):
    """What :func:`build` asks of a wire format: the one interface each codec implements."""

    registry: ClassesByRel
    base_url: str | None
    sections_inline: bool
    """True when the properties' pairs hold the sections too (JSON's ``_links`` key)."""
    read_hooks: Hooks
    """How this format's value of each property type is read (raising one of MISFITS)."""

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

    @property
    def check_embedded(self) -> EmbeddedCheck | None:
        """For a format that can tell, without reading them, that the embedded resources will
        read (and that keeping an untyped one cannot fail): the check, which raises
        ShapeError where reading ``raw`` (``embedded_at(where, name, index)``) as the class of
        ``rel`` in :attr:`registry` would. The resources are then read when the section is
        first touched. None for a format that checks an embedded resource by reading it."""
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

    The properties are read by the class's generated ``_read_properties`` (see
    :mod:`.properties`). Raises ShapeError for a payload that is not a resource of ``cls``.
    """
    current = _PLANS.get(cls) or plan(cls)
    if links is not None:
        check_links(links, where)
    read = PropertyReader(fmt.read_hooks, current.rel, where, fmt.sections_inline, links)
    cls._read_properties(read, properties)
    empty: list[str] = []
    links_section = current.spec.links_class
    if links is not None:
        if read.taken:
            links = {rel: raw for rel, raw in links.items() if rel not in read.taken}
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
    resource = cls(
        **read.values,
        links=links_section() if isinstance(links_section, type) else links_section,
        embedded=embedded_section() if isinstance(embedded_section, type) else embedded_section,
        extra_properties=read.extra,
    )
    _record_shape(resource, current, read, empty, embedded_order)
    return resource


def _record_shape(
    resource: Resource,
    current: ClassPlan,
    read: PropertyReader,
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
    current: ClassPlan,
    section: dict[str, Any],
    check: EmbeddedCheck,
    registry: ClassesByRel,
    where: str,
) -> None:
    """``check`` each embedded resource that will be typed (ShapeError for one that could not
    be read)."""
    for name, raw in section.items():
        spec = current.typed_spec(name, raw, registry)
        if spec is None:
            continue
        for index, item in enumerate(raw) if spec.many else ((None, raw),):
            check(item, str(spec.target), where, name, index)


def _embedded_section(current: ClassPlan, section: dict[str, Any], fmt: Format, where: str) -> Any:
    fill = partial(_place_embedded, current, section, fmt, where)
    if fmt.check_embedded is not None:
        check_embedded_section(current, section, fmt.check_embedded, fmt.registry, where)
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
    resource: Resource, hooks: Hooks
) -> tuple[list[tuple[str, Any]], dict[str, str]]:
    """(wire name, value) of every property to write, in the order they arrived, and the
    href of each property sent as a link, by rel (for :func:`links_out`).

    The class's generated ``_write_properties`` spells the defined properties with
    ``hooks`` (an explicit null gives ``None``); extras are given as kept; a typed
    resource's ``rel`` gives :data:`REL`. Properties the resource did not arrive with (set
    by the caller) follow: ``rel`` first, then the defined ones in definition order, then
    the extras.
    """
    shape = wire_shape(resource)
    write = PropertyWriter(hooks, shape.explicit_nulls)
    values = write.values
    if resource.REL is not None and not shape.rel_omitted:
        values["rel"] = REL
    resource._write_properties(write)
    values.update(resource.extra_properties)
    ordered = [(wire, values.pop(wire)) for wire in shape.property_order if wire in values]
    ordered.extend(values.items())
    return ordered, write.links


def links_out(
    resource: Resource, carried: Mapping[str, str]
) -> Iterator[tuple[str, Link[Any] | list[Link[Any]]]]:
    """(rel, link or links) of every link to write: self first, then defined, then the
    properties sent as links (``carried``, from :func:`properties_out`), then extras."""
    extra = resource.links.extra
    if "self" in extra:
        yield "self", extra["self"]
    current = plan(type(resource))
    for wire, spec in current.links.items():
        value = getattr(resource.links, spec.attr)
        if value is not None:  # an empty list was sent empty; None means absent
            yield wire, value
    for wire, href in carried.items():
        yield wire, Link(href=href)
    for wire, value in extra.items():
        if wire != "self" and wire not in carried:  # a value set by the caller wins
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

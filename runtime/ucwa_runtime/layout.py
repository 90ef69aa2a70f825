"""Where each member of a resource goes, whatever the wire format.

JSON and XML spell a resource differently but sort its members the same way: a property the
definitions name goes to its typed attribute (or, when its value does not fit, stays raw in
``extra_properties``); a link goes to its attribute when its shape matches the defined
cardinality, else to ``links.extra``; a link that carries a property's value (``as: link`` in
the definitions: message text as a ``data:`` URI) goes to that property; ``rel`` is checked
against the class. A codec reads its
format and feeds a :class:`ResourceReader`; to write, it walks :func:`properties_out`,
:func:`links_out` and :func:`embedded_out`. The rules live here once, so the two formats
cannot drift apart; only the spelling of values (the cattrs converter each codec passes in)
differs.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import cattrs
from cattrs.errors import BaseValidationError

from .model import Link, LinkSpec, PropertySpec, Resource, ResourceSpec

ClassesByRel = typing.Mapping[str, type[Resource]]


class ShapeError(ValueError):
    """A payload that is not shaped like a UCWA resource (the caller adds the response)."""


def is_array(kind: Any) -> bool:
    """True for a ``list[...]`` property type."""
    return typing.get_origin(kind) is list


@attrs.frozen
class PropertyCodec:
    """One defined property with the hooks of one converter, worked out once."""

    attr: str
    type: Any
    array: bool
    structure: Callable[[Any], Any]
    unstructure: Callable[[Any], Any]


def _property_codec(prop: PropertySpec, converter: cattrs.Converter) -> PropertyCodec:
    hook = converter.get_structure_hook(prop.type)
    kind = prop.type
    return PropertyCodec(
        prop.attr,
        kind,
        is_array(kind),
        lambda value: hook(value, kind),
        converter.get_unstructure_hook(kind),
    )


class ClassPlan:
    """What a resource class holds, by wire name, and its properties' hooks per converter.

    A property sent as a link (``PropertySpec.as_link``) is one of :meth:`carried`, not of
    :meth:`properties`: it is read from and written to the links.
    """

    def __init__(self, cls: type[Resource]) -> None:
        spec: ResourceSpec = cls.SPEC
        self.cls = cls
        self.spec = spec
        self.links = {link.wire: link for link in spec.links}
        self.embedded = {item.wire: item for item in spec.embedded}
        self.carried_specs = {prop.wire: prop for prop in spec.properties if prop.as_link}
        self._codecs: dict[int, tuple[dict[str, PropertyCodec], dict[str, PropertyCodec]]] = {}

    def _codecs_of(
        self, converter: cattrs.Converter
    ) -> tuple[dict[str, PropertyCodec], dict[str, PropertyCodec]]:
        found = self._codecs.get(id(converter))
        if found is None:
            found = self._codecs[id(converter)] = (
                {
                    prop.wire: _property_codec(prop, converter)
                    for prop in self.spec.properties
                    if not prop.as_link
                },
                {
                    prop.wire: _property_codec(prop, converter)
                    for prop in self.carried_specs.values()
                },
            )
        return found

    def properties(self, converter: cattrs.Converter) -> dict[str, PropertyCodec]:
        """Each defined property sent as a property, by wire name, converted with ``converter``."""
        return self._codecs_of(converter)[0]

    def carried(self, converter: cattrs.Converter) -> dict[str, PropertyCodec]:
        """Each defined property sent as a link, by the link's rel."""
        return self._codecs_of(converter)[1]


_PLANS: dict[type[Resource], ClassPlan] = {}


def plan(cls: type[Resource]) -> ClassPlan:
    found = _PLANS.get(cls)
    if found is None:
        found = _PLANS[cls] = ClassPlan(cls)
    return found


# cattrs reports a bad list item as an exception group, not the item's own TypeError.
_MISFITS = (TypeError, ValueError, BaseValidationError)


def carried_value(codec: PropertyCodec, value: Link[Any] | list[Link[Any]]) -> Any:
    """The typed value of a property sent as a link, from the link's href; None when the link
    does not hold one the property can keep whole (several links, attributes besides href
    that the value would drop, an href that is not of the type). Such a link stays as it came,
    in ``links.extra``, and goes back unchanged."""
    if isinstance(value, list) or value.attributes:
        return None
    try:
        return codec.structure(value.href)
    except _MISFITS:
        return None


class ResourceReader:
    """Collects one resource as a codec reads its members, then builds it.

    ``where`` names the resource in error messages (``$._embedded.x[0]``, ``/resource/x``).
    """

    def __init__(self, cls: type[Resource], converter: cattrs.Converter, where: str) -> None:
        self.plan = plan(cls)
        self.where = where
        self._properties = self.plan.properties(converter)
        self._carried = self.plan.carried(converter)
        self._values: dict[str, Any] = {}
        self._extra: dict[str, Any] = {}
        self._nulls: list[str] = []
        self._order: list[str] = []
        self._links: dict[str, Any] = {}
        self._links_extra: dict[str, Link[Any] | list[Link[Any]]] = {}
        self._embedded: dict[str, Any] = {}
        self._embedded_extra: dict[str, Any] = {}
        self._embedded_order: list[str] = []
        self._empty_sections: set[str] = set()

    def empty_section(self, name: str) -> None:
        """The format sent a links or embedded section with nothing in it (kept, to go back)."""
        self._empty_sections.add(name)

    def property_type(self, wire: str) -> Any:
        """The defined type of a property, or None when the definitions do not name it."""
        prop = self._properties.get(wire)
        return prop.type if prop is not None else None

    def property(self, wire: str, value: Any) -> None:
        """One property as the format decoded it; ``None`` is an explicit null."""
        if wire in self._order:
            raise ShapeError(f"{self.where}: property {wire!r} is given twice")
        self._order.append(wire)
        if wire == "rel" and self.plan.spec.rel is not None:
            if value != self.plan.spec.rel:
                raise ShapeError(
                    f"{self.where}: rel {value!r} where {self.plan.spec.rel!r} was expected"
                )
            return
        prop = self._properties.get(wire)
        if prop is None:
            self._extra[wire] = value
        elif value is None:
            self._nulls.append(wire)
        elif isinstance(value, list) != prop.array:
            # A list where one value is defined (or the reverse) is kept as sent; converting
            # it would iterate a string into characters or wrap a value the server never sent.
            self._extra[wire] = value
        else:
            try:
                self._values[prop.attr] = prop.structure(value)
            except _MISFITS:
                # A value the definitions did not expect: keep it as sent, untyped, rather
                # than refuse the whole resource or change it on the way back.
                self._extra[wire] = value

    def link(self, rel: str, value: Link[Any] | list[Link[Any]]) -> None:
        """A link (or a list of links with one rel); typed when its shape fits the definition,
        and read as its property's value when the definitions say the property travels so."""
        carried = self._carried.get(rel)
        if carried is not None:
            typed = carried_value(carried, value)
            if typed is not None:
                self._values[carried.attr] = typed
                return
        spec = self.plan.links.get(rel)
        if spec is not None and isinstance(value, list) == spec.many:
            self._links[spec.attr] = value
        else:
            self._links_extra[rel] = value

    def embedded_target(
        self, name: str, registry: ClassesByRel
    ) -> tuple[LinkSpec, type[Resource]] | None:
        """The definition and class of an embedded rel, when the definitions type it."""
        spec = self.plan.embedded.get(name)
        target = registry.get(spec.target) if spec is not None and spec.target else None
        return (spec, target) if spec is not None and target is not None else None

    def embedded(self, spec: LinkSpec, value: Resource | list[Resource]) -> None:
        """A typed embedded resource (a list when ``spec`` is many)."""
        self._embedded[spec.attr] = value
        self._embedded_order.append(spec.wire)

    def embedded_extra(self, name: str, value: Any) -> None:
        """An embedded resource kept untyped, in the form the format gives it."""
        self._embedded_extra[name] = value
        self._embedded_order.append(name)

    def build(self) -> Resource:
        spec = self.plan.spec
        return self.plan.cls(
            **self._values,
            links=spec.links_class(**self._links, extra=self._links_extra),
            embedded=spec.embedded_class(**self._embedded, extra=self._embedded_extra),
            extra_properties=self._extra,
            explicit_nulls=frozenset(self._nulls),
            rel_omitted=spec.rel is not None and "rel" not in self._order,
            property_order=tuple(self._order),
            embedded_order=tuple(self._embedded_order),
            empty_sections=frozenset(self._empty_sections),
        )


REL = object()
"""The value :func:`properties_out` gives for a typed resource's ``rel`` (each format spells
it its own way)."""


def properties_out(resource: Resource, converter: cattrs.Converter) -> Iterator[tuple[str, Any]]:
    """(wire name, value) of every property to write, in the order they arrived.

    Defined properties are unstructured with ``converter``; an explicit null gives ``None``;
    extras are given as kept; a typed resource's ``rel`` gives :data:`REL`. Properties the
    resource did not arrive with (set by the caller) follow: ``rel`` first, then the defined
    ones in definition order, then the extras.
    """
    current = plan(type(resource))
    values: dict[str, Any] = {}
    if current.spec.rel is not None and not resource.rel_omitted:
        values["rel"] = REL
    for wire, prop in current.properties(converter).items():
        value = getattr(resource, prop.attr)
        if value is not None:
            values[wire] = prop.unstructure(value)
        elif wire in resource.explicit_nulls:
            values[wire] = None
    values.update(resource.extra_properties)
    for wire in resource.property_order:
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
    arrived = {wire: index for index, wire in enumerate(resource.embedded_order)}
    # A stable sort: what did not arrive keeps its place after what did.
    yield from sorted(found, key=lambda item: arrived.get(item[0], len(arrived)))

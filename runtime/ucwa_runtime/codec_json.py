"""JSON (application/json, application/vnd.microsoft.com.ucwa+json) <-> resource objects.

Where each key goes (typed attribute, extras, links, embedded) is decided by :mod:`.layout`,
shared with the XML codec; the conversion of each property value comes from a cattrs
converter set up for UCWA's JSON spellings (``/Date(ms)/`` dates, ``data:`` URIs, .NET
timespans, open enumerations). Whatever the definitions do not name is kept, in order, in the
resource's extras, and written back where it came from.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

import cattrs
from cattrs.errors import BaseValidationError

from .datauri import DataUri
from .dates import format_json_date, format_timespan, parse_json_date, parse_timespan
from .layout import (
    REL,
    ClassesByRel,
    PropertyCodec,
    ShapeError,
    carried_value,
    embedded_out,
    links_out,
    plan,
    properties_out,
)
from .model import GenericResource, Link, OpenEnum, Resource

# cattrs reports a bad list item as an exception group, not the item's own TypeError.
_MISFITS = (TypeError, ValueError, BaseValidationError)

JSON_CONTENT_TYPES = ("application/json", "application/vnd.microsoft.com.ucwa+json")


def _strict(kind: type[Any]) -> Callable[[Any, Any], Any]:
    # cattrs' default int hook would turn "12" into 12 and so change what goes back; a value
    # of the wrong JSON type is kept raw instead (see _Plan.structure).
    def structure(value: Any, _: Any) -> Any:
        if type(value) is not kind and not (kind is float and type(value) is int):
            raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
        return value

    return structure


def _structure_string(value: Any, _: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value


def make_converter() -> cattrs.Converter:
    """The converter for UCWA's JSON property values."""
    converter = cattrs.Converter()
    for kind in (int, float, bool):
        converter.register_structure_hook(kind, _strict(kind))
    converter.register_structure_hook(str, _structure_string)
    # More specific than the str hook (enumerations are str subclasses): keep them typed.
    converter.register_structure_hook(OpenEnum, lambda v, kind: kind(_structure_string(v, kind)))
    converter.register_unstructure_hook(OpenEnum, lambda member: member.value)
    converter.register_structure_hook(
        datetime, lambda v, _: parse_json_date(_structure_string(v, _))
    )
    converter.register_unstructure_hook(datetime, format_json_date)
    converter.register_structure_hook(
        timedelta, lambda v, _: parse_timespan(_structure_string(v, _))
    )
    converter.register_unstructure_hook(timedelta, format_timespan)
    converter.register_structure_hook(DataUri, lambda v, _: DataUri.parse(_structure_string(v, _)))
    converter.register_unstructure_hook(DataUri, str)
    return converter


CONVERTER = make_converter()


def _structure_link(value: Any, base_url: str | None, where: str, rel: str) -> Link[Any]:
    if isinstance(value, dict):
        href = value.get("href")
        if isinstance(href, str):
            if len(value) == 1:
                return Link(href=href, attributes={}, base_url=base_url)
            attributes = {key: item for key, item in value.items() if key != "href"}
            return Link(href=href, attributes=attributes, base_url=base_url)
    raise ShapeError(f"{where}._links.{rel}: a link must be an object with a string href")


def _unstructure_link(link: Link[Any]) -> dict[str, Any]:
    return {"href": link.href, **link.attributes}


def _unstructure_link_value(value: Link[Any] | list[Link[Any]]) -> Any:
    if isinstance(value, list):
        return [_unstructure_link(item) for item in value]
    return _unstructure_link(value)


def _unstructure_embedded(value: Any) -> Any:
    # Typed embedded resources, and untyped ones read from XML, are Resource objects; untyped
    # ones read from JSON are kept as their raw JSON and go back as they came.
    if isinstance(value, Resource):
        return unstructure(value)
    if isinstance(value, list):
        return [_unstructure_embedded(item) for item in value]
    return value


class _JsonPlan:
    """What :func:`structure` needs of one class, by wire name, worked out on first use.

    The rules are those of :class:`.layout.ResourceReader` (which the XML codec feeds), laid
    out for JSON: a decoded object cannot repeat a key, so the per-key work is one dictionary
    look-up and, for the common value types, a type check in place of a cattrs call.
    """

    def __init__(self, cls: type[Resource]) -> None:
        current = plan(cls)
        self.cls = cls
        self.rel = current.spec.rel
        self.links_class = current.spec.links_class
        self.embedded_class = current.spec.embedded_class
        self.links = {wire: (spec.attr, spec.many) for wire, spec in current.links.items()}
        self.embedded = current.embedded
        self.carried = current.carried(CONVERTER)
        self.properties = {
            wire: (codec.attr, codec.array, _fast_structure(codec))
            for wire, codec in current.properties(CONVERTER).items()
        }
        # The keys structure() may type on sight: the properties, but not the sections, nor
        # rel where the class has one (each is checked for in its own way first).
        self.typed = {
            wire: prop
            for wire, prop in self.properties.items()
            if wire not in ("_links", "_embedded") and (wire != "rel" or self.rel is None)
        }


_JSON_PLANS: dict[type[Resource], _JsonPlan] = {}

# Link is a slotted attrs class with no validators, converters or post-init: an instance made
# by object.__new__ with its three fields set is the one its __init__ makes, at half the cost
# (tests/runtime/test_json_structure.py holds the two equal, field for field).
_new = object.__new__
# Most resources have no explicit nulls and no empty sections: one shared empty frozenset,
# rather than two new ones per resource for the garbage collector to track.
_NO_NAMES: frozenset[str] = frozenset()


def _exact(kind: type[Any]) -> Callable[[Any], Any]:
    # What _strict(kind) accepts, without the cattrs call around it.
    def structure(value: Any) -> Any:
        if type(value) is not kind:
            raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
        return value

    return structure


def _string(value: Any) -> Any:
    return value if type(value) is str else _structure_string(value, str)


def _number(value: Any) -> Any:
    if type(value) is not float and type(value) is not int:
        raise TypeError(f"expected float, got {type(value).__name__}")
    return value


def _enum(kind: type[OpenEnum]) -> Callable[[Any], Any]:
    known = kind._value2member_map_

    def structure(value: Any) -> Any:
        member = known.get(value) if type(value) is str else None
        return member if member is not None else kind(_structure_string(value, kind))

    return structure


def _scalar(kind: Any) -> Callable[[Any], Any] | None:
    if kind is str:
        return _string
    if kind in (int, bool):
        return _exact(kind)
    if kind is float:
        return _number
    if isinstance(kind, type) and issubclass(kind, OpenEnum):
        return _enum(kind)
    return None


def _fast_structure(codec: PropertyCodec) -> Callable[[Any], Any]:
    """The codec's structure hook, as a plain function where the value type allows one."""
    kind = codec.type
    if codec.array:
        (item,) = typing.get_args(kind)
        one = _scalar(item)
        if one is not None:
            convert = one

            def structure_list(value: Any) -> Any:
                return [convert(element) for element in value]

            return structure_list
        return codec.structure
    return _scalar(kind) or codec.structure


def _json_plan(cls: type[Resource]) -> _JsonPlan:
    found = _JSON_PLANS.get(cls)
    if found is None:
        found = _JSON_PLANS[cls] = _JsonPlan(cls)
    return found


def structure(
    data: Any,
    cls: type[Resource],
    registry: ClassesByRel,
    base_url: str | None = None,
    where: str = "$",
) -> Resource:
    """Build a ``cls`` from a decoded JSON object; ``registry`` types embedded resources.

    Raises ShapeError (a ValueError) for an object that is not a resource, embedded ones
    nested too deeply to read included.
    """
    try:
        return _structure(data, cls, registry, base_url, where)
    except RecursionError:  # embedded resources nested beyond any real payload
        raise ShapeError(f"{where}: nested too deeply to read") from None


def _structure(
    data: Any, cls: type[Resource], registry: ClassesByRel, base_url: str | None, where: str
) -> Resource:
    if not isinstance(data, dict):
        raise ShapeError(f"{where}: a resource must be a JSON object, not {type(data).__name__}")
    current = _JSON_PLANS.get(cls) or _json_plan(cls)
    typed = current.typed
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    nulls: list[str] = []
    order: list[str] = []
    links: dict[str, Any] = {}
    links_extra: dict[str, Link[Any] | list[Link[Any]]] = {}
    embedded: dict[str, Any] = {}
    embedded_extra: dict[str, Any] = {}
    embedded_order: list[str] = []
    empty_sections: set[str] = set()
    for key, value in data.items():
        prop = typed.get(key)
        if prop is not None:  # most keys: a defined property
            order.append(key)
            if value is None:
                nulls.append(key)
            elif isinstance(value, list) != prop[1]:
                # A list where one value is defined (or the reverse) is kept as sent (see
                # layout.ResourceReader.property).
                extra[key] = value
            else:
                try:
                    values[prop[0]] = prop[2](value)
                except _MISFITS:
                    extra[key] = value  # kept as sent, untyped
        elif key == "_links":
            if value == {}:
                empty_sections.add(key)
                continue
            if not isinstance(value, dict):
                raise ShapeError(f"{where}._links must be an object")
            defined = current.links
            carried = current.carried
            for rel, raw in value.items():
                found = defined.get(rel)
                if isinstance(raw, list):
                    link: Any = [_structure_link(item, base_url, where, rel) for item in raw]
                    if found is not None and found[1]:
                        links[found[0]] = link
                    else:
                        links_extra[rel] = link
                else:
                    if type(raw) is dict and len(raw) == 1 and type(raw.get("href")) is str:
                        # Most links: what Link(href=..., attributes={}, base_url=...) builds,
                        # without its keyword call (see _new).
                        link = _new(Link)
                        link.href = raw["href"]
                        link.attributes = {}
                        link.base_url = base_url
                    else:
                        link = _structure_link(raw, base_url, where, rel)
                    if found is not None and not found[1]:
                        links[found[0]] = link
                    elif rel in carried and (held := carried_value(carried[rel], link)) is not None:
                        values[carried[rel].attr] = held  # a property sent as a link
                    else:
                        links_extra[rel] = link
        elif key == "_embedded":
            if value == {}:
                empty_sections.add(key)
                continue
            if not isinstance(value, dict):
                raise ShapeError(f"{where}._embedded must be an object")
            for name, raw in value.items():
                spec = current.embedded.get(name)
                target = registry.get(spec.target) if spec is not None and spec.target else None
                if spec is None or target is None or isinstance(raw, list) != spec.many:
                    embedded_extra[name] = raw
                    embedded_order.append(name)
                    continue
                item_where = f"{where}._embedded.{name}"
                embedded[spec.attr] = (
                    [
                        _structure(item, target, registry, base_url, f"{item_where}[{i}]")
                        for i, item in enumerate(raw)
                    ]
                    if spec.many
                    else _structure(raw, target, registry, base_url, item_where)
                )
                embedded_order.append(name)
        else:
            order.append(key)
            if key == "rel" and current.rel is not None:
                if value != current.rel:
                    raise ShapeError(f"{where}: rel {value!r} where {current.rel!r} was expected")
                continue
            extra[key] = value  # not a defined property (those are typed above)
    return current.cls(
        **values,
        links=current.links_class(**links, extra=links_extra),
        embedded=current.embedded_class(**embedded, extra=embedded_extra),
        extra_properties=extra,
        explicit_nulls=frozenset(nulls) if nulls else _NO_NAMES,
        rel_omitted=current.rel is not None and "rel" not in order,
        property_order=tuple(order),
        embedded_order=tuple(embedded_order),
        empty_sections=frozenset(empty_sections) if empty_sections else _NO_NAMES,
    )


def unstructure(resource: Resource) -> dict[str, Any]:
    """The JSON object of a resource: properties (``rel`` included), ``_links``, ``_embedded``."""
    rel = plan(type(resource)).spec.rel
    out = {
        wire: rel if value is REL else value for wire, value in properties_out(resource, CONVERTER)
    }
    links = {rel: _unstructure_link_value(value) for rel, value in links_out(resource)}
    if links or "_links" in resource.empty_sections:
        out["_links"] = links
    embedded = {name: _unstructure_embedded(value) for name, value in embedded_out(resource)}
    if embedded or "_embedded" in resource.empty_sections:
        out["_embedded"] = embedded
    return out


def loads(
    body: bytes | str,
    registry: ClassesByRel,
    cls: type[Resource] | None = None,
    base_url: str | None = None,
) -> Resource:
    """Decode a JSON body into the resource its ``rel`` names (or ``cls``, when given).

    A body whose rel the registry does not know becomes a :class:`GenericResource`.
    Raises ValueError (see :func:`decode`) for bad JSON and ShapeError for JSON that is not
    a resource; callers turn both into ParseError with the response attached.
    """
    data = decode(body)
    if cls is None:
        rel = data.get("rel") if isinstance(data, dict) else None
        found = registry.get(rel) if isinstance(rel, str) else None
        cls = found if found is not None else GenericResource
    return structure(data, cls, registry, base_url)


def decode(body: bytes | str) -> Any:
    """The JSON value of a body: every JSON body a server sends is read through here.

    Any body that is not JSON raises a ValueError: json.JSONDecodeError, UnicodeDecodeError
    for bytes that are not UTF-8 (or -16/-32), and ShapeError for nesting too deep to read,
    which the decoder reports as RecursionError.
    """
    try:
        return json.loads(body)
    except RecursionError:
        raise ShapeError("the JSON is nested too deeply to read") from None


def encode(data: Any) -> bytes:
    """Compact UTF-8 JSON, the way every JSON body is sent."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def dumps(resource: Resource) -> bytes:
    """Encode a resource as compact UTF-8 JSON."""
    return encode(unstructure(resource))


def dumps_input(properties: Mapping[str, Any], links: Mapping[str, str]) -> bytes:
    """The JSON body of a POST: its parameters, then ``_links`` (hrefs such as data: URIs)."""
    body = {wire: CONVERTER.unstructure(value) for wire, value in properties.items()}
    if links:
        body["_links"] = {rel: {"href": href} for rel, href in links.items()}
    return encode(body)

"""JSON (application/json, application/vnd.microsoft.com.ucwa+json) <-> resource objects.

Where each key goes (typed attribute, extras, links, embedded) is decided by each class's
generated property functions and by :mod:`.layout`, shared with the XML codec (this module is
layout's :class:`.layout.Format` for JSON); the conversion of each property value comes from
its value hooks (plain type checks for the common types) and a cattrs converter set up for
UCWA's JSON spellings (``/Date(ms)/`` dates, ``data:`` URIs, .NET timespans, open
enumerations).
Whatever the definitions do not name is kept, in order, in the resource's extras, and
written back where it came from.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from functools import partial
from typing import Any

import cattrs

from .datauri import DataUri
from .dates import format_json_date, format_timespan, parse_json_date, parse_timespan
from .layout import (
    REL,
    SECTIONS,
    ClassesByRel,
    ShapeError,
    build,
    check_embedded_section,
    check_links,
    embedded_out,
    links_out,
    plan,
    properties_out,
)
from .model import GenericResource, Link, OpenEnum, Resource, wire_shape
from .properties import Hooks, check_rel

JSON_CONTENT_TYPES = ("application/json", "application/vnd.microsoft.com.ucwa+json")


def _strict(kind: type[Any]) -> Callable[[Any, Any], Any]:
    # cattrs' default int hook would turn "12" into 12 and so change what goes back; a value
    # of the wrong JSON type is kept raw instead (see properties.PropertyReader).
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


# --- the value hooks: what the converter's structure hooks accept, as plain functions for
# the common types (no cattrs dispatch per value) ---


def _exact(kind: type[Any]) -> Callable[[Any], Any]:
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


def _scalar(kind: Any) -> Callable[[Any], Any]:
    """How a JSON value of one property type (a list's item type) is read."""
    if kind is str:
        return _string
    if kind in (int, bool):
        return _exact(kind)
    if kind is float:
        return _number
    if isinstance(kind, type) and issubclass(kind, OpenEnum):
        return _enum(kind)
    hook = CONVERTER.get_structure_hook(kind)
    return lambda value: hook(value, kind)


_READ_HOOKS = Hooks(_scalar)
_WRITE_HOOKS = Hooks(CONVERTER.get_unstructure_hook)


class _Json:
    """The JSON format, as :func:`.layout.build` reads it (one per payload)."""

    sections_inline = True
    read_hooks = _READ_HOOKS

    def __init__(self, registry: ClassesByRel, base_url: str | None) -> None:
        self.registry = registry
        self.base_url = base_url

    def embedded_at(self, where: str, name: str, index: int | None) -> str:
        return f"{where}._embedded.{name}" + ("" if index is None else f"[{index}]")

    def read_embedded(self, raw: Any, cls: type[Resource], where: str) -> Resource:
        return _structure(raw, cls, self, where)

    def keep_embedded(self, raw: Any, where: str, name: str) -> Any:
        return raw  # goes back as it came

    def check_embedded(self, raw: Any, rel: str, where: str, name: str, index: int | None) -> None:
        # The class of the rel (registered under its REL) is imported only when its
        # definitions are needed: a payload often embeds resources nobody touches.
        self.check(raw, rel, partial(self.registry.__getitem__, rel), where, name, index)

    def check(
        self,
        raw: Any,
        rel: str | None,
        load: Callable[[], type[Resource]],
        where: str,
        name: str | None = None,
        index: int | None = None,
    ) -> None:
        """Raise ShapeError where :func:`structure` would refuse ``raw`` as the class
        ``load`` gives (of ``rel``), without building it; embedded as ``name`` in the
        resource at ``where`` when a name is given (the path for the message is made only
        when needed). The class is asked for only when its own embedded resources are to be
        checked, or to say what is wrong."""
        here = where if name is None else None
        if type(raw) is not dict or (rel is not None and raw.get("rel", rel) != rel):
            _object(raw, load(), here or self.embedded_at(where, str(name), index))  # raises
        links = raw.get("_links", _ABSENT)
        embedded = raw.get("_embedded", _ABSENT)
        if links is _ABSENT and embedded is _ABSENT:
            return
        here = here or self.embedded_at(where, str(name), index)
        if links is not _ABSENT:
            check_links(links, here)
        if embedded is not _ABSENT:
            cls = load()
            if type(embedded) is not dict:
                _object(raw, cls, here)  # raises
            check_embedded_section(plan(cls), embedded, self.check_embedded, self.registry, here)


_ABSENT = object()


def _object(data: Any, cls: type[Resource], where: str) -> None:
    # What build() refuses before it looks at the members: not an object, a section that is
    # not an object, a rel not the class's.
    if not isinstance(data, dict):
        raise ShapeError(f"{where}: a resource must be a JSON object, not {type(data).__name__}")
    for section in SECTIONS:
        if section in data and not isinstance(data[section], dict):
            raise ShapeError(f"{where}.{section} must be an object")
    if "rel" in data:
        check_rel(data["rel"], plan(cls).rel, where)


def structure(
    data: Any,
    cls: type[Resource],
    registry: ClassesByRel,
    base_url: str | None = None,
    where: str = "$",
) -> Resource:
    """Build a ``cls`` from a decoded JSON object; ``registry`` types embedded resources.

    Raises ShapeError (a ValueError) for an object that is not a resource, embedded ones
    nested too deeply to read included. The links and embedded resources are built when
    first read, from ``data``: do not change it afterwards.
    """
    try:
        return _structure(data, cls, _Json(registry, base_url), where)
    except RecursionError:  # embedded resources nested beyond any real payload
        raise ShapeError(f"{where}: nested too deeply to read") from None


def structure_later(
    data: Any,
    cls: type[Resource],
    registry: ClassesByRel,
    base_url: str | None = None,
    where: str = "$",
) -> Callable[[], Resource]:
    """What :func:`structure` gives, built when the returned function is first called (and
    the same resource on every later call); what it would refuse is refused now
    (ShapeError). ``data`` must not change afterwards."""
    fmt = _Json(registry, base_url)
    try:
        fmt.check(data, cls.REL, lambda: cls, where)
    except RecursionError:
        raise ShapeError(f"{where}: nested too deeply to read") from None
    return _BuiltOnce(partial(_structure, data, cls, fmt, where))


class _BuiltOnce:
    """A resource built on the first call and kept: an event compares and shows its resource
    before anyone reads it, and each of those must not parse the payload again."""

    __slots__ = ("_build", "_resource")

    def __init__(self, build: Callable[[], Resource]) -> None:
        self._build = build
        self._resource: Resource | None = None

    def __call__(self) -> Resource:
        if self._resource is None:
            self._resource = self._build()
        return self._resource


def _structure(data: Any, cls: type[Resource], fmt: _Json, where: str) -> Resource:
    if type(data) is not dict:
        _object(data, cls, where)  # raises
    links = data.get("_links")
    embedded = data.get("_embedded")
    if (links is None and "_links" in data) or (embedded is None and "_embedded" in data):
        _object(data, cls, where)  # raises: a section sent as null
    return build(cls, data.items(), links, embedded, fmt, where)


def unstructure(resource: Resource) -> dict[str, Any]:
    """The JSON object of a resource: properties (``rel`` included), ``_links``, ``_embedded``."""
    rel = resource.REL
    properties, carried = properties_out(resource, _WRITE_HOOKS)
    out = {wire: rel if value is REL else value for wire, value in properties}
    empty = wire_shape(resource).empty_sections
    links = {rel: _unstructure_link_value(value) for rel, value in links_out(resource, carried)}
    if links or "_links" in empty:
        out["_links"] = links
    embedded = {name: _unstructure_embedded(value) for name, value in embedded_out(resource)}
    if embedded or "_embedded" in empty:
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

"""JSON (application/json, application/vnd.microsoft.com.ucwa+json) <-> resource objects.

Where each key goes (typed attribute, extras, links, embedded) is decided by :mod:`.layout`,
shared with the XML codec; the conversion of each property value comes from a cattrs
converter set up for UCWA's JSON spellings (``/Date(ms)/`` dates, ``data:`` URIs, .NET
timespans, open enumerations). Whatever the definitions do not name is kept, in order, in the
resource's extras, and written back where it came from.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

import cattrs

from .datauri import DataUri
from .dates import format_json_date, format_timespan, parse_json_date, parse_timespan
from .layout import (
    REL,
    Registry,
    ResourceReader,
    ShapeError,
    embedded_out,
    links_out,
    plan,
    properties_out,
)
from .model import GenericResource, Link, OpenEnum, Resource

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


def _structure_link(value: Any, base_url: str | None, where: str) -> Link[Any]:
    if not isinstance(value, dict) or not isinstance(value.get("href"), str):
        raise ShapeError(f"{where}: a link must be an object with a string href")
    attributes = {key: item for key, item in value.items() if key != "href"}
    return Link(href=value["href"], attributes=attributes, base_url=base_url)


def _structure_link_value(
    value: Any, base_url: str | None, where: str
) -> Link[Any] | list[Link[Any]]:
    if isinstance(value, list):
        return [_structure_link(item, base_url, where) for item in value]
    return _structure_link(value, base_url, where)


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


def structure(
    data: Any,
    cls: type[Resource],
    registry: Registry,
    base_url: str | None = None,
    where: str = "$",
) -> Resource:
    """Build a ``cls`` from a decoded JSON object; ``registry`` types embedded resources."""
    if not isinstance(data, dict):
        raise ShapeError(f"{where}: a resource must be a JSON object, not {type(data).__name__}")
    reader = ResourceReader(cls, CONVERTER, where)
    for key, value in data.items():
        if key in ("_links", "_embedded") and value == {}:
            reader.empty_section(key)
        elif key == "_links":
            if not isinstance(value, dict):
                raise ShapeError(f"{where}._links must be an object")
            for rel, raw in value.items():
                reader.link(rel, _structure_link_value(raw, base_url, f"{where}._links.{rel}"))
        elif key == "_embedded":
            if not isinstance(value, dict):
                raise ShapeError(f"{where}._embedded must be an object")
            for name, raw in value.items():
                typed = reader.embedded_target(name, registry)
                if typed is None or isinstance(raw, list) != typed[0].many:
                    reader.embedded_extra(name, raw)
                    continue
                spec, target = typed
                item_where = f"{where}._embedded.{name}"
                reader.embedded(
                    spec,
                    [
                        structure(item, target, registry, base_url, f"{item_where}[{i}]")
                        for i, item in enumerate(raw)
                    ]
                    if spec.many
                    else structure(raw, target, registry, base_url, item_where),
                )
        else:
            reader.property(key, value)
    return reader.build()


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
    registry: Registry,
    cls: type[Resource] | None = None,
    base_url: str | None = None,
) -> Resource:
    """Decode a JSON body into the resource its ``rel`` names (or ``cls``, when given).

    A body whose rel the registry does not know becomes a :class:`GenericResource`.
    Raises json.JSONDecodeError / UnicodeDecodeError for bad JSON and ShapeError for JSON
    that is not a resource; callers turn both into ParseError with the response attached.
    """
    try:
        data = json.loads(body)
    except RecursionError:
        raise ShapeError("the JSON is nested too deeply to read") from None
    if cls is None:
        rel = data.get("rel") if isinstance(data, dict) else None
        found = registry.get(rel) if isinstance(rel, str) else None
        cls = found if found is not None else GenericResource
    try:
        return structure(data, cls, registry, base_url)
    except RecursionError:  # embedded resources nested beyond any real payload
        raise ShapeError("$: nested too deeply to read") from None


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

"""JSON (application/json, application/vnd.microsoft.com.ucwa+json) <-> resource objects.

The shape of a resource (which keys are properties, links, embedded resources) comes from its
:class:`~.model.ResourceSpec`; the conversion of each property value comes from a cattrs
converter set up for UCWA's JSON spellings (``/Date(ms)/`` dates, ``data:`` URIs, .NET
timespans, open enumerations). Whatever the definitions do not name is kept, in order, in the
resource's extras, and written back where it came from.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any, get_origin

import attrs
import cattrs

from .datauri import DataUri
from .dates import format_json_date, format_timespan, parse_json_date, parse_timespan
from .model import GenericResource, Link, OpenEnum, Resource, ResourceSpec

JSON_CONTENT_TYPES = ("application/json", "application/vnd.microsoft.com.ucwa+json")

Registry = Mapping[str, type[Resource]]


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


@attrs.frozen
class _PropertyPlan:
    attr: str
    structure: Callable[[Any], Any]
    unstructure: Callable[[Any], Any]


def _plan_property(kind: Any) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    structure_hook = CONVERTER.get_structure_hook(kind)
    if get_origin(kind) is list:
        # cattrs would take any iterable: a string would become a list of its characters.
        def structure(value: Any) -> Any:
            if not isinstance(value, list):
                raise TypeError(f"expected a list, got {type(value).__name__}")
            return structure_hook(value, kind)

    else:

        def structure(value: Any) -> Any:
            return structure_hook(value, kind)

    return structure, CONVERTER.get_unstructure_hook(kind)


class _Plan:
    """What the codec does with each key of one resource class, worked out once per class."""

    def __init__(self, cls: type[Resource]) -> None:
        spec: ResourceSpec = cls.SPEC
        self.cls = cls
        self.spec = spec
        self.properties: dict[str, _PropertyPlan] = {}
        for prop in spec.properties:
            structure, unstructure = _plan_property(prop.type)
            self.properties[prop.wire] = _PropertyPlan(prop.attr, structure, unstructure)
        self.links = {link.wire: link for link in spec.links}
        self.embedded = {item.wire: item for item in spec.embedded}


_PLANS: dict[type[Resource], _Plan] = {}


def _plan(cls: type[Resource]) -> _Plan:
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = _Plan(cls)
    return plan


class ShapeError(ValueError):
    """A payload that is not shaped like a UCWA resource (the caller adds the response)."""


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
    plan = _plan(cls)
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    nulls: list[str] = []
    links_kwargs: dict[str, Any] = {}
    links_extra: dict[str, Any] = {}
    embedded_kwargs: dict[str, Any] = {}
    embedded_extra: dict[str, Any] = {}
    for key, value in data.items():
        if key == "_links":
            if not isinstance(value, dict):
                raise ShapeError(f"{where}._links must be an object")
            for rel, raw in value.items():
                link_where = f"{where}._links.{rel}"
                link = _structure_link_value(raw, base_url, link_where)
                spec = plan.links.get(rel)
                if spec is not None and isinstance(link, list) == spec.many:
                    links_kwargs[spec.attr] = link
                else:
                    links_extra[rel] = link
        elif key == "_embedded":
            if not isinstance(value, dict):
                raise ShapeError(f"{where}._embedded must be an object")
            for name, raw in value.items():
                item_spec = plan.embedded.get(name)
                target = registry.get(item_spec.target) if item_spec and item_spec.target else None
                if item_spec is None or target is None or isinstance(raw, list) != item_spec.many:
                    embedded_extra[name] = raw
                elif item_spec.many:
                    embedded_kwargs[item_spec.attr] = [
                        structure(
                            item, target, registry, base_url, f"{where}._embedded.{name}[{i}]"
                        )
                        for i, item in enumerate(raw)
                    ]
                else:
                    embedded_kwargs[item_spec.attr] = structure(
                        raw, target, registry, base_url, f"{where}._embedded.{name}"
                    )
        elif key == "rel" and plan.spec.rel is not None:
            if value != plan.spec.rel:
                raise ShapeError(f"{where}: rel {value!r} where {plan.spec.rel!r} was expected")
        else:
            prop = plan.properties.get(key)
            if prop is None:
                extra[key] = value
            elif value is None:
                nulls.append(key)
            else:
                try:
                    values[prop.attr] = prop.structure(value)
                except (TypeError, ValueError, cattrs.BaseValidationError):
                    # A value the definitions did not expect: keep it as sent, untyped,
                    # rather than refuse the whole resource or change it on the way back.
                    extra[key] = value
    links = plan.spec.links_class(**links_kwargs, extra=links_extra)
    embedded = plan.spec.embedded_class(**embedded_kwargs, extra=embedded_extra)
    return cls(
        **values,
        links=links,
        embedded=embedded,
        extra_properties=extra,
        explicit_nulls=frozenset(nulls),
        rel_omitted=plan.spec.rel is not None and "rel" not in data,
        empty_sections=frozenset(key for key in ("_links", "_embedded") if data.get(key) == {}),
    )


def unstructure(resource: Resource) -> dict[str, Any]:
    """The JSON object of a resource: rel, properties, extras, ``_links``, ``_embedded``."""
    plan = _plan(type(resource))
    out: dict[str, Any] = {}
    if plan.spec.rel is not None and not resource.rel_omitted:
        out["rel"] = plan.spec.rel
    for wire, prop in plan.properties.items():
        value = getattr(resource, prop.attr)
        if value is not None:
            out[wire] = prop.unstructure(value)
        elif wire in resource.explicit_nulls:
            out[wire] = None
    out.update(resource.extra_properties)
    links: dict[str, Any] = {}
    link_extra = resource.links.extra
    if "self" in link_extra:
        links["self"] = _unstructure_link_value(link_extra["self"])
    for wire, spec in plan.links.items():
        value = getattr(resource.links, spec.attr)
        if value is not None:  # an empty list was sent empty; None means absent
            links[wire] = _unstructure_link_value(value)
    for wire, value in link_extra.items():
        if wire != "self":
            links[wire] = _unstructure_link_value(value)
    if links or "_links" in resource.empty_sections:
        out["_links"] = links
    embedded: dict[str, Any] = {}
    for wire, spec in plan.embedded.items():
        value = getattr(resource.embedded, spec.attr)
        if value is None:
            continue
        embedded[wire] = [unstructure(item) for item in value] if spec.many else unstructure(value)
    embedded.update(resource.embedded.extra)
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
    return structure(data, cls, registry, base_url)


def dumps(resource: Resource) -> bytes:
    """Encode a resource as compact UTF-8 JSON."""
    return json.dumps(unstructure(resource), ensure_ascii=False, separators=(",", ":")).encode()

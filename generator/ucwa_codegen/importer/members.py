"""Properties, links and embedded entries of a resource, from its pages and every example."""

from __future__ import annotations

from typing import Any

from . import types
from .context import Context
from .decide import decide, from_samples, hint
from .records import with_revision
from .reference import Entry, Parameter, ResourcePage
from .samples import Relation
from .types import TypeFact


def property_hints(pages: list[ResourcePage]) -> dict[str, Parameter]:
    """Body parameters named like a property: a PUT or POST of the resource describes its
    properties there, with type hints the Properties table lacks."""
    return {
        param.name: param
        for page in pages
        for operation in page.operations
        for param in operation.body
    }


def add_members(
    context: Context,
    page: ResourcePage,
    into: dict[str, dict[str, Any]],
    hints: dict[str, Parameter],
) -> None:
    """The properties, links and embedded entries ``page`` adds to those ``into`` holds."""
    rel, revision = page.rel, page.revision
    for entry in page.properties:
        if entry.name in into["properties"]:
            continue
        into["properties"][entry.name] = with_revision(
            property_data(context, page, entry, hints.get(entry.name)), revision
        )
    for entry in page.links:
        if entry.name not in into["links"]:
            into["links"][entry.name] = with_revision(link_data(context, rel, entry.name), revision)
    embedded = [e.name for e in page.embedded] + [
        name for (holder, name) in context.samples.embedded if holder == rel
    ]
    for name in embedded:
        if name not in into["embedded"]:
            into["embedded"][name] = embedded_data(context, rel, name)


def property_data(
    context: Context, page: ResourcePage, entry: Entry, param: Parameter | None
) -> dict[str, Any]:
    json_fact, xml_fact = from_samples(context, page.rel, entry.name)
    carried = context.samples.links.get((page.rel, entry.name), [])
    if json_fact is None and carried and all(r.data_uri for r in carried):
        # The examples carry this property as a data: URI under _links (message text).
        json_fact = TypeFact("data_uri", "json-example")
    hinted = (
        hint(context, param.text, page.page, param.line, f"property {entry.name}")
        if param
        else None
    )
    fact = decide(
        context,
        page.page,
        entry.line,
        f"property {page.rel}.{entry.name}",
        json_fact,
        hinted,
        xml_fact,
    )
    nullable = any(v is None for v in context.samples.json.get((page.rel, entry.name), []))
    if nullable and not fact.nullable and not fact.undecided:
        fact = TypeFact(fact.type, fact.origin, fact.array, True, decision=fact.decision)
    return _property_fields(fact, carried, entry.text)


def _property_fields(fact: TypeFact, carried: list[Relation], text: str) -> dict[str, Any]:
    """A property's fields as written: ``as: link`` only where the examples carry it so,
    ``max_length`` after the type and its flags."""
    data = fact.as_data()
    if fact.type != "data_uri" or not carried or not all(r.data_uri for r in carried):
        data.pop("as", None)  # read where it stands: only the examples show it as a link
    elif "as" not in data:
        data = _insert_after(data, "nullable" if "nullable" in data else "type", "as", "link")
    length = types.max_length(text)
    if length:
        data = _insert_after(
            data,
            "nullable" if "nullable" in data else "array" if "array" in data else "type",
            "max_length",
            length,
        )
    return data


def link_data(context: Context, rel: str, name: str) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if name in context.rels:
        data["target"] = name
    shown = context.samples.links.get((rel, name), [])
    data["cardinality"] = "many" if any(r.many for r in shown) else "one"
    return data


def embedded_data(context: Context, rel: str, name: str) -> dict[str, Any]:
    shown = context.samples.embedded.get((rel, name), [])
    inside = {r for relation in shown for r in relation.rels}
    data: dict[str, Any] = {}
    if len(inside) == 1 and next(iter(inside)) in context.rels:
        data["target"] = next(iter(inside))
    elif not inside and name in context.rels:
        data["target"] = name
    data["cardinality"] = "many" if any(r.many for r in shown) else "one"
    return data


def _insert_after(data: dict[str, Any], after: str, key: str, value: Any) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for existing, item in data.items():
        result[existing] = item
        if existing == after:
            result[key] = value
    return result

"""The type of a property or parameter, chosen among what its hint and the examples say."""

from __future__ import annotations

from typing import Any

from . import types
from .context import Context
from .types import TypeFact


def hint(context: Context, text: str, page: str, line: int, what: str) -> TypeFact | None:
    """The type a description's hint gives; an enumeration hint needs the enumeration's page,
    and the values it lists are noted as in use."""
    found = types.from_hint(text, context.enums)
    if found is None:
        return None
    name = found.fact.type
    if found.enum_values:
        if name not in context.enum_pages:
            context.report.skipped(page, line, what, f"its hint names {name}, which has no page")
            return None
        for value in found.enum_values:
            context.values.use(name, value, page)
    return found.fact


def from_values(context: Context, values: list[Any], name: str, origin: str) -> TypeFact | None:
    return types.from_values(values, name, context.enums, origin)


def from_samples(context: Context, rel: str, name: str) -> tuple[TypeFact | None, TypeFact | None]:
    """The types the JSON and the XML examples of every page show for a property."""
    key = (rel, name)
    json_fact = from_values(context, context.samples.json.get(key, []), name, "json-example")
    xml_fact = from_values(context, context.samples.xml.get(key, []), name, "xml-example")
    return json_fact, xml_fact


def decide(
    context: Context, page: str, line: int, what: str, *candidates: TypeFact | None
) -> TypeFact:
    """The first candidate the reference decides; otherwise the first undecided one (its
    reason is the most specific), or a plain undecided string."""
    known = [c for c in candidates if c is not None]
    for fact in known:
        if not fact.undecided:
            return fact
    fact = known[0] if known else types.undecided("no hint and no example value")
    context.report.undecided(page, line, what, fact.decision or "")
    return fact

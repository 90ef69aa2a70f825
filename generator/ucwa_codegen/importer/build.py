"""The facts of all pages -> the data of definition files (resources and enumerations).

No description is taken from the pages (they are CC BY text, and the definitions' own words
are written by people); what is imported are names, types, links, operations, errors,
events, scopes and examples, each file pointing at its page with ``reference``. A resource's
revision pages are merged into its base page: what a revision adds is marked with it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from .context import Context, read_context
from .enumerations import enum_data, report_pageless
from .members import add_members, property_hints
from .operations import add_operations
from .records import content_key
from .reference import EventRow, Reference, ResourcePage
from .report import Report


@dataclass(slots=True)
class Imported:
    """Definition data by file: resources by rel, enumerations by name."""

    resources: dict[str, dict[str, Any]] = field(default_factory=dict)
    enums: dict[str, dict[str, Any]] = field(default_factory=dict)


def build(reference: Reference, report: Report) -> Imported:
    """Definition data for every resource (revisions merged in) and enumeration read."""
    context = read_context(reference, report)
    imported = Imported()
    by_rel: dict[str, list[ResourcePage]] = defaultdict(list)
    for page in reference.resources:
        by_rel[page.rel].append(page)
    for rel, pages in by_rel.items():
        ordered = sorted(pages, key=lambda p: p.revision or 1)
        if ordered[0].revision is not None:
            report.skipped(
                ordered[0].page, 1, f"resource {rel}", "a revision page without its base page"
            )
        imported.resources[rel] = _resource(context, ordered)
    # Enumerations last: the resources note the values their pages use beyond these pages.
    for enum_page in reference.enums:
        imported.enums[enum_page.name] = enum_data(enum_page, context.values)
    report_pageless(context.values, imported.enums, report)
    return imported


def _resource(context: Context, pages: list[ResourcePage]) -> dict[str, Any]:
    """A resource file from its base page and its revision pages, in revision order."""
    base = pages[0]
    rel = base.rel
    data: dict[str, Any] = {"resource": rel, "reference": f"{rel}_ref.md"}
    if base.revision is None:
        data["reference"] = base.page
    revisions = [p.page for p in pages if p.revision is not None]
    if revisions:
        data["revisions"] = revisions
    scopes = list(dict.fromkeys(s.name for p in pages for s in p.scopes))
    if scopes:
        data["scopes"] = scopes
    sections: dict[str, dict[str, Any]] = {
        "properties": {},
        "links": {},
        "embedded": {},
        "operations": {},
    }
    hints = property_hints(pages)
    for page in pages:
        add_members(context, page, sections, hints)
        add_operations(context, page, sections["operations"])
    for key, value in sections.items():
        if value:
            data[key] = value
    events = [_event(row, rel) for page in pages for row in page.events]
    if events:
        data["events"] = list({content_key(e): e for e in events}.values())
    examples = [e.as_data() for page in pages for e in page.all_examples()]
    if examples:
        data["examples"] = examples
    return data


def _event(row: EventRow, rel: str) -> dict[str, Any]:
    event: dict[str, Any] = {"type": row.type}
    if row.resource != rel:
        event["resource"] = row.resource
    event["sender"] = row.sender
    event["priority"] = row.priority
    return event

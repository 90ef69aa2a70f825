"""What every part of the build reads: the facts of all pages together, and the report."""

from __future__ import annotations

from dataclasses import dataclass

from .enumerations import ValuesInUse
from .reference import Reference
from .report import Report
from .samples import Samples
from .types import Enumerations


@dataclass(frozen=True, slots=True)
class Context:
    """The facts one page is built against. Only ``values`` grows while building: the
    enumeration values pages use beyond their enumeration's page."""

    report: Report
    enums: Enumerations
    enum_pages: frozenset[str]  # enumerations that have a page
    rels: frozenset[str]  # resources that have a page
    pages_by_folded: dict[str, str]  # page file names by their lower-case spelling
    samples: Samples
    values: ValuesInUse


def read_context(reference: Reference, report: Report) -> Context:
    enums = Enumerations({p.name: [v.name for v in p.values] for p in reference.enums})
    samples = Samples()
    for page in reference.resources:
        for example in page.all_examples():
            samples.add(example)
    names = [p.page for p in reference.resources] + [p.page for p in reference.enums]
    return Context(
        report=report,
        enums=enums,
        enum_pages=frozenset(p.name for p in reference.enums),
        rels=frozenset(p.rel for p in reference.resources),
        pages_by_folded={name.lower(): name for name in names},
        samples=samples,
        values=ValuesInUse(enums),
    )

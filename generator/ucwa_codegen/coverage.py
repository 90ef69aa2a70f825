"""``ucwa-gen coverage``: what the reference pages hold against what definitions/ holds.

The reference side is read by the importer's page parser (importer.reference), the only one.
Every kind counts rows the way docs/coverage-notes.md describes:

- a row of the reference is a fact of one page (a property row, a link row, one operation of
  a page...), keyed as the definitions key it (resource, operation, name...);
- a row is *found* when the definitions hold its key; a row whose key was counted already is
  accounted for as a *merged revision row* (a numbered page repeating its base page) or a
  *repeated row* (the same page listing it twice);
- a row the definitions hold another way is accounted for under a named category (a Request
  body row that is a query parameter, a row of a text body...); any other row is *missing*;
- definition entries no row accounts for are listed by category (*beyond* the rows: embedded
  resources the examples show, enumeration values pages use beyond their page...).

So ``reference = found + accounted + missing`` and ``definitions = found + beyond``. A kind is
complete when nothing is missing and, for examples, every payload that is a UCWA resource
round-trips through the generated package (``ucwa.parse`` then ``ucwa.serialize``).

The generator never imports the package it generates: the round trips and the replay of
every documented exchange run in a child interpreter (``python -m ucwa_testing.replay``),
which has the installed ``ucwa`` and its test tools; coverage.py only counts their outcomes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .coverage_report import Coverage, KindCoverage, Replayed
from .importer import page_paths
from .importer.reference import Reference, ResourcePage, read_reference
from .importer.report import Report
from .importer.samples import Samples
from .importer.types import UNDECIDED
from .load import SourceFile
from .model import METHODS

Key = tuple[str, ...]

MERGED = "merged revision rows"
REPEATED = "repeated rows on one page"
QUERY_TWINS = "body rows read as query parameters"
BODY_TWINS = "query rows of body parameters (their placement says why)"
TEXT_BODY = "rows of a text body (text_body), not JSON parameters"
REQUIRED_IN_REVISION = "required from a revision on (required_by_revision)"
NOT_ON_A_PAGE = "not on any page"
NOT_AN_ERROR_CODE = "codes that are not ErrorCode values (the import skips them)"
SHOWN = "shown by the examples only"
REPEATED_ENTRIES = "repeated entries (told apart by their descriptions)"


@dataclass(frozen=True, slots=True)
class Row:
    """One fact of the reference: its key, the page (or source) it is on, and the category
    it is accounted for under when an earlier row of another source had the same key."""

    key: Key
    source: str
    again: str = MERGED
    revision: bool = False


def _compare(
    name: str,
    rows: Iterable[Row],
    held: Iterable[Key],
    otherwise: Callable[[Row], str | None] = lambda row: None,
    beyond: Callable[[Key], str] = lambda key: NOT_ON_A_PAGE,
) -> KindCoverage:
    result = KindCoverage(name)
    held_keys = list(held)
    held_set = set(held_keys)
    first: dict[Key, str] = {}
    for row in rows:
        result.reference += 1
        if row.key in first:
            result.accounted[REPEATED if first[row.key] == row.source else row.again] += 1
            continue
        first[row.key] = row.source
        if row.key in held_set:
            result.found += 1
            continue
        why = otherwise(row)
        if why is None:
            result.missing.append(" ".join(part for part in row.key if part))
        else:
            result.accounted[why] += 1
    result.definitions = len(held_keys)
    seen: set[Key] = set()
    for key in held_keys:
        if key in seen:
            result.beyond[REPEATED_ENTRIES] += 1
        elif key not in first:
            result.beyond[beyond(key)] += 1
        seen.add(key)
    return result


# -- the definitions ----------------------------------------------------------------------


class _Definitions:
    def __init__(self, files: list[SourceFile], round_trips: list[list[str | None]]) -> None:
        self.resources: dict[str, dict[str, Any]] = {}
        self.enums: dict[str, dict[str, Any]] = {}
        # What the generated package made of each example, by the example's identity.
        self.round_trips: dict[int, str | None] = {}
        for source, outcomes in zip(files, round_trips, strict=True):
            examples = source.data.get("examples", ())
            self.round_trips.update(zip(map(id, examples), outcomes, strict=True))
        for source in files:
            if "resource" in source.data:
                self.resources[source.data["resource"]] = source.data
            elif "enum" in source.data:
                self.enums[source.data["enum"]] = source.data

    def operations(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        for rel, data in self.resources.items():
            for method, operation in data.get("operations", {}).items():
                yield rel, method, operation

    def operation(self, rel: str, method: str) -> dict[str, Any]:
        found: dict[str, Any] = self.resources.get(rel, {}).get("operations", {}).get(method, {})
        return found

    def entries(self, section: str, *, needs: str) -> list[Key]:
        """(rel, name) of a section's entries that carry ``needs`` (type, cardinality)."""
        return [
            (rel, name)
            for rel, data in self.resources.items()
            for name, item in data.get(section, {}).items()
            if needs in item
        ]

    def parameters(self, section: str, *, required: bool = False) -> list[Key]:
        return [
            (rel, method, name)
            for rel, method, operation in self.operations()
            for name, item in operation.get(section, {}).items()
            if item.get("required") or not required
        ]


# -- the reference ------------------------------------------------------------------------


def _pages(reference: Reference) -> list[ResourcePage]:
    """Base pages before their revisions, so that a revision's repeat is the merged row."""
    return sorted(reference.resources, key=lambda p: (p.rel, p.revision or 1))


def _rows(
    pages: Iterable[ResourcePage], keys: Callable[[ResourcePage], Iterable[Key]]
) -> list[Row]:
    return [
        Row(key, page.page, revision=page.revision is not None)
        for page in pages
        for key in keys(page)
    ]


def _operations_of(method: str) -> Callable[[ResourcePage], list[Key]]:
    return lambda page: [(page.rel, method) for o in page.operations if o.method == method]


def _kinds(reference: Reference, defs: _Definitions) -> Iterator[KindCoverage]:
    pages = _pages(reference)
    samples = Samples()
    for page in pages:
        for example in page.all_examples():
            samples.add(example)
    base = [p for p in pages if p.revision is None]
    revisions = [p for p in pages if p.revision is not None]
    yield _compare(
        "resource pages",
        _rows(base, lambda p: [(p.page,)]),
        # A definition of one's own (no reference page) is no page of the reference.
        [(d["reference"],) for d in defs.resources.values() if d.get("reference")],
    )
    yield _compare(
        "revision pages",
        _rows(revisions, lambda p: [(p.page,)]),
        [(page,) for d in defs.resources.values() for page in d.get("revisions", ())],
    )
    yield _compare("resources", _rows(pages, lambda p: [(p.rel,)]), [(r,) for r in defs.resources])
    yield _compare(
        "enumerations",
        [Row((e.name,), e.page) for e in reference.enums],
        [(name,) for name in defs.enums],
    )
    yield _compare(
        "enumeration values",
        [Row((e.name, v.name), e.page) for e in reference.enums for v in e.values],
        [(name, value) for name, data in defs.enums.items() for value in data["values"]],
        beyond=lambda key: "not on the enumeration's page (pages use them)",
    )
    for method in METHODS:
        yield _compare(
            f"{method} operations",
            _rows(pages, _operations_of(method)),
            [(rel, m) for rel, m, _ in defs.operations() if m == method],
        )
    yield from _parameter_kinds(pages, defs)
    yield _compare(
        "properties with a type",
        _rows(pages, lambda p: [(p.rel, e.name) for e in p.properties]),
        defs.entries("properties", needs="type"),
        beyond=lambda key: SHOWN if key in samples.json or key in samples.xml else NOT_ON_A_PAGE,
    )
    yield _compare(
        "links with a cardinality",
        _rows(pages, lambda p: [(p.rel, e.name) for e in p.links]),
        defs.entries("links", needs="cardinality"),
    )
    yield _embedded(pages, samples, defs)
    yield _compare(
        "event rows",
        _rows(
            pages,
            lambda p: [(p.rel, e.type, e.resource, e.sender, e.priority) for e in p.events],
        ),
        [
            (rel, e["type"], e.get("resource", rel), e["sender"], e.get("priority", ""))
            for rel, data in defs.resources.items()
            for e in data.get("events", ())
        ],
    )
    scopes = _compare(
        "scopes",
        _rows(pages, lambda p: [(p.rel, s.name) for s in p.scopes]),
        [(rel, s) for rel, data in defs.resources.items() for s in data.get("scopes", ())],
    )
    scopes.details["distinct scopes in the reference"] = len(
        {s.name for p in pages for s in p.scopes}
    )
    yield scopes
    codes = set(defs.enums.get("ErrorCode", {}).get("values", {}))
    errors = _compare(
        "synchronous errors",
        _rows(
            pages,
            lambda p: [
                (p.rel, o.method, e.error, str(e.status), e.subcode or "")
                for o in p.operations
                for e in o.errors
            ],
        ),
        [
            (rel, method, e["error"], str(e["status"]), e.get("subcode", ""))
            for rel, method, operation in defs.operations()
            for e in operation.get("errors", ())
        ],
        otherwise=lambda row: None if row.key[2] in codes else NOT_AN_ERROR_CODE,
    )
    errors.details["distinct (code, status, subcode) in the reference"] = len(
        {(e.error, e.status, e.subcode) for p in pages for o in p.operations for e in o.errors}
    )
    yield errors
    for fmt in ("json", "xml"):
        yield _examples(fmt, pages, defs)


def _parameter_kinds(pages: list[ResourcePage], defs: _Definitions) -> Iterator[KindCoverage]:
    def query_names(rel: str, method: str) -> dict[str, Any]:
        found: dict[str, Any] = defs.operation(rel, method).get("query", {})
        return found

    def body_row(row: Row) -> str | None:
        rel, method, name = row.key
        if name in query_names(rel, method):
            return QUERY_TWINS
        if "text_body" in defs.operation(rel, method):
            return TEXT_BODY
        return None

    def required_row(row: Row) -> str | None:
        rel, method, name = row.key
        if query_names(rel, method).get(name, {}).get("required"):
            return QUERY_TWINS
        defined = defs.operation(rel, method).get("body", {}).get(name, {})
        if row.revision and any(c["required"] for c in defined.get("required_by_revision", ())):
            return REQUIRED_IN_REVISION
        return None

    body_keys = {(p.rel, o.method, b.name) for p in pages for o in p.operations for b in o.body}

    def beyond_query(key: Key) -> str:
        return QUERY_TWINS if key in body_keys else NOT_ON_A_PAGE

    def query_row(row: Row) -> str | None:
        rel, method, name = row.key
        placed = defs.operation(rel, method).get("body", {}).get(name, {})
        return BODY_TWINS if row.key in body_keys and "placement" in placed else None

    yield _compare(
        "body parameters",
        _rows(pages, lambda p: [(p.rel, o.method, b.name) for o in p.operations for b in o.body]),
        defs.parameters("body"),
        otherwise=body_row,
    )
    yield _compare(
        "required body parameters",
        _rows(
            pages,
            lambda p: [
                (p.rel, o.method, b.name) for o in p.operations for b in o.body if b.required
            ],
        ),
        defs.parameters("body", required=True),
        otherwise=required_row,
    )
    yield _compare(
        "query parameters",
        _rows(pages, lambda p: [(p.rel, o.method, q.name) for o in p.operations for q in o.query]),
        defs.parameters("query"),
        otherwise=query_row,
        beyond=beyond_query,
    )


def _embedded(pages: list[ResourcePage], samples: Samples, defs: _Definitions) -> KindCoverage:
    """Rels a Links table lists twice, then the embedded resources the examples show."""
    rels = {p.rel for p in pages}
    table = _rows(pages, lambda p: [(p.rel, e.name) for e in p.embedded])
    shown = [
        Row(key, "examples", again="shown by the examples too")
        for key in sorted(samples.embedded)
        if key[0] in rels
    ]
    result = _compare(
        "embedded with a cardinality",
        table + shown,
        defs.entries("embedded", needs="cardinality"),
    )
    result.details["listed twice in a Links table"] = len(table)
    result.details["shown by the examples"] = len(shown)
    return result


# -- examples ------------------------------------------------------------------------------


def _example_keys(examples: Iterable[tuple[str, dict[str, Any]]]) -> list[Key]:
    """(page, operation or event, direction, number within those) of each example."""
    counts: Counter[Key] = Counter()
    keys: list[Key] = []
    for page, example in examples:
        group = (page, example.get("operation") or example.get("event") or "", example["direction"])
        counts[group] += 1
        keys.append((*group, str(counts[group])))
    return keys


def _examples(fmt: str, pages: list[ResourcePage], defs: _Definitions) -> KindCoverage:
    on_pages = [
        (page.page, e.as_data()) for page in pages for e in page.all_examples() if e.format == fmt
    ]
    held = [
        (example.get("page", ""), example)
        for data in defs.resources.values()
        for example in data.get("examples", ())
        if example["format"] == fmt
    ]
    result = _compare(
        f"{fmt.upper()} examples",
        [Row(key, key[0]) for key in _example_keys(on_pages)],
        _example_keys(held),
    )
    outcomes: Counter[str] = Counter()
    for (_, example), key in zip(held, _example_keys(held), strict=True):
        outcome = defs.round_trips[id(example)]
        if outcome is None:
            result.failing.append(f"does not round-trip: {' '.join(key)}")
            outcome = "do not round-trip"
        outcomes[outcome] += 1
    result.details = dict(sorted(outcomes.items()))
    return result


class PlayFailed(Exception):
    """The child interpreter that plays the examples through the generated package failed."""


def _play(files: list[SourceFile]) -> dict[str, Any]:
    """``ucwa_testing.replay.play`` over the definitions, in a child interpreter."""
    result = subprocess.run(
        [sys.executable, "-m", "ucwa_testing.replay"],
        input=json.dumps([source.data for source in files]),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or [f"exit status {result.returncode}"])[-1]
        raise PlayFailed(f"`python -m ucwa_testing.replay` failed: {last}")
    played: dict[str, Any] = json.loads(result.stdout)
    return played


def _undecided(data: Any) -> int:
    if isinstance(data, dict):
        own = isinstance(data.get("decision"), str) and data["decision"].startswith(UNDECIDED)
        return int(own) + sum(_undecided(v) for v in data.values())
    if isinstance(data, list):
        return sum(_undecided(v) for v in data)
    return 0


def coverage(docs: Path, files: Iterable[SourceFile]) -> Coverage:
    """Compare the reference pages in ``docs`` with validated definition files."""
    files = list(files)
    report = Report()
    reference = read_reference(page_paths([docs]), report)
    played = _play(files)
    return Coverage(
        list(_kinds(reference, _Definitions(files, played["round_trips"]))),
        sum(_undecided(f.data) for f in files),
        [str(note) for note in report.of_kind("skipped")],
        Replayed.from_data(played["replay"]),
    )

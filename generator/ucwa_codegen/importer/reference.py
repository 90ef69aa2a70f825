"""What one reference page says, read into plain facts: the importer's only page parser.

``read_page`` turns a page into a ResourcePage or an EnumPage and lists what it could not
read as Problems. Nothing here decides types or writes definitions (see build.py): the same
facts feed the importer and the coverage report, so both count the reference the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import examples as example_reader
from .markdown import CodeBlock, Row, Section, Table, sections, split_front_matter, unfenced_json
from .report import Report

METHODS = ("GET", "POST", "PUT", "DELETE", "OPTIONS")
EVENT_TYPES = ("added", "updated", "deleted", "started", "completed")

# Linear patterns only, as in examples.py.
_PAGE_NAME = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9]*+)_ref\.md$", re.IGNORECASE)
_REVISION = re.compile(r"^(?P<base>[A-Za-z]++)(?P<revision>[2-9])$")
_SCOPE = re.compile(r"^[A-Z][A-Za-z]*+\.[A-Za-z]++$")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*+$")

# Sections that hold nothing the definitions keep (prose, or the generic rel/href table).
_IGNORED = {"", "web link", "resource description", "operations", "examples"}


@dataclass(frozen=True, slots=True)
class Entry:
    """A named row: a property, link, enumeration value, response item or parameter."""

    name: str
    line: int
    text: str = ""
    targets: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Parameter:
    name: str
    line: int
    text: str
    required: bool


@dataclass(frozen=True, slots=True)
class ErrorRow:
    error: str
    status: int
    subcode: str | None
    line: int


@dataclass(frozen=True, slots=True)
class EventRow:
    type: str
    resource: str
    priority: str
    sender: str
    line: int


@dataclass(slots=True)
class Operation:
    method: str
    line: int
    query: list[Parameter] = field(default_factory=list)
    body: list[Parameter] = field(default_factory=list)
    response_items: list[Entry] = field(default_factory=list)
    response_self: bool = False  # "contains the properties and links shown ..." (GET)
    errors: list[ErrorRow] = field(default_factory=list)
    examples: list[example_reader.Example] = field(default_factory=list)


@dataclass(slots=True)
class ResourcePage:
    page: str
    rel: str
    revision: int | None
    properties: list[Entry] = field(default_factory=list)
    links: list[Entry] = field(default_factory=list)
    embedded: list[Entry] = field(default_factory=list)
    scopes: list[Entry] = field(default_factory=list)
    operations: list[Operation] = field(default_factory=list)
    events: list[EventRow] = field(default_factory=list)
    event_examples: list[example_reader.Example] = field(default_factory=list)

    def all_examples(self) -> list[example_reader.Example]:
        """Its operations' and its events' examples, in page order."""
        found = [e for op in self.operations for e in op.examples] + self.event_examples
        return sorted(found, key=lambda e: e.line)


@dataclass(slots=True)
class EnumPage:
    page: str
    name: str
    values: list[Entry] = field(default_factory=list)


@dataclass(slots=True)
class Reference:
    """Every page that was read, by kind; pages keep the order of their names."""

    resources: list[ResourcePage] = field(default_factory=list)
    enums: list[EnumPage] = field(default_factory=list)


def rel_of(page: str) -> str | None:
    """``contact_ref.md`` -> ``contact``; also ``resumePhoneAudio_Ref.md``."""
    match = _PAGE_NAME.match(page)
    return match.group("name") if match else None


def _cell(row: Row, table: Table, column: str) -> str:
    index = table.column(column)
    return row.text(index) if index is not None else ""


def _first_table(section: Section, column: str, report: Report, page: str) -> Table | None:
    """The section's table with ``column``; None (and nothing reported) if it says None."""
    for table in section.tables():
        if table.column(column) is not None:
            return table
    if section.prose().strip() not in ("", "None") or section.tables():
        report.skipped(page, section.line, f"section {section.title!r}", f"no {column} table")
    return None


def _entries(section: Section, column: str, report: Report, page: str) -> list[Entry]:
    table = _first_table(section, column, report, page)
    if table is None:
        return []
    index = table.column(column)
    assert index is not None
    description = next((i for i, t in enumerate(table.header) if i != index), None)
    result = []
    for row in table.rows:
        name = row.text(index)
        if not name:
            continue
        text = row.text(description) if description is not None else ""
        # The pages a row links to, in its name cell first ([messagingInvitation](...)).
        targets = tuple(
            t
            for i in (index, description)
            if i is not None and i < len(row.cells)
            for t in row.cells[i].targets
        )
        result.append(Entry(name, row.line, text, targets))
    return result


class _PageReader:
    def __init__(self, page: str, text: str, report: Report) -> None:
        self.page = page
        self.report = report
        _, lines = split_front_matter(text)
        self.sections = sections(lines)

    def resource(self, rel: str, revision: int | None) -> ResourcePage:
        result = ResourcePage(self.page, rel, revision)
        operation: Operation | None = None
        event: str | None = None
        for section in self.sections:
            key = section.key
            if section.level == 1:
                continue  # the page title
            if key.upper() in METHODS:
                operation = Operation(key.upper(), section.line)
                result.operations.append(operation)
                event = None
            elif key == "events":
                operation, event = None, None
            elif key in EVENT_TYPES and operation is None:
                event = key
                self.read_event(section, event, result)
            elif operation is not None and self.read_operation_section(section, operation):
                pass
            elif key in ("properties", "propertie"):
                if key == "propertie":
                    self.report.repaired(
                        self.page, section.line, "heading 'Propertie'", "read as Properties"
                    )
                result.properties = self.names(section, "Name", "property")
            elif key == "links":
                self.read_links(section, result)
            elif key == "azure active directory scopes for online applications":
                result.scopes = self.scopes(section)
            elif key not in _IGNORED:
                self.report.skipped(
                    self.page, section.line, f"section {section.title!r}", "not a known section"
                )
        return result

    def names(self, section: Section, column: str, what: str) -> list[Entry]:
        good = []
        for entry in _entries(section, column, self.report, self.page):
            if _IDENTIFIER.match(entry.name):
                good.append(entry)
            else:
                self.report.skipped(self.page, entry.line, f"{what} {entry.name!r}", "not a name")
        return good

    def read_links(self, section: Section, result: ResourcePage) -> None:
        seen: set[str] = set()
        for entry in self.names(section, "Link", "link"):
            if entry.name == "self":
                continue
            if entry.name in seen:
                # The pages list an embedded resource a second time in the Links table.
                result.embedded.append(entry)
            else:
                seen.add(entry.name)
                result.links.append(entry)

    def scopes(self, section: Section) -> list[Entry]:
        good = []
        for entry in _entries(section, "Scope", self.report, self.page):
            if _SCOPE.match(entry.name):
                good.append(entry)
            else:
                self.report.skipped(self.page, entry.line, f"scope {entry.name!r}", "not a scope")
        return good

    def read_operation_section(self, section: Section, operation: Operation) -> bool:
        key = section.key
        if key == "query parameters":
            operation.query = self.parameters(section)
        elif key == "request body":
            operation.body = self.parameters(section)
        elif key == "response body":
            if section.tables():
                operation.response_items = _entries(section, "Item", self.report, self.page)
            operation.response_self = "contains the properties and links" in section.prose()
        elif key == "synchronous errors":
            if section.tables():  # some pages leave the table out when there are none
                operation.errors = self.errors(section)
        elif key in example_reader.SECTIONS:
            fmt, direction = example_reader.SECTIONS[key]
            blocks = section.code_blocks()
            if not blocks:
                self.report.skipped(self.page, section.line, f"{section.title}", "no code block")
            for block in blocks:
                example = example_reader.read(
                    block, fmt, direction, self.page, self.report, operation=operation.method
                )
                if example is not None:
                    operation.examples.append(example)
        else:
            return key == "examples"
        return True

    def parameters(self, section: Section) -> list[Parameter]:
        table = _first_table(section, "Name", self.report, self.page)
        if table is None:
            return []
        result = []
        for row in table.rows:
            name = _cell(row, table, "Name")
            required = _cell(row, table, "Required?")
            if not _IDENTIFIER.match(name):
                self.report.skipped(self.page, row.line, f"parameter {name!r}", "not a name")
                continue
            if required not in ("Yes", "No"):
                self.report.skipped(
                    self.page, row.line, f"parameter {name!r}", f"Required? is {required!r}"
                )
                continue
            result.append(
                Parameter(name, row.line, _cell(row, table, "Description"), required == "Yes")
            )
        return result

    def errors(self, section: Section) -> list[ErrorRow]:
        table = _first_table(section, "Error", self.report, self.page)
        if table is None:
            return []
        result = []
        for row in table.rows:
            error, code = _cell(row, table, "Error"), _cell(row, table, "Code")
            subcode = _cell(row, table, "Subcode")
            if not (_IDENTIFIER.match(error) and code.isdigit() and _IDENTIFIER.match(subcode)):
                self.report.skipped(
                    self.page, row.line, f"error row {error!r} {code!r} {subcode!r}", "unreadable"
                )
                continue
            result.append(
                ErrorRow(error, int(code), None if subcode == "None" else subcode, row.line)
            )
        return result

    def read_event(self, section: Section, event: str, result: ResourcePage) -> None:
        table = _first_table(section, "Sender", self.report, self.page)
        if table is not None:
            for row in table.rows:
                resource, priority, sender = (
                    _cell(row, table, c) for c in ("Resource", "Priority", "Sender")
                )
                if not all(_IDENTIFIER.match(v) for v in (resource, priority, sender)):
                    self.report.skipped(self.page, row.line, f"{event} event row", "unreadable")
                    continue
                result.events.append(EventRow(event, resource, priority, sender, row.line))
        blocks: list[CodeBlock] = section.code_blocks()
        if not blocks:
            found = unfenced_json(section.lines)
            blocks = [found] if found else []
        for block in blocks:
            example = example_reader.read(
                block, "json", "event", self.page, self.report, event=event
            )
            if example is not None:
                result.event_examples.append(example)

    def enum(self, name: str) -> EnumPage:
        result = EnumPage(self.page, name)
        for section in self.sections:
            if section.key == "members":
                result.values = self.names(section, "Name", "value")
        if not result.values:
            self.report.skipped(self.page, 1, f"enumeration {name}", "no Members table")
        return result


def read_page(path: Path, report: Report) -> ResourcePage | EnumPage | None:
    """The facts of one page; None for a page that is neither a resource nor an enumeration."""
    rel = rel_of(path.name)
    if rel is None:
        return None
    if not path.name.endswith("_ref.md"):
        report.repaired(path.name, 1, "page name", "read as if it ended in _ref.md")
    reader = _PageReader(path.name, path.read_text(encoding="utf-8"), report)
    if rel[:1].isupper():
        return reader.enum(rel)
    # A numbered page is a revision of the resource without the number (startMessaging2).
    match = _REVISION.match(rel)
    if match is None:
        return reader.resource(rel, None)
    return reader.resource(match.group("base"), int(match.group("revision")))


def read_reference(paths: Iterable[Path], report: Report) -> Reference:
    """Every resource and enumeration page among ``paths`` (others are ignored)."""
    reference = Reference()
    for path in sorted(paths, key=lambda p: p.name):
        page = read_page(path, report)
        if isinstance(page, ResourcePage):
            reference.resources.append(page)
        elif isinstance(page, EnumPage):
            reference.enums.append(page)
    return reference

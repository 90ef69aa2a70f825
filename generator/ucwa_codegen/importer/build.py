"""The facts of all pages -> the data of definition files (resources and enumerations).

No description is taken from the pages (they are CC BY text, and the definitions' own words
are written by people); what is imported are names, types, links, operations, errors,
events, scopes and examples, each file pointing at its page with ``reference``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from . import types
from .examples import Example
from .reference import Entry, EnumPage, Operation, Parameter, Reference, ResourcePage, rel_of
from .report import Report
from .samples import Samples
from .types import Enumerations, TypeFact

ERROR_SUBCODE = "ErrorSubcode"
ERROR_CODE = "ErrorCode"
# Media types a request body may have when it is not a JSON input object (schema text_body).
TEXT_BODIES = ("text/plain", "text/html", "application/sdp")


@dataclass(slots=True)
class Imported:
    """Definition data by file: resources by rel, enumerations by name."""

    resources: dict[str, dict[str, Any]] = field(default_factory=dict)
    enums: dict[str, dict[str, Any]] = field(default_factory=dict)


class _Builder:
    def __init__(self, reference: Reference, report: Report) -> None:
        self.report = report
        self.enum_pages = {page.name: page for page in reference.enums}
        self.enums = Enumerations({p.name: [v.name for v in p.values] for p in reference.enums})
        self.rels = {page.rel for page in reference.resources}
        self.pages_by_folded = {
            name.lower(): name
            for name in [p.page for p in reference.resources] + [p.page for p in reference.enums]
        }
        self.samples = Samples()
        for page in reference.resources:
            for example in _examples(page):
                self.samples.add(example)
        # Values pages use beyond their enumeration's page: (enum, value) -> first page.
        self.extra_values: dict[tuple[str, str], str] = {}

    # -- types --------------------------------------------------------------------------

    def hint(self, text: str, page: str, line: int, what: str) -> TypeFact | None:
        hint = types.from_hint(text, self.enums)
        if hint is None:
            return None
        name = hint.fact.type
        if hint.enum_values:
            if name not in self.enum_pages:
                self.report.skipped(page, line, what, f"its hint names {name}, which has no page")
                return None
            for value in hint.enum_values:
                self.use_value(name, value, page)
        return hint.fact

    def use_value(self, enum: str, value: str, page: str) -> None:
        if value not in self.enums.values.get(enum, ()):
            self.extra_values.setdefault((enum, value), page)

    def from_samples(self, rel: str, name: str) -> tuple[TypeFact | None, TypeFact | None]:
        key = (rel, name)
        json_fact = types.from_values(
            self.samples.json.get(key, []), name, self.enums, "json-example"
        )
        xml_fact = types.from_values(self.samples.xml.get(key, []), name, self.enums, "xml-example")
        return json_fact, xml_fact

    def decide(self, page: str, line: int, what: str, *candidates: TypeFact | None) -> TypeFact:
        """The first candidate the reference decides; otherwise the first undecided one (its
        reason is the most specific), or a plain undecided string."""
        known = [c for c in candidates if c is not None]
        for fact in known:
            if not fact.undecided:
                return fact
        fact = known[0] if known else types.undecided("no hint and no example value")
        self.report.undecided(page, line, what, fact.decision or "")
        return fact

    # -- resources ----------------------------------------------------------------------

    def resource(self, pages: list[ResourcePage]) -> dict[str, Any]:
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
        for page in pages:
            self.add_page(page, sections, hints=self.property_hints(pages))
        for key, value in sections.items():
            if value:
                data[key] = value
        events = [
            self.event(row.type, row.resource, row.sender, row.priority, rel)
            for page in pages
            for row in page.events
        ]
        if events:
            data["events"] = list({_key(e): e for e in events}.values())
        examples = [e.as_data() for page in pages for e in _examples(page)]
        if examples:
            data["examples"] = examples
        return data

    def event(
        self, kind: str, resource: str, sender: str, priority: str, rel: str
    ) -> dict[str, Any]:
        event: dict[str, Any] = {"type": kind}
        if resource != rel:
            event["resource"] = resource
        event["sender"] = sender
        event["priority"] = priority
        return event

    def property_hints(self, pages: list[ResourcePage]) -> dict[str, Parameter]:
        """Body parameters named like a property: a PUT or POST of the resource describes its
        properties there, with type hints the Properties table lacks."""
        return {
            param.name: param
            for page in pages
            for operation in page.operations
            for param in operation.body
        }

    def add_page(
        self, page: ResourcePage, into: dict[str, dict[str, Any]], hints: dict[str, Parameter]
    ) -> None:
        rel, revision = page.rel, page.revision
        for entry in page.properties:
            if entry.name in into["properties"]:
                continue
            into["properties"][entry.name] = _with_revision(
                self.property(page, entry, hints.get(entry.name)), revision
            )
        for entry in page.links:
            if entry.name not in into["links"]:
                into["links"][entry.name] = _with_revision(self.link(rel, entry.name), revision)
        embedded = [e.name for e in page.embedded] + [
            name for (holder, name) in self.samples.embedded if holder == rel
        ]
        for name in embedded:
            if name not in into["embedded"]:
                into["embedded"][name] = self.embedded(rel, name)
        for operation in page.operations:
            if operation.method in into["operations"]:
                self.extend_operation(page, operation, into["operations"][operation.method])
            else:
                built = self.operation(page, operation)
                into["operations"][operation.method] = _with_revision(built, revision)

    def property(self, page: ResourcePage, entry: Entry, param: Parameter | None) -> dict[str, Any]:
        json_fact, xml_fact = self.from_samples(page.rel, entry.name)
        carried = self.samples.links.get((page.rel, entry.name), [])
        if json_fact is None and carried and all(r.data_uri for r in carried):
            # The examples carry this property as a data: URI under _links (message text).
            json_fact = TypeFact("data_uri", "json-example")
        hint = (
            self.hint(param.text, page.page, param.line, f"property {entry.name}")
            if param
            else None
        )
        fact = self.decide(
            page.page, entry.line, f"property {page.rel}.{entry.name}", json_fact, hint, xml_fact
        )
        nullable = any(v is None for v in self.samples.json.get((page.rel, entry.name), []))
        if nullable and not fact.nullable and not fact.undecided:
            fact = TypeFact(fact.type, fact.origin, fact.array, True, decision=fact.decision)
        data = fact.as_data()
        if fact.type != "data_uri" or not carried or not all(r.data_uri for r in carried):
            data.pop("as", None)  # read where it stands: only the examples show it as a link
        elif "as" not in data:
            data = _insert_after(data, "nullable" if "nullable" in data else "type", "as", "link")
        length = types.max_length(entry.text)
        if length:
            data = _insert_after(
                data,
                "nullable" if "nullable" in data else "array" if "array" in data else "type",
                "max_length",
                length,
            )
        return data

    def link(self, rel: str, name: str) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if name in self.rels:
            data["target"] = name
        shown = self.samples.links.get((rel, name), [])
        data["cardinality"] = "many" if any(r.many for r in shown) else "one"
        return data

    def embedded(self, rel: str, name: str) -> dict[str, Any]:
        shown = self.samples.embedded.get((rel, name), [])
        inside = {r for relation in shown for r in relation.rels}
        data: dict[str, Any] = {}
        if len(inside) == 1 and next(iter(inside)) in self.rels:
            data["target"] = next(iter(inside))
        elif not inside and name in self.rels:
            data["target"] = name
        data["cardinality"] = "many" if any(r.many for r in shown) else "one"
        return data

    # -- operations ---------------------------------------------------------------------

    def operation(self, page: ResourcePage, operation: Operation) -> dict[str, Any]:
        data: dict[str, Any] = {}
        request = _first(operation.examples, "request")
        text_body = request.headers.get("Content-Type") if request and request.is_text() else None
        body_rows, query_rows = self.split_body(page, operation, request, text_body)
        query = {p.name: self.query_parameter(page, operation, p) for p in query_rows}
        if query:
            data["query"] = query
        body = {p.name: self.body_parameter(page, operation, p) for p in body_rows}
        if body:
            data["body"] = body
        if (
            operation.method == "PUT"
            and request
            and (request.payload() or {}).get("rel") == page.rel
        ):
            data["sends_resource"] = True
        if text_body:
            if text_body in TEXT_BODIES:
                data["text_body"] = [text_body]
            else:
                self.report.skipped(
                    page.page,
                    operation.line,
                    f"{operation.method} request body",
                    f"media type {text_body} cannot be sent",
                )
        responses = self.responses(page, operation)
        if responses:
            data["responses"] = responses
        errors = self.errors(page, operation)
        if errors:
            data["errors"] = errors
        return data

    def extend_operation(
        self, page: ResourcePage, operation: Operation, into: dict[str, Any]
    ) -> None:
        """What a revision page adds to an operation the base page has."""
        request = _first(operation.examples, "request")
        text_body = into["text_body"][0] if "text_body" in into else None
        body_rows, query_rows = self.split_body(page, operation, request, text_body)
        for section, params, read in (
            ("query", query_rows, self.query_parameter),
            ("body", body_rows, self.body_parameter),
        ):
            for param in params:
                existing = into.get(section, {}).get(param.name)
                if existing is None:
                    into.setdefault(section, {})[param.name] = _with_revision(
                        read(page, operation, param), page.revision
                    )
                elif _required_before(existing, page.revision) != param.required:
                    # From this revision on, the parameter is required (or not) otherwise.
                    changes = existing.setdefault("required_by_revision", [])
                    changes.append({"revision": page.revision, "required": param.required})
        known = {_key(e) for e in into.get("errors", [])}
        for error in self.errors(page, operation):
            if _key(error) not in known:
                into.setdefault("errors", []).append(error)

    def split_body(
        self,
        page: ResourcePage,
        operation: Operation,
        request: Example | None,
        text_body: str | None,
    ) -> tuple[list[Parameter], list[Parameter]]:
        """(body parameters, query parameters) from an operation's two tables: Request body
        rows that are query parameters move over; with a text body no row is a JSON one."""
        if text_body:
            self.text_body_rows(page, operation, text_body)
            return [], list(operation.query)
        query = list(operation.query)
        body = []
        for param in operation.body:
            if not self.query_twin(page, operation, param, request):
                body.append(param)
            elif param.name not in {q.name for q in query}:
                query.append(param)
        return body, query

    def query_twin(
        self, page: ResourcePage, operation: Operation, param: Parameter, request: Example | None
    ) -> bool:
        """Whether a Request body row is a query parameter: one the Query parameters table
        lists too, or the example request sends in its href, and no example sends in a body."""
        in_href = parse_qs(urlsplit(request.href or "").query) if request else {}
        if param.name not in {q.name for q in operation.query} | set(in_href):
            return False
        payload = request.payload() if request else None
        if isinstance(payload, dict) and param.name in payload:
            return False
        self.report.repaired(
            page.page,
            param.line,
            f"{operation.method} body row {param.name}",
            "read as the query parameter it repeats (the example sends no such body value)",
        )
        return True

    def text_body_rows(self, page: ResourcePage, operation: Operation, media_type: str) -> None:
        for param in operation.body:
            self.report.skipped(
                page.page,
                param.line,
                f"{operation.method} body row {param.name}",
                f"the request body is {media_type} (text_body), not a JSON input object",
            )

    def query_parameter(
        self, page: ResourcePage, operation: Operation, param: Parameter
    ) -> dict[str, Any]:
        twin = next((p for p in operation.body if p.name == param.name), None)
        what = f"{operation.method} query parameter {param.name}"
        fact = self.decide(
            page.page,
            param.line,
            what,
            self.hint(param.text, page.page, param.line, what),
            self.hint(twin.text, page.page, twin.line, what) if twin else None,
        )
        return self.parameter(fact, param)

    def body_parameter(
        self, page: ResourcePage, operation: Operation, param: Parameter
    ) -> dict[str, Any]:
        what = f"{operation.method} parameter {param.name}"
        json_values: list[Any] = []
        xml_values: list[Any] = []
        as_link = False
        for example in operation.examples:
            if example.direction != "request" or example.body is None or example.is_text():
                continue
            if example.format == "json":
                payload = example.payload()
                if isinstance(payload, dict):
                    if param.name in payload:
                        json_values.append(payload[param.name])
                    elif param.name in (payload.get("_links") or {}):
                        as_link = True
            else:
                for key, values in _xml_input(example.body).items():
                    if key == param.name:
                        xml_values.extend(values)
        json_fact = types.from_values(json_values, param.name, self.enums, "json-example")
        xml_fact = types.from_values(xml_values, param.name, self.enums, "xml-example")
        if as_link and not json_values:
            json_fact = TypeFact("data_uri", "json-example", as_link=True)
        fact = self.decide(
            page.page,
            param.line,
            what,
            self.hint(param.text, page.page, param.line, what),
            json_fact,
            xml_fact,
        )
        return self.parameter(fact, param)

    def parameter(self, fact: TypeFact, param: Parameter) -> dict[str, Any]:
        data: dict[str, Any] = {"type": fact.type}
        if fact.array:
            data["array"] = True
        if fact.nullable:
            data["nullable"] = True
        if param.required:
            data["required"] = True
        length = types.max_length(param.text)
        if length:
            data["max_length"] = length
        if fact.as_link:
            data["as"] = "link"
        data["type_from"] = fact.origin
        if fact.decision:
            data["decision"] = fact.decision
        return data

    def responses(self, page: ResourcePage, operation: Operation) -> list[dict[str, Any]]:
        statuses = list(
            dict.fromkeys(
                e.status for e in operation.examples if e.direction == "response" and e.status
            )
        )
        if not statuses and operation.response_self:
            statuses = [200]  # the page says the answer is the resource's representation
        if not statuses:
            self.report.skipped(
                page.page,
                operation.line,
                f"{operation.method} responses",
                "no example shows a status",
            )
            return []
        named = [rel for entry in operation.response_items for rel in self.item_rels(page, entry)]
        shown = [
            payload["rel"]
            for e in operation.examples
            if e.direction == "response"
            and isinstance(payload := e.payload(), dict)
            and payload.get("rel") in self.rels
        ]
        if shown and shown[0] not in named:
            # The example answers with another resource than the page's (to -> a contact).
            named = [shown[0], *named]
        with_body = {e.status for e in operation.examples if e.direction == "response" and e.body}
        result = []
        for status in statuses:
            response: dict[str, Any] = {"status": status}
            if status == 201 and named:
                if status in with_body:  # the example shows the new resource as the body
                    response["body"] = named[0]
                response["creates"] = named[0]
            elif status == 200 and named:
                response["body"] = named[0]
            elif status == 200 and operation.response_self:
                response["body"] = page.rel
            result.append(response)
        return result

    def item_rels(self, page: ResourcePage, entry: Entry) -> list[str]:
        """The resource a Response body row names, through its link (whatever its case)."""
        rels = []
        for target in entry.targets or (f"{entry.name}_ref.md",):
            found = self.pages_by_folded.get(target.lower())
            if found is None:
                continue
            if found != target and entry.targets:
                self.report.repaired(
                    page.page,
                    entry.line,
                    f"response item {entry.name}",
                    f"link {target} read as {found}",
                )
            rel = rel_of(found)
            if rel in self.rels:
                rels.append(rel)
        if not rels:
            self.report.skipped(
                page.page, entry.line, f"response item {entry.name!r}", "names no resource page"
            )
        return rels

    def errors(self, page: ResourcePage, operation: Operation) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = []
        codes = self.enums.values.get(ERROR_CODE, ())
        for row in operation.errors:
            if row.error not in codes:
                self.report.skipped(
                    page.page, row.line, f"error {row.error}", "not an ErrorCode value"
                )
                continue
            error: dict[str, Any] = {"error": row.error, "status": row.status}
            if row.subcode:
                error["subcode"] = row.subcode
                self.use_value(ERROR_SUBCODE, row.subcode, page.page)
            if _key(error) not in {_key(e) for e in result}:
                result.append(error)
        return result

    # -- enumerations -------------------------------------------------------------------

    def enum(self, page: EnumPage) -> dict[str, Any]:
        values: dict[str, Any] = {entry.name: None for entry in page.values}
        for (enum, value), used_by in sorted(self.extra_values.items()):
            if enum == page.name:
                values[value] = {
                    "description": f"Not on the enumeration's page; {used_by} uses it."
                }
        return {"enum": page.name, "reference": page.page, "values": values}


def _examples(page: ResourcePage) -> list[Example]:
    found = [e for op in page.operations for e in op.examples] + page.event_examples
    return sorted(found, key=lambda e: e.line)


def _first(examples: Iterable[Example], direction: str) -> Example | None:
    return next((e for e in examples if e.direction == direction and e.format == "json"), None)


def _key(item: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(sorted((k, str(v)) for k, v in item.items()))


def _with_revision(data: dict[str, Any], revision: int | None) -> dict[str, Any]:
    if revision is not None:
        data["revision"] = revision
    return data


def _required_before(parameter: dict[str, Any], revision: int | None) -> bool:
    """Whether a parameter's definition makes it required in the revision before
    ``revision``."""
    required = bool(parameter.get("required"))
    for change in parameter.get("required_by_revision", ()):
        if revision is None or change["revision"] < revision:
            required = change["required"]
    return required


def _insert_after(data: dict[str, Any], after: str, key: str, value: Any) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for existing, item in data.items():
        result[existing] = item
        if existing == after:
            result[key] = value
    return result


def _xml_input(body: str) -> dict[str, list[Any]]:
    from defusedxml import ElementTree

    values: defaultdict[str, list[Any]] = defaultdict(list)
    root = ElementTree.fromstring(body.encode())
    for child in root:
        name = child.get("name")
        if name and child.tag.endswith("}property"):
            text = child.text or ""
            values[name].append({"true": True, "false": False}.get(text, text))
    return values


def build(reference: Reference, report: Report) -> Imported:
    """Definition data for every resource (revisions merged in) and enumeration read."""
    builder = _Builder(reference, report)
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
        imported.resources[rel] = builder.resource(ordered)
    for enum_page in reference.enums:
        imported.enums[enum_page.name] = builder.enum(enum_page)
    for (enum, value), page_name in sorted(builder.extra_values.items()):
        if enum not in imported.enums:
            report.skipped(page_name, 1, f"value {value}", f"enumeration {enum} has no page")
    return imported

"""Query and body parameters of an operation, typed from its hints and its example requests."""

from __future__ import annotations

from collections import defaultdict
from typing import Any
from urllib.parse import parse_qs, urlsplit

from . import types
from .context import Context
from .decide import decide, from_values, hint
from .examples import Example
from .reference import Operation, Parameter, ResourcePage
from .types import TypeFact


def split_body(
    context: Context,
    page: ResourcePage,
    operation: Operation,
    request: Example | None,
    text_body: str | None,
) -> tuple[list[Parameter], list[Parameter]]:
    """(body parameters, query parameters) from an operation's two tables: Request body
    rows that are query parameters move over; with a text body no row is a JSON one."""
    if text_body:
        _skip_text_body_rows(context, page, operation, text_body)
        return [], list(operation.query)
    query = list(operation.query)
    body = []
    for param in operation.body:
        if not _query_twin(context, page, operation, param, request):
            body.append(param)
        elif param.name not in {q.name for q in query}:
            query.append(param)
    return body, query


def _query_twin(
    context: Context,
    page: ResourcePage,
    operation: Operation,
    param: Parameter,
    request: Example | None,
) -> bool:
    """Whether a Request body row is a query parameter: one the Query parameters table
    lists too, or the example request sends in its href, and no example sends in a body."""
    in_href = parse_qs(urlsplit(request.href or "").query) if request else {}
    if param.name not in {q.name for q in operation.query} | set(in_href):
        return False
    payload = request.payload() if request else None
    if isinstance(payload, dict) and param.name in payload:
        return False
    context.report.repaired(
        page.page,
        param.line,
        f"{operation.method} body row {param.name}",
        "read as the query parameter it repeats (the example sends no such body value)",
    )
    return True


def _skip_text_body_rows(
    context: Context, page: ResourcePage, operation: Operation, media_type: str
) -> None:
    for param in operation.body:
        context.report.skipped(
            page.page,
            param.line,
            f"{operation.method} body row {param.name}",
            f"the request body is {media_type} (text_body), not a JSON input object",
        )


def query_parameter(
    context: Context, page: ResourcePage, operation: Operation, param: Parameter
) -> dict[str, Any]:
    """A query parameter, typed by its hint or that of the Request body row repeating it."""
    twin = next((p for p in operation.body if p.name == param.name), None)
    what = f"{operation.method} query parameter {param.name}"
    fact = decide(
        context,
        page.page,
        param.line,
        what,
        hint(context, param.text, page.page, param.line, what),
        hint(context, twin.text, page.page, twin.line, what) if twin else None,
    )
    return _parameter_data(fact, param)


def body_parameter(
    context: Context, page: ResourcePage, operation: Operation, param: Parameter
) -> dict[str, Any]:
    """A body parameter, typed by its hint, else by the values the example requests send."""
    what = f"{operation.method} parameter {param.name}"
    json_values, xml_values, as_link = _sent_values(operation, param.name)
    json_fact = from_values(context, json_values, param.name, "json-example")
    xml_fact = from_values(context, xml_values, param.name, "xml-example")
    if as_link and not json_values:
        json_fact = TypeFact("data_uri", "json-example", as_link=True)
    fact = decide(
        context,
        page.page,
        param.line,
        what,
        hint(context, param.text, page.page, param.line, what),
        json_fact,
        xml_fact,
    )
    return _parameter_data(fact, param)


def _sent_values(operation: Operation, name: str) -> tuple[list[Any], list[Any], bool]:
    """(JSON values, XML values, whether a JSON request sends it under _links) that the
    operation's example requests send for a body parameter."""
    json_values: list[Any] = []
    xml_values: list[Any] = []
    as_link = False
    for example in operation.examples:
        if example.direction != "request" or example.body is None or example.is_text():
            continue
        if example.format == "json":
            payload = example.payload()
            if isinstance(payload, dict):
                if name in payload:
                    json_values.append(payload[name])
                elif name in (payload.get("_links") or {}):
                    as_link = True
        else:
            xml_values.extend(_xml_input(example.body).get(name, ()))
    return json_values, xml_values, as_link


def _parameter_data(fact: TypeFact, param: Parameter) -> dict[str, Any]:
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

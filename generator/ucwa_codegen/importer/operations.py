"""An operation's definition from its page, and what a revision page adds to it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .context import Context
from .examples import Example
from .parameters import body_parameter, query_parameter, split_body
from .records import content_key, with_revision
from .reference import Operation, ResourcePage
from .responses import errors, responses

# Media types a request body may have when it is not a JSON input object (schema text_body).
TEXT_BODIES = ("text/plain", "text/html", "application/sdp")


def add_operations(context: Context, page: ResourcePage, into: dict[str, Any]) -> None:
    """The operations of ``page`` into those by method ``into`` holds: new ones whole,
    known ones extended by what a revision page adds."""
    for operation in page.operations:
        if operation.method in into:
            _extend_operation(context, page, operation, into[operation.method])
        else:
            built = operation_data(context, page, operation)
            into[operation.method] = with_revision(built, page.revision)


def operation_data(context: Context, page: ResourcePage, operation: Operation) -> dict[str, Any]:
    data: dict[str, Any] = {}
    request = _first(operation.examples, "request")
    text_body = request.headers.get("Content-Type") if request and request.is_text() else None
    body_rows, query_rows = split_body(context, page, operation, request, text_body)
    query = {p.name: query_parameter(context, page, operation, p) for p in query_rows}
    if query:
        data["query"] = query
    body = {p.name: body_parameter(context, page, operation, p) for p in body_rows}
    if body:
        data["body"] = body
    if operation.method == "PUT" and request and (request.payload() or {}).get("rel") == page.rel:
        data["sends_resource"] = True
    if text_body:
        if text_body in TEXT_BODIES:
            data["text_body"] = [text_body]
        else:
            context.report.skipped(
                page.page,
                operation.line,
                f"{operation.method} request body",
                f"media type {text_body} cannot be sent",
            )
    answers = responses(context, page, operation)
    if answers:
        data["responses"] = answers
    failures = errors(context, page, operation)
    if failures:
        data["errors"] = failures
    return data


def _extend_operation(
    context: Context, page: ResourcePage, operation: Operation, into: dict[str, Any]
) -> None:
    """What a revision page adds to an operation the base page has."""
    request = _first(operation.examples, "request")
    text_body = into["text_body"][0] if "text_body" in into else None
    body_rows, query_rows = split_body(context, page, operation, request, text_body)
    for section, params, read in (
        ("query", query_rows, query_parameter),
        ("body", body_rows, body_parameter),
    ):
        for param in params:
            existing = into.get(section, {}).get(param.name)
            if existing is None:
                into.setdefault(section, {})[param.name] = with_revision(
                    read(context, page, operation, param), page.revision
                )
            elif _required_before(existing, page.revision) != param.required:
                # From this revision on, the parameter is required (or not) otherwise.
                changes = existing.setdefault("required_by_revision", [])
                changes.append({"revision": page.revision, "required": param.required})
    known = {content_key(e) for e in into.get("errors", [])}
    for error in errors(context, page, operation):
        if content_key(error) not in known:
            into.setdefault("errors", []).append(error)


def _first(examples: Iterable[Example], direction: str) -> Example | None:
    return next((e for e in examples if e.direction == direction and e.format == "json"), None)


def _required_before(parameter: dict[str, Any], revision: int | None) -> bool:
    """Whether a parameter's definition makes it required in the revision before
    ``revision``."""
    required = bool(parameter.get("required"))
    for change in parameter.get("required_by_revision", ()):
        if revision is None or change["revision"] < revision:
            required = change["required"]
    return required

"""What an operation answers: its responses (status, body, what it creates) and its errors."""

from __future__ import annotations

from typing import Any

from .context import Context
from .records import content_key
from .reference import Entry, Operation, ResourcePage, rel_of

ERROR_SUBCODE = "ErrorSubcode"
ERROR_CODE = "ErrorCode"


def responses(context: Context, page: ResourcePage, operation: Operation) -> list[dict[str, Any]]:
    """A response per status the examples show; the body is the resource the page names
    (or the example answers with), or the page's own for a GET of its representation."""
    statuses = list(
        dict.fromkeys(
            e.status for e in operation.examples if e.direction == "response" and e.status
        )
    )
    if not statuses and operation.response_self:
        statuses = [200]  # the page says the answer is the resource's representation
    if not statuses:
        context.report.skipped(
            page.page,
            operation.line,
            f"{operation.method} responses",
            "no example shows a status",
        )
        return []
    named = _answered_rels(context, page, operation)
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


def _answered_rels(context: Context, page: ResourcePage, operation: Operation) -> list[str]:
    """The resources the Response body rows name, the example's first if it differs."""
    named = [rel for entry in operation.response_items for rel in _item_rels(context, page, entry)]
    shown = [
        payload["rel"]
        for e in operation.examples
        if e.direction == "response"
        and isinstance(payload := e.payload(), dict)
        and payload.get("rel") in context.rels
    ]
    if shown and shown[0] not in named:
        # The example answers with another resource than the page's (to -> a contact).
        named = [shown[0], *named]
    return named


def _item_rels(context: Context, page: ResourcePage, entry: Entry) -> list[str]:
    """The resource a Response body row names, through its link (whatever its case)."""
    rels = []
    for target in entry.targets or (f"{entry.name}_ref.md",):
        found = context.pages_by_folded.get(target.lower())
        if found is None:
            continue
        if found != target and entry.targets:
            context.report.repaired(
                page.page,
                entry.line,
                f"response item {entry.name}",
                f"link {target} read as {found}",
            )
        rel = rel_of(found)
        if rel in context.rels:
            rels.append(rel)
    if not rels:
        context.report.skipped(
            page.page, entry.line, f"response item {entry.name!r}", "names no resource page"
        )
    return rels


def errors(context: Context, page: ResourcePage, operation: Operation) -> list[dict[str, Any]]:
    """The operation's error rows whose code is an ErrorCode value, each once."""
    result: list[dict[str, Any]] = []
    codes = context.enums.values.get(ERROR_CODE, ())
    for row in operation.errors:
        if row.error not in codes:
            context.report.skipped(
                page.page, row.line, f"error {row.error}", "not an ErrorCode value"
            )
            continue
        error: dict[str, Any] = {"error": row.error, "status": row.status}
        if row.subcode:
            error["subcode"] = row.subcode
            context.values.use(ERROR_SUBCODE, row.subcode, page.page)
        if content_key(error) not in {content_key(e) for e in result}:
            result.append(error)
    return result

"""From a failed response to the exception a caller catches, by tables generated code hands in.

The runtime knows no UCWA error code: a generated package builds an :class:`ErrorTable` (its
error class for each code, its fallback class for each status, and its ``ErrorCode`` and
``ErrorSubcode`` enumerations) and gives it to the client through a
:class:`~ucwa_runtime.registry.Registry`. Without one every failure is a plain
:class:`~ucwa_runtime.errors.ApiError` with string codes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

import attrs

from .by_fields import HashedByFields
from .errors import Answered, ApiError


@attrs.frozen(eq=False, repr=False)
class ErrorTable(HashedByFields):
    """The error classes and code enumerations of one API."""

    by_code: Mapping[str, type[ApiError]] = attrs.field(factory=dict)
    by_status: Mapping[int, type[ApiError]] = attrs.field(factory=dict)
    code: Callable[[str], str] = str
    subcode: Callable[[str], str] = str


def _reason_fields(response: Answered) -> dict[str, str]:
    # The body of an error is a reason: code, subcode and message, in JSON or XML. Anything
    # else (an HTML page from a proxy, an empty body) yields nothing.
    try:
        if response.content_type.endswith("json"):
            data = json.loads(response.body)
            if isinstance(data, dict):
                return {k: v for k, v in data.items() if isinstance(v, str)}
        elif response.content_type.endswith("xml"):
            # Imported here: the XML codec (and parser) load only when XML arrives. It
            # parses with defusedxml, DTDs refused, like every XML body.
            from . import codec_xml

            return codec_xml.reason_fields(response.body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        pass
    return {}


def error_from_response(response: Answered, table: ErrorTable) -> ApiError:
    """The exception for a failed response (status 400 or more), with the response kept:
    the class of the body's code, else of the status, else ApiError itself."""
    fields = _reason_fields(response)
    code_text = fields.get("code")
    subcode_text = fields.get("subcode")
    cls = table.by_code.get(code_text or "") or table.by_status.get(response.status, ApiError)
    reason = fields.get("message")
    summary = " ".join(part for part in (code_text, subcode_text) if part)
    message = f"{response.method} {response.url} -> {response.status}"
    if summary:
        message += f" {summary}"
    if reason:
        message += f": {reason}"
    return cls.about(
        response,
        message,
        code=table.code(code_text) if code_text else None,
        subcode=table.subcode(subcode_text) if subcode_text else None,
        reason=reason,
    )

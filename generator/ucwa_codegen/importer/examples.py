"""The request, response and event samples of a page, read into examples of the format.

A sample is an HTTP message as text: a request or status line, headers, a payload. The pages
damage some of them (HTML entities in place of characters, ``Post`` for POST, data: URIs with
spaces around the colon and wrapped onto the next line); each repair is recorded in the
example's ``repairs`` in words, and a payload that stays unreadable is reported, not kept.
"""

from __future__ import annotations

import html
import json
import re
import textwrap
from dataclasses import dataclass, field
from typing import Any

from defusedxml import ElementTree

from ..validate import holds_format_payload
from .markdown import CodeBlock
from .report import Report

# Example section titles (lower case) -> (format, direction).
SECTIONS = {
    "json request": ("json", "request"),
    "json response": ("json", "response"),
    "xml request": ("xml", "request"),
    "xml response": ("xml", "response"),
}

# Headers worth keeping: what the client sends and accepts, and where a 201 says the new
# resource is. Authorization, Host and Content-Length describe the sample's connection.
KEPT_HEADERS = ("Content-Type", "Accept", "Location")

_ENTITIES = ("&quot;", "&lt;", "&gt;", "&amp;", "&#39;", "&apos;")
# Page text is untrusted, so every pattern of the importer runs in time linear in its input:
# each unbounded repeat is possessive (never gives back what it took, so no backtracking),
# and a pattern that is searched for never repeats over the character it starts at, so no
# two attempts scan the same text (tests/importer/test_linear_patterns.py checks both).
_REQUEST_LINE = re.compile(r"^(?P<verb>[A-Za-z]++)\s++(?P<href>\S++)\s++HTTP/\d\.\d\s*+$")
_STATUS_LINE = re.compile(r"^HTTP/\d\.\d\s++(?P<status>\d{3})\b")
# The value keeps its surrounding spaces (_keep_headers strips them).
_HEADER = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9-]*+)\s*+:(?P<value>.*+)$")
# A data: URI in a JSON string the page broke: spaces around its colon, and/or its rest
# wrapped onto the next line ("data : text/plain;base64,\n      somebase64..."). The head
# keeps its trailing spaces (a lazy head would backtrack over them): _join_data_uri drops them.
_BROKEN_DATA_URI = re.compile(r'"data\s*+:\s*+(?P<head>[^"\n]*+)(?:\n\s*+(?P<tail>[^"\n]*+))?"')
METHODS = ("GET", "POST", "PUT", "DELETE", "OPTIONS")


@dataclass(slots=True)
class Example:
    """One sample, with the keys of the definition format (see definition.schema.json)."""

    page: str
    line: int
    direction: str
    format: str
    operation: str | None = None
    event: str | None = None
    method: str | None = None
    href: str | None = None
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: str | None = None
    repairs: list[str] = field(default_factory=list)

    def payload(self) -> Any:
        """The body as JSON data, or None for XML, text and empty bodies."""
        if self.format != "json" or self.body is None or self.is_text():
            return None
        return json.loads(self.body)

    def is_text(self) -> bool:
        """Whether the payload is not of the format: message text, SDP, a photo, a batch."""
        return not holds_format_payload({"headers": self.headers})

    def as_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"page": self.page}
        if self.operation:
            data["operation"] = self.operation
        if self.event:
            data["event"] = self.event
        data["direction"] = self.direction
        data["format"] = self.format
        for key in ("method", "href", "status"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        if self.headers:
            data["headers"] = dict(self.headers)
        if self.body is not None:
            data["body"] = self.body
        if self.repairs:
            data["repairs"] = list(self.repairs)
        return data


def _decode_entities(text: str, repairs: list[str]) -> str:
    found = [entity for entity in _ENTITIES if entity in text]
    if not found:
        return text
    repairs.append(
        f"Decoded the HTML entities the page shows instead of characters ({', '.join(found)})."
    )
    return html.unescape(text)


def _json_paths(data: Any, path: str = "") -> list[tuple[str, Any]]:
    if isinstance(data, dict):
        return [
            pair
            for key, value in data.items()
            for pair in _json_paths(value, f"{path}.{key}" if path else key)
        ]
    if isinstance(data, list):
        return [pair for i, value in enumerate(data) for pair in _json_paths(value, f"{path}.{i}")]
    return [(path, data)]


def _repair_data_uris(body: str, repairs: list[str]) -> str:
    fixed: list[tuple[str, bool]] = []

    def join(match: re.Match[str]) -> str:
        # A wrap with nothing after it is spaces before the closing quote, not a second line.
        tail = match.group("tail") or None
        uri = "data:" + match.group("head").rstrip() + (tail or "")
        if uri != match.group(0)[1:-1]:
            fixed.append((uri, tail is not None))
        return f'"{uri}"'

    repaired = _BROKEN_DATA_URI.sub(join, body)
    if not fixed:
        return body
    try:
        values = _json_paths(json.loads(repaired))
    except ValueError:
        return body  # not the only defect: leave it to the caller to report
    for uri, wrapped in fixed:
        for path, value in values:
            if value == uri:
                how = (
                    "which the page wraps over two lines, into one line and removed the spaces"
                    " around its first colon"
                    if wrapped
                    else "removing the spaces around its first colon"
                )
                if wrapped:
                    repairs.append(f"Joined the data URI of {path}, {how}.")
                else:
                    repairs.append(f"Repaired the data URI of {path}, {how}.")
    return repaired


def _split_message(lines: list[str]) -> tuple[list[str], list[str]]:
    """(start line and headers, payload lines) of an HTTP message."""
    for index, text in enumerate(lines):
        stripped = text.strip()
        if index and (not stripped or stripped.startswith(("{", "<", "["))):
            return lines[:index], lines[index:]
        if index and not _HEADER.match(stripped):
            return lines[:index], lines[index:]
    return lines, []


def _payload(lines: list[str], repairs: list[str]) -> str | None:
    while lines and not lines[0].strip():
        lines = lines[1:]
    trailing = []
    while lines and not lines[-1].strip():
        trailing.append(lines[-1])
        lines = lines[:-1]
    if any(line for line in trailing if line.strip(" ") != "" or "\t" in line):
        repairs.append("Dropped a trailing line of whitespace (tabs) after the end of the payload.")
    if not lines:
        return None
    return textwrap.dedent("\n".join(line.rstrip() for line in lines)) + "\n"


def read(
    block: CodeBlock,
    fmt: str,
    direction: str,
    page: str,
    report: Report,
    *,
    operation: str | None = None,
    event: str | None = None,
) -> Example | None:
    """The example a code block holds; None (reported) when it cannot be read."""
    example = Example(page, block.line, direction, fmt, operation=operation, event=event)
    text = _decode_entities("\n".join(block.lines), example.repairs)
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines = lines[1:]
    if direction == "event":
        body_lines = lines
    elif direction == "response" and lines and lines[0].strip().startswith(("{", "<")):
        # Some responses show the payload without the status line before it.
        report.repaired(
            page, block.line, f"{fmt.upper()} response", "no status line: kept without status"
        )
        body_lines = lines
    else:
        if not lines:
            report.skipped(page, block.line, f"{fmt.upper()} {direction}", "empty code block")
            return None
        head, body_lines = _split_message(lines)
        if not _start_line(example, head[0].strip(), page, block.line, report):
            return None
        _keep_headers(example, head[1:])
    body = _payload(body_lines, example.repairs)
    if body is not None and fmt == "json" and not example.is_text():
        body = _repair_data_uris(body, example.repairs)
    if body is not None and fmt == "xml" and body.startswith((" ", "\t")):
        # An XML declaration must open the document; a page indents it.
        example.repairs.append("Removed the spaces before the XML declaration.")
        body = body.lstrip(" \t")
    example.body = body
    problem = _unreadable(example)
    if problem:
        report.skipped(page, block.line, f"{fmt.upper()} {direction} example", problem)
        return None
    return example


def _keep_headers(example: Example, lines: list[str]) -> None:
    """Content-Type and Accept of a request; of a response, its Location and only a
    Content-Type that says its payload is not JSON or XML (a photo), which readers and checks
    must know."""
    for line in lines:
        match = _HEADER.match(line.strip())
        if match is None:
            continue
        name = next((h for h in KEPT_HEADERS if h.lower() == match.group("name").lower()), None)
        if name is None:
            continue
        value = match.group("value").strip()
        if _kept(example.direction, name, value):
            example.headers[name] = value


def _kept(direction: str, name: str, value: str) -> bool:
    if direction == "request":
        return name != "Location"
    if name == "Content-Type":
        return not holds_format_payload({"headers": {name: value}})
    return name == "Location"


def _start_line(example: Example, line: str, page: str, at: int, report: Report) -> bool:
    if example.direction == "request":
        request = _REQUEST_LINE.match(line)
        if request is None or request.group("verb").upper() not in METHODS:
            report.skipped(page, at, f"{example.format.upper()} request", f"request line {line!r}")
            return False
        verb = request.group("verb")
        if verb != verb.upper():
            report.repaired(
                page,
                at,
                f"{example.format.upper()} request",
                f"verb {verb!r} read as {verb.upper()}",
            )
        example.method, example.href = verb.upper(), request.group("href")
        return True
    status = _STATUS_LINE.match(line)
    if status is None:
        report.skipped(page, at, f"{example.format.upper()} response", f"status line {line!r}")
        return False
    example.status = int(status.group("status"))
    return True


def _unreadable(example: Example) -> str | None:
    if example.body is None or example.is_text():
        return None
    try:
        if example.format == "json":
            json.loads(example.body)
        else:
            ElementTree.fromstring(example.body.encode())
    except (ValueError, ElementTree.ParseError) as exc:
        return f"the payload is not valid {example.format.upper()} ({exc})"
    return None

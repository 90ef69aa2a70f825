"""Batching, client side: several requests in one ``multipart/batching`` POST, one result each.

Each part is a whole HTTP message (``application/http; msgtype=request``) with the path of
its href and a Host header; the response holds one HTTP response per part, in order. The
small multipart helpers here serve both directions (the bundled test server answers batches
with them). To be merged with the XML/multipart codec's ``batching.py`` when both land.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

import attrs

from .errors import HttpError, ParseError, RequestError
from .model import Link, Resource
from .transport import JSON, Client, Response, origin_of

BATCHING = "multipart/batching"
REQUEST_PART = "application/http; msgtype=request"
RESPONSE_PART = "application/http; msgtype=response"
CRLF = b"\r\n"


@attrs.frozen
class BatchRequest:
    """One request of a batch: a method, a link the server gave, and an optional JSON body."""

    method: str
    target: Link[Any] | str
    json_body: Any = None


@attrs.frozen
class BatchResult:
    """One part's answer: the response, the resource it holds (typed by rel) or the error."""

    response: Response
    resource: Resource | None = None
    error: HttpError | None = None

    @property
    def status(self) -> int:
        return self.response.status


@attrs.frozen
class HttpMessage:
    """An HTTP message inside a part: start line, headers (in order) and body."""

    start_line: str
    headers: tuple[tuple[str, str], ...]
    body: bytes

    def header(self, name: str, default: str = "") -> str:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return default

    def to_bytes(self) -> bytes:
        lines = [self.start_line, *(f"{k}: {v}" for k, v in self.headers)]
        return "\r\n".join(lines).encode("utf-8") + CRLF + CRLF + self.body


def _split_head(data: bytes) -> tuple[list[str], bytes]:
    # Lines may end in CRLF or LF: real servers send CRLF, hand-written captures vary.
    for blank_line in (b"\r\n\r\n", b"\n\n"):
        head, found, body = data.partition(blank_line)
        if found:
            break
    else:
        head, body = data, b""
    return head.decode("utf-8").replace("\r\n", "\n").split("\n"), body


def _header_pairs(lines: list[str]) -> tuple[tuple[str, str], ...]:
    pairs = []
    for line in lines:
        name, colon, value = line.partition(":")
        if not colon:
            raise ValueError(f"bad header line {line!r}")
        pairs.append((name.strip(), value.strip()))
    return tuple(pairs)


def parse_message(data: bytes) -> HttpMessage:
    """Read an HTTP message (request or response) from its bytes."""
    lines, body = _split_head(data.lstrip(b"\r\n"))
    return HttpMessage(lines[0].strip(), _header_pairs(lines[1:]), body)


def boundary_of(content_type: str) -> str:
    """The ``boundary`` parameter of a multipart content type (quoted or bare)."""
    for piece in content_type.split(";")[1:]:
        name, _, value = piece.strip().partition("=")
        if name.lower() == "boundary" and value:
            return value.strip('"')
    raise ValueError(f"no boundary in {content_type!r}")


def split_multipart(body: bytes, boundary: str) -> list[HttpMessage]:
    """The HTTP messages of a multipart body, each read from its part's content."""
    delimiter = b"--" + boundary.encode("ascii")
    chunks = body.split(delimiter)
    if len(chunks) < 2:
        raise ValueError("no multipart delimiter in the body")
    messages = []
    for chunk in chunks[1:]:
        if chunk.startswith(b"--"):
            break  # the close delimiter
        # A part: the line break after the delimiter, its own headers, a blank line, content.
        _, content = _split_head(chunk.removeprefix(b"\r\n").removeprefix(b"\n"))
        # The line break before the next delimiter belongs to the delimiter.
        content = content.removesuffix(b"\n").removesuffix(b"\r")
        messages.append(parse_message(content))
    return messages


def join_multipart(messages: Sequence[HttpMessage], part_type: str) -> tuple[str, bytes]:
    """(Content-Type, body) of a ``multipart/batching`` body holding ``messages``."""
    boundary = str(uuid.uuid4())
    out = b""
    for message in messages:
        out += b"--" + boundary.encode() + CRLF
        out += f"Content-Type: {part_type}".encode() + CRLF + CRLF
        out += message.to_bytes() + CRLF
    out += b"--" + boundary.encode() + b"--" + CRLF
    return f"{BATCHING}; boundary={boundary}", out


def _request_message(
    client: Client, request: BatchRequest, origin: tuple[str, str, int]
) -> HttpMessage:
    url = client.url_for(request.target)
    if origin_of(url) != origin:
        raise RequestError(f"{url} is not on the batch link's origin; a batch has one host")
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    headers = [("Host", parts.netloc), ("Accept", JSON)]
    body = b""
    if request.json_body is not None:
        body = json.dumps(request.json_body, ensure_ascii=False, separators=(",", ":")).encode()
        headers += [("Content-Type", JSON), ("Content-Length", str(len(body)))]
    return HttpMessage(f"{request.method} {path} HTTP/1.1", tuple(headers), body)


def send_batch(
    client: Client, batch_link: Link[Any] | str, requests: Sequence[BatchRequest]
) -> list[BatchResult]:
    """POST the requests as one batch; one result per request, in order.

    A part that failed gives a result with ``error`` (the class of its UCWA error code)
    rather than raising, so that the other parts' results are not lost.
    """
    from .. import errors  # the generated error classes
    from .operations import parse_response

    batch_url = client.url_for(batch_link)
    origin = origin_of(batch_url)
    messages = [_request_message(client, r, origin) for r in requests]
    content_type, body = join_multipart(messages, REQUEST_PART)
    response = client.request(
        "POST", batch_url, body=body, content_type=content_type, accept=BATCHING
    )
    try:
        answers = split_multipart(
            response.body, boundary_of(response.headers.get("Content-Type", ""))
        )
        if len(answers) != len(requests):
            raise ValueError(f"{len(answers)} answers to {len(requests)} requests")
        results = []
        for request, answer in zip(requests, answers, strict=True):
            status = int(answer.start_line.split()[1])
            part = Response(
                request.method,
                client.url_for(request.target),
                status,
                _headers(answer.headers),
                answer.body,
            )
            if status >= 400:
                results.append(BatchResult(part, error=errors.error_from_response(part)))
            elif answer.body.strip():
                results.append(BatchResult(part, resource=parse_response(part)))
            else:
                results.append(BatchResult(part))
    except (ValueError, IndexError, UnicodeDecodeError) as exc:
        raise ParseError(
            f"unreadable batch response: {exc}",
            status=response.status,
            headers=response.headers,
            body=response.body,
            method=response.method,
            url=response.url,
        ) from exc
    return results


def _headers(pairs: tuple[tuple[str, str], ...]) -> Mapping[str, str]:
    from urllib3 import HTTPHeaderDict  # case-insensitive, like a real response's headers

    headers = HTTPHeaderDict()
    for name, value in pairs:
        headers.add(name, value)
    return headers

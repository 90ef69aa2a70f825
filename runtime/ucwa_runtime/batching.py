"""``multipart/batching`` bodies: several HTTP messages in one (BatchingRequests.md).

A batch request is POSTed to the application's ``batch`` link; each part is an
``application/http; msgtype=request`` message, and the response carries one
``application/http; msgtype=response`` part per request. This module only splits and builds
such bodies; sending a batch is the client's business. Each part's body is left as bytes:
``ucwa.parse(part.body, part.content_type)`` reads a resource from it.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import attrs

from .by_fields import HashedByFields

BATCH_CONTENT_TYPE = "multipart/batching"
_CRLF = b"\r\n"


class BatchError(ValueError):
    """A body that is not a well-formed multipart/batching message."""


@attrs.frozen(eq=False, repr=False)
class Part(HashedByFields):
    """One HTTP message of a batch, as sent: start line, headers in order, body.

    ``start_line`` is ``GET /ucwa/... HTTP/1.1`` for a request, ``HTTP/1.1 200 OK`` for a
    response. A part without a body (a GET, a 204) has ``body == b""``.
    ``part_headers`` are the MIME headers that wrap the message (its
    ``Content-Type: application/http; msgtype=...``).
    """

    start_line: str
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    part_headers: tuple[tuple[str, str], ...] = ()

    def header(self, name: str) -> str | None:
        """The first value of a header of the message, matched without regard to case."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)

    @property
    def content_type(self) -> str:
        return self.header("Content-Type") or ""

    @property
    def status(self) -> int | None:
        """The status of a response part; None for a request part."""
        version, _, rest = self.start_line.partition(" ")
        if not version.startswith("HTTP/"):
            return None
        return int(rest.split(" ", 1)[0])

    @property
    def method(self) -> str | None:
        """The method of a request part; None for a response part."""
        return None if self.status is not None else self.start_line.split(" ", 1)[0]


def request(
    method: str,
    target: str,
    *,
    headers: Sequence[tuple[str, str]] = (),
    body: bytes = b"",
) -> Part:
    """A request part; ``target`` is the href to call (UCWA's own batches use the path).

    A body gets its Content-Length, as in UCWA's captured batches.
    """
    all_headers = tuple(headers)
    if body:
        all_headers += (("Content-Length", str(len(body))),)
    return Part(f"{method} {target} HTTP/1.1", all_headers, body)


def boundary_of(content_type: str) -> str:
    """The ``boundary`` parameter of a multipart Content-Type (quoted or not)."""
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.strip().partition("=")
        if name.strip().lower() == "boundary" and value.strip():
            return value.strip().strip('"')
    raise BatchError(f"no boundary in {content_type!r}")


def _headers(block: bytes, where: str) -> tuple[tuple[str, str], ...]:
    found = []
    for line in block.split(_CRLF):
        name, colon, value = line.decode("latin-1").partition(":")
        if not colon:
            raise BatchError(f"{where}: not a header line: {line!r}")
        found.append((name.strip(), value.strip()))
    return tuple(found)


def _message(data: bytes, where: str) -> tuple[str, tuple[tuple[str, str], ...], bytes]:
    head, blank, body = data.partition(_CRLF + _CRLF)
    if not blank:
        # A message that ends right after its headers, without the empty line.
        head, body = head.removesuffix(_CRLF), b""
    start, _, header_block = head.partition(_CRLF)
    return start.decode("latin-1"), _headers(header_block, where) if header_block else (), body


def _part(data: bytes, index: int) -> Part:
    where = f"part {index}"
    if data.startswith(_CRLF):  # a part without headers of its own
        mime, message = b"", data[len(_CRLF) :]
    else:
        mime, blank, message = data.partition(_CRLF + _CRLF)
        if not blank:
            raise BatchError(f"{where}: no empty line after the part headers")
    start_line, headers, body = _message(message, where)
    parsed = Part(start_line, headers, body, _headers(mime, where) if mime else ())
    length = parsed.header("Content-Length")
    if length is not None:
        # The body ends where Content-Length says: writers put a line break after it before
        # the delimiter (UCWA's own client does), which is not part of the body.
        if not length.isdigit():
            raise BatchError(f"{where}: Content-Length {length!r} is not a number")
        size = int(length)
        if len(body) < size or body[size:].strip(b"\r\n"):
            raise BatchError(f"{where}: Content-Length {size} does not match its body")
        parsed = attrs.evolve(parsed, body=body[:size])
    return parsed


def split(body: bytes, content_type: str) -> list[Part]:
    """The parts of a multipart/batching request or response body, in order.

    ``content_type`` is the whole Content-Type of the batch, boundary included.
    """
    delimiter = _CRLF + b"--" + boundary_of(content_type).encode("latin-1")
    # The first delimiter may open the body without a line break before it.
    pieces = (_CRLF + body).split(delimiter)
    parts: list[Part] = []
    for index, piece in enumerate(pieces[1:], 1):
        if piece.startswith(b"--"):
            return parts
        _padding, line_break, data = piece.partition(_CRLF)
        if not line_break:
            raise BatchError(f"part {index}: no line break after the boundary")
        parts.append(_part(data, index))
    raise BatchError("no closing boundary: the batch is cut short")


def _lines(start: str, headers: Sequence[tuple[str, str]]) -> bytes:
    lines = [start] if start else []
    lines += [f"{name}: {value}" for name, value in headers]
    return "".join(line + "\r\n" for line in lines).encode("latin-1")


def build(parts: Sequence[Part], boundary: str | None = None) -> tuple[bytes, str]:
    """(body, Content-Type) of a batch of request parts (or, for a test server, responses).

    Each part is wrapped as ``application/http; msgtype=request`` (``response`` for a
    response part) unless it carries its own part headers.
    """
    boundary = boundary or str(uuid.uuid4())
    out = bytearray()
    for part in parts:
        kind = "response" if part.status is not None else "request"
        wrapper = part.part_headers or (("Content-Type", f"application/http; msgtype={kind}"),)
        out += b"--" + boundary.encode("latin-1") + _CRLF
        out += _lines("", wrapper) + _CRLF
        out += _lines(part.start_line, part.headers) + _CRLF + part.body + _CRLF
    out += b"--" + boundary.encode("latin-1") + b"--" + _CRLF
    return bytes(out), f"{BATCH_CONTENT_TYPE}; boundary={boundary}"

"""Carrying out an operation a definition describes: build the request, read the response.

Each generated operation method is a typed front for :func:`call` with its
:class:`OperationSpec`, so the rules (required parameters, maximum lengths, data: URIs sent
as links, which statuses mean what) live here once and are tested once.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Generic, TypeVar

import attrs

from . import codec_json
from .datauri import DataUri
from .errors import ParseError, RequestError, UnexpectedResponse
from .model import GenericResource, Link, Resource
from .transport import Client, Response

R = TypeVar("R", bound=Resource)


@attrs.frozen
class ParameterSpec:
    """A query or body parameter of an operation."""

    wire: str
    attr: str
    type: Any
    required: bool = False
    max_length: int | None = None
    as_link: bool = False


@attrs.frozen
class OutcomeSpec:
    """What a success status carries: a resource body, a Location of a created one, or nothing."""

    status: int
    body: str | None = None
    creates: str | None = None


@attrs.frozen
class OperationSpec:
    method: str
    query: tuple[ParameterSpec, ...] = ()
    body: tuple[ParameterSpec, ...] = ()
    sends_resource: bool = False
    text_body: tuple[str, ...] = ()
    outcomes: tuple[OutcomeSpec, ...] = ()


@attrs.frozen
class Created(Generic[R]):
    """The answer to an operation that created a resource: where it is, and the response."""

    link: Link[R]
    response: Response = attrs.field(repr=False)


def _registry() -> Mapping[str, type[Resource]]:
    from .. import RESOURCES  # the generated package's lazy rel -> class map

    return RESOURCES


def _check(param: ParameterSpec, value: Any) -> None:
    if param.max_length is not None and len(str(value)) > param.max_length:
        raise RequestError(
            f"{param.attr} is {len(str(value))} characters long; at most "
            f"{param.max_length} are allowed"
        )


def _wire_value(param: ParameterSpec, value: Any) -> Any:
    if param.as_link:
        return {"href": str(value)}
    return codec_json.CONVERTER.unstructure(value)


def build_body(op: OperationSpec, arguments: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON input object of an operation: properties first, then ``_links``."""
    body: dict[str, Any] = {}
    links: dict[str, Any] = {}
    for param in op.body:
        value = arguments.get(param.attr)
        if value is None:
            if param.required:
                raise RequestError(f"{param.attr} is required")
            continue
        _check(param, value)
        if isinstance(value, str) and param.as_link and param.type is DataUri:
            value = DataUri.from_text(value)
        (links if param.as_link else body)[param.wire] = _wire_value(param, value)
    if links:
        body["_links"] = links
    return body


def build_query(op: OperationSpec, arguments: Mapping[str, Any]) -> dict[str, str]:
    query: dict[str, str] = {}
    for param in op.query:
        value = arguments.get(param.attr)
        if value is None:
            if param.required:
                raise RequestError(f"{param.attr} is required")
            continue
        _check(param, value)
        wire = codec_json.CONVERTER.unstructure(value)
        query[param.wire] = wire if isinstance(wire, str) else json.dumps(wire)
    return query


def parse_response(response: Response, cls: type[Resource] | None = None) -> Resource:
    """Read a response body as a resource; a body that cannot be read raises ParseError."""
    if response.content_type not in codec_json.JSON_CONTENT_TYPES:
        raise ParseError(
            f"cannot read a {response.content_type or 'untyped'} body as a resource",
            status=response.status,
            headers=response.headers,
            body=response.body,
            method=response.method,
            url=response.url,
        )
    try:
        return codec_json.loads(response.body, _registry(), cls, base_url=response.url)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise ParseError(
            f"unreadable JSON resource: {exc}",
            status=response.status,
            headers=response.headers,
            body=response.body,
            method=response.method,
            url=response.url,
        ) from exc


def call(
    client: Client,
    op: OperationSpec,
    link: Link[Any],
    arguments: Mapping[str, Any],
    resource: Resource | None = None,
    text: tuple[str, str] | None = None,
) -> Any:
    """Send the operation to ``link`` and turn its response into what the definition promises.

    ``text`` is (message, media type) for an operation whose body is message text.
    """
    query = build_query(op, arguments)
    json_body: Any = None
    body: bytes | None = None
    content_type: str | None = None
    if op.text_body:
        if text is None:
            raise RequestError(f"{op.method} sends message text; none was given")
        message, media_type = text
        if media_type not in op.text_body:
            raise RequestError(f"media type {media_type!r} is not one of {', '.join(op.text_body)}")
        body = message.encode("utf-8")
        content_type = f"{media_type}; charset=utf-8"
    elif op.sends_resource:
        if resource is None:
            raise RequestError(f"{op.method} sends a resource; none was given")
        json_body = codec_json.unstructure(resource)
    elif op.body:
        json_body = build_body(op, arguments)
    response = client.request(
        op.method, link, query=query, json_body=json_body, body=body, content_type=content_type
    )
    for outcome in op.outcomes:
        if outcome.status != response.status:
            continue
        if outcome.creates is not None or (outcome.status == 201 and outcome.body is None):
            location = response.headers.get("Location")
            if not location:
                raise ParseError(
                    "201 Created without a Location header",
                    status=response.status,
                    headers=response.headers,
                    body=response.body,
                    method=response.method,
                    url=response.url,
                )
            return Created(link=Link(href=location, base_url=response.url), response=response)
        if outcome.body is not None:
            return parse_response(response, _registry().get(outcome.body))
        if response.body.strip():
            # A body the definition does not type (OPTIONS metadata, say): kept, untyped.
            return parse_response(response, GenericResource)
        return None
    raise UnexpectedResponse(
        f"{op.method} answered {response.status}, which its definition does not list",
        status=response.status,
        headers=response.headers,
        body=response.body,
        method=response.method,
        url=response.url,
    )

"""The definitions as an OpenAPI 3.1 document, for OpenAPI tools and for comparisons.

UCWA has no fixed paths: a client follows hrefs. The document therefore places each
resource's operations under a representative path, ``/{rel}``, and records the link rel that
really leads there in the ``x-ucwa-rel`` extension. Built straight from the model, like the
templates, and written with sorted keys so the output is deterministic.
"""

from __future__ import annotations

import json
from typing import Any

from . import __version__
from .model import Api, Operation, Parameter, Relation, Resource, TypeRef

REASON = "reason"
LINK = "link"

_PRIMITIVES: dict[str, dict[str, Any]] = {
    "string": {"type": "string"},
    "uri": {"type": "string", "format": "uri-reference"},
    "int": {"type": "integer"},
    "float": {"type": "number"},
    "bool": {"type": "boolean"},
    # JSON carries /Date(ms)/, not RFC 3339, so no `format: date-time`.
    "datetime": {"type": "string", "pattern": r"^/Date\(-?\d+([+-]\d{4})?\)/$"},
    "timespan": {"type": "string", "pattern": r"^-?(\d+\.)?\d{1,2}:\d{2}:\d{2}(\.\d{1,7})?$"},
    "data_uri": {"type": "string", "pattern": "^data:"},
}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _type(ref: TypeRef) -> dict[str, Any]:
    item = dict(_PRIMITIVES[ref.name]) if ref.name in _PRIMITIVES else _ref(ref.name)
    schema = {"type": "array", "items": item} if ref.array else item
    if ref.nullable:
        schema = {"anyOf": [schema, {"type": "null"}]}
    return schema


def _relation(relation: Relation, item: dict[str, Any]) -> dict[str, Any]:
    schema = {"type": "array", "items": item} if relation.many else item
    if relation.description:
        schema = {**schema, "description": relation.description}
    return schema


def _resource_schema(resource: Resource) -> dict[str, Any]:
    properties: dict[str, Any] = {"rel": {"const": resource.rel}}
    carried: dict[str, Any] = {}
    for prop in resource.properties:
        schema = _type(prop.type)
        if prop.description:
            schema = {**schema, "description": prop.description}
        if prop.max_length:
            schema = {**schema, "maxLength": prop.max_length}
        if prop.as_link:  # the server sends it as _links.NAME.href
            carried[prop.wire] = {"type": "object", "properties": {"href": schema}}
        else:
            properties[prop.wire] = schema
    links = {"self": _ref(LINK)}
    links.update((r.wire, _relation(r, _ref(LINK))) for r in resource.links)
    links.update(carried)
    properties["_links"] = {"type": "object", "properties": links}
    embedded = {
        r.wire: _relation(r, _ref(r.target) if r.target else {"type": "object"})
        for r in resource.embedded
    }
    if embedded:
        properties["_embedded"] = {"type": "object", "properties": embedded}
    # Servers add properties (PUT needs them back), so unknown keys are allowed.
    return {
        "type": "object",
        **({"description": resource.summary} if resource.summary else {}),
        "properties": properties,
        "additionalProperties": True,
        **({"externalDocs": {"url": resource.reference}} if resource.reference else {}),
    }


def _parameter(param: Parameter) -> dict[str, Any]:
    schema = _type(param.type)
    if param.max_length:
        schema = {**schema, "maxLength": param.max_length}
    return {
        "name": param.wire,
        "in": "query",
        "required": param.required,
        "schema": schema,
        **({"description": param.description} if param.description else {}),
    }


def _input_schema(operation: Operation) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    links: dict[str, Any] = {}
    required = []
    for param in operation.body:
        schema = _type(param.type)
        if param.max_length:
            schema = {**schema, "maxLength": param.max_length}
        if param.as_link:
            links[param.wire] = {"type": "object", "properties": {"href": schema}}
        else:
            properties[param.wire] = schema
            if param.required:
                required.append(param.wire)
    if links:
        properties["_links"] = {"type": "object", "properties": links}
    result: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        result["required"] = required
    return result


def _operation(resource: Resource, operation: Operation, api: Api) -> dict[str, Any]:
    result: dict[str, Any] = {
        "operationId": f"{operation.method.lower()}_{resource.rel}",
        "summary": operation.summary or f"{operation.method} {resource.rel}",
        "tags": [resource.rel],
        "x-ucwa-rel": resource.rel,
    }
    if operation.query:
        result["parameters"] = [_parameter(p) for p in operation.query]
    if operation.sends_resource:
        content = {"application/json": {"schema": _ref(resource.rel)}}
        result["requestBody"] = {"required": True, "content": content}
    elif operation.text_body:
        content = {media: {"schema": {"type": "string"}} for media in operation.text_body}
        result["requestBody"] = {"required": True, "content": content}
    elif operation.body:
        content = {"application/json": {"schema": _input_schema(operation)}}
        result["requestBody"] = {"required": True, "content": content}
    responses: dict[str, Any] = {}
    for response in operation.responses:
        entry: dict[str, Any] = {"description": f"{response.status}"}
        if response.body:
            entry["content"] = {"application/json": {"schema": _ref(response.body)}}
        if response.creates or response.status == 201:
            # Servers answer a 201 with a Location, the new resource as the body, or both.
            entry["headers"] = {"Location": {"schema": {"type": "string"}}}
            if response.creates:
                entry["x-ucwa-creates"] = response.creates
        responses[str(response.status)] = entry
    for error in operation.errors:
        entry = responses.setdefault(
            str(error.status),
            {"description": error.error, "content": {"application/json": {"schema": _ref(REASON)}}},
        )
        if error.subcode:
            entry.setdefault("x-ucwa-subcodes", [])
            if error.subcode not in entry["x-ucwa-subcodes"]:
                entry["x-ucwa-subcodes"].append(error.subcode)
    result["responses"] = responses
    return result


def build_document(api: Api) -> dict[str, Any]:
    """The OpenAPI 3.1 document of ``api``."""
    schemas: dict[str, Any] = {
        LINK: {
            "type": "object",
            "required": ["href"],
            "properties": {"href": {"type": "string"}},
            "additionalProperties": True,
        },
        REASON: {
            "type": "object",
            "properties": {
                "code": _ref("ErrorCode"),
                "subcode": _ref("ErrorSubcode"),
                "message": {"type": "string"},
            },
        },
    }
    for enum in api.enums:
        schemas[enum.name] = {
            "type": "string",
            **({"description": enum.summary} if enum.summary else {}),
            "enum": [value.wire for value in enum.values],
        }
    for resource in api.resources:
        schemas[resource.rel] = _resource_schema(resource)
    paths = {
        f"/{resource.rel}": {
            op.method.lower(): _operation(resource, op, api) for op in resource.operations
        }
        for resource in api.resources
        if resource.operations
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Unified Communications Web API 2.0",
            "version": __version__,
            "description": (
                "Generated by ucwa-codegen. UCWA is hypermedia: real hrefs come from links; "
                "each path here is a stand-in, and x-ucwa-rel names the link rel to follow."
            ),
        },
        "servers": [{"url": "https://lyncweb.example.com/ucwa/oauth/v1/applications/0"}],
        "security": [{"bearer": []}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }


def dumps(api: Api) -> str:
    return json.dumps(build_document(api), indent=2, sort_keys=True, ensure_ascii=False) + "\n"

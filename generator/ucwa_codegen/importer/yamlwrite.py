"""A deterministic YAML writer for definition files.

The same data always gives the same bytes, so a re-import of unchanged pages changes nothing.
Keys of the format's records (a property, an operation, an example...) are written in the
order the JSON Schema lists them; keys that are wire names (properties, links, parameters,
enumeration values) keep the order of the data. Example payloads are block literals, as a
person would write them; short lists of names, headers, errors and enumeration values are on
one line each, as in the hand-written files.
"""

from __future__ import annotations

import json
from typing import Any

import yaml

from ..validate import schema

SCHEMA_COMMENT = (
    "# yaml-language-server: $schema={}generator/ucwa_codegen/schema/definition.schema.json"
)

_FILE_KINDS = {"resource": "resourceFile", "enum": "enumFile", "errors": "errorsFile"}
_FLOW_LISTS = {"scopes", "revisions", "text_body"}
_FLOW_MAPPINGS = {"headers"}
_FLOW_ITEMS = {"errors"}  # each error of an operation is one line
_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
_RESOLVER = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"

Node = dict[str, Any] | None


def _resolve(node: Node) -> Node:
    while node is not None and "$ref" in node:
        node = schema()["$defs"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def _child(node: Node, key: str | int) -> Node:
    node = _resolve(node)
    if node is None:
        return None
    if isinstance(key, int):
        return _resolve(node.get("items"))
    properties = node.get("properties", {})
    if key in properties:
        return _resolve(properties[key])
    extra = node.get("additionalProperties")
    return _resolve(extra) if isinstance(extra, dict) else None


def _ordered(data: dict[str, Any], node: Node) -> list[tuple[str, Any]]:
    listed = list((_resolve(node) or {}).get("properties", {}))
    if not listed:
        return list(data.items())
    rank = {key: index for index, key in enumerate(listed)}
    return sorted(data.items(), key=lambda item: rank.get(item[0], len(rank)))


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool)


def _plain_tag(text: str) -> str:
    """The tag YAML gives ``text`` written plain (a number, a boolean, null... or a string)."""
    tag: str = _RESOLVER.resolve(  # type: ignore[no-untyped-call]  # untyped in the stubs
        yaml.ScalarNode, text, (True, False)
    )
    return tag


def scalar(value: Any, *, flow: bool = False) -> str:
    """One scalar as YAML: plain where it reads back as the same string, else double-quoted
    (JSON's string syntax is valid YAML)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    text = str(value)
    plain = (
        text
        and text == text.strip()
        and text[0] not in _INDICATORS
        and text.isprintable()
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
        and not (flow and any(c in text for c in ",[]{}"))
        and _plain_tag(text) == _STR_TAG
    )
    return text if plain else json.dumps(text, ensure_ascii=False)


def _literal(text: str, indent: int) -> list[str]:
    """A block literal (the ``|`` header and the lines) keeping ``text`` exactly."""
    chomp = "-" if not text.endswith("\n") else "+" if text.endswith("\n\n") else ""
    header = "|" + ("2" if text[:1] in (" ", "\t") else "") + chomp
    pad = " " * indent
    body = text[:-1] if text.endswith("\n") else text
    return [header] + [pad + line if line else "" for line in body.split("\n")]


def _flow(value: Any) -> str:
    if isinstance(value, dict):
        return (
            "{"
            + ", ".join(f"{scalar(k, flow=True)}: {scalar(v, flow=True)}" for k, v in value.items())
            + "}"
        )
    return "[" + ", ".join(scalar(v, flow=True) for v in value) + "]"


def _value(
    key: str | None, value: Any, node: Node, indent: int, flow_item: bool
) -> tuple[str, list[str]]:
    """(text after ``key:``, lines below it) for one value."""
    if isinstance(value, str) and "\n" in value:
        head, *rest = _literal(value, indent + 2)
        return " " + head, rest
    if _is_scalar(value):
        return " " + scalar(value), []
    if not value:
        return " " + ("{}" if isinstance(value, dict) else "[]"), []
    all_scalars = all(_is_scalar(v) for v in (value.values() if isinstance(value, dict) else value))
    if all_scalars and (
        flow_item
        or (isinstance(value, list) and key in _FLOW_LISTS)
        or (isinstance(value, dict) and key in _FLOW_MAPPINGS)
    ):
        ordered = dict(_ordered(value, node)) if isinstance(value, dict) else value
        return " " + _flow(ordered), []
    if isinstance(value, dict):
        return "", _mapping(value, node, indent + 2)
    return "", _sequence(key, value, node, indent + 2)


def _mapping(data: dict[str, Any], node: Node, indent: int) -> list[str]:
    lines: list[str] = []
    pad = " " * indent
    for key, value in _ordered(data, node):
        child = _child(node, key)
        flow_values = isinstance(value, dict) and key == "values"
        if flow_values:
            # Enumeration values: `Name: null` or `Name: {description: ...}`, one a line.
            lines.append(f"{pad}{scalar(key)}:")
            for name, item in value.items():
                text = "null" if item is None else _flow(item) if item else "{}"
                lines.append(f"{pad}  {scalar(name)}: {text}")
            continue
        head, below = _value(key, value, child, indent, flow_item=False)
        lines.append(f"{pad}{scalar(key)}:{head}")
        lines.extend(below)
    return lines


def _sequence(key: str | None, items: list[Any], node: Node, indent: int) -> list[str]:
    lines: list[str] = []
    pad = " " * indent
    item_node = _child(node, 0)
    for item in items:
        if (
            isinstance(item, dict)
            and item
            and not (key in _FLOW_ITEMS and all(_is_scalar(v) for v in item.values()))
        ):
            inner = _mapping(item, item_node, indent + 2)
            lines.append(f"{pad}- {inner[0].lstrip()}")
            lines.extend(inner[1:])
            continue
        head, below = _value(None, item, item_node, indent, flow_item=key in _FLOW_ITEMS)
        lines.append(f"{pad}-{head}")
        lines.extend(below)
    return lines


def dump(data: dict[str, Any], *, depth: int) -> str:
    """A definition file's text; ``depth`` is how deep below definitions/ it lies (for the
    schema comment editors read)."""
    kind = next(k for k in _FILE_KINDS if k in data)
    node = _resolve({"$ref": f"#/$defs/{_FILE_KINDS[kind]}"})
    lines = [SCHEMA_COMMENT.format("../" * (depth + 1)), *_mapping(data, node, 0)]
    return "\n".join(lines) + "\n"

"""OPTIONS answers: which methods a resource takes, and the values its parameters may have.

UCWA answers OPTIONS with method metadata (applications_ref.md, anonApplications_ref.md). In
JSON it is a plain object::

    {"metadata": [{"httpMethod": "POST",
                   "parameters": [{"name": "culture", "supportedValues": ["en-us"]}]}]}

In XML it is no UCWA ``<resource>`` but a .NET serialisation of the same object, where a list
is an element holding one element per item::

    <optionsMetadata><metadata><httpMethodMetadata><httpMethod>POST</httpMethod>
      <parameters><parameter><name>culture</name>
        <supportedValues><value>en-us</value></supportedValues>
    ...

Either is read into the same :class:`GenericResource`, whose ``metadata`` property holds the
JSON shape: a caller reads the answer the same way whatever format the client speaks.
"""

from __future__ import annotations

from typing import Any
from xml.etree import ElementTree as Builder

from .codec_xml import parse_document
from .errors import ParseError
from .layout import ShapeError
from .model import GenericResource
from .transport import Response

ROOT = "optionsMetadata"
# The elements that hold a list (one child per item), by the JSON property they spell.
LISTS = frozenset({"metadata", "parameters", "supportedValues"})
_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"


def read_xml(body: bytes) -> dict[str, Any]:
    """An ``<optionsMetadata>`` document as the JSON object UCWA sends for it; ShapeError
    (a ValueError) for any other document."""
    root = parse_document(body)
    if _local(root) != ROOT:
        raise ShapeError(f"an OPTIONS answer is <{ROOT}>, not <{_local(root)}>")
    value = _value(root)
    return value if isinstance(value, dict) else {}


def _local(element: Builder.Element) -> str:
    return element.tag.rpartition("}")[2]


def _value(element: Builder.Element) -> Any:
    if element.get(_NIL) == "true":
        return None
    if _local(element) in LISTS:
        return [_value(item) for item in element]
    if len(element) == 0:
        return element.text or ""
    return {_local(child): _value(child) for child in element}


def parse_xml(response: Response) -> GenericResource:
    """An XML answer to OPTIONS as the GenericResource its JSON spelling reads as."""
    try:
        data = read_xml(response.body)
    except ValueError as exc:
        raise ParseError.about(response, f"unreadable OPTIONS answer: {exc}") from exc
    return GenericResource(extra_properties=data)

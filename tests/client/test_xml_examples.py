"""Every XML example of the reference pages, kept in definitions/, against the generated client.

Responses parse into their typed class and serialise back to an equivalent document; where a
page shows the same response in JSON and XML, both parse to the same typed values. The
requests, with their answers, are replayed by test_replay.py.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import attrs
import pytest
from defusedxml import ElementTree

import ucwa
from ucwa_codegen.validate import holds_format_payload

from ..xml_equivalence import NAMESPACE, assert_equivalent
from .conftest import (
    example_id,
    examples,
    paired_response,
    reads_as_resource,
)

XML = "application/xml"
RESOURCES = [case for case in examples("response", "xml") if reads_as_resource(case[2])]
# XML answers that are no <resource>: the OPTIONS method metadata (<optionsMetadata>) and
# makeMeAvailable2's <operationsQueued>, other .NET serialisations (see reads_as_resource).
NOT_RESOURCES = [
    case
    for case in examples("response", "xml")
    if case[2].get("body") and holds_format_payload(case[2]) and not reads_as_resource(case[2])
]


def test_the_slice_has_xml_examples_to_check() -> None:
    # Guards the parametrised tests below against silently collecting nothing (or much less
    # than the whole reference gives: 148 resources and 3 answers that are no resource).
    # test_replay.py plays the requests.
    assert len(RESOURCES) >= 145
    assert len(NOT_RESOURCES) == 3


def _defined_property_names(element: Any, cls: type[ucwa.Resource]) -> list[str]:
    defined = {prop.wire for prop in cls.SPEC.properties}
    return [
        child.get("name")
        for child in element
        if child.tag in (f"{NAMESPACE}property", f"{NAMESPACE}propertyList")
        and child.get("name") in defined
    ]


def assert_typed(resource: ucwa.Resource, element: Any) -> None:
    """Every defined property of the document landed in its typed attribute, and each typed
    embedded resource is of its class, checked the same way."""
    cls = type(resource)
    for name in _defined_property_names(element, cls):
        assert name not in resource.extra_properties, f"{name} did not fit its type"
    for item in cls.SPEC.embedded:
        children = [
            c for c in element if c.tag == f"{NAMESPACE}resource" and c.get("rel") == item.wire
        ]
        value = getattr(resource.embedded, item.attr)
        if not children:
            assert value is None
            continue
        values = value if item.many else [value]
        for child, child_element in zip(values, children, strict=True):
            assert type(child) is ucwa.RESOURCES[item.target or ""]
            assert_typed(child, child_element)


@pytest.mark.parametrize("case", RESOURCES, ids=example_id)
def test_xml_response_example_round_trips(case: Any) -> None:
    _, _, example = case
    body = example["body"]
    resource = ucwa.parse(body, XML)
    root = ElementTree.fromstring(body)
    assert type(resource) is ucwa.RESOURCES.get(root.get("rel"), ucwa.GenericResource)
    assert_typed(resource, root)
    assert_equivalent(ucwa.serialize(resource, XML), body)
    # The vnd.microsoft spelling of the type is the same format.
    assert ucwa.serialize(resource, "application/vnd.microsoft.com.ucwa+xml") == ucwa.serialize(
        resource, XML
    )


@pytest.mark.parametrize("case", NOT_RESOURCES, ids=example_id)
def test_an_xml_answer_that_is_no_resource_is_refused_with_a_clear_error(case: Any) -> None:
    with pytest.raises(ValueError, match="not a UCWA <resource>"):
        ucwa.parse(case[2]["body"], XML)


def _pairs() -> list[tuple[str, ucwa.Resource, ucwa.Resource]]:
    """(name, from JSON, from XML) of each operation whose page shows both responses."""
    found = []
    for source, _, example in RESOURCES:
        other = paired_response(source, example, "json")
        if other and reads_as_resource(other) and other["status"] == example.get("status"):
            name = f"{source.path.stem}-{example['operation']}"
            found.append((name, ucwa.parse(other["body"]), ucwa.parse(example["body"], XML)))
    return found


def _agreements(
    from_json: ucwa.Resource, from_xml: ucwa.Resource, where: str, tally: dict[str, int]
) -> None:
    """Compare the typed values and link hrefs both payloads carry; count those that agree.

    The pages' JSON and XML examples were written separately and differ in sample values
    (a count of 91 against 85, a date some milliseconds apart): a value that differs must
    still have been typed the same way; only agreeing values and hrefs are counted.
    """
    assert type(from_json) is type(from_xml), where
    for prop in type(from_json).SPEC.properties:
        a, b = getattr(from_json, prop.attr), getattr(from_xml, prop.attr)
        if a is None or b is None:
            continue
        assert isinstance(a, datetime) == isinstance(b, datetime), f"{where}.{prop.wire}"
        assert type(a) is type(b) or isinstance(a, datetime), f"{where}.{prop.wire}"
        if a == b:
            tally["properties"] += 1
    json_links = _hrefs(from_json)
    xml_links = _hrefs(from_xml)
    for rel in json_links.keys() & xml_links.keys():
        if json_links[rel] == xml_links[rel]:
            tally["links"] += 1
    for item in type(from_json).SPEC.embedded:
        a, b = getattr(from_json.embedded, item.attr), getattr(from_xml.embedded, item.attr)
        if a is not None and b is not None:
            for x, y in zip(a if item.many else [a], b if item.many else [b], strict=True):
                _agreements(x, y, f"{where}.{item.wire}", tally)
                tally["embedded"] += 1


def _hrefs(resource: ucwa.Resource) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    typed = [(f.name, getattr(resource.links, f.name)) for f in attrs.fields(type(resource.links))]
    for name, value in [*typed, *resource.links.extra.items()]:
        if name == "extra" or value is None:
            continue
        found[name] = [link.href for link in (value if isinstance(value, list) else [value])]
    return found


def test_json_and_xml_examples_of_one_response_agree() -> None:
    pairs = _pairs()
    tally = {"properties": 0, "links": 0, "embedded": 0}
    for name, from_json, from_xml in pairs:
        _agreements(from_json, from_xml, name, tally)
    # The whole reference gives 146 pairs: 1203 agreeing properties, 1446 links, 124 embedded.
    assert len(pairs) >= 140
    assert tally["properties"] >= 1150 and tally["links"] >= 1400 and tally["embedded"] >= 120, (
        tally
    )


def test_a_resource_read_from_json_writes_the_same_xml_document_as_the_page() -> None:
    # conversationLogs: identical sample values in both of its page's examples.
    [(_, from_json, from_xml)] = [p for p in _pairs() if p[0] == "conversationLogs-GET"]
    assert_equivalent(ucwa.serialize(from_json, XML), ucwa.serialize(from_xml, XML))
    assert json.loads(ucwa.serialize(from_xml)) == json.loads(ucwa.serialize(from_json))

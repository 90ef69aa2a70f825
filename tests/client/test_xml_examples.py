"""Every XML example of the reference pages, kept in definitions/, against the generated client.

Responses parse into their typed class and serialise back to an equivalent document; requests
are what the generated call sends with ``Client(content_type="application/xml")``; where a
page shows the same response in JSON and XML, both parse to the same typed values.
"""

from __future__ import annotations

import importlib
import json
from datetime import datetime
from typing import Any

import attrs
import pytest
from defusedxml import ElementTree

import ucwa
from ucwa._runtime import codec_xml
from ucwa._runtime.datauri import DataUri
from ucwa._runtime.operations import Created, OperationSpec
from ucwa_codegen.validate import holds_format_payload

from ..xml_equivalence import NAMESPACE, assert_equivalent
from .conftest import (
    FakePool,
    assert_sent_to,
    client_can_send_and_read,
    example_id,
    examples,
    paired_response,
    query_arguments,
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
REQUESTS = [case for case in examples("request", "xml") if client_can_send_and_read(case)]


def test_the_slice_has_xml_examples_to_check() -> None:
    # Guards the parametrised tests below against silently collecting nothing (or much less
    # than the whole reference gives: 148 resources, 250 requests, 55 with a body, and 3
    # answers that are no resource).
    assert len(RESOURCES) >= 145
    assert len(REQUESTS) >= 245
    assert sum(1 for case in REQUESTS if case[2].get("body")) >= 50
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


def _xml_arguments(
    op: OperationSpec, example: dict[str, Any]
) -> tuple[dict[str, Any], str, list[tuple[str, str]]]:
    """Keyword arguments that carry an XML request example's values, the href of the link to
    call, and the query the call must send."""
    arguments: dict[str, Any] = {}
    if example.get("body") and op.body:
        params = {param.wire: param for param in op.body}
        for child in ElementTree.fromstring(example["body"]):
            name = child.get("name") or child.get("rel")
            param = params[name]
            if child.tag == f"{NAMESPACE}link":
                arguments[param.attr] = DataUri.parse(child.get("href"))
            elif child.tag == f"{NAMESPACE}propertyList":
                raw = [item.text or "" for item in child]
                arguments[param.attr] = codec_xml.CONVERTER.structure(raw, param.type)
            else:
                arguments[param.attr] = codec_xml.CONVERTER.structure(child.text or "", param.type)
    query, href, expected = query_arguments(op, example["href"])
    return {**arguments, **query}, href, expected


@pytest.mark.parametrize("case", REQUESTS, ids=example_id)
def test_xml_request_example_is_what_the_call_sends(case: Any, pool: FakePool) -> None:
    source, _, example = case
    cls = ucwa.RESOURCES[source.data["resource"]]
    method = example["method"]
    op: OperationSpec = getattr(importlib.import_module(cls.__module__), f"_{method}")
    response = paired_response(source, example) or {"status": 204}
    # The page's own headers (a 201's Location, when it shows one): test_replay.py checks
    # what the call makes of them.
    headers = {
        **({"Content-Type": XML} if response.get("body") else {}),
        **response.get("headers", {}),
    }
    pool.answer(response["status"], (response.get("body") or "").encode(), headers)
    client = ucwa.Client("https://fe1.contoso.com", pool=pool, content_type=XML)  # type: ignore[arg-type]
    arguments, href, expected_query = _xml_arguments(op, example)
    # The XML pages show message text and SDP requests without their body.
    message = example.get("body", "Hello").rstrip("\n")
    link: ucwa.Link[Any] = ucwa.Link(href=href)

    if op.sends_resource:
        resource = ucwa.parse(example["body"], XML)
        assert type(resource) is cls
        result = resource.put(client, link)  # type: ignore[attr-defined]
    elif op.text_body:
        media_type = example.get("headers", {}).get("Content-Type", op.text_body[0])
        extra = {"media_type": media_type} if len(op.text_body) > 1 else {}
        result = getattr(cls, method.lower())(client, link, message, **arguments, **extra)
    else:
        result = getattr(cls, method.lower())(client, link, **arguments)

    [sent] = pool.sent
    assert sent.method == method
    assert_sent_to(sent.url, example["href"], expected_query)
    assert sent.headers["Accept"] == XML
    if op.text_body:
        assert sent.body == message.encode()
        assert sent.headers["Content-Type"].startswith(example["headers"]["Content-Type"])
    elif example.get("body"):
        assert sent.body is not None
        assert_equivalent(sent.body, example["body"])
        assert sent.headers["Content-Type"] == XML
    else:
        assert not sent.body and "Content-Type" not in sent.headers
    outcome = next(o for o in op.outcomes if o.status == response["status"])
    if outcome.creates or (outcome.status == 201 and not outcome.body):
        assert isinstance(result, Created)
    elif response.get("body"):
        assert isinstance(result, ucwa.Resource)
        assert_equivalent(ucwa.serialize(result, XML), response["body"])
    else:
        assert result is None


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

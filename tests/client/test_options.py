"""OPTIONS answers in XML: a .NET serialisation (<optionsMetadata>), no UCWA <resource>.

The runtime reads one into the same GenericResource as the JSON answer of the same page, so
a caller reads the method metadata the same way in either format.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from ucwa_runtime.errors import ParseError
from ucwa_runtime.model import GenericResource

import ucwa
import ucwa.resources

from .conftest import FakePool, definition_files

HOST = "https://fe1.contoso.com"


def _documented(rel: str, fmt: str) -> str:
    [source] = [s for s in definition_files() if s.data.get("resource") == rel]
    [body] = [
        e["body"]
        for e in source.data["examples"]
        if e.get("operation") == "OPTIONS" and e["direction"] == "response" and e["format"] == fmt
    ]
    return str(body)


def _options(pool: FakePool, media_type: str, cls: Any) -> Any:
    client = ucwa.Client(HOST, pool=pool, content_type=media_type)  # type: ignore[arg-type]
    link: ucwa.Link[Any] = ucwa.Link(href="/ucwa/v1/applications")
    return cls.options(client, link)


@pytest.mark.parametrize("cls", [ucwa.resources.Applications, ucwa.resources.AnonApplications])
def test_the_xml_answer_reads_as_the_json_one(pool: FakePool, cls: Any) -> None:
    rel = cls.REL
    pool.answer(200, _documented(rel, "json").encode(), {"Content-Type": "application/json"})
    pool.answer(200, _documented(rel, "xml").encode(), {"Content-Type": "application/xml"})
    from_json = _options(pool, "application/json", cls)
    from_xml = _options(pool, "application/xml", cls)
    assert isinstance(from_xml, GenericResource)
    assert from_xml.extra_properties == from_json.extra_properties
    [method] = from_xml.extra_properties["metadata"]
    assert method["parameters"][0]["supportedValues"] == ["samplevalue"]


def test_several_methods_and_values_stay_lists(pool: FakePool) -> None:
    body = (
        b'<?xml version="1.0"?><optionsMetadata><metadata>'
        b"<httpMethodMetadata><httpMethod>GET</httpMethod><parameters/></httpMethodMetadata>"
        b"<httpMethodMetadata><httpMethod>POST</httpMethod><parameters><parameter>"
        b"<name>culture</name><supportedValues><value>en-us</value><value>de-de</value>"
        b"</supportedValues></parameter></parameters></httpMethodMetadata>"
        b"</metadata></optionsMetadata>"
    )
    pool.answer(200, body, {"Content-Type": "application/xml"})
    read = _options(pool, "application/xml", ucwa.resources.Applications)
    assert json.loads(json.dumps(read.extra_properties)) == {
        "metadata": [
            {"httpMethod": "GET", "parameters": []},
            {
                "httpMethod": "POST",
                "parameters": [{"name": "culture", "supportedValues": ["en-us", "de-de"]}],
            },
        ]
    }


def test_another_xml_document_is_a_typed_parse_error(pool: FakePool) -> None:
    pool.answer(200, b"<somethingElse/>", {"Content-Type": "application/xml"})
    with pytest.raises(ParseError, match="optionsMetadata") as raised:
        _options(pool, "application/xml", ucwa.resources.Applications)
    assert raised.value.status == 200 and raised.value.body == b"<somethingElse/>"

"""Shared fixtures and rules for the generated client's tests: definitions' examples, which of
them the client can replay (the same rules for JSON and XML), their query arguments, a fake pool."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
import urllib3
from defusedxml import ElementTree

from ucwa._runtime.operations import OperationSpec
from ucwa_codegen.load import SourceFile, load_definitions
from ucwa_codegen.validate import holds_format_payload

from ..xml_equivalence import NAMESPACE as XML_NAMESPACE

ROOT = Path(__file__).resolve().parents[2]
DEFINITIONS = ROOT / "definitions"


def definition_files() -> list[SourceFile]:
    return [f for f in load_definitions(DEFINITIONS) if "resource" in f.data]


def examples(direction: str, fmt: str = "json") -> Iterator[tuple[SourceFile, int, dict[str, Any]]]:
    """(file, index, example) for every example of that direction and format."""
    for source in definition_files():
        for index, example in enumerate(source.data.get("examples", ())):
            if example["direction"] == direction and example["format"] == fmt:
                yield source, index, example


def example_id(case: tuple[SourceFile, int, dict[str, Any]]) -> str:
    source, index, example = case
    return f"{source.path.stem}-{example.get('operation', example.get('event', ''))}-{index}"


def reads_as_resource(example: dict[str, Any]) -> bool:
    """Whether an example's body is a resource document the client reads.

    The body's Content-Type must say JSON or XML (not a photo, the xframe's HTML, a multipart
    batch, SDP or message text), and an XML body must be a ``<resource>``: the OPTIONS answers
    (``<optionsMetadata>``) and makeMeAvailable2's 201 (``<operationsQueued>``) are other .NET
    serialisations, which the XML codec refuses; their JSON spellings are plain objects, read
    as GenericResource.
    """
    if not example.get("body") or not holds_format_payload(example):
        return False
    if example["format"] == "xml":
        return ElementTree.fromstring(example["body"]).tag == f"{XML_NAMESPACE}resource"
    return True


def paired_response(
    source: SourceFile, request: dict[str, Any], fmt: str | None = None
) -> dict[str, Any] | None:
    """The response of the request's operation, in ``fmt`` (the request's format by default),
    that shows a status: the first one in the file (a few pages show none)."""
    for example in source.data.get("examples", ()):
        if (
            example["direction"] == "response"
            and example["format"] == (fmt or request["format"])
            and example.get("operation") == request.get("operation")
            and "status" in example
        ):
            return dict(example)
    return None


def client_can_send_and_read(case: tuple[SourceFile, int, dict[str, Any]]) -> bool:
    """Whether a request example and its paired response are an exchange the generated client
    can replay. Left out, as docs/coverage-notes.md lists them: a body the client does not
    build (a multipart batch), an answer it does not read as a resource (a photo, HTML, an
    XML document that is no ``<resource>``), and an answer the page leaves out: a bare status
    where the operation answers with a resource, or no response with a status at all, where
    the operation has no bodiless 204 to answer the call with."""
    source, _, request = case
    operation = source.data["operations"][request["method"]]
    sends = not request.get("body") or holds_format_payload(request) or "text_body" in operation
    response = paired_response(source, request)
    if response is None:
        return sends and any(
            r["status"] == 204 and "body" not in r for r in operation.get("responses", ())
        )
    if response.get("body"):
        return sends and reads_as_resource(response)
    typed = [r for r in operation.get("responses", ()) if r["status"] == response["status"]]
    return sends and not any("body" in r for r in typed)


def query_arguments(
    op: OperationSpec, href: str
) -> tuple[dict[str, Any], str, list[tuple[str, str]]]:
    """The keyword arguments that carry a request example's query, the href of the link to
    call, and the query the call must send.

    Defined query parameters the href carries are given as arguments, the way a caller passes
    them; the link keeps the rest of the href.
    """
    arguments: dict[str, Any] = {}
    url = urlsplit(href)
    in_href = parse_qsl(url.query)
    defined = {param.wire for param in op.query}
    expected = list(in_href)
    for param in op.query:
        given = [value for name, value in in_href if name == param.wire]
        if given:
            arguments[param.attr] = given[0]
        elif param.required:
            # The pages show only server-supplied query parameters; a required one the
            # caller supplies is expected appended to the href.
            arguments[param.attr] = "op-74cb7404"
            expected.append((param.wire, "op-74cb7404"))
    kept = urlencode([(name, value) for name, value in in_href if name not in defined])
    return arguments, url._replace(query=kept).geturl(), expected


def assert_sent_to(sent_url: str, href: str, expected_query: list[tuple[str, str]]) -> None:
    """The call went to the example's href, with exactly the expected query (in any order)."""
    sent, page = urlsplit(sent_url), urlsplit(href)
    assert sent._replace(query="") == page._replace(query="")
    assert sorted(parse_qsl(sent.query)) == sorted(expected_query)


@dataclass
class SentRequest:
    method: str
    url: str
    body: bytes | None
    headers: Mapping[str, str]

    def json(self) -> Any:
        assert self.body is not None
        return json.loads(self.body)


@dataclass
class FakePool:
    """Stands in for urllib3.PoolManager: records requests, answers from a queue."""

    answers: list[urllib3.HTTPResponse] = field(default_factory=list)
    sent: list[SentRequest] = field(default_factory=list)

    def answer(
        self, status: int, body: bytes = b"", headers: Mapping[str, str] | None = None
    ) -> None:
        self.answers.append(
            # streamed, as the client asks for (preload_content=False); a 204 has no body on
            # the wire, whatever was given (http.client reads none)
            urllib3.HTTPResponse(
                body=io.BytesIO(b"" if status == 204 else body),
                status=status,
                headers=dict(headers or {}),
                preload_content=False,
            )
        )

    def request(
        self, method: str, url: str, body: bytes | None = None, headers: Any = None, **_: Any
    ) -> Any:
        self.sent.append(SentRequest(method, url, body, dict(headers or {})))
        return self.answers.pop(0)

    urlopen = request  # the client sends through urlopen

    def clear(self) -> None:
        pass


@pytest.fixture
def pool() -> FakePool:
    return FakePool()
